// Training for the ask model: L2-regularised logistic regression over hashed binary features,
// fitted by full-batch gradient descent (Adam steps), and the folds for cross-validation. Used
// by scripts/train-coach.mjs and by the reproducibility test; the app imports only the scoring
// helpers (`lengthScale`, `scorePooled`). Fully
// deterministic: no randomness except a seeded shuffle, so the same data gives the same weights.

export type TrainingRow = {
  /** Indices of the features present (binary features). */
  indices: readonly number[]
  label: boolean
  /** How much the row counts in the loss; 1 by default. */
  weight?: number
  /** The value of each feature in `indices` (1 by default: 1/√n normalises the row's length). */
  scale?: number
  /** Features with value 1 whatever the scale (the rules' verdict). */
  fixed?: readonly number[]
}

export type TrainOptions = {
  size: number
  /** L2 penalty on the weights (not the bias), per unit of total row weight. */
  lambda: number
  epochs?: number
  learningRate?: number
}

export type LinearModel = { bias: number; weights: number[] }

export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z))
  const e = Math.exp(z)
  return e / (1 + e)
}

export function scoreRow(
  model: LinearModel,
  indices: readonly number[],
  scale = 1,
  fixed: readonly number[] = [],
): number {
  let sum = 0
  for (const i of indices) sum += model.weights[i] ?? 0
  let z = model.bias + scale * sum
  for (const i of fixed) z += model.weights[i] ?? 0
  return sigmoid(z)
}

/** The scale that gives a row of `count` binary features unit length. */
export function lengthScale(count: number): number {
  return count > 0 ? 1 / Math.sqrt(count) : 1
}

/**
 * Full-batch Adam on a linear model's weights and bias, minimising a mean loss plus
 * lambda/2·|w|². `addGradient` adds the loss's gradient at `model` into `grad` (the bias last).
 */
function fitByAdam(
  options: TrainOptions,
  addGradient: (model: LinearModel, grad: Float64Array) => void,
): LinearModel {
  const { size, lambda } = options
  const epochs = options.epochs ?? 400
  const rate = options.learningRate ?? 0.05
  const model: LinearModel = { bias: 0, weights: new Array<number>(size).fill(0) }
  const m = new Float64Array(size + 1)
  const v = new Float64Array(size + 1)
  const grad = new Float64Array(size + 1)
  const beta1 = 0.9
  const beta2 = 0.999
  const eps = 1e-8
  for (let t = 1; t <= epochs; t++) {
    grad.fill(0)
    addGradient(model, grad)
    for (let i = 0; i <= size; i++) {
      const w = i < size ? (model.weights[i] ?? 0) : model.bias
      const g = (grad[i] ?? 0) + (i < size ? lambda * w : 0)
      const mi = beta1 * (m[i] ?? 0) + (1 - beta1) * g
      const vi = beta2 * (v[i] ?? 0) + (1 - beta2) * g * g
      m[i] = mi
      v[i] = vi
      const step = (rate * (mi / (1 - beta1 ** t))) / (Math.sqrt(vi / (1 - beta2 ** t)) + eps)
      if (i < size) model.weights[i] = w - step
      else model.bias = w - step
    }
  }
  return model
}

/** The rows' total weight, the mean's divisor. */
function totalWeight(rows: ReadonlyArray<{ weight?: number }>): number {
  return rows.reduce((sum, row) => sum + (row.weight ?? 1), 0) || 1
}

/** Minimises mean weighted log-loss + lambda/2·|w|² by full-batch Adam. */
export function trainLogistic(rows: readonly TrainingRow[], options: TrainOptions): LinearModel {
  const { size } = options
  const total = totalWeight(rows)
  return fitByAdam(options, ({ bias, weights }, grad) => {
    for (const row of rows) {
      const scale = row.scale ?? 1
      const fixed = row.fixed ?? []
      let sum = 0
      for (const i of row.indices) sum += weights[i] ?? 0
      let z = bias + scale * sum
      for (const i of fixed) z += weights[i] ?? 0
      const error = ((sigmoid(z) - (row.label ? 1 : 0)) * (row.weight ?? 1)) / total
      for (const i of row.indices) grad[i] = (grad[i] ?? 0) + error * scale
      for (const i of fixed) grad[i] = (grad[i] ?? 0) + error
      grad[size] = (grad[size] ?? 0) + error
    }
  })
}

/** Rounds weights to `digits` decimals: the committed model is what the app scores with. */
export function roundModel(model: LinearModel, digits = 3): LinearModel {
  const f = 10 ** digits
  const round = (x: number) => Math.round(x * f) / f || 0
  return { bias: round(model.bias), weights: model.weights.map(round) }
}

