// @vitest-environment node
import fc from 'fast-check'
import { MAX_SESSION_MS, formatSessionTime, parseSessionTime } from '@/domain/lms/session-time'

// SCORM 1.2 CMITimespan as scorm-again checks it, narrowed to the HHHH:MM:SS.SS the app writes.
const CMI_TIMESPAN = /^([0-9]{2,4}):([0-5][0-9]):([0-5][0-9])(\.[0-9]{1,2})?$/

test('session time is HHHH:MM:SS.SS', () => {
  expect(formatSessionTime(0)).toBe('0000:00:00.00')
  expect(formatSessionTime(1234)).toBe('0000:00:01.23')
  expect(formatSessionTime(5 * 60_000 + 7250)).toBe('0000:05:07.25')
  expect(formatSessionTime(((27 * 60 + 3) * 60 + 9) * 1000 + 999)).toBe('0027:03:09.99')
})

test('odd durations give a valid time span, never an exception', () => {
  expect(formatSessionTime(-5)).toBe('0000:00:00.00')
  expect(formatSessionTime(Number.NaN)).toBe('0000:00:00.00')
  expect(formatSessionTime(Number.POSITIVE_INFINITY)).toBe('0000:00:00.00')
  expect(formatSessionTime(1e15)).toBe('9999:59:59.99')
  fc.assert(
    fc.property(fc.double(), (ms) => CMI_TIMESPAN.test(formatSessionTime(ms))),
    { numRuns: 500 },
  )
})

test('a formatted time reads back to the same hundredth', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: MAX_SESSION_MS }), (ms) => {
      const back = parseSessionTime(formatSessionTime(ms))
      return back !== null && Math.abs(back - ms) < 10
    }),
  )
  expect(parseSessionTime('1:00:00')).toBeNull()
  expect(parseSessionTime('PT1H')).toBeNull()
})
