// Trains the coach's ask model (src/domain/coach/ask-model.json): L2-regularised logistic
// regression over the features in src/domain/coach/ask-features.ts, the same code the app runs.
// Every choice (bigrams, regularisation, whether the hand-written rules enter as a feature or are
// OR-ed with the model, the threshold) is made by stratified k-fold cross-validation on the
// training data only. The held-out sets are never loaded here.
//   node scripts/train-coach.mjs            train, report, write the model
//   node scripts/train-coach.mjs --dry-run  train and report only
//
// Training data: the dev set, the three older corpora (transactional when a reader marked the
// `transactional` check as failing), train sets 1 and 2 (by different writers),
// and the composer's drafts for both development persona sets (connection-led by construction:
// negatives, not counted in figures; the held-out personas are left out). A configuration is chosen
// by the bar: the most caught while the cross-validated false alarms stay within 3%.
import { existsSync, writeFileSync } from 'node:fs'
import { openSource } from './load-source.mjs'

const DRY_RUN = process.argv.includes('--dry-run')
const FOLDS = 5
const SEEDS = [1, 2]
const LAMBDAS = [0.001, 0.003, 0.01]
// Normalised rows have features of about 1/√n, so the penalty that fits them is smaller.
const NORMALISED_LAMBDAS = [0.0001, 0.0003, 0.001]
const THRESHOLDS = Array.from({ length: 19 }, (_, i) => Math.round((i + 1) * 5) / 100)
// The composer's drafts are negatives with half a pitch's weight: without them, cross-validation
// flags a few drafts (the composer's stage-fitting asks), and every draft must pass the coach. The
// weights therefore move when the composer does: retrain after changing it.
const DRAFT_WEIGHT = 0.5
/** Feature vocabularies tried. */
// (A first search also tried the rules' ingredients as features, `signals`, and dropping the stage
// on its own: neither helped on cross-validation, so they are left out to keep the search short.)
const VARIANTS = [true, false].map((bigrams) => ({ bigrams, signals: false, stageAlone: true }))
const NORMALISE = [true, false]
const OUTPUT = 'src/domain/coach/ask-model.json'

