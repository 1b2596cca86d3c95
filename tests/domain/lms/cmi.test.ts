// @vitest-environment node
import { STEP_IDS } from '@/domain/draft/draft'
import {
  isLessonStatus,
  learnerNameForCard,
  locationFor,
  parseEntry,
  parseLocation,
  statusFor,
} from '@/domain/lms/cmi'

test('incomplete before the card step, completed on it', () => {
  for (const step of STEP_IDS.filter((s) => s !== 'card')) {
    expect(statusFor(step, 'not attempted')).toBe('incomplete')
    expect(statusFor(step, null)).toBe('incomplete')
  }
  expect(statusFor('card', 'incomplete')).toBe('completed')
  expect(statusFor('card', 'browsed')).toBe('completed')
  expect(statusFor('card', 'failed')).toBe('completed')
})

test('completed stays completed (and passed stays passed), also going back', () => {
  expect(statusFor('problem', 'completed')).toBeNull()
  expect(statusFor('start', 'passed')).toBeNull()
  expect(statusFor('card', 'completed')).toBeNull()
})

test('nothing is written when the LMS already holds the status', () => {
  expect(statusFor('pitch', 'incomplete')).toBeNull()
})

test('the location is the step id, and reads back only as a step id', () => {
  for (const step of STEP_IDS) expect(parseLocation(locationFor(step))).toBe(step)
  expect(parseLocation('')).toBeNull()
  expect(parseLocation('page 4')).toBeNull()
  expect(parseLocation(' card ')).toBe('card')
})

test('entry and status values are read strictly', () => {
  expect(parseEntry('resume')).toBe('resume')
  expect(parseEntry('ab-initio')).toBe('ab-initio')
  expect(parseEntry('RESUME')).toBe('')
  expect(isLessonStatus('not attempted')).toBe(true)
  expect(isLessonStatus('done')).toBe(false)
})

test('the learner name "Lastname, Firstname" becomes "Firstname Lastname" for the card', () => {
  expect(learnerNameForCard('Lovelace, Ada')).toBe('Ada Lovelace')
  expect(learnerNameForCard('  van  Gogh ,  Vincent  ')).toBe('Vincent van Gogh')
  expect(learnerNameForCard('Ada Lovelace')).toBe('Ada Lovelace')
  expect(learnerNameForCard('Lovelace,')).toBe('Lovelace')
  expect(learnerNameForCard('a, b, c')).toBe('a b c')
  expect(learnerNameForCard('')).toBe('')
  expect(learnerNameForCard('x'.repeat(300))).toHaveLength(80)
})
