// Measures the coach against a hand-labelled corpus and prints how often each check agrees with
// the labels. The thresholds are floors, not targets: the table is what to read.
import { CHECK_IDS, reviewPitch, type CheckId } from '../../src/domain/coach'
import { SITUATIONS } from '../../src/domain/answers'
import {
  GOOD_PITCHES,
  HELD_OUT_PITCHES,
  PITCH_CORPUS,
  WEAK_PITCHES,
  type CorpusPitch,
} from '../fixtures/pitch-corpus'

type Tally = { truePos: number; falsePos: number; trueNeg: number; falseNeg: number }

function failedChecks(pitch: CorpusPitch): Set<CheckId> {
  const review = reviewPitch(pitch.text, { situation: pitch.situation })
  return new Set(review.checks.filter((c) => !c.ok).map((c) => c.id))
}

type Result = { pitch: CorpusPitch; failed: Set<CheckId> }

const results: Result[] = PITCH_CORPUS.map((pitch) => ({ pitch, failed: failedChecks(pitch) }))
const heldOut: Result[] = HELD_OUT_PITCHES.map((pitch) => ({ pitch, failed: failedChecks(pitch) }))

function tally(id: CheckId, set: readonly Result[] = results): Tally {
  const t: Tally = { truePos: 0, falsePos: 0, trueNeg: 0, falseNeg: 0 }
  for (const { pitch, failed } of set) {
    const expected = pitch.fails.includes(id)
    const actual = failed.has(id)
    if (expected && actual) t.truePos++
    else if (!expected && actual) t.falsePos++
    else if (expected && !actual) t.falseNeg++
    else t.trueNeg++
  }
  return t
}

function accuracy(t: Tally): number {
  return (t.truePos + t.trueNeg) / (t.truePos + t.trueNeg + t.falsePos + t.falseNeg)
}

function percent(value: number): string {
  return Number.isNaN(value) ? '   -' : `${(value * 100).toFixed(0).padStart(3)}%`
}

const tallies = new Map(CHECK_IDS.map((id) => [id, tally(id)] as const))

function tallyOf(id: CheckId): Tally {
  const t = tallies.get(id)
  if (t === undefined) throw new Error(`no tally for ${id}`)
  return t
}

function printTable(title: string, set: readonly Result[]): void {
  const rows = CHECK_IDS.map((id) => {
    const t = tally(id, set)
    const labelled = t.truePos + t.falseNeg
    const recall = labelled === 0 ? Number.NaN : t.truePos / labelled
    const flagged = t.truePos + t.falsePos
    const precision = flagged === 0 ? Number.NaN : t.truePos / flagged
    return [
      id.padEnd(14),
      String(labelled).padStart(8),
      String(t.truePos).padStart(6),
      String(t.falsePos).padStart(6),
      String(t.falseNeg).padStart(6),
      percent(recall).padStart(7),
      percent(precision).padStart(10),
      percent(accuracy(t)).padStart(9),
    ].join(' ')
  })
  const disagreements = set.flatMap(({ pitch, failed }) => {
    const missed = pitch.fails.filter((id) => !failed.has(id))
    const extra = [...failed].filter((id) => !pitch.fails.includes(id))
    if (missed.length === 0 && extra.length === 0) return []
    return [
      `  ${pitch.id}: ${missed.length > 0 ? `missed ${missed.join(', ')}` : ''}${missed.length > 0 && extra.length > 0 ? '; ' : ''}${extra.length > 0 ? `also flagged ${extra.join(', ')}` : ''}`,
    ]
  })
  console.log(
    [
      title,
      `${'check'.padEnd(14)} labelled   hits  false  miss  recall precision  accuracy`,
      ...rows,
      'Disagreements with the labels:',
      ...(disagreements.length > 0 ? disagreements : ['  none']),
    ].join('\n'),
  )
}

printTable(
  `Pitch coach on ${PITCH_CORPUS.length} labelled pitches (${GOOD_PITCHES.length} connection-led, ${WEAK_PITCHES.length} weak)`,
  results,
)
// Reported only: these pitches exist to show how the rules generalise, so no threshold is tuned
// against them.
printTable(`Held-out sample, ${HELD_OUT_PITCHES.length} pitches (never tuned against)`, heldOut)

test('the corpus is big enough and balanced across the five situations', () => {
  expect(PITCH_CORPUS.length).toBeGreaterThanOrEqual(64)
  expect(GOOD_PITCHES.length).toBe(WEAK_PITCHES.length)
  for (const situation of SITUATIONS) {
    expect(GOOD_PITCHES.filter((p) => p.situation === situation).length).toBeGreaterThanOrEqual(6)
    expect(WEAK_PITCHES.filter((p) => p.situation === situation).length).toBeGreaterThanOrEqual(6)
  }
  expect(new Set(PITCH_CORPUS.map((p) => p.id)).size).toBe(PITCH_CORPUS.length)
  for (const pitch of WEAK_PITCHES) expect(pitch.fails.length).toBeGreaterThan(0)
})

test('the transactional check catches at least 90% of the transactional pitches', () => {
  const t = tallyOf('transactional')
  expect(t.truePos / (t.truePos + t.falseNeg)).toBeGreaterThanOrEqual(0.9)
})

test('the transactional check flags no more than 10% of the connection-led pitches', () => {
  const flaggedGood = results.filter(
    ({ pitch, failed }) => pitch.fails.length === 0 && failed.has('transactional'),
  ).length
  expect(flaggedGood / GOOD_PITCHES.length).toBeLessThanOrEqual(0.1)
})

test.each(CHECK_IDS.filter((id) => id !== 'transactional'))(
  'the %s check agrees with the labels at least 85% of the time',
  (id) => {
    expect(accuracy(tallyOf(id))).toBeGreaterThanOrEqual(0.85)
  },
)

test('most connection-led pitches pass every check', () => {
  const clean = results.filter(({ pitch, failed }) => pitch.fails.length === 0 && failed.size === 0)
  expect(clean.length / GOOD_PITCHES.length).toBeGreaterThanOrEqual(0.85)
})
