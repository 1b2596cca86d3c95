// Drafts at their largest, for the suspend-data limit: every answer full, every pitch part
// edited, the people log at its cap with every field full. Text is made of real words in a
// seeded random order, so it compresses like what people type (not like a repeated letter).
import { MAX_PEOPLE, PERSON_LIMITS, type Person } from '@/domain/after/people'
import { PITCH_EDIT_LIMIT, emptyDraft, type Draft } from '@/domain/draft/draft'
import { ASK_LIMIT, FIELD_LIMITS, MAX_ASKS, TEXT_FIELDS } from '@/domain/pitch/answers'
import { PITCH_PARTS } from '@/domain/pitch/pitch-parts'

const WORDS = (
  'adults without degrees get shut out of good jobs people who never went to college my ' +
  'brother taught himself electronics and nobody would interview him we write others off ' +
  'instead of finding ways to grow their potential anyone could show what they can do and be ' +
  'hired for it the strange things we do to prove ourselves community school hospital river ' +
  'garden library neighbours families children teachers nurses farmers builders music art ' +
  'water energy housing transport health food climate money trust time friends work city ' +
  'village market bakery workshop studio software hardware data fairness access dignity ' +
  'because when although while after before since until every small brave quiet loud'
).split(' ')

/** A seeded generator (mulberry32): the same text on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function prose(length: number, seed: number): string {
  const next = random(seed)
  let text = ''
  while (text.length < length) {
    const word = WORDS[Math.floor(next() * WORDS.length)] ?? 'word'
    text += (text ? ' ' : '') + (next() < 0.08 ? `${word}.` : word)
  }
  return text.slice(0, length).trimEnd()
}

export function fullAnswersDraft(seed = 1): Draft {
  const draft = emptyDraft()
  TEXT_FIELDS.forEach((field, i) => {
    draft.answers[field] = prose(FIELD_LIMITS[field], seed * 100 + i)
  })
  draft.answers.asks = Array.from({ length: MAX_ASKS }, (_, i) => prose(ASK_LIMIT, seed * 200 + i))
  draft.stepId = 'card'
  return draft
}

export function person(i: number, seed = 1): Person {
  return {
    id: `p${i}-${seed}`,
    name: prose(PERSON_LIMITS.name, seed * 1000 + i),
    metAt: prose(PERSON_LIMITS.metAt, seed * 2000 + i),
    passion: prose(PERSON_LIMITS.passion, seed * 3000 + i),
    suggestionKind: 'book',
    suggestion: prose(PERSON_LIMITS.suggestion, seed * 4000 + i),
    followUpOn: '2026-12-01',
    done: i % 2 === 0,
    message: prose(PERSON_LIMITS.message, seed * 5000 + i),
  }
}

/** The largest draft the app can hold. */
export function worstCaseDraft(): Draft {
  const draft = fullAnswersDraft()
  for (const [i, part] of PITCH_PARTS.entries()) {
    draft.pitchEdits[part] = prose(PITCH_EDIT_LIMIT, 600 + i)
  }
  draft.practice = { hook: [11, 9, 10], pitch: [31, 29], story: [62, 58, 61] }
  draft.people = Array.from({ length: MAX_PEOPLE }, (_, i) => person(i))
  return draft
}

/** A well-used draft: every answer full, a few edited lines, a people log at its cap. */
export function busyDraft(): Draft {
  const draft = fullAnswersDraft(2)
  draft.pitchEdits = { oneLiner: prose(160, 700), pitch: prose(600, 701) }
  draft.people = Array.from({ length: MAX_PEOPLE }, (_, i) => person(i, 2))
  return draft
}
