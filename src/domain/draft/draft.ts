// The whole draft a person is working on: what is saved, shared and exported.
import {
  TEXT_FIELDS,
  clampText,
  emptyAnswers,
  sanitizeAnswers,
  type Answers,
} from '../pitch/answers'
import { DEFAULT_CARD_SIZE, isCardSize, type CardSize } from '../card/card-sizes'
import { sanitizePeople, type Person } from '../after/people'
import { PITCH_PARTS, type PitchPart } from '../pitch/pitch-parts'
import { sanitizePractice, type PracticeLog } from '../after/practice'
import { cleanText } from '../text/text'

export const STEP_IDS = [
  'start',
  'problem',
  'moves',
  'belief',
  'better-world',
  'stage',
  'thread',
  'pitch',
  'card',
] as const
export type StepId = (typeof STEP_IDS)[number]

/** Longest text kept for an edited pitch part: a one-minute story with room to spare. */
export const PITCH_EDIT_LIMIT = 2000

export type PitchEdits = Partial<Record<PitchPart, string>>

export type Draft = {
  answers: Answers
  /** Only the parts the person edited; the rest is composed live from the answers. */
  pitchEdits: PitchEdits
  variant: number
  invitationVariant: number
  stepId: StepId
  cardSize: CardSize
  /** Read-aloud times (whole seconds), the last few per pitch length. */
  practice: PracticeLog
  /** The people met at events, with their follow-up dates. */
  people: Person[]
}

export function emptyDraft(): Draft {
  return {
    answers: emptyAnswers(),
    pitchEdits: {},
    variant: 0,
    invitationVariant: 0,
    stepId: 'start',
    cardSize: DEFAULT_CARD_SIZE,
    practice: {},
    people: [],
  }
}

export function isStepId(value: unknown): value is StepId {
  return typeof value === 'string' && (STEP_IDS as readonly string[]).includes(value)
}

function sanitizeVariant(value: unknown): number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 && value < 1000
    ? value
    : 0
}

function sanitizePitchEdits(value: unknown): PitchEdits {
  if (typeof value !== 'object' || value === null) return {}
  const record = value as Record<string, unknown>
  const edits: PitchEdits = {}
  for (const part of PITCH_PARTS) {
    const text = record[part]
    if (typeof text === 'string') edits[part] = cleanPitchEdit(text)
  }
  return edits
}

/** An edited pitch part as kept: clean text, cut to the limit without splitting a character. */
export function cleanPitchEdit(text: string): string {
  return clampText(cleanText(text), PITCH_EDIT_LIMIT)
}

/** Answers with every text clean (well formed, no bidirectional controls). */
export function cleanAnswers(answers: Answers): Answers {
  const out: Answers = {
    ...answers,
    asks: answers.asks.map(cleanText).filter((ask) => ask.trim() !== ''),
  }
  for (const field of TEXT_FIELDS) out[field] = cleanText(answers[field])
  return out
}

/** Reads untrusted data into a valid Draft, filling anything missing or wrong from defaults. */
export function sanitizeDraft(input: unknown): Draft {
  const draft = emptyDraft()
  if (typeof input !== 'object' || input === null) return draft
  const record = input as Record<string, unknown>
  return {
    answers: cleanAnswers(sanitizeAnswers(record.answers)),
    pitchEdits: sanitizePitchEdits(record.pitchEdits),
    variant: sanitizeVariant(record.variant),
    invitationVariant: sanitizeVariant(record.invitationVariant),
    stepId: isStepId(record.stepId) ? record.stepId : draft.stepId,
    cardSize: isCardSize(record.cardSize) ? record.cardSize : draft.cardSize,
    practice: sanitizePractice(record.practice),
    people: sanitizePeople(record.people),
  }
}

/** True when the person has typed anything worth keeping. */
export function hasContent(draft: Draft): boolean {
  const { answers } = draft
  return (
    TEXT_FIELDS.some((field) => answers[field].trim() !== '') ||
    answers.asks.length > 0 ||
    Object.keys(draft.pitchEdits).length > 0 ||
    draft.people.length > 0
  )
}