/** A small seeded generator (mulberry32), for shuffling folds reproducibly. */
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

/** Stratified k folds: fold number per row, each label spread evenly, shuffled by `seed`. */
export function stratifiedFolds(labels: readonly boolean[], k: number, seed: number): number[] {
  const next = random(seed)
  const folds = new Array<number>(labels.length).fill(0)
  for (const wanted of [true, false]) {
    const idx = labels.flatMap((label, i) => (label === wanted ? [i] : []))
    for (let i = idx.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1))
      const tmp = idx[i] ?? 0
      idx[i] = idx[j] ?? 0
      idx[j] = tmp
    }
    idx.forEach((row, n) => {
      folds[row] = n % k
    })
  }
  return folds
}

export type Confusion = { tp: number; fp: number; tn: number; fn: number }

export function confusion(labels: readonly boolean[], predicted: readonly boolean[]): Confusion {
  const c = { tp: 0, fp: 0, tn: 0, fn: 0 }
  labels.forEach((label, i) => {
    const p = predicted[i] === true
    if (label && p) c.tp++
    else if (label) c.fn++
    else if (p) c.fp++
    else c.tn++
  })
  return c
}

export function f1(c: Confusion): number {
  return c.tp === 0 ? 0 : (2 * c.tp) / (2 * c.tp + c.fp + c.fn)
}

// ---------------------------------------------------------------------------------------------
// A pitch trades when one of its sentences does: the pooled model scores each sentence with the
// same weights and pools the sentence scores by log-sum-exp, a smooth maximum, so a long story
// cannot dilute the one sentence that asks for the speaker's gain, and the sentence that weighs
// most is the one to mark. Trained on pitch labels alone (multiple-instance learning).

export type PooledRow = {
  /** Per sentence, the indices of its features (binary). */
  bags: ReadonlyArray<readonly number[]>
  /** Features of the whole pitch, added to the pooled score (a pitch-level model beside it). */
  whole?: readonly number[]
  /** The value of each whole-pitch feature (1/√n: a long story weighs no more than a short one). */
  wholeScale?: number
  label: boolean
  weight?: number
}

/** Log-sum-exp of the sentence logits, and each sentence's share (softmax). */
function pool(logits: readonly number[]): { z: number; shares: number[] } {
  if (logits.length === 0) return { z: -Infinity, shares: [] }
  const top = Math.max(...logits)
  const exps = logits.map((z) => Math.exp(z - top))
  const sum = exps.reduce((a, b) => a + b, 0)
  return { z: top + Math.log(sum), shares: exps.map((e) => e / sum) }
}

/** What scoring needs of a model: the committed one's weights are read-only. */
type Weights = { bias: number; weights: readonly number[] }

function bagLogit(model: Weights, bag: readonly number[]): number {
  let z = model.bias
  for (const i of bag) z += model.weights[i] ?? 0
  return z
}

/** The pitch's probability, and each sentence's own logit. */
export function scorePooled(
  model: Weights,
  bags: ReadonlyArray<readonly number[]>,
  whole: readonly number[] = [],
  wholeScale = 1,
): { probability: number; logits: number[] } {
  let extra = 0
  for (const i of whole) extra += model.weights[i] ?? 0
  extra *= wholeScale
  const logits = bags.map((bag) => bagLogit(model, bag))
  if (logits.length === 0) return { probability: sigmoid(model.bias + extra), logits }
  return { probability: sigmoid(pool(logits).z + extra), logits }
}

/** Minimises mean weighted log-loss of the pooled score + lambda/2·|w|² by full-batch Adam. */
export function trainPooled(rows: readonly PooledRow[], options: TrainOptions): LinearModel {
  const { size } = options
  const total = totalWeight(rows)
  return fitByAdam(options, (model, grad) => {
    for (const row of rows) {
      const bags = row.bags.length > 0 ? row.bags : [[]]
      const { z, shares } = pool(bags.map((bag) => bagLogit(model, bag)))
      const whole = row.whole ?? []
      let extra = 0
      const wholeScale = row.wholeScale ?? 1
      for (const i of whole) extra += model.weights[i] ?? 0
      extra *= wholeScale
      const error = ((sigmoid(z + extra) - (row.label ? 1 : 0)) * (row.weight ?? 1)) / total
      for (const i of whole) grad[i] = (grad[i] ?? 0) + error * wholeScale
      bags.forEach((bag, s) => {
        const e = error * (shares[s] ?? 0)
        for (const i of bag) grad[i] = (grad[i] ?? 0) + e
        grad[size] = (grad[size] ?? 0) + e
      })
    }
  })
}
