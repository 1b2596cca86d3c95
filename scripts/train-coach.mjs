// Trains the coach's ask model (src/domain/coach/ask-model.json): L2-regularised logistic
// regression over the features in src/domain/coach/ask-features.ts, the same code the app runs,
// either on the whole pitch or sentence by sentence (each sentence scored with the same weights,
// the scores pooled by a smooth maximum: a pitch trades when one of its sentences does), or both
// together. Every choice (model shape, vocabulary, regularisation, threshold) is made by
// LEAVE-ONE-SET-OUT cross-validation: each labelled file (a writer) is left out whole in turn and
// the model trained on every other file, the honest proxy for a writer the model has never read.
// The figures per file are printed, and recorded in the model (`leaveOneSetOut`).
//   node scripts/train-coach.mjs              search, report, write the model (about 15 min on 2 shared cores)
//   node scripts/train-coach.mjs --dry-run    search and report only
//   node scripts/train-coach.mjs --quick [--config='{"pooled":"hybrid",…}'] [--errors]
//       one configuration (the committed one by default), written unless --dry-run; --errors
//       lists the left-out mistakes item by item
//   --folds=K   the files dealt into K folds instead of one fold per file (about 20 min at K=10)
//
// Training data: the dev set, the three older corpora (transactional when a reader marked the
// `transactional` check as failing), train sets 1–5 (by different writers; sets 4 and 5 written
// 2026-12-01 by helpers who saw no code and no other set), sets 1–5 (held out until 2026-11-30,
// spent since by the lead’s decision: training data from then on; sets 6–61 spent the same way,
// each after it was read once), train sets 6–8 (2026-12-01, helpers who saw
// no code and no other set), train sets 9 and 10 (2026-12-01 and 2026-12-02, the same way), and
// the composer's drafts for both development persona sets and the spent persona sets 1–58
// (connection-led by construction: negatives, not counted in figures; the held-out persona sets 59
// and later are left out). The blind set held out now (held-out-set-62.ts) is never loaded
// here. A configuration is chosen by the issue's bar:
// the most caught while the pooled leave-one-set-out false alarms stay within 3%.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { openSource } from './load-source.mjs'

const DRY_RUN = process.argv.includes('--dry-run')
const THRESHOLDS = Array.from({ length: 19 }, (_, i) => Math.round((i + 1) * 5) / 100)
// The composer's drafts are negatives with half a pitch's weight: without them, cross-validation
// flags a few drafts (the composer's stage-fitting asks), and every draft must pass the coach. The
// weights therefore move when the composer does: retrain after changing it.
const DRAFT_WEIGHT = 0.5
const OUTPUT = 'src/domain/coach/ask-model.json'
const committed = JSON.parse(readFileSync(OUTPUT, 'utf8'))