const source = await openSource()
try {
  const load = source.load
  const features = await load('/src/domain/coach/ask-features.ts')
  const train = await load('/src/domain/coach/ask-train.ts')
  const { scanText } = await load('/src/domain/coach/coach-text.ts')
  const { tradeByRules, detectPitchLanguage } = await load('/src/domain/coach/coach.ts')
  const { composePitch } = await load('/src/domain/pitch/compose-pitch.ts')
  const { COMPOSER_EN } = await load('/src/domain/pitch/composer-words-en.ts')
  const { en } = await load('/src/i18n/en.ts')
  const { DEV_SET } = await load('/tests/fixtures/coach-sets/dev-set.ts')
  const { PITCH_CORPUS } = await load('/tests/fixtures/pitch-corpus.ts')
  const { FRESH_CORPUS } = await load('/tests/fixtures/pitch-corpus-fresh.ts')
  const { PROBE_PITCHES } = await load('/tests/fixtures/pitch-corpus-probe.ts')
  const { PERSONAS } = await load('/tests/fixtures/personas.ts')
  const { PERSONAS_DEV_2 } = await load('/tests/fixtures/personas-dev-2.ts')
  // Train sets by different writers: a model fitted to one writer's phrasing generalises less.
  const TRAIN_SET = [
    ...(existsSync('tests/fixtures/coach-sets/train-set.ts')
      ? (await load('/tests/fixtures/coach-sets/train-set.ts')).TRAIN_SET
      : []),
    ...(existsSync('tests/fixtures/coach-sets/train-set-2.ts')
      ? (await load('/tests/fixtures/coach-sets/train-set-2.ts')).TRAIN_SET_2
      : []),
    // train-set-3.ts (200 pitches, mostly good ones that read like asks) is not used yet: the
    // model trained with it did worse on cross-validation over the dev set (caught 90.9% vs 92.4%,
    // false alarms 1.5% vs 0%) and the corpora (80.5% vs 87.8% caught), and flagged the composer's
    // own "If this matters to you too, come and say hello."
  ]

  /** @type {{text: string, label: boolean, stage?: string, source: string, weight: number}[]} */
  const items = [
    ...DEV_SET.map((p) => ({
      text: p.text,
      label: p.transactional,
      stage: p.stage,
      source: 'dev',
    })),
    ...[...PITCH_CORPUS, ...FRESH_CORPUS, ...PROBE_PITCHES].map((p) => ({
      text: p.text,
      label: p.fails.includes('transactional'),
      stage: undefined,
      source: 'corpora',
    })),
    ...TRAIN_SET.map((p) => ({
      text: p.text,
      label: p.transactional,
      stage: p.stage,
      source: 'train',
    })),
  ].map((item) => ({ ...item, weight: 1 }))
  for (const persona of [...PERSONAS, ...PERSONAS_DEV_2]) {
    for (const variant of [0, 1, 2]) {
      const { pitch } = composePitch(persona.answers, {
        messages: { composer: COMPOSER_EN, stages: en.stages },
        variant,
      })
      if (pitch.trim() === '') continue
      items.push({
        text: pitch,
        label: false,
        stage: persona.answers.stage,
        source: 'drafts',
        weight: DRAFT_WEIGHT,
      })
    }
  }

  // Features for both vocabularies (with and without bigrams), and the rules' verdict.
  const RULE_FEATURE = features.hashFeature('rule:fired')
  const rows = items.map((item) => {
    const scanned = scanText(item.text)
    const language = detectPitchLanguage(item.text)
    const options = { stage: item.stage, language }
    const rule = tradeByRules(item.text, item.stage).length > 0
    const vocabularies = {}
    for (const variant of VARIANTS) {
      vocabularies[variantKey(variant)] = features.askFeatures(scanned, {
        ...options,
        ...variant,
      }).indices
    }
    return { ...item, rule, vocabularies }
  })
  const counts = (source) => {
    const of = rows.filter((r) => r.source === source)
    return `${of.length} (${of.filter((r) => r.label).length} transactional)`
  }
  console.log(
    `train-coach: dev ${counts('dev')}, corpora ${counts('corpora')}, train ${counts('train')}, drafts ${counts('drafts')}`,
  )

  const toTraining = (row, config) => {
    const indices = row.vocabularies[variantKey(config)]
    return {
      indices,
      scale: config.normalise ? train.lengthScale(indices.length) : 1,
      fixed: config.stacked && row.rule ? [RULE_FEATURE] : [],
      label: row.label,
      weight: row.weight,
    }
  }
  const scoreOf = (model, row, config) => {
    const t = toTraining(row, config)
    return train.scoreRow(model, t.indices, t.scale, t.fixed)
  }

  // Figures are computed on the human-written pitches; when the train set is there, the choice
  // is made on it alone, since the rules were tuned on the dev set and the corpora and look
  // perfect there.
  const scored = rows.map((r, i) => ({ r, i })).filter(({ r }) => r.source !== 'drafts')
  const chooseOn = TRAIN_SET.length > 0 ? 'train' : 'all'
  const selection = scored.filter(({ r }) => chooseOn === 'all' || r.source === chooseOn)

  /** Folds over the labelled pitches; the drafts take turns, outside the seeded shuffle. */
  function foldsFor(seed) {
    const trained = rows.filter((r) => r.source !== 'drafts')
    const shuffled = train.stratifiedFolds(
      trained.map((r) => r.label),
      FOLDS,
      seed,
    )
    let t = 0
    return rows.map((r, i) => (r.source === 'drafts' ? i % FOLDS : shuffled[t++]))
  }

  /** Out-of-fold probabilities, averaged over seeds. */
  function outOfFold(config) {
    const sums = new Array(rows.length).fill(0)
    for (const seed of SEEDS) {
      const folds = foldsFor(seed)
      for (let k = 0; k < FOLDS; k++) {
        const fitted = train.trainLogistic(
          rows.filter((_, i) => folds[i] !== k).map((r) => toTraining(r, config)),
          { size: features.FEATURE_SIZE, lambda: config.lambda },
        )
        rows.forEach((r, i) => {
          if (folds[i] === k) sums[i] += scoreOf(fitted, r, config)
        })
      }
    }
    return sums.map((s) => s / SEEDS.length)
  }

  // The bar is lopsided (at least 92% caught, at most 3% false alarms): a false alarm
  // tells a person their good pitch is a sales pitch, so a configuration is judged by what it
  // catches while its cross-validated false alarms stay within the bar, and only then by F1.
  const FALSE_ALARM_BAR = 0.03
  const merit = (f) => {
    const alarms = f.fp / (f.fp + f.tn || 1)
    const recall = f.tp / (f.tp + f.fn || 1)
    return alarms <= FALSE_ALARM_BAR ? 1 + recall : f.f1 - alarms
  }
  const verdictOf = (combine, threshold, p, row) =>
    combine === 'or' ? row.rule || p >= threshold : p >= threshold
  const figures = (subset, probs, combine, threshold) => {
    const labels = subset.map(({ r }) => r.label)
    const predicted = subset.map(({ r, i }) => verdictOf(combine, threshold, probs[i], r))
    const c = train.confusion(labels, predicted)
    return { ...c, f1: train.f1(c) }
  }
  const describe = (c) =>
    `F1 ${c.f1.toFixed(3)}, caught ${c.tp}/${c.tp + c.fn} (${pct(c.tp, c.tp + c.fn)}), false alarms ${c.fp}/${c.fp + c.tn} (${pct(c.fp, c.fp + c.tn)}), precision ${pct(c.tp, c.tp + c.fp)}, accuracy ${pct(c.tp + c.tn, c.tp + c.tn + c.fp + c.fn)}`

  const rulesOnly = train.confusion(
    selection.map(({ r }) => r.label),
    selection.map(({ r }) => r.rule),
  )
  console.log(`rules alone on ${chooseOn}: ${describe({ ...rulesOnly, f1: train.f1(rulesOnly) })}`)

  let best
  for (const variant of VARIANTS) {
    for (const [normalise, stacked] of NORMALISE.flatMap((n) => [false, true].map((s) => [n, s]))) {
      for (const lambda of normalise ? NORMALISED_LAMBDAS : LAMBDAS) {
        const config = { ...variant, normalise, stacked, lambda }
        const probs = outOfFold(config)
        for (const combine of stacked ? ['model'] : ['model', 'or']) {
          let top
          for (const threshold of THRESHOLDS) {
            const f = figures(selection, probs, combine, threshold)
            if (top === undefined || merit(f) > merit(top.f) + 1e-9) top = { threshold, f }
          }
          console.log(
            `  ${variantKey(variant)} ${normalise ? 'norm' : 'bin '} rules ${stacked ? 'as feature' : combine === 'or' ? 'OR model ' : 'unused    '} lambda ${String(lambda).padEnd(6)} t ${top.threshold.toFixed(2)}: ${describe(top.f)}`,
          )
          if (best === undefined || merit(top.f) > merit(best.f) + 1e-9) {
            best = { config, combine, threshold: top.threshold, f: top.f, probs }
          }
        }
      }
    }
  }

  const { config, combine, threshold, probs } = best
  if (process.argv.includes('--errors')) {
    // The model's own out-of-fold mistakes on the training pitches (never the held-out sets).
    const modelOnly = { ...config, stacked: false }
    const own = outOfFold(modelOnly)
    for (const { r, i } of scored) {
      const p = own[i]
      if (p >= 0.5 !== r.label) {
        console.log(
          `  ${r.label ? 'MISS' : 'FA  '} ${p.toFixed(2)} [${r.source} ${r.stage}] ${r.text}`,
        )
      }
    }
  }
  console.log(
    `chosen: ${variantKey(config)}, ${config.normalise ? 'length-normalised' : 'binary'}, rules ${config.stacked ? 'as a feature' : combine === 'or' ? 'OR-ed with the model' : 'unused'}, lambda ${config.lambda}, threshold ${threshold}`,
  )
  const cv = {}
  for (const source of ['dev', 'corpora', 'train', 'all']) {
    const subset = scored.filter(({ r }) => source === 'all' || r.source === source)
    if (subset.length === 0) continue
    const f = figures(subset, probs, combine, threshold)
    cv[source] = {
      n: subset.length,
      f1: round(f.f1),
      recall: round(f.tp / (f.tp + f.fn || 1)),
      falseAlarms: round(f.fp / (f.fp + f.tn || 1)),
      precision: round(f.tp / (f.tp + f.fp || 1)),
      accuracy: round((f.tp + f.tn) / subset.length),
    }
    console.log(`  CV ${source.padEnd(7)} ${describe(f)}`)
  }
  const drafts = rows.map((r, i) => ({ r, i })).filter(({ r }) => r.source === 'drafts')
  const draftAlarms = drafts.filter(({ r, i }) => verdictOf(combine, threshold, probs[i], r))
  console.log(`  CV drafts: ${draftAlarms.length}/${drafts.length} flagged`)

  // The final model, on every row.
  const fitted = train.roundModel(
    train.trainLogistic(
      rows.map((r) => toTraining(r, config)),
      { size: features.FEATURE_SIZE, lambda: config.lambda },
    ),
  )
  const model = {
    version: 1,
    bits: features.FEATURE_BITS,
    bigrams: config.bigrams,
    signals: config.signals,
    stageAlone: config.stageAlone,
    normalise: config.normalise,
    ruleFeature: config.stacked,
    combine,
    threshold,
    lambda: config.lambda,
    trainedOn: Object.fromEntries(
      ['dev', 'corpora', 'train', 'drafts'].map((s) => [
        s,
        rows.filter((r) => r.source === s).length,
      ]),
    ),
    cv,
    bias: fitted.bias,
    weights: fitted.weights,
  }
  // Written as the project's formatter would write it, so the committed file is the script's output.
  const prettier = await import('prettier')
  const json = await prettier.format(JSON.stringify(model), {
    ...(await prettier.resolveConfig(OUTPUT)),
    parser: 'json',
  })
  const strongest = (sign) =>
    topFeatures(rows, config, fitted, sign)
      .map(([n, w]) => `${n} ${w}`)
      .join(', ')
  console.log(`  strongest for a trade: ${strongest(1)}`)
  console.log(`  strongest against: ${strongest(-1)}`)
  if (DRY_RUN) console.log(`train-coach: dry run, ${json.length} bytes not written`)
  else {
    writeFileSync(OUTPUT, json)
    console.log(`train-coach: wrote ${OUTPUT} (${json.length} bytes)`)
  }

  /** Names behind the heaviest weights, as seen in the training pitches. */
  function topFeatures(all, cfg, m, sign) {
    const names = new Map()
    for (const r of all) {
      for (const { name } of features.featureNames(scanText(r.text), {
        stage: r.stage,
        bigrams: cfg.bigrams,
        signals: cfg.signals,
        stageAlone: cfg.stageAlone,
      })) {
        if (!names.has(features.hashFeature(name))) names.set(features.hashFeature(name), name)
      }
    }
    names.set(RULE_FEATURE, 'rule:fired')
    return [...names.entries()]
      .map(([i, n]) => [n, m.weights[i] ?? 0])
      .sort((a, b) => sign * (b[1] - a[1]))
      .slice(0, 12)
  }
} finally {
  await source.close()
}

function variantKey(v) {
  return `bigrams ${v.bigrams ? 'on ' : 'off'} signals ${v.signals ? 'on ' : 'off'} stage ${v.stageAlone ? 'on ' : 'off'}`
}

function pct(part, whole) {
  return whole === 0 ? '-' : `${((100 * part) / whole).toFixed(1)}%`
}

function round(x) {
  return Math.round(x * 1000) / 1000
}
