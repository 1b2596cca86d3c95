import {
  addDays,
  defaultFollowUpDate,
  isIsoDate,
  sanitizePeople,
  sortPeople,
  type Person,
} from '@/domain/after/people'
import { addAttempt, sanitizePractice, scrollSpeed, advanceScroll } from '@/domain/after/practice'

const base: Person = {
  id: 'a',
  name: 'Ann',
  metAt: '',
  passion: '',
  suggestionKind: '',
  suggestion: '',
  followUpOn: '2025-03-11',
  done: false,
}

test('dates are real calendar days written YYYY-MM-DD', () => {
  expect(isIsoDate('2024-02-29')).toBe(true)
  expect(isIsoDate('2023-02-29')).toBe(false)
  expect(isIsoDate('2024-13-01')).toBe(false)
  expect(isIsoDate('2024-1-01')).toBe(false)
  expect(isIsoDate(20240101)).toBe(false)
})

test('the default follow-up is two calendar days after today, across months and years', () => {
  expect(defaultFollowUpDate(new Date(2024, 11, 30, 23, 30))).toBe('2025-01-01')
  expect(addDays('2024-02-28', 2)).toBe('2024-03-01')
})

test('saved people are read defensively: no name dropped, ids made unique, dates and lengths checked', () => {
  const people = sanitizePeople([
    {
      ...base,
      name: 'x'.repeat(500),
      followUpOn: '2025-02-30',
      suggestionKind: 'bribe',
      done: 'yes',
    },
    { ...base, id: 'a', name: 'Ann again' },
    { ...base, id: '<script>', name: 'Bad id' },
    { name: '   ' },
    'not a person',
  ])
  expect(people).toHaveLength(3)
  expect(people[0]).toMatchObject({
    id: 'a',
    followUpOn: '1970-01-01',
    suggestionKind: '',
    done: false,
  })
  expect(people[0]?.name).toHaveLength(80)
  expect(people[1]?.id).not.toBe('a')
  expect(people[2]?.id).toMatch(/^[A-Za-z0-9_-]+$/)
  expect(sanitizePeople({})).toEqual([])
})

test('sorting puts the soonest follow-up first and keeps the order added on the same day', () => {
  const people = [
    { ...base, id: '1', name: 'Late', followUpOn: '2025-05-01' },
    { ...base, id: '2', name: 'Soon', followUpOn: '2025-04-01' },
    { ...base, id: '3', name: 'Also soon', followUpOn: '2025-04-01' },
  ]
  expect(sortPeople(people).map((p) => p.name)).toEqual(['Soon', 'Also soon', 'Late'])
  expect(sortPeople(people, 'added').map((p) => p.name)).toEqual(['Late', 'Soon', 'Also soon'])
})

test('practice keeps the last five whole-second attempts per length', () => {
  expect(addAttempt([1, 2, 3, 4, 5], 6)).toEqual([2, 3, 4, 5, 6])
  expect(sanitizePractice({ hook: [3, -1, 2.5, 'x', 12], pitch: 'no', other: [1] })).toEqual({
    hook: [3, 12],
  })
})

test('the teleprompter covers the whole text in the time it takes to say it', () => {
  // 75 words at 150 words a minute: 30 seconds for 600 px.
  expect(scrollSpeed(75, 600)).toBe(20)
  expect(advanceScroll(0, 20, 1500, 600)).toBe(30)
  expect(advanceScroll(590, 20, 1000, 600)).toBe(600)
  expect(scrollSpeed(0, 600)).toBe(0)
})
