// What the app tells a SCORM 1.2 LMS and reads back from it, as plain values: the lesson status,
// the location (the current step), the kind of launch and the learner's name. No API calls here.
import { isStepId, type StepId } from '../draft/draft'
import { FIELD_LIMITS, clampText } from '../pitch/answers'

/** The step that completes the lesson: the learner has a pitch and a card. */
export const COMPLETION_STEP: StepId = 'card'

export const LESSON_STATUSES = [
  'passed',
  'completed',
  'failed',
  'incomplete',
  'browsed',
  'not attempted',
] as const
export type LessonStatus = (typeof LESSON_STATUSES)[number]

export function isLessonStatus(value: unknown): value is LessonStatus {
  return typeof value === 'string' && (LESSON_STATUSES as readonly string[]).includes(value)
}

/** Statuses that mean the lesson is done; the app never moves a learner back from them. */
function isDone(status: LessonStatus | null): boolean {
  return status === 'completed' || status === 'passed'
}

/**
 * The status to report for the step the learner is on, given what the LMS holds now: `completed`
 * from the card step on, and it stays so (also when the learner goes back to change an answer);
 * `incomplete` before. Returns null when the LMS already holds the right value.
 */
export function statusFor(stepId: StepId, current: LessonStatus | null): LessonStatus | null {
  if (isDone(current)) return null
  const next: LessonStatus = stepId === COMPLETION_STEP ? 'completed' : 'incomplete'
  return next === current ? null : next
}

/** cmi.core.lesson_location holds the step id (at most 255 characters in SCORM 1.2). */
export function locationFor(stepId: StepId): string {
  return stepId
}

/** Reads cmi.core.lesson_location back: a step id, or null for anything else (or blank). */
export function parseLocation(value: string): StepId | null {
  const trimmed = value.trim()
  return isStepId(trimmed) ? trimmed : null
}

export type Entry = 'ab-initio' | 'resume' | ''

/** cmi.core.entry: 'ab-initio' on a first launch, 'resume' after a suspended one, else ''. */
export function parseEntry(value: string): Entry {
  return value === 'ab-initio' || value === 'resume' ? value : ''
}

/**
 * cmi.core.student_name is "Lastname, Firstname" by the standard ("Lovelace, Ada" → "Ada
 * Lovelace"). Names without a comma, or with more than one, are kept as written; blanks give ''.
 */
export function learnerNameForCard(value: string): string {
  const clean = value.replace(/\s+/gu, ' ').trim()
  const parts = clean.split(',').map((p) => p.trim())
  const name =
    parts.length === 2 && parts[0] && parts[1]
      ? `${parts[1]} ${parts[0]}`
      : parts.filter(Boolean).join(' ')
  return clampText(name, FIELD_LIMITS.name)
}
