// Every persona's drafts, every opening, checked for the defects a reader counts when reading them
// aloud. The development personas are what the composer was tuned on; the held-out personas were
// written by someone else before tuning and only ever run through this file's summary.
// HELD-OUT ROUNDS SEEN: see HELD_OUT_ROUNDS below (each full run that printed its figures).
import { reviewPitch } from '@/domain/coach/coach'
import { composePitch, type ComposedPitch } from '@/domain/pitch/compose-pitch'
import { PITCH_WORD_RANGE } from '@/domain/pitch/pitch-lengths'
import type { Persona } from '../../fixtures/persona-type'
import { PERSONAS as FIRST_PERSONAS } from '../../fixtures/personas'
import { PERSONAS_DEV_2 } from '../../fixtures/personas-dev-2'
import { HELD_OUT_PERSONAS } from '../../fixtures/personas-held-out'
import { PERSONAS_HELD_OUT_2 } from '../../fixtures/personas-held-out-2'
import { PERSONAS_HELD_OUT_3 } from '../../fixtures/personas-held-out-3'
import { enCoach } from '@/i18n/en-coach'
import { composeEn } from '../../support/compose-en'

/** How many times the held-out figures have been looked at while the composer changed. */
export const HELD_OUT_ROUNDS = 7
/** The same for the second held-out set (30 personas by another writer, 2026-11-30). */
export const HELD_OUT_2_ROUNDS = 2
/** The third (30 personas by another writer, 2026-11-30). */
export const HELD_OUT_3_ROUNDS = 1

const OPENINGS = [0, 1, 2]
/** Both development sets (two writers): the composer is tuned on these. */
const PERSONAS = [...FIRST_PERSONAS, ...PERSONAS_DEV_2]

function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}’'&-]*/gu) ?? []
}

function trigrams(text: string): Set<string> {
  const w = words(text.toLowerCase())
  const out = new Set<string>()
  for (let i = 0; i + 2 < w.length; i += 1) out.add(`${w[i]} ${w[i + 1]} ${w[i + 2]}`)
  return out
}

