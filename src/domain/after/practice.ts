// Timing maths for practising the pitch aloud: targets, attempts and the teleprompter's pace.
// Only durations are kept; nothing of the person's voice is ever recorded.
import { WORDS_PER_MINUTE } from '../text/text'

export const PRACTICE_LENGTHS = ['hook', 'pitch', 'story'] as const
export type PracticeLength = (typeof PRACTICE_LENGTHS)[number]

/** Seconds each length is meant to take when said aloud. */
export const PRACTICE_TARGETS: Record<PracticeLength, number> = { hook: 10, pitch: 30, story: 60 }

/** How many recent attempts are kept per length: enough to see a trend, not a diary. */
export const MAX_ATTEMPTS = 5

/** Anything shorter is a double press, not a reading. */
export const MIN_ATTEMPT_SECONDS = 1

/** Longest attempt kept: a stopwatch left running over lunch is not a reading either. */
export const MAX_ATTEMPT_SECONDS = 60 * 60

export type PracticeLog = Partial<Record<PracticeLength, number[]>>

export function isPracticeLength(value: unknown): value is PracticeLength {
  return typeof value === 'string' && (PRACTICE_LENGTHS as readonly string[]).includes(value)
}

/** Milliseconds on the stopwatch as whole seconds, the precision a person reads aloud to. */
export function toAttemptSeconds(elapsedMs: number): number {
  if (!Number.isFinite(elapsedMs) || elapsedMs <= 0) return 0
  return Math.min(MAX_ATTEMPT_SECONDS, Math.round(elapsedMs / 1000))
}

export function isValidAttempt(seconds: number): boolean {
  return (
    Number.isInteger(seconds) && seconds >= MIN_ATTEMPT_SECONDS && seconds <= MAX_ATTEMPT_SECONDS
  )
}

/** The attempts with a new one last, keeping only the most recent few. */
export function addAttempt(attempts: readonly number[] | undefined, seconds: number): number[] {
  const list = [...(attempts ?? []), seconds]
  return list.slice(-MAX_ATTEMPTS)
}

export type TargetComparison = {
  seconds: number
  target: number
  /** Positive when over the target, negative when under. */
  difference: number
}

export function compareToTarget(seconds: number, length: PracticeLength): TargetComparison {
  const target = PRACTICE_TARGETS[length]
  return { seconds, target, difference: seconds - target }
}

/** Reads untrusted saved attempts: known lengths only, whole seconds in range, the last few. */
export function sanitizePractice(input: unknown): PracticeLog {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return {}
  const record = input as Record<string, unknown>
  const log: PracticeLog = {}
  for (const length of PRACTICE_LENGTHS) {
    const value = record[length]
    if (!Array.isArray(value)) continue
    const attempts = value.filter((n): n is number => typeof n === 'number' && isValidAttempt(n))
    if (attempts.length > 0) log[length] = attempts.slice(-MAX_ATTEMPTS)
  }
  return log
}

/** Seconds a text takes at the speaking pace, unrounded (the teleprompter needs the fraction). */
export function readingSeconds(wordCount: number, wordsPerMinute = WORDS_PER_MINUTE): number {
  if (!(wordCount > 0) || !(wordsPerMinute > 0)) return 0
  return (wordCount / wordsPerMinute) * 60
}

/**
 * Teleprompter speed in pixels per second: the whole scrollable distance is covered in the time
 * the text takes to say, so the line being read stays near the same height on screen.
 */
export function scrollSpeed(
  wordCount: number,
  scrollableDistance: number,
  wordsPerMinute = WORDS_PER_MINUTE,
): number {
  const seconds = readingSeconds(wordCount, wordsPerMinute)
  if (seconds === 0 || !(scrollableDistance > 0)) return 0
  return scrollableDistance / seconds
}

/** Where the scroll should be after a tick of `elapsedMs`, never past either end. */
export function advanceScroll(
  position: number,
  speed: number,
  elapsedMs: number,
  scrollableDistance: number,
): number {
  const max = Math.max(0, scrollableDistance)
  const next = position + (speed * Math.max(0, elapsedMs)) / 1000
  return Math.min(max, Math.max(0, next))
}
