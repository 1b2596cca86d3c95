// The trained ask model: logistic regression over the features of ask-features.ts, its weights
// in ask-model.json (written by scripts/train-coach.mjs, which also chose by cross-validation
// how the model and the hand-written rules of coach-ask.ts combine). Pure, synchronous and
// cheap: a lookup per feature, and the features read at most the first few hundred words.

import type { Stage } from '../pitch/answers'
import {
  askFeatures,
  FEATURE_BITS,
  hashFeature,
  pooledFeatures,
  SHORT_TEXT_WORDS,
} from './ask-features'
import { lengthScale, scorePooled } from './ask-train'
import type { ScannedText, Span } from './coach-text'
import trained from './ask-model.json'

export type AskModel = {
  bits: number
  bigrams: boolean
  /** The rules' ingredients as features. */
  signals: boolean
  /** The stage alone as a feature. */
  stageAlone: boolean
  /** Long words' first letters as features too (ask-features.ts `prefixes`). */
  prefixes: boolean
  /** Feature values are 1/√n (n features in the pitch), so length does not weigh. */
  normalise: boolean
  /**
   * false: one score for the whole pitch. true: each sentence scored with the same weights and the
   * scores pooled by a smooth maximum (a pitch trades when one sentence does). 'hybrid': pooled
   * sentences plus the whole pitch's words.
   */
  pooled: boolean | 'hybrid'
  /** The rules' verdict enters the model as one more feature. */
  ruleFeature: boolean
  /** 'model': the model decides alone; 'or': the rules or the model. */
  combine: 'model' | 'or'
  threshold: number
  /**
   * The threshold of a pitch not in English, which scores lower for the same ask (the model reads
   * it through word-for-word glosses and few pitches of its language, so fewer features fire):
   * chosen by the training script as the lowest that keeps the leave-one-set-out false alarms
   * within the bar outside English and over all.
   */
  otherThreshold: number
  bias: number
  weights: readonly number[]
}

export const ASK_MODEL: AskModel = {
  bits: trained.bits,
  bigrams: trained.bigrams,
  signals: trained.signals,
  stageAlone: trained.stageAlone,
  // (Models trained before the option existed read no prefixes.)
  prefixes: 'prefixes' in trained && trained.prefixes === true,
  normalise: trained.normalise,
  pooled: trained.pooled === 'hybrid' ? 'hybrid' : Boolean(trained.pooled),
  ruleFeature: trained.ruleFeature,
  combine: trained.combine === 'or' ? 'or' : 'model',
  threshold: trained.threshold,
  // (Models trained before the option existed weigh every language alike.)
  otherThreshold:
    'otherThreshold' in trained && typeof trained.otherThreshold === 'number'
      ? trained.otherThreshold
      : trained.threshold,
  bias: trained.bias,
  weights: trained.weights,
}

const RULE_FEATURE = hashFeature('rule:fired')

export type AskScore = {
  /** The model's probability that the pitch trades. */
  probability: number
  /** The sentence whose features push hardest towards a trade, if any pushes that way. */
  strongest: Span | undefined
}

/**
 * Scores a pitch. `ruleFired`: whether the hand-written rules found a trade; `ruleSpans`: where
 * (the pooled model reads the rules sentence by sentence).
 */
export function scoreAsk(
  scanned: ScannedText,
  context: {
    stage?: Stage | undefined
    language?: string
    ruleFired: boolean
    ruleSpans?: readonly Span[]
  },
  model: AskModel = ASK_MODEL,
): AskScore {
  if (model.bits !== FEATURE_BITS) return { probability: 0, strongest: undefined }
  if (model.pooled !== false) return scorePooledAsk(scanned, context, model)
  const features = askFeatures(scanned, {
    stage: context.stage,
    language: context.language,
    bigrams: model.bigrams,
    signals: model.signals,
    stageAlone: model.stageAlone,
    prefixes: model.prefixes,
  })
  const weight = (i: number) => model.weights[i] ?? 0
  const scale = model.normalise ? lengthScale(features.indices.length) : 1
  let sum = 0
  for (const i of features.indices) sum += weight(i)
  let z = model.bias + scale * sum
  if (model.ruleFeature && context.ruleFired) z += weight(RULE_FEATURE)
  let strongest: Span | undefined
  let most = 0
  for (const sentence of features.sentences) {
    let sum = 0
    for (const i of sentence.indices) sum += weight(i)
    if (sum > most) {
      most = sum
      strongest = { start: sentence.start, end: sentence.end }
    }
  }
  return { probability: 1 / (1 + Math.exp(-z)), strongest }
}

/**
 * Whether the pitch trades, the rules and the model combined as the training chose. A fragment
 * shorter than any pitch (`SHORT_TEXT_WORDS`) trades when the rules say so, whatever the model says.
 * `language`: the pitch's language tag; a pitch not in English is weighed against the model's
 * `otherThreshold`.
 */
export function tradeVerdict(
  score: AskScore,
  ruleFired: boolean,
  model: AskModel = ASK_MODEL,
  words = Infinity,
  language = 'en',
): boolean {
  const threshold = language === 'en' ? model.threshold : model.otherThreshold
  const byModel = score.probability >= threshold
  if (words < SHORT_TEXT_WORDS && ruleFired) return true
  return model.combine === 'or' ? ruleFired || byModel : byModel
}

function scorePooledAsk(
  scanned: ScannedText,
  context: { stage?: Stage | undefined; language?: string; ruleSpans?: readonly Span[] },
  model: AskModel,
): AskScore {
  const options = {
    stage: context.stage,
    language: context.language,
    bigrams: model.bigrams,
    signals: model.signals,
    stageAlone: model.stageAlone,
    prefixes: model.prefixes,
  }
  // One pass over the pitch reads both the sentences and the whole.
  const read = pooledFeatures(scanned, {
    ...options,
    ruleSpans: model.ruleFeature ? context.ruleSpans : undefined,
  })
  const bags = read.bags
  const whole = model.pooled === 'hybrid' ? read.whole : []
  const scale = model.normalise ? lengthScale(whole.length) : 1
  const { probability, logits } = scorePooled(
    model,
    bags.map((bag) => bag.indices),
    whole,
    scale,
  )
  // The sentence that weighs most towards a trade is the one to mark.
  let strongest: Span | undefined
  let most = -Infinity
  bags.forEach((bag, i) => {
    const z = logits[i] ?? -Infinity
    if (z > most) {
      most = z
      strongest = { start: bag.start, end: bag.end }
    }
  })
  return { probability, strongest }
}
