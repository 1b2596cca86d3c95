// The coach measured on three kinds of labelled pitches, and held to the issue's bar on the one it
// was never tuned on.
//
// - Dev set (tests/fixtures/coach-sets/dev-set.ts): the rules were tuned on it, item by item.
// - Held-out set (held-out-set.ts): written before any tuning and never read while tuning. Only
//   aggregate figures are computed and printed for it; no item, text or id is ever printed.
// - Existing corpora (pitch-corpus*.ts): older hand-labelled sets, printed for comparison.
//
// HELD-OUT ROUNDS SEEN: 3
// (Each run of this file computes the held-out figures, so each run during development counts as
// a round. When the held-out set has been looked at, or tuned against, write a fresh one.)
// Round 1 (rules tuned on the dev set only): transactional caught 68/110 (61.8%), false alarms
//   14/97 (14.4%); why fails 20/97 (20.6%), self-focus 1/97 (1.0%) of good human pitches.
// Round 2 (after a precision pass reasoned from the dev set, the corpora and hand-made probes, no
//   held-out item seen): caught 63/110 (57.3%), false alarms 13/97 (13.4%); why 14/97 (14.4%),
//   self-focus 1/97 (1.0%). The issue's bar is not met: the assertions below stay at the issue's
//   thresholds and fail honestly; the figures print whatever they say.
// Round 3: the final run of the whole coach test folder, with the code of round 2 unchanged (same
//   figures); no tuning followed it.
// The gap between the dev figures (tuned to 100%) and these is the honest measure of overfitting.
import { reviewPitch, type CheckId } from '@/domain/coach/coach'
import { DEV_SET } from '../../fixtures/coach-sets/dev-set'
import { HELD_OUT_SET } from '../../fixtures/coach-sets/held-out-set'
import type { LabelledPitch } from '../../fixtures/coach-sets/types'
import { PITCH_CORPUS, type CorpusPitch } from '../../fixtures/pitch-corpus'
import { FRESH_CORPUS } from '../../fixtures/pitch-corpus-fresh'
import { PROBE_PITCHES } from '../../fixtures/pitch-corpus-probe'

/** One pitch, reduced to what the figures need. */
type Case = {
  id: string
  text: string
  transactional: boolean
  /** A connection-led pitch written as a person would say it: the checks should pass it. */
  goodHuman: boolean
  context: { stage?: string; situation?: string }
}

type Outcome = { item: Case; failed: Set<CheckId>; notRead: Set<CheckId> }

type Figures = {
  transactional: number
  caught: number
  good: number
  falseAlarms: number
  goodHuman: number
  /** Per check: how many good human pitches it fails, and how many it could not read. */
  failsOnGood: Map<CheckId, number>
  notReadOnGood: Map<CheckId, number>
}

const REPORTED: readonly CheckId[] = ['why', 'self-focus', 'theme-first', 'question', 'core-word']

function fromLabelled(pitch: LabelledPitch): Case {
  return {
    id: pitch.id,
    text: pitch.text,
    transactional: pitch.transactional,
    goodHuman: !pitch.transactional && pitch.human,
    context: { stage: pitch.stage, situation: pitch.situation },
  }
}

function fromCorpus(pitch: CorpusPitch): Case {
  return {
    id: pitch.id,
    text: pitch.text,
    transactional: pitch.fails.includes('transactional'),
    goodHuman: pitch.fails.length === 0,
    context: { situation: pitch.situation },
  }
}

function run(items: readonly Case[]): Outcome[] {
  return items.map((item) => {
    const review = reviewPitch(item.text, item.context)
    return {
      item,
      failed: new Set(review.checks.filter((c) => !c.ok).map((c) => c.id)),
      notRead: new Set(review.checks.filter((c) => c.notRead === true).map((c) => c.id)),
    }
  })
}

function figuresOf(outcomes: readonly Outcome[]): Figures {
  const trade = outcomes.filter((o) => o.item.transactional)
  const good = outcomes.filter((o) => !o.item.transactional)
  const goodHuman = outcomes.filter((o) => o.item.goodHuman)
  return {
    transactional: trade.length,
    caught: trade.filter((o) => o.failed.has('transactional')).length,
    good: good.length,
    falseAlarms: good.filter((o) => o.failed.has('transactional')).length,
    goodHuman: goodHuman.length,
    failsOnGood: new Map(
      REPORTED.map((id) => [id, goodHuman.filter((o) => o.failed.has(id)).length]),
    ),
    notReadOnGood: new Map(
      REPORTED.map((id) => [id, goodHuman.filter((o) => o.notRead.has(id)).length]),
    ),
  }
}

