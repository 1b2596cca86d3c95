// Writes test-results/drafts.md: every development persona's answers beside every draft the
// composer writes from them (three openings), with word counts and the coach's verdict, to be
// read aloud. The held-out personas are left out on purpose: nobody tunes on them.
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
  const PERSONAS = [...FIRST, ...PERSONAS_DEV_2]
  const count = (text) => (text.match(/[\p{L}\p{N}][\p{L}\p{N}’'&-]*/gu) ?? []).length
  const lines = ['# Drafts for every development persona', '']
  for (const persona of PERSONAS) {
    if (only.length > 0 && !only.includes(persona.id)) continue
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