function sentences(text: string): string[] {
  return text.split(/(?<=[.!?]["”’)]*)\s+/u).filter(Boolean)
}

const STOP = new Set(
  'that this with from they them their were when then than have has had been into over just only every about because would could should there what which while your ours mine'.split(
    ' ',
  ),
)

function contentWords(text: string): string[] {
  return words(text.toLowerCase()).filter((w) => w.length >= 4 && !STOP.has(w))
}

/** The defects in one persona's drafts for one opening, as short readable labels. */
function defectsOf(persona: Persona, variant: number, draft: ComposedPitch): string[] {
  const found: string[] = []
  const isEnglish = persona.language === 'en'
  const parts = {
    hook: draft.hook,
    pitch: draft.pitch,
    story: draft.story,
    oneLiner: draft.oneLiner,
  }
  for (const [part, text] of Object.entries(parts)) {
    const where = `${persona.id}/${variant}/${part}`
    if (/\b[A-Z]{2,}(?:\s+[A-Z]{2,}){2,}\b/u.test(text)) found.push(`${where}: ALL-CAPS run`)
    for (const s of sentences(text)) {
      if (/^["“‘(¿¡]?\p{Ll}/u.test(s)) found.push(`${where}: lower-case start "${s.slice(0, 30)}"`)
    }
    // The core word said alone at both ends ("Dignidad. … Dignidad.") is the landing, not a slip.
    const said = sentences(text)
      .filter((sentence) => words(sentence).length >= 3)
      .map((sentence) => sentence.toLowerCase())
    const repeated = said.find((sentence, i) => said.indexOf(sentence) !== i)
    if (repeated) found.push(`${where}: said twice "${repeated.slice(0, 40)}"`)
    const doubled = /\b([\p{L}’']+)\s+\1\b/iu.exec(text)
    if (doubled && !/^(had|that)$/iu.test(doubled[1] ?? '')) {
      found.push(`${where}: doubled "${doubled[0]}"`)
    }
    if (/([.,;:!?])\s*[.,;:!?]/u.test(text.replace(/[.?!]["”’)]/gu, '.'))) {
      found.push(`${where}: doubled punctuation`)
    }
    if (
      /\b(I believe (that )?I believe|a world where (a|in a) world where|I(’|')m working on I(’|')m working on|We all know we all know|I work on I work on)\b/iu.test(
        text,
      )
    ) {
      found.push(`${where}: doubled lead-in`)
    }
    // A question pasted after a stem: "We all know why does nobody…", "I believe isn't music…".
    if (
      /\b(We all know|I believe)\s+((why|how|what|who|where|when)\s+(does|do|did|is|are|can|could|would|should|will)\s+(nobody|anyone|we|you|it|there|the|i|they|people)|(isn’t|isn't|aren’t|aren't|don’t|don't|doesn’t|doesn't|can’t|can't|is|are|do|does|can|could|would|should)\s+(we|you|it|there|the|i|they|people|nobody|anyone)\b)/iu.test(
        text,
      )
    ) {
      found.push(`${where}: question form after a stem`)
    }
  }
  // A question quoted inside the moment ('she asked "why…?"') is reported speech, not asked.
  const questions = (draft.pitch.replace(/"[^"]*"|“[^”]*”/gu, '').match(/\?(?!["”’'»])/gu) ?? [])
    .length
  if (questions !== 1) found.push(`${persona.id}/${variant}: ${questions} questions in the pitch`)
  const ranges: Array<[keyof typeof PITCH_WORD_RANGE, string]> = [
    ['hook', draft.hook],
    ['pitch', draft.pitch],
    ['story', draft.story],
    ['oneLiner', draft.oneLiner],
  ]
  for (const [part, text] of ranges) {
    const n = words(text).length
    const { min, max } = PITCH_WORD_RANGE[part]
    // Answers in another language are kept whole and never padded with English lines.
    if (n > max || (isEnglish && n < min)) {
      found.push(`${persona.id}/${variant}: ${part} has ${n} words (${min}–${max})`)
    }
  }
  const spark = persona.answers.spark.trim()
  if (spark && isEnglish) {
    const sparkWords = contentWords(spark.split(/(?<=[.!?])\s/u)[0] ?? spark).slice(0, 12)
    const pitchWords = new Set(contentWords(draft.pitch))
    const kept = sparkWords.filter((w) => pitchWords.has(w)).length
    if (kept < Math.min(3, sparkWords.length)) {
      found.push(`${persona.id}/${variant}: the moment is missing from the pitch`)
    }
  }
  return found
}

/**
 * The share of two openings' word trigrams that both contain, over all the trigrams the two say
 * (shared / union). The person's moment and a question they typed belong in every opening, so
 * the shorter opening alone would count those twice; `strict` gives that figure too (shared over
 * the shorter opening's trigrams), printed so the difference stays visible.
 */
function openingOverlap(drafts: ComposedPitch[], strict = false): number {
  let worst = 0
  for (let i = 0; i < drafts.length; i += 1) {
    for (let j = i + 1; j < drafts.length; j += 1) {
      const a = trigrams(drafts[i]?.pitch ?? '')
      const b = trigrams(drafts[j]?.pitch ?? '')
      const shared = [...a].filter((t) => b.has(t)).length
      const union = a.size + b.size - shared
      worst = Math.max(worst, shared / Math.max(1, strict ? Math.min(a.size, b.size) : union))
    }
  }
  return worst
}

function checkAll(personas: readonly Persona[]): {
  defects: string[]
  overlaps: string[]
  strictOverlaps: string[]
} {
  const defects: string[] = []
  const overlaps: string[] = []
  const strictOverlaps: string[] = []
  for (const persona of personas) {
    const drafts = OPENINGS.map((variant) =>
      composePitch(persona.answers, { messages: composeEn, variant }),
    )
    drafts.forEach((draft, variant) => defects.push(...defectsOf(persona, variant, draft)))
    // Answers in another language are kept as the person wrote them, so their openings differ
    // in order and choice of answers but cannot be reworded; the figure is checked for English.
    const overlap = persona.language === 'en' ? openingOverlap(drafts) : 0
    if (overlap > 0.5) overlaps.push(`${persona.id}: openings share ${Math.round(overlap * 100)}%`)
    const strict = persona.language === 'en' ? openingOverlap(drafts, true) : 0
    if (strict > 0.5) strictOverlaps.push(`${persona.id}: ${Math.round(strict * 100)}%`)
  }
  return { defects, overlaps, strictOverlaps }
}

// Read aloud and left for now, each with its reason (a test fails if one comes back fixed or a
// new one appears, so this list stays the truth):
// - a long spark cut at its first "and" in the question-first opening ("My mum died in 2021.");
// - "Know" as a core word: a verb said as a theme ("it was about know"); the tagger cannot tell a
//   verb-only word from one that is a noun too ("love", "care"), so it is not turned into a gerund;
// - the same persona without a usable core word: two openings land on the same theme line.
const KNOWN_DEV_DEFECTS = [
  'dev2-business-widowers-cooking-classes/2: the moment is missing from the pitch',
]
const KNOWN_DEV_OVERLAPS = ['dev2-work-nhs-physio-waiting-list: openings share 55%']
const KNOWN_DEV_COACH = ['dev2-cause-sickle-cell-genotype/1: theme-first']

test('the development personas’ drafts have none of the counted defects, in any opening', () => {
  const { defects } = checkAll(PERSONAS)
  expect(defects).toEqual(KNOWN_DEV_DEFECTS)
})

test('no two openings of a development persona share more than half of their word trigrams', () => {
  const { overlaps, strictOverlaps } = checkAll(PERSONAS)
  console.info(
    `openings over half alike measured against the shorter opening alone: ${strictOverlaps.length} of ${PERSONAS.length}\n${strictOverlaps.join('\n')}`,
  )
  expect(overlaps).toEqual(KNOWN_DEV_OVERLAPS)
})

test('the language of the answers is reported, English when unsure', () => {
  for (const persona of PERSONAS) {
    expect(composePitch(persona.answers, { messages: composeEn }).language).toBe(persona.language)
  }
})

test.each([
  { name: 'held-out personas', set: HELD_OUT_PERSONAS, rounds: HELD_OUT_ROUNDS, guard: 18 },
  // Round 1 (2026-11-30, after the dev-2 fixes; nothing tuned after): 15 in 90 drafts.
  { name: 'held-out personas 2', set: PERSONAS_HELD_OUT_2, rounds: HELD_OUT_2_ROUNDS, guard: 15 },
  // Round 1 (2026-11-30, the session's last composer code; nothing tuned after): 14 in 90 drafts.
  // Set 2 round 2, same code: 15 in 90. Set 1 round 7: 18 in 51.
  { name: 'held-out personas 3', set: PERSONAS_HELD_OUT_3, rounds: HELD_OUT_3_ROUNDS, guard: 14 },
])('held-out: $name, the same checks, figures printed', ({ name, set, rounds, guard }) => {
  const { defects, overlaps } = checkAll(set)
  const drafts = set.length * OPENINGS.length
  console.info(
    `${name} (${set.length}, rounds seen ${rounds}): ` +
      `${defects.length} defects in ${drafts} drafts, ${overlaps.length} personas with openings over 50% alike`,
  )
  // The goal is at most one defect in ten drafts on answers never tuned on. Set 1, rounds 2–5
  // (round 5 with the added repeated-sentence check): 18 in 51 (round 1: 43). Not tuned against:
  // the guard only stops it getting worse.
  expect(defects.length).toBeLessThanOrEqual(guard)
})

// English personas: a pitch in another language gets "not read" from the checks that read
// English. Jargon is left out: it comes from the person's own words, which the composer keeps,
// and the coach's advice about it is meant for them.
test('every English development persona’s pitch, in every opening, passes the project’s own coach', () => {
  const failing: string[] = []
  for (const persona of PERSONAS.filter((p) => p.language === 'en')) {
    const a = persona.answers
    for (const variant of OPENINGS) {
      const { pitch } = composePitch(a, { messages: composeEn, variant })
      const review = reviewPitch(pitch, { stage: a.stage, situation: a.situation }, enCoach)
      for (const check of review.checks) {
        if (!check.ok && check.id !== 'jargon')
          failing.push(`${persona.id}/${variant}: ${check.id}`)
      }
    }
  }
  expect(failing).toEqual(KNOWN_DEV_COACH)
})