const source = await openSource()
try {
  const load = source.load
  const features = await load('/src/domain/coach/ask-features.ts')
  const train = await load('/src/domain/coach/ask-train.ts')
  const { tradeByRules, detectPitchLanguage, scanForTrade } = await load(
    '/src/domain/coach/coach.ts',
  )
  const { composePitch } = await load('/src/domain/pitch/compose-pitch.ts')
  const { COMPOSER_EN } = await load('/src/domain/pitch/composer-words-en.ts')
  const { en } = await load('/src/i18n/en.ts')
  const { DEV_SET } = await load('/tests/fixtures/coach-sets/dev-set.ts')
  const { PITCH_CORPUS } = await load('/tests/fixtures/pitch-corpus.ts')
  const { FRESH_CORPUS } = await load('/tests/fixtures/pitch-corpus-fresh.ts')
  const { PROBE_PITCHES } = await load('/tests/fixtures/pitch-corpus-probe.ts')
  const { PERSONAS } = await load('/tests/fixtures/personas.ts')
  const { PERSONAS_DEV_2 } = await load('/tests/fixtures/personas-dev-2.ts')
  // The spent persona sets (read and tuned on since they were spent): their drafts are negatives
  // too. The held-out persona sets (personas-held-out-59.ts and later) are never loaded here.
  const SPENT_PERSONA_FILES = [
    ['personas-held-out.ts', 'HELD_OUT_PERSONAS'],
    ['personas-held-out-2.ts', 'PERSONAS_HELD_OUT_2'],
    ['personas-held-out-3.ts', 'PERSONAS_HELD_OUT_3'],
    ['personas-held-out-4.ts', 'PERSONAS_HELD_OUT_4'],
    ['personas-held-out-5.ts', 'PERSONAS_HELD_OUT_5'],
    ['personas-held-out-6.ts', 'PERSONAS_HELD_OUT_6'],
    ['personas-held-out-7.ts', 'PERSONAS_HELD_OUT_7'],
    ['personas-held-out-8.ts', 'PERSONAS_HELD_OUT_8'],
    ['personas-held-out-9.ts', 'PERSONAS_HELD_OUT_9'],
    ['personas-held-out-10.ts', 'PERSONAS_HELD_OUT_10'],
    ['personas-held-out-11.ts', 'PERSONAS_HELD_OUT_11'],
    ['personas-held-out-12.ts', 'PERSONAS_HELD_OUT_12'],
    ['personas-held-out-13.ts', 'PERSONAS_HELD_OUT_13'],
    ['personas-held-out-14.ts', 'PERSONAS_HELD_OUT_14'],
    ['personas-held-out-15.ts', 'PERSONAS_HELD_OUT_15'],
    ['personas-held-out-16.ts', 'PERSONAS_HELD_OUT_16'],
    ['personas-held-out-17.ts', 'PERSONAS_HELD_OUT_17'],
    ['personas-held-out-18.ts', 'PERSONAS_HELD_OUT_18'],
    ['personas-held-out-19.ts', 'PERSONAS_HELD_OUT_19'],
    ['personas-held-out-20.ts', 'PERSONAS_HELD_OUT_20'],
    ['personas-held-out-21.ts', 'PERSONAS_HELD_OUT_21'],
    ['personas-held-out-22.ts', 'PERSONAS_HELD_OUT_22'],
    ['personas-held-out-23.ts', 'PERSONAS_HELD_OUT_23'],
    ['personas-held-out-24.ts', 'PERSONAS_HELD_OUT_24'],
    ['personas-held-out-25.ts', 'PERSONAS_HELD_OUT_25'],
    ['personas-held-out-26.ts', 'PERSONAS_HELD_OUT_26'],
    ['personas-held-out-27.ts', 'PERSONAS_HELD_OUT_27'],
    ['personas-held-out-28.ts', 'PERSONAS_HELD_OUT_28'],
    ['personas-held-out-29.ts', 'PERSONAS_HELD_OUT_29'],
    ['personas-held-out-30.ts', 'PERSONAS_HELD_OUT_30'],
    ['personas-held-out-31.ts', 'PERSONAS_HELD_OUT_31'],
    ['personas-held-out-32.ts', 'PERSONAS_HELD_OUT_32'],
    ['personas-held-out-33.ts', 'PERSONAS_HELD_OUT_33'],
    ['personas-held-out-34.ts', 'PERSONAS_HELD_OUT_34'],
    ['personas-held-out-35.ts', 'PERSONAS_HELD_OUT_35'],
    ['personas-held-out-36.ts', 'PERSONAS_HELD_OUT_36'],
    ['personas-held-out-37.ts', 'PERSONAS_HELD_OUT_37'],
    ['personas-held-out-38.ts', 'PERSONAS_HELD_OUT_38'],
    ['personas-held-out-39.ts', 'PERSONAS_HELD_OUT_39'],
    ['personas-held-out-40.ts', 'PERSONAS_HELD_OUT_40'],
    ['personas-held-out-41.ts', 'PERSONAS_HELD_OUT_41'],
    ['personas-held-out-42.ts', 'PERSONAS_HELD_OUT_42'],
    ['personas-held-out-43.ts', 'PERSONAS_HELD_OUT_43'],
    ['personas-held-out-44.ts', 'PERSONAS_HELD_OUT_44'],
    ['personas-held-out-45.ts', 'PERSONAS_HELD_OUT_45'],
    ['personas-held-out-46.ts', 'PERSONAS_HELD_OUT_46'],
    ['personas-held-out-47.ts', 'PERSONAS_HELD_OUT_47'],
    ['personas-held-out-48.ts', 'PERSONAS_HELD_OUT_48'],
    ['personas-held-out-49.ts', 'PERSONAS_HELD_OUT_49'],
    ['personas-held-out-50.ts', 'PERSONAS_HELD_OUT_50'],
    ['personas-held-out-51.ts', 'PERSONAS_HELD_OUT_51'],
    ['personas-held-out-52.ts', 'PERSONAS_HELD_OUT_52'],
    ['personas-held-out-53.ts', 'PERSONAS_HELD_OUT_53'],
    ['personas-held-out-54.ts', 'PERSONAS_HELD_OUT_54'],
    ['personas-held-out-55.ts', 'PERSONAS_HELD_OUT_55'],
    ['personas-held-out-56.ts', 'PERSONAS_HELD_OUT_56'],
    ['personas-held-out-57.ts', 'PERSONAS_HELD_OUT_57'],
    ['personas-held-out-58.ts', 'PERSONAS_HELD_OUT_58'],
  ]
  const spentPersonas = []
  for (const [file, name] of SPENT_PERSONA_FILES) {
    spentPersonas.push(...(await load(`/tests/fixtures/${file}`))[name])
  }
  // Every labelled file is one group: a writer (or, for the dev set and the corpora, the project's
  // own hand). Held-out sets 1–19 were spent (from 2026-11-30) and are training data from then on; a
  // file that is not there (a set still being written) is simply left out.
  const optional = async (file, name) =>
    existsSync(`tests/fixtures/coach-sets/${file}`)
      ? ((await load(`/tests/fixtures/coach-sets/${file}`))[name] ?? [])
      : []
  const LABELLED_FILES = [
    ['train-1', 'train-set.ts', 'TRAIN_SET'],
    ['train-2', 'train-set-2.ts', 'TRAIN_SET_2'],
    ['train-3', 'train-set-3.ts', 'TRAIN_SET_3'],
    ['spent-1', 'held-out-set.ts', 'HELD_OUT_SET'],
    ['spent-2', 'held-out-set-2.ts', 'HELD_OUT_SET_2'],
    ['spent-3', 'held-out-set-3.ts', 'HELD_OUT_SET_3'],
    ['spent-4', 'held-out-set-4.ts', 'HELD_OUT_SET_4'],
    ['spent-5', 'held-out-set-5.ts', 'HELD_OUT_SET_5'],
    ['spent-6', 'held-out-set-6.ts', 'HELD_OUT_SET_6'],
    ['spent-7', 'held-out-set-7.ts', 'HELD_OUT_SET_7'],
    ['spent-8', 'held-out-set-8.ts', 'HELD_OUT_SET_8'],
    ['spent-9', 'held-out-set-9.ts', 'HELD_OUT_SET_9'],
    ['train-4', 'train-set-4.ts', 'TRAIN_SET_4'],
    ['train-5', 'train-set-5.ts', 'TRAIN_SET_5'],
    ['spent-10', 'held-out-set-10.ts', 'HELD_OUT_SET_10'],
    ['spent-11', 'held-out-set-11.ts', 'HELD_OUT_SET_11'],
    ['train-6', 'train-set-6.ts', 'TRAIN_SET_6'],
    ['spent-12', 'held-out-set-12.ts', 'HELD_OUT_SET_12'],
    ['spent-13', 'held-out-set-13.ts', 'HELD_OUT_SET_13'],
    ['spent-14', 'held-out-set-14.ts', 'HELD_OUT_SET_14'],
    ['spent-15', 'held-out-set-15.ts', 'HELD_OUT_SET_15'],
    ['spent-16', 'held-out-set-16.ts', 'HELD_OUT_SET_16'],
    ['spent-17', 'held-out-set-17.ts', 'HELD_OUT_SET_17'],
    ['spent-18', 'held-out-set-18.ts', 'HELD_OUT_SET_18'],
    ['spent-19', 'held-out-set-19.ts', 'HELD_OUT_SET_19'],
    ['spent-20', 'held-out-set-20.ts', 'HELD_OUT_SET_20'],
    ['spent-21', 'held-out-set-21.ts', 'HELD_OUT_SET_21'],
    ['spent-22', 'held-out-set-22.ts', 'HELD_OUT_SET_22'],
    ['spent-23', 'held-out-set-23.ts', 'HELD_OUT_SET_23'],
    ['spent-24', 'held-out-set-24.ts', 'HELD_OUT_SET_24'],
    ['spent-25', 'held-out-set-25.ts', 'HELD_OUT_SET_25'],
    ['spent-26', 'held-out-set-26.ts', 'HELD_OUT_SET_26'],
    ['spent-27', 'held-out-set-27.ts', 'HELD_OUT_SET_27'],
    ['spent-28', 'held-out-set-28.ts', 'HELD_OUT_SET_28'],
    ['spent-29', 'held-out-set-29.ts', 'HELD_OUT_SET_29'],
    ['spent-30', 'held-out-set-30.ts', 'HELD_OUT_SET_30'],
    ['spent-31', 'held-out-set-31.ts', 'HELD_OUT_SET_31'],
    ['spent-32', 'held-out-set-32.ts', 'HELD_OUT_SET_32'],
    ['spent-33', 'held-out-set-33.ts', 'HELD_OUT_SET_33'],
    ['spent-34', 'held-out-set-34.ts', 'HELD_OUT_SET_34'],
    ['spent-35', 'held-out-set-35.ts', 'HELD_OUT_SET_35'],
    ['spent-36', 'held-out-set-36.ts', 'HELD_OUT_SET_36'],
    ['spent-37', 'held-out-set-37.ts', 'HELD_OUT_SET_37'],
    ['spent-38', 'held-out-set-38.ts', 'HELD_OUT_SET_38'],
    ['spent-39', 'held-out-set-39.ts', 'HELD_OUT_SET_39'],
    ['spent-40', 'held-out-set-40.ts', 'HELD_OUT_SET_40'],
    ['spent-41', 'held-out-set-41.ts', 'HELD_OUT_SET_41'],
    ['spent-42', 'held-out-set-42.ts', 'HELD_OUT_SET_42'],
    ['spent-43', 'held-out-set-43.ts', 'HELD_OUT_SET_43'],
    ['spent-44', 'held-out-set-44.ts', 'HELD_OUT_SET_44'],
    ['spent-45', 'held-out-set-45.ts', 'HELD_OUT_SET_45'],
    ['spent-46', 'held-out-set-46.ts', 'HELD_OUT_SET_46'],
    ['spent-47', 'held-out-set-47.ts', 'HELD_OUT_SET_47'],
    ['spent-48', 'held-out-set-48.ts', 'HELD_OUT_SET_48'],
    ['spent-49', 'held-out-set-49.ts', 'HELD_OUT_SET_49'],
    ['spent-50', 'held-out-set-50.ts', 'HELD_OUT_SET_50'],
    ['spent-51', 'held-out-set-51.ts', 'HELD_OUT_SET_51'],
    ['spent-52', 'held-out-set-52.ts', 'HELD_OUT_SET_52'],
    ['spent-53', 'held-out-set-53.ts', 'HELD_OUT_SET_53'],
    ['spent-54', 'held-out-set-54.ts', 'HELD_OUT_SET_54'],
    ['spent-55', 'held-out-set-55.ts', 'HELD_OUT_SET_55'],
    ['spent-56', 'held-out-set-56.ts', 'HELD_OUT_SET_56'],
    ['spent-57', 'held-out-set-57.ts', 'HELD_OUT_SET_57'],
    ['spent-58', 'held-out-set-58.ts', 'HELD_OUT_SET_58'],
    ['spent-59', 'held-out-set-59.ts', 'HELD_OUT_SET_59'],
    ['spent-60', 'held-out-set-60.ts', 'HELD_OUT_SET_60'],
    ['spent-61', 'held-out-set-61.ts', 'HELD_OUT_SET_61'],
    ['train-7', 'train-set-7.ts', 'TRAIN_SET_7'],
    ['train-8', 'train-set-8.ts', 'TRAIN_SET_8'],
    ['train-9', 'train-set-9.ts', 'TRAIN_SET_9'],
    ['train-10', 'train-set-10.ts', 'TRAIN_SET_10'],
  ]
  const labelled = []
  for (const [group, file, name] of LABELLED_FILES) {
    for (const p of await optional(file, name)) labelled.push({ ...p, group })
  }

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
    ...labelled.map((p) => ({
      text: p.text,
      label: p.transactional,
      stage: p.stage,
      source: p.group,
    })),
  ].map((item) => ({ ...item, weight: 1 }))
  const draftPersonas = [...PERSONAS, ...PERSONAS_DEV_2, ...spentPersonas]
  for (const persona of draftPersonas) {
    for (const variant of [0, 1, 2]) {
      const { pitch, invitation } = composePitch(persona.answers, {
        messages: { composer: COMPOSER_EN, stages: en.stages },
        variant,
        invitationVariant: variant,
      })
      if (pitch.trim() === '') continue
      // The pitch alone, and the pitch with the stage's invitation after it, as a person says
      // both ("If this matters to you too, I'd love your advice…" is the product's own ask).
      for (const text of [pitch, `${pitch} ${invitation}`]) {
        items.push({
          text,
          label: false,
          stage: persona.answers.stage,
          source: 'drafts',
          weight: DRAFT_WEIGHT,
        })
      }
    }
  }

  const GROUPS = [...new Set(items.filter((r) => r.source !== 'drafts').map((r) => r.source))]
  // Quick mode: one configuration (the committed model's, or --config=…), for feature work.
  const QUICK = process.argv.includes('--quick')

  // The configurations compared. The whole-pitch model of before (binary, the rules as a
  // feature) is the reference; then the sentence-pooled model and the hybrid (pooled sentences
  // plus the whole pitch's words, plain or length-normalised), over the vocabularies that did best
  // in single runs. (A wider grid, 40 configurations, takes too long on a shared machine; length-
  // normalised whole-pitch rows and the rules OR-ed with the model lost on every earlier search.)
  const configs = QUICK
    ? [quickConfig()]
    : [
        { bigrams: false, signals: false, pooled: false, normalise: false, lambda: 0.001 },
        { bigrams: false, signals: true, pooled: true, normalise: false, lambda: 0.001 },
        { bigrams: true, signals: false, pooled: 'hybrid', normalise: false, lambda: 0.001 },
        { bigrams: true, signals: false, pooled: 'hybrid', normalise: true, lambda: 0.001 },
        { bigrams: false, signals: true, pooled: 'hybrid', normalise: true, lambda: 0.001 },
        { bigrams: false, signals: true, pooled: 'hybrid', normalise: true, lambda: 0.0003 },
        // Long words' first five letters too: on 2026-12-01, leave-one-set-out 90.0% / 2.8% at
        // t 0.55 against 89.9% / 2.9% without (4 and 6 letters: 89.5%).
        {
          bigrams: false,
          signals: true,
          prefixes: true,
          pooled: 'hybrid',
          normalise: true,
          lambda: 0.0003,
        },
        { bigrams: true, signals: true, pooled: 'hybrid', normalise: true, lambda: 0.001 },
      ].map((c) => ({
        ...c,
        stageAlone: true,
        stacked: true,
        otherWeight: committed.otherWeight ?? 1,
      }))
  const VARIANTS = [
    ...new Map(
      configs.map((c) => [
        variantKey(c),
        {
          bigrams: c.bigrams,
          signals: c.signals,
          stageAlone: c.stageAlone,
          prefixes: c.prefixes ?? false,
        },
      ]),
    ).values(),
  ]
  // Features for every vocabulary tried, and the rules' verdict.
  const RULE_FEATURE = features.hashFeature('rule:fired')
  const rows = items.map((item) => {
    const scanned = scanForTrade(item.text)
    const language = detectPitchLanguage(item.text)
    const options = { stage: item.stage, language }
    const ruleSpans = tradeByRules(item.text, item.stage)
    const rule = ruleSpans.length > 0
    const vocabularies = {}
    const bags = {}
    for (const variant of VARIANTS) {
      vocabularies[variantKey(variant)] = features.askFeatures(scanned, {
        ...options,
        ...variant,
      }).indices
      bags[variantKey(variant)] = features
        .sentenceBags(scanned, { ...options, ...variant, ruleSpans })
        .map((bag) => bag.indices)
    }
    const whole = features.wholeFeatures(scanned, options)
    return { ...item, rule, vocabularies, bags, whole, words: scanned.words.length, language }
  })
  const counts = (source) => {
    const of = rows.filter((r) => r.source === source)
    return `${of.length} (${of.filter((r) => r.label).length} transactional)`
  }
  console.log(`train-coach: ${[...GROUPS, 'drafts'].map((g) => `${g} ${counts(g)}`).join(', ')}`)

  const toPooled = (row, config) => {
    const bags = row.bags[variantKey(config)]
    return {
      bags: config.stacked ? bags : bags.map((bag) => bag.filter((i) => i !== RULE_FEATURE)),
      whole: config.pooled === 'hybrid' ? row.whole : [],
      wholeScale: config.normalise ? train.lengthScale(row.whole.length) : 1,
      label: row.label,
      weight: row.weight * languageWeight(row, config),
    }
  }
  // A labelled pitch not in English weighs `otherWeight` times one in English (1 unless the
  // configuration says): about one pitch in five is written in one of some thirty other
  // languages, each with few pitches of its own, and the model read them more weakly than the
  // same ask in English (leave-one-set-out on 2026-12-05, sets to 39: at weight 2, 75.3% caught
  // outside English at 3.5% false alarms, against 68.4% and 2.7% at weight 1; over all 89.9% and
  // 2.7%, against 88.6% and 2.5%).
  const languageWeight = (row, config) =>
    row.language !== 'en' && row.source !== 'drafts' ? (config.otherWeight ?? 1) : 1
  const fit = (trainingRows, config) =>
    config.pooled
      ? train.trainPooled(
          trainingRows.map((r) => toPooled(r, config)),
          { size: features.FEATURE_SIZE, lambda: config.lambda },
        )
      : train.trainLogistic(
          trainingRows.map((r) => toTraining(r, config)),
          { size: features.FEATURE_SIZE, lambda: config.lambda },
        )
  const toTraining = (row, config) => {
    const indices = row.vocabularies[variantKey(config)]
    return {
      indices,
      scale: config.normalise ? train.lengthScale(indices.length) : 1,
      fixed: config.stacked && row.rule ? [RULE_FEATURE] : [],
      label: row.label,
      weight: row.weight * languageWeight(row, config),
    }
  }
  const scoreOf = (model, row, config) => {
    if (config.pooled) {
      const t = toPooled(row, config)
      return train.scorePooled(model, t.bags, t.whole, t.wholeScale).probability
    }
    const t = toTraining(row, config)
    return train.scoreRow(model, t.indices, t.scale, t.fixed)
  }

  // Cross-validation grouped by writer: each labelled file in turn is left out whole, the model
  // trained on every other file (and on the composer's drafts, a share of which is left out with
  // each file so that every draft is scored by a model that never saw it). This is the honest
  // proxy for a pitch by a writer the model has never read.
  const scored = rows.map((r, i) => ({ r, i })).filter(({ r }) => r.source !== 'drafts')
  // --folds=K: the labelled files dealt into K folds, each fold (several writers) left out whole
  // in turn. Still grouped by writer, so still the honest proxy, and a little harsher (each model
  // reads fewer files); about ninety fits become K, so a retraining fits inside a session.
  const FOLDS = Number(process.argv.find((a) => a.startsWith('--folds='))?.slice(8) ?? 0)
  const FOLD_COUNT = FOLDS > 1 ? Math.min(FOLDS, GROUPS.length) : GROUPS.length
  const foldOf = rows.map((r, i) =>
    r.source === 'drafts' ? i % FOLD_COUNT : GROUPS.indexOf(r.source) % FOLD_COUNT,
  )

  /** Leave-one-set-out probabilities. */
  function outOfFold(config) {
    const probs = new Array(rows.length).fill(0)
    for (let k = 0; k < FOLD_COUNT; k++) {
      const fitted = fit(
        rows.filter((_, i) => foldOf[i] !== k),
        config,
      )
      rows.forEach((r, i) => {
        if (foldOf[i] === k) probs[i] = scoreOf(fitted, r, config)
      })
    }
    return probs
  }

  // The issue's bar is lopsided (at least 92% caught, at most 3% false alarms): a false alarm
  // tells a person their good pitch is a sales pitch, so a configuration is judged by what it
  // catches while its pooled leave-one-set-out false alarms stay within the bar, and only then
  // by F1.
  const FALSE_ALARM_BAR = 0.03
  const merit = (f) => {
    const alarms = f.fp / (f.fp + f.tn || 1)
    const recall = f.tp / (f.tp + f.fn || 1)
    return alarms <= FALSE_ALARM_BAR ? 1 + recall : f.f1 - alarms
  }
  // A fragment shorter than any pitch trades when the rules say so (ask-model.ts tradeVerdict).
  const verdictOf = (combine, threshold, p, row) =>
    (row.rule && row.words < features.SHORT_TEXT_WORDS) ||
    (combine === 'or' ? row.rule || p >= threshold : p >= threshold)
  // `otherThreshold`: the threshold of a pitch not in English (ask-model.ts tradeVerdict).
  const figures = (subset, probs, combine, threshold, otherThreshold = threshold) => {
    const labels = subset.map(({ r }) => r.label)
    const predicted = subset.map(({ r, i }) =>
      verdictOf(combine, r.language === 'en' ? threshold : otherThreshold, probs[i], r),
    )
    const c = train.confusion(labels, predicted)
    return { ...c, f1: train.f1(c) }
  }
  const describe = (c) =>
    `caught ${c.tp}/${c.tp + c.fn} (${pct(c.tp, c.tp + c.fn)}), false alarms ${c.fp}/${c.fp + c.tn} (${pct(c.fp, c.fp + c.tn)}), F1 ${c.f1.toFixed(3)}`

  const rulesOnly = train.confusion(
    scored.map(({ r }) => r.label),
    scored.map(({ r }) => r.rule),
  )
  console.log(
    `rules alone, every labelled pitch: ${describe({ ...rulesOnly, f1: train.f1(rulesOnly) })}`,
  )

  let best
  for (const config of configs) {
    const probs = outOfFold(config)
    for (const combine of config.stacked ? ['model'] : ['model', 'or']) {
      let top
      for (const threshold of THRESHOLDS) {
        const f = figures(scored, probs, combine, threshold)
        if (top === undefined || merit(f) > merit(top.f) + 1e-9) top = { threshold, f }
      }
      console.log(
        `  ${variantKey(config)} ${config.pooled === 'hybrid' ? 'hybrid' : config.pooled ? 'pooled' : 'pitch '} ${config.normalise ? 'norm' : 'bin '} rules ${config.stacked ? 'as feature' : combine === 'or' ? 'OR model ' : 'unused    '} lambda ${String(config.lambda).padEnd(6)} t ${top.threshold.toFixed(2)}: ${describe(top.f)}`,
      )
      if (best === undefined || merit(top.f) > merit(best.f) + 1e-9) {
        best = { config, combine, threshold: top.threshold, f: top.f, probs }
      }
    }
  }

  const { config, combine, threshold, probs } = best
  if (process.argv.includes('--errors')) {
    // Leave-one-set-out mistakes, item by item (sets 1–8 are spent: reading them is allowed).
    for (const { r, i } of scored) {
      if (verdictOf(combine, threshold, probs[i], r) !== r.label) {
        console.log(
          `  ${r.label ? 'MISS' : 'FA  '} ${probs[i].toFixed(2)} rule ${r.rule ? 'y' : 'n'} [${r.source} ${r.stage}] ${r.text}`,
        )
      }
    }
  }
  console.log(
    `chosen: ${variantKey(config)}, ${config.pooled === 'hybrid' ? 'sentences pooled plus the whole pitch' : config.pooled ? 'sentences pooled' : 'whole pitch'}, ${config.normalise ? 'length-normalised' : 'binary'}, rules ${config.stacked ? 'as a feature' : combine === 'or' ? 'OR-ed with the model' : 'unused'}, lambda ${config.lambda}, threshold ${threshold}`,
  )
  console.log('leave-one-set-out (trained on every other file, tested on the whole file):')
  const cv = {}
  for (const source of [...GROUPS, 'all']) {
    const subset = scored.filter(({ r }) => source === 'all' || r.source === source)
    if (subset.length === 0) continue
    const f = figures(subset, probs, combine, threshold)
    cv[source] = {
      n: subset.length,
      caught: round(f.tp / (f.tp + f.fn || 1)),
      falseAlarms: round(f.fp / (f.fp + f.tn || 1)),
      f1: round(f.f1),
    }
    console.log(`  LOSO ${source.padEnd(8)} ${describe(f)}`)
  }
  // Pitches not in English (as the coach detects them): the model knows far fewer of their words.
  const foreign = figures(
    scored.filter(({ r }) => r.language !== 'en'),
    probs,
    combine,
    threshold,
  )
  console.log(`  LOSO not English ${describe(foreign)}`)
  // Beside the chosen threshold, its neighbours: two models are compared at the same threshold.
  for (const t of THRESHOLDS.filter((x) => Math.abs(x - threshold) <= 0.051 && x !== threshold)) {
    const at = figures(scored, probs, combine, t)
    const abroad = figures(
      scored.filter(({ r }) => r.language !== 'en'),
      probs,
      combine,
      t,
    )
    console.log(`  LOSO at t ${t.toFixed(2)}: all ${describe(at)}; not English ${describe(abroad)}`)
  }
  // A pitch not in English scores lower for the same ask (fewer of its features fire): its own
  // threshold, the lowest at or under the model's that keeps the leave-one-set-out false alarms
  // within the bar both outside English and over every pitch.
  const notEnglish = scored.filter(({ r }) => r.language !== 'en')
  let otherThreshold = threshold
  for (const t of THRESHOLDS.filter((x) => x < threshold).reverse()) {
    const abroad = figures(notEnglish, probs, combine, threshold, t)
    const all = figures(scored, probs, combine, threshold, t)
    const within = (f) => f.fp / (f.fp + f.tn || 1) <= FALSE_ALARM_BAR
    console.log(
      `  LOSO, English at t ${threshold.toFixed(2)}, not English at t ${t.toFixed(2)}: all ${describe(all)}; not English ${describe(abroad)}`,
    )
    if (!within(abroad) || !within(all)) break
    otherThreshold = t
  }
  console.log(`  threshold not in English: ${otherThreshold}`)
  const drafts = rows.map((r, i) => ({ r, i })).filter(({ r }) => r.source === 'drafts')
  const draftAlarms = drafts.filter(({ r, i }) => verdictOf(combine, threshold, probs[i], r))
  console.log(`  LOSO drafts: ${draftAlarms.length}/${drafts.length} flagged`)

  // The final model, on every row.
  const fitted = train.roundModel(fit(rows, config))
  const trainingFigures = (source) => {
    const subset = scored.filter(({ r }) => source === 'all' || r.source === source)
    const predicted = subset.map(({ r }) =>
      verdictOf(combine, threshold, scoreOf(fitted, r, config), r),
    )
    const c = train.confusion(
      subset.map(({ r }) => r.label),
      predicted,
    )
    return { ...c, f1: train.f1(c) }
  }
  console.log('training figures (the final model on the pitches it was trained on):')
  for (const source of [...GROUPS, 'all']) {
    console.log(`  train ${source.padEnd(8)} ${describe(trainingFigures(source))}`)
  }
  const draftsFlagged = drafts.filter(({ r }) =>
    verdictOf(combine, threshold, scoreOf(fitted, r, config), r),
  ).length
  console.log(`  train drafts: ${draftsFlagged}/${drafts.length} flagged`)
  const model = {
    version: 2,
    bits: features.FEATURE_BITS,
    bigrams: config.bigrams,
    signals: config.signals,
    stageAlone: config.stageAlone,
    prefixes: config.prefixes ?? false,
    normalise: config.normalise,
    pooled: config.pooled === 'hybrid' ? 'hybrid' : config.pooled === true,
    ruleFeature: config.stacked,
    combine,
    threshold,
    otherThreshold,
    lambda: config.lambda,
    otherWeight: config.otherWeight ?? 1,
    trainedOn: Object.fromEntries(
      [...GROUPS, 'drafts'].map((s) => [s, rows.filter((r) => r.source === s).length]),
    ),
    leaveOneSetOut: cv,
    // How many folds the files were dealt into (one file per fold when it equals their number).
    folds: FOLD_COUNT,
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

  function quickConfig() {
    const arg = process.argv.find((a) => a.startsWith('--config='))
    if (arg !== undefined) return JSON.parse(arg.slice('--config='.length))
    return {
      bigrams: committed.bigrams,
      signals: committed.signals,
      stageAlone: committed.stageAlone,
      prefixes: committed.prefixes ?? false,
      normalise: committed.normalise,
      stacked: committed.ruleFeature,
      otherWeight: committed.otherWeight ?? 1,
      pooled: committed.pooled ?? false,
      lambda: committed.lambda,
    }
  }

  /** Names behind the heaviest weights, as seen in the training pitches. */
  function topFeatures(all, cfg, m, sign) {
    const names = new Map()
    for (const r of all) {
      for (const { name } of features.featureNames(scanForTrade(r.text), {
        stage: r.stage,
        bigrams: cfg.bigrams,
        signals: cfg.signals,
        stageAlone: cfg.stageAlone,
        prefixes: cfg.prefixes ?? false,
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
  return `bigrams ${v.bigrams ? 'on ' : 'off'} signals ${v.signals ? 'on ' : 'off'} stage ${v.stageAlone ? 'on ' : 'off'}${v.prefixes ? ' prefixes on' : ''}`
}

function pct(part, whole) {
  return whole === 0 ? '-' : `${((100 * part) / whole).toFixed(1)}%`
}

function round(x) {
  return Math.round(x * 1000) / 1000
}