function rate(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '   -' : `${((100 * part) / whole).toFixed(1).padStart(5)}%`
}

function table(name: string, f: Figures): string {
  const rows = [
    `${name}`,
    `  transactional: caught ${f.caught}/${f.transactional} (${percent(f.caught, f.transactional)}), false alarms ${f.falseAlarms}/${f.good} (${percent(f.falseAlarms, f.good)})`,
    ...REPORTED.map((id) => {
      const fails = f.failsOnGood.get(id) ?? 0
      const notRead = f.notReadOnGood.get(id) ?? 0
      return `  ${id.padEnd(12)} fails ${String(fails).padStart(3)}/${f.goodHuman} good human pitches (${percent(fails, f.goodHuman)})${notRead > 0 ? `, not read (not English) ${notRead}` : ''}`
    }),
  ]
  return rows.join('\n')
}

/** Item-level detail, for the sets it is fair to tune on. Never called for the held-out set. */
function disagreements(outcomes: readonly Outcome[]): string {
  const lines = outcomes.flatMap(({ item, failed }) => {
    const notes: string[] = []
    if (item.transactional && !failed.has('transactional')) notes.push('missed transactional')
    if (!item.transactional && failed.has('transactional')) notes.push('false alarm')
    if (item.goodHuman) {
      for (const id of ['why', 'self-focus'] as const) if (failed.has(id)) notes.push(`fails ${id}`)
    }
    return notes.length === 0 ? [] : [`    ${item.id}: ${notes.join(', ')}`]
  })
  return lines.length === 0 ? '    none' : lines.join('\n')
}

const dev = run(DEV_SET.map(fromLabelled))
const corpora = run([...PITCH_CORPUS, ...FRESH_CORPUS, ...PROBE_PITCHES].map(fromCorpus))
const heldOut = figuresOf(run(HELD_OUT_SET.map(fromLabelled)))

console.log(
  [
    'Pitch coach on the labelled sets',
    table(`Dev set, ${DEV_SET.length} pitches (tuned on)`, figuresOf(dev)),
    '  Dev disagreements:',
    disagreements(dev),
    table(`Existing corpora, ${corpora.length} pitches`, figuresOf(corpora)),
    '  Corpora disagreements:',
    disagreements(corpora),
    table(
      `Held-out set, ${HELD_OUT_SET.length} pitches (never tuned on; aggregates only)`,
      heldOut,
    ),
  ].join('\n'),
)

test('the held-out set is big enough and never shares an id with the dev set', () => {
  expect(HELD_OUT_SET.length).toBeGreaterThanOrEqual(150)
  expect(HELD_OUT_SET.filter((p) => p.transactional).length).toBeGreaterThanOrEqual(60)
  expect(HELD_OUT_SET.filter((p) => !p.transactional && p.human).length).toBeGreaterThanOrEqual(60)
  const devIds = new Set(DEV_SET.map((p) => p.id))
  expect(HELD_OUT_SET.filter((p) => devIds.has(p.id))).toHaveLength(0)
})

// The bar the issue sets, on pitches the coach was never tuned on. The figures above print
// whether or not these hold.
test('held-out: the transactional check catches at least 92% of transactional pitches', () => {
  expect(rate(heldOut.caught, heldOut.transactional)).toBeGreaterThanOrEqual(0.92)
})

test('held-out: the transactional check raises at most 3% false alarms', () => {
  expect(rate(heldOut.falseAlarms, heldOut.good)).toBeLessThanOrEqual(0.03)
})

test.each(['why', 'self-focus'] as const)(
  'held-out: the %s check fails at most 10% of the good human pitches',
  (id) => {
    expect(rate(heldOut.failsOnGood.get(id) ?? 0, heldOut.goodHuman)).toBeLessThanOrEqual(0.1)
  },
)

// The dev set is what the rules were tuned on: these floors only keep it from sliding back.
test('dev: the transactional check still catches the dev set with few false alarms', () => {
  const f = figuresOf(dev)
  expect(rate(f.caught, f.transactional)).toBeGreaterThanOrEqual(0.95)
  expect(rate(f.falseAlarms, f.good)).toBeLessThanOrEqual(0.03)
})
