// The trained ask model: its training is reproducible (same data, same weights), and the committed
// weights load and score plain cases the plain way.
import { createHash } from 'node:crypto'
import { reviewPitch } from '@/domain/coach/coach'
import {
  askFeatures,
  FEATURE_SIZE,
  MAX_FEATURE_WORDS,
  sentenceBags,
  wholeFeatures,
} from '@/domain/coach/ask-features'
import { ASK_MODEL, scoreAsk, tradeVerdict } from '@/domain/coach/ask-model'
import {
  roundModel,
  scorePooled,
  scoreRow,
  stratifiedFolds,
  trainLogistic,
  trainPooled,
} from '@/domain/coach/ask-train'
import { scanText } from '@/domain/coach/coach-text'
import { DEV_SET } from '../../fixtures/coach-sets/dev-set'
import { enCoach } from '@/i18n/en-coach'

/** A tiny fixture: the first few dev pitches of each label. */
const TINY = [
  ...DEV_SET.filter((p) => p.transactional).slice(0, 6),
  ...DEV_SET.filter((p) => !p.transactional).slice(0, 6),
]

function trainTiny() {
  const rows = TINY.map((p) => ({
    indices: askFeatures(scanText(p.text), { stage: p.stage, language: 'en', signals: true })
      .indices,
    label: p.transactional,
  }))
  return roundModel(trainLogistic(rows, { size: FEATURE_SIZE, lambda: 0.003, epochs: 200 }))
}

function hashOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16)
}

test('training is reproducible: the same data gives the same weights', () => {
  const first = trainTiny()
  const second = trainTiny()
  expect(hashOf(second)).toBe(hashOf(first))
  // The tiny model fits its own data.
  TINY.forEach((p) => {
    const indices = askFeatures(scanText(p.text), {
      stage: p.stage,
      language: 'en',
      signals: true,
    }).indices
    expect(scoreRow(first, indices) >= 0.5).toBe(p.transactional)
  })
})

test('the sentence-pooled model trains reproducibly and fits its own data', () => {
  const rows = TINY.map((p) => {
    const scanned = scanText(p.text)
    const options = { stage: p.stage, language: 'en' }
    return {
      bags: sentenceBags(scanned, options).map((bag) => bag.indices),
      whole: wholeFeatures(scanned, options),
      label: p.transactional,
    }
  })
  const fit = () =>
    roundModel(trainPooled(rows, { size: FEATURE_SIZE, lambda: 0.003, epochs: 200 }))
  const first = fit()
  expect(hashOf(fit())).toBe(hashOf(first))
  rows.forEach((row) => {
    expect(scorePooled(first, row.bags, row.whole).probability >= 0.5).toBe(row.label)
  })
})

test('folds are stratified and seeded', () => {
  const labels = [true, true, true, true, false, false, false, false, false, false]
  const folds = stratifiedFolds(labels, 2, 7)
  expect(stratifiedFolds(labels, 2, 7)).toEqual(folds)
  expect(labels.filter((l, i) => l && folds[i] === 0)).toHaveLength(2)
  expect(labels.filter((l, i) => !l && folds[i] === 0)).toHaveLength(3)
})

test('the committed model is small and complete', () => {
  expect(ASK_MODEL.weights).toHaveLength(FEATURE_SIZE)
  expect(ASK_MODEL.threshold).toBeGreaterThan(0)
  expect(ASK_MODEL.threshold).toBeLessThan(1)
})

const transactional = (text: string, stage?: string) =>
  reviewPitch(text, { stage }, enCoach).checks.find((c) => c.id === 'transactional')

test('the committed model hears plain trades', () => {
  for (const text of [
    "I run a bookkeeping firm for small cafés. Could you book a twenty-minute call with me next week? My rates start at £40 an hour and I'm taking on new clients.",
    "I'm between jobs at the moment. Is your company hiring? Could you pass my CV to your manager? I can start on Monday.",
  ]) {
    const check = transactional(text, 'growing')
    expect(check?.ok).toBe(false)
    expect(check?.spans.length).toBeGreaterThan(0)
  }
})

test('the committed model leaves a connection-led pitch alone', () => {
  const text =
    "It's about dignity. We all end up in a hospital bed at some point, tired and a little scared. Do you remember the nurse who explained things to you like a person? On a busy ward, that kind of time is the first thing to go. I want to work where nurses get that time back, so that every patient leaves knowing what happened to them."
  expect(transactional(text, 'narrowing')?.ok).toBe(true)
})

test('the sentence that weighs most is the one marked when the model hears a trade', () => {
  const text =
    'Bees matter to all of us. I keep forty hives on the edge of the moor. Could you buy a jar of my honey? Every jar helps.'
  const score = scoreAsk(scanText(text), { stage: 'growing', language: 'en', ruleFired: false })
  expect(score.strongest).toBeDefined()
  expect(text.slice(score.strongest?.start, score.strongest?.end)).toContain('honey')
})

test('a long paste is read only as far as the model needs', () => {
  const text = 'We all care about the river. '.repeat(2_000)
  const features = askFeatures(scanText(text), { signals: true })
  const last = Math.max(...features.sentences.map((s) => s.end))
  expect(scanText(text.slice(0, last)).words.length).toBeLessThanOrEqual(MAX_FEATURE_WORDS)
})

test('a pitch not in English is weighed against the model’s own threshold for it, when it has one', () => {
  const score = { probability: 0.47, strongest: undefined }
  const model = { ...ASK_MODEL, threshold: 0.55, otherThreshold: 0.45 }
  expect(tradeVerdict(score, false, model, 60, 'en')).toBe(false)
  expect(tradeVerdict(score, false, model, 60, 'fi')).toBe(true)
  // The committed model carries none yet: every language is weighed alike.
  expect(ASK_MODEL.otherThreshold).toBe(ASK_MODEL.threshold)
})
