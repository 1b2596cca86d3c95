// Writes test-results/drafts.md: every development persona's answers beside every draft the
// composer writes from them (three openings), with word counts and the coach's verdict, to be
// read aloud. The former held-out sets 1–3 were spent on 2026-11-30 (read and tuned on from that
// date) and are written here too, each under its own heading. A held-out set still blind is left
// out on purpose: nobody tunes on it.
//   npm run drafts            all personas
//   npm run drafts -- ID...   only these personas
import { mkdirSync, writeFileSync } from 'node:fs'
import { openSource } from './load-source.mjs'

const only = process.argv.slice(2)
const source = await openSource()
try {
  const { composePitch } = await source.load('/src/domain/pitch/compose-pitch.ts')
  const { reviewPitch } = await source.load('/src/domain/coach/coach.ts')
  const { COMPOSER_EN } = await source.load('/src/domain/pitch/composer-words-en.ts')
  const { en } = await source.load('/src/i18n/en.ts')
  const { enCoach } = await source.load('/src/i18n/en-coach.ts')
  const messages = { composer: COMPOSER_EN, stages: en.stages }
  const { PERSONAS: FIRST } = await source.load('/tests/fixtures/personas.ts')
  const { PERSONAS_DEV_2 } = await source.load('/tests/fixtures/personas-dev-2.ts')
  const { HELD_OUT_PERSONAS } = await source.load('/tests/fixtures/personas-held-out.ts')
  const { PERSONAS_HELD_OUT_2 } = await source.load('/tests/fixtures/personas-held-out-2.ts')
  const { PERSONAS_HELD_OUT_3 } = await source.load('/tests/fixtures/personas-held-out-3.ts')
  const { PERSONAS_HELD_OUT_4 } = await source.load('/tests/fixtures/personas-held-out-4.ts')
  const { PERSONAS_HELD_OUT_5 } = await source.load('/tests/fixtures/personas-held-out-5.ts')
  const { PERSONAS_HELD_OUT_6 } = await source.load('/tests/fixtures/personas-held-out-6.ts')
  const { PERSONAS_HELD_OUT_7 } = await source.load('/tests/fixtures/personas-held-out-7.ts')
  const { PERSONAS_HELD_OUT_8 } = await source.load('/tests/fixtures/personas-held-out-8.ts')
  const { PERSONAS_HELD_OUT_9 } = await source.load('/tests/fixtures/personas-held-out-9.ts')
  const { PERSONAS_HELD_OUT_10 } = await source.load('/tests/fixtures/personas-held-out-10.ts')
  const { PERSONAS_HELD_OUT_11 } = await source.load('/tests/fixtures/personas-held-out-11.ts')
  const { PERSONAS_HELD_OUT_12 } = await source.load('/tests/fixtures/personas-held-out-12.ts')
  const { PERSONAS_HELD_OUT_13 } = await source.load('/tests/fixtures/personas-held-out-13.ts')
  const { PERSONAS_HELD_OUT_14 } = await source.load('/tests/fixtures/personas-held-out-14.ts')
  const { PERSONAS_HELD_OUT_15 } = await source.load('/tests/fixtures/personas-held-out-15.ts')
  const { PERSONAS_HELD_OUT_16 } = await source.load('/tests/fixtures/personas-held-out-16.ts')
  const { PERSONAS_HELD_OUT_17 } = await source.load('/tests/fixtures/personas-held-out-17.ts')
  const { PERSONAS_HELD_OUT_18 } = await source.load('/tests/fixtures/personas-held-out-18.ts')
  const { PERSONAS_HELD_OUT_19 } = await source.load('/tests/fixtures/personas-held-out-19.ts')
  const { PERSONAS_HELD_OUT_20 } = await source.load('/tests/fixtures/personas-held-out-20.ts')
  const { PERSONAS_HELD_OUT_21 } = await source.load('/tests/fixtures/personas-held-out-21.ts')
  const { PERSONAS_HELD_OUT_22 } = await source.load('/tests/fixtures/personas-held-out-22.ts')
  const { PERSONAS_HELD_OUT_23 } = await source.load('/tests/fixtures/personas-held-out-23.ts')
  const { PERSONAS_HELD_OUT_24 } = await source.load('/tests/fixtures/personas-held-out-24.ts')
  const { PERSONAS_HELD_OUT_25 } = await source.load('/tests/fixtures/personas-held-out-25.ts')
  const { PERSONAS_HELD_OUT_26 } = await source.load('/tests/fixtures/personas-held-out-26.ts')
  const { PERSONAS_HELD_OUT_27 } = await source.load('/tests/fixtures/personas-held-out-27.ts')
  const { PERSONAS_HELD_OUT_28 } = await source.load('/tests/fixtures/personas-held-out-28.ts')
  const { PERSONAS_HELD_OUT_29 } = await source.load('/tests/fixtures/personas-held-out-29.ts')
  const { PERSONAS_HELD_OUT_30 } = await source.load('/tests/fixtures/personas-held-out-30.ts')
  const { PERSONAS_HELD_OUT_31 } = await source.load('/tests/fixtures/personas-held-out-31.ts')
  const { PERSONAS_HELD_OUT_32 } = await source.load('/tests/fixtures/personas-held-out-32.ts')
  const { PERSONAS_HELD_OUT_33 } = await source.load('/tests/fixtures/personas-held-out-33.ts')
  const { PERSONAS_HELD_OUT_34 } = await source.load('/tests/fixtures/personas-held-out-34.ts')
  const { PERSONAS_HELD_OUT_35 } = await source.load('/tests/fixtures/personas-held-out-35.ts')
  const { PERSONAS_HELD_OUT_36 } = await source.load('/tests/fixtures/personas-held-out-36.ts')
  const { PERSONAS_HELD_OUT_37 } = await source.load('/tests/fixtures/personas-held-out-37.ts')
  const { PERSONAS_HELD_OUT_38 } = await source.load('/tests/fixtures/personas-held-out-38.ts')
  const { PERSONAS_HELD_OUT_39 } = await source.load('/tests/fixtures/personas-held-out-39.ts')
  const { PERSONAS_HELD_OUT_40 } = await source.load('/tests/fixtures/personas-held-out-40.ts')
  const { PERSONAS_HELD_OUT_41 } = await source.load('/tests/fixtures/personas-held-out-41.ts')
  const { PERSONAS_HELD_OUT_42 } = await source.load('/tests/fixtures/personas-held-out-42.ts')
  const { PERSONAS_HELD_OUT_43 } = await source.load('/tests/fixtures/personas-held-out-43.ts')
  const { PERSONAS_HELD_OUT_44 } = await source.load('/tests/fixtures/personas-held-out-44.ts')
  const { PERSONAS_HELD_OUT_45 } = await source.load('/tests/fixtures/personas-held-out-45.ts')
  const { PERSONAS_HELD_OUT_46 } = await source.load('/tests/fixtures/personas-held-out-46.ts')
  const { PERSONAS_HELD_OUT_47 } = await source.load('/tests/fixtures/personas-held-out-47.ts')
  const { PERSONAS_HELD_OUT_48 } = await source.load('/tests/fixtures/personas-held-out-48.ts')
  const { PERSONAS_HELD_OUT_49 } = await source.load('/tests/fixtures/personas-held-out-49.ts')
  const { PERSONAS_HELD_OUT_50 } = await source.load('/tests/fixtures/personas-held-out-50.ts')
  const { PERSONAS_HELD_OUT_51 } = await source.load('/tests/fixtures/personas-held-out-51.ts')
  const { PERSONAS_HELD_OUT_52 } = await source.load('/tests/fixtures/personas-held-out-52.ts')
  const { PERSONAS_HELD_OUT_53 } = await source.load('/tests/fixtures/personas-held-out-53.ts')
  const { PERSONAS_HELD_OUT_54 } = await source.load('/tests/fixtures/personas-held-out-54.ts')
  const { PERSONAS_HELD_OUT_55 } = await source.load('/tests/fixtures/personas-held-out-55.ts')
  const { PERSONAS_HELD_OUT_56 } = await source.load('/tests/fixtures/personas-held-out-56.ts')
  const { PERSONAS_HELD_OUT_57 } = await source.load('/tests/fixtures/personas-held-out-57.ts')
  const { PERSONAS_HELD_OUT_58 } = await source.load('/tests/fixtures/personas-held-out-58.ts')
  const SETS = [
    ['Development set 1', FIRST],
    ['Development set 2', PERSONAS_DEV_2],
    ['Spent set 1 (formerly held out; read and tuned on from 2026-11-30)', HELD_OUT_PERSONAS],
    ['Spent set 2 (formerly held out; read and tuned on from 2026-11-30)', PERSONAS_HELD_OUT_2],
    ['Spent set 3 (formerly held out; read and tuned on from 2026-11-30)', PERSONAS_HELD_OUT_3],
    [
      'Spent set 4 (formerly held out, four rounds of aggregates; read from the next session)',
      PERSONAS_HELD_OUT_4,
    ],
    [
      'Spent set 5 (formerly held out, one round of aggregates; read from the next session)',
      PERSONAS_HELD_OUT_5,
    ],
    [
      'Spent set 6 (formerly held out, one round of aggregates; read from the next session)',
      PERSONAS_HELD_OUT_6,
    ],
    [
      'Spent set 7 (formerly held out, one round of aggregates; read from the next session)',
      PERSONAS_HELD_OUT_7,
    ],
    [
      'Spent set 8 (formerly held out, two rounds of aggregates; read from 2026-12-01)',
      PERSONAS_HELD_OUT_8,
    ],
    [
      'Spent set 9 (formerly held out, one round of aggregates; read from 2026-12-01)',
      PERSONAS_HELD_OUT_9,
    ],
    [
      'Spent set 10 (formerly held out, one round of aggregates; read from 2026-12-01)',
      PERSONAS_HELD_OUT_10,
    ],
    [
      'Spent set 11 (formerly held out, one round of aggregates; read from 2026-12-01)',
      PERSONAS_HELD_OUT_11,
    ],
    [
      'Spent set 12 (formerly held out, one round of aggregates; read from 2026-12-01)',
      PERSONAS_HELD_OUT_12,
    ],
    [
      'Spent set 13 (formerly held out, one round of aggregates; read from 2026-12-01)',
      PERSONAS_HELD_OUT_13,
    ],
    [
      'Spent set 14 (formerly held out, one round of aggregates; read from 2026-12-01)',
      PERSONAS_HELD_OUT_14,
    ],
    [
      'Spent set 15 (formerly held out, one round of aggregates; read from 2026-12-01)',
      PERSONAS_HELD_OUT_15,
    ],
    [
      'Spent set 16 (formerly held out, two prints of one round of aggregates; read from 2026-12-02)',
      PERSONAS_HELD_OUT_16,
    ],
    [
      'Spent set 17 (formerly held out, one round of aggregates; read from 2026-12-02)',
      PERSONAS_HELD_OUT_17,
    ],
    [
      'Spent set 18 (formerly held out, one round of aggregates; read from 2026-12-02)',
      PERSONAS_HELD_OUT_18,
    ],
    [
      'Spent set 19 (formerly held out, one round of aggregates; read from 2026-12-02)',
      PERSONAS_HELD_OUT_19,
    ],
    [
      'Spent set 20 (formerly held out, one round of aggregates; read from 2026-12-02)',
      PERSONAS_HELD_OUT_20,
    ],
    [
      'Spent set 21 (formerly held out, one round of aggregates; read from 2026-12-02)',
      PERSONAS_HELD_OUT_21,
    ],
    [
      'Spent set 22 (formerly held out, one round of aggregates; read from 2026-12-02)',
      PERSONAS_HELD_OUT_22,
    ],
    [
      'Spent set 23 (formerly held out, one round of aggregates; read from 2026-12-03)',
      PERSONAS_HELD_OUT_23,
    ],
    [
      'Spent set 24 (formerly held out, one round of aggregates; read from 2026-12-03)',
      PERSONAS_HELD_OUT_24,
    ],
    [
      'Spent set 25 (formerly held out, one round of aggregates; read from 2026-12-03)',
      PERSONAS_HELD_OUT_25,
    ],
    [
      'Spent set 26 (formerly held out, one round of aggregates; read from 2026-12-03)',
      PERSONAS_HELD_OUT_26,
    ],
    [
      'Spent set 27 (formerly held out, one round of aggregates; read from 2026-12-03)',
      PERSONAS_HELD_OUT_27,
    ],
    [
      'Spent set 28 (formerly held out, one round of aggregates; read from 2026-12-03)',
      PERSONAS_HELD_OUT_28,
    ],
    [
      'Spent set 29 (formerly held out, one round of aggregates; read from 2026-12-03)',
      PERSONAS_HELD_OUT_29,
    ],
    [
      'Spent set 30 (formerly held out, one round of aggregates; read from 2026-12-04)',
      PERSONAS_HELD_OUT_30,
    ],
    [
      'Spent set 31 (formerly held out, one round of aggregates; read from 2026-12-04)',
      PERSONAS_HELD_OUT_31,
    ],
    [
      'Spent set 32 (formerly held out, one round of aggregates; read from 2026-12-04)',
      PERSONAS_HELD_OUT_32,
    ],
    [
      'Spent set 33 (formerly held out, one round of aggregates; read from 2026-12-04)',
      PERSONAS_HELD_OUT_33,
    ],
    [
      'Spent set 34 (formerly held out, one round of aggregates; read from 2026-12-04)',
      PERSONAS_HELD_OUT_34,
    ],
    [
      'Spent set 35 (formerly held out, one round of aggregates; read from 2026-12-04)',
      PERSONAS_HELD_OUT_35,
    ],
    [
      'Spent set 36 (formerly held out, one round of aggregates; read from 2026-12-05)',
      PERSONAS_HELD_OUT_36,
    ],
    [
      'Spent set 37 (formerly held out, one round of aggregates; read from 2026-12-05)',
      PERSONAS_HELD_OUT_37,
    ],
    [
      'Spent set 38 (formerly held out, one round of aggregates; read from 2026-12-05)',
      PERSONAS_HELD_OUT_38,
    ],
    [
      'Spent set 39 (formerly held out, one round of aggregates; read from 2026-12-05)',
      PERSONAS_HELD_OUT_39,
    ],
    [
      'Spent set 40 (formerly held out, one round of aggregates; read from 2026-12-05)',
      PERSONAS_HELD_OUT_40,
    ],
    [
      'Spent set 41 (formerly held out, one round of aggregates; read from 2026-12-05)',
      PERSONAS_HELD_OUT_41,
    ],
    [
      'Spent set 42 (formerly held out, one round of aggregates; read from 2026-12-05)',
      PERSONAS_HELD_OUT_42,
    ],
    [
      'Spent set 43 (formerly held out, one round of aggregates; read from 2026-12-06)',
      PERSONAS_HELD_OUT_43,
    ],
    [
      'Spent set 44 (formerly held out, one round of aggregates; read from 2026-12-06)',
      PERSONAS_HELD_OUT_44,
    ],
    [
      'Spent set 45 (formerly held out, one round of aggregates; read from 2026-12-06)',
      PERSONAS_HELD_OUT_45,
    ],
    [
      'Spent set 46 (formerly held out, one round of aggregates; read from 2026-12-06)',
      PERSONAS_HELD_OUT_46,
    ],
    [
      'Spent set 47 (formerly held out, one round of aggregates; read from 2026-12-06)',
      PERSONAS_HELD_OUT_47,
    ],
    [
      'Spent set 48 (formerly held out, one round of aggregates; read from 2026-12-06)',
      PERSONAS_HELD_OUT_48,
    ],
    [
      'Spent set 49 (formerly held out, one round of aggregates; read from 2026-12-06)',
      PERSONAS_HELD_OUT_49,
    ],
    [
      'Spent set 50 (formerly held out, one round of aggregates; read from 2026-12-07)',
      PERSONAS_HELD_OUT_50,
    ],
    [
      'Spent set 51 (formerly held out, one round of aggregates; read from 2026-12-07)',
      PERSONAS_HELD_OUT_51,
    ],
    [
      'Spent set 52 (formerly held out, one round of aggregates; read from 2026-12-07)',
      PERSONAS_HELD_OUT_52,
    ],
    [
      'Spent set 53 (formerly held out, one round of aggregates; read from 2026-12-07)',
      PERSONAS_HELD_OUT_53,
    ],
    [
      'Spent set 54 (formerly held out, one round of aggregates; read from 2026-12-07)',
      PERSONAS_HELD_OUT_54,
    ],
    [
      'Spent set 55 (formerly held out, one round of aggregates; read from 2026-12-07)',
      PERSONAS_HELD_OUT_55,
    ],
    [
      'Spent set 56 (formerly held out, one round of aggregates; read from 2026-12-07)',
      PERSONAS_HELD_OUT_56,
    ],
    [
      'Spent set 57 (formerly held out, one round of aggregates; read from 2026-12-07)',
      PERSONAS_HELD_OUT_57,
    ],
    [
      'Spent set 58 (formerly held out, one round of aggregates; read from 2026-12-08)',
      PERSONAS_HELD_OUT_58,
    ],
  ]
  const PERSONAS = SETS.flatMap(([, set]) => set)
  const setOf = new Map(SETS.flatMap(([title, set]) => set.map((p) => [p.id, title])))
  const count = (text) => (text.match(/[\p{L}\p{N}][\p{L}\p{M}\p{N}’'&-]*/gu) ?? []).length
  const lines = ['# Drafts for every development persona', '']
  let currentSet = ''
  for (const persona of PERSONAS) {
    if (only.length > 0 && !only.includes(persona.id)) continue
    if (setOf.get(persona.id) !== currentSet) {
      currentSet = setOf.get(persona.id) ?? ''
      lines.push(`# ${currentSet}`, '')
    }
    const a = persona.answers
    lines.push(
      `## ${persona.id} (${a.situation}, ${a.stage}, ${persona.language})`,
      '',
      `_${persona.note}_`,
      '',
    )
    for (const [key, value] of Object.entries(a)) {
      if (key === 'situation' || key === 'stage') continue
      const shown = Array.isArray(value) ? value.join('; ') : value
      if (shown) lines.push(`- ${key}: ${shown}`)
    }
    lines.push('')
    for (const variant of [0, 1, 2]) {
      const d = composePitch(a, { messages, variant })
      const review = reviewPitch(
        d.pitch,
        { stage: a.stage, situation: a.situation, coreWord: a.coreWord },
        enCoach,
      )
      const failing = review.checks.filter((c) => !c.ok).map((c) => c.id)
      if (variant === 0) {
        lines.push(`**Hook** (${count(d.hook)}): ${d.hook}`, '')
        lines.push(`**One sentence** (${count(d.oneLiner)}): ${d.oneLiner}`, '')
        lines.push(`**Invitation**: ${d.invitation}`, '')
        lines.push(`**Story** (${count(d.story)}): ${d.story}`, '')
      }
      lines.push(
        `**Pitch ${variant}** (${count(d.pitch)} words${failing.length ? `; coach: ${failing.join(', ')}` : ''}): ${d.pitch}`,
        '',
      )
    }
  }
  mkdirSync('test-results', { recursive: true })
  writeFileSync('test-results/drafts.md', lines.join('\n'))
  console.log(`drafts: wrote test-results/drafts.md (${PERSONAS.length} personas)`)
} finally {
  await source.close()
}
