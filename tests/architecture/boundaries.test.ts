// @vitest-environment node
// The lint rules that keep the rooms apart: each case is a file as someone might write it, linted
// with the project's own ESLint config at a real path, and must fail (or pass) for the right rule.
import { ESLint } from 'eslint'

const eslint = new ESLint({ cwd: process.cwd() })

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message)
}

test('the domain may not import the store, by alias or by relative path', async () => {
  expect(
    await ruleIds(
      'src/domain/pitch/new-file.ts',
      "export { useAppStore } from '@/store/app-store'\n",
    ),
  ).toContain('import-x/no-restricted-paths')
  expect(
    await ruleIds(
      'src/domain/pitch/new-file.ts',
      "export { useAppStore } from '../../store/app-store'\n",
    ),
  ).toContain('import-x/no-restricted-paths')
})

test('the domain may not import a catalog, values or types, by alias or by relative path', async () => {
  // Words flow one way: the domain declares the shape it needs, the catalogs fill it in, and
  // callers pass them to the domain.
  for (const code of [
    "export { enCoach } from '@/i18n/en-coach'\n",
    "export { enCoach } from '../../i18n/en-coach'\n",
    "export type { Messages } from '@/i18n/en'\n",
    "import type { Messages } from '../../i18n/en'\nexport type Words = Messages['cardFace']\n",
  ]) {
    const rules = await ruleIds('src/domain/coach/new-file.ts', code)
    expect(rules).toContain('import-x/no-restricted-paths')
    expect(rules).toContain('no-restricted-imports')
  }
  // The other way round is the point: a catalog fills in the domain's shape.
  expect(
    await ruleIds(
      'src/i18n/new-file.ts',
      "export type { CoachMessages } from '@/domain/coach/coach-messages'\n",
    ),
  ).toEqual([])
})

test('a component may not import a step, and the store may not import a component', async () => {
  expect(
    await ruleIds(
      'src/components/ui/new-file.tsx',
      "export { PitchStep } from '@/steps/pitch-step'\n",
    ),
  ).toContain('import-x/no-restricted-paths')
  expect(
    await ruleIds(
      'src/store/new-file.ts',
      "export { PitchCoach } from '@/components/coach/pitch-coach'\n",
    ),
  ).toContain('import-x/no-restricted-paths')
})

test("a feature may not reach into another feature's insides, only its entry file", async () => {
  expect(
    await ruleIds(
      'src/components/coach/new-file.tsx',
      "export * from '@/domain/coach/coach-lexicon'\n",
    ),
  ).toContain('import-x/no-restricted-paths')
  expect(
    await ruleIds('src/domain/card/new-file.ts', "export * from '../coach/coach-text'\n"),
  ).toContain('import-x/no-restricted-paths')
  expect(
    await ruleIds(
      'src/components/coach/new-file.tsx',
      "export { reviewPitch } from '@/domain/coach/coach'\n",
    ),
  ).toEqual([])
})

test('an import that closes a cycle fails the lint', async () => {
  // english.ts imports nlp.ts, so nlp.ts importing english.ts closes a loop.
  expect(
    await ruleIds('src/domain/language/nlp.ts', "export { readAnswer } from './english'\n"),
  ).toContain('import-x/no-cycle')
})

test('components read words through a catalog hook, not by importing the English object', async () => {
  expect(
    await ruleIds('src/components/card/new-file.tsx', "export { enCard } from '@/i18n/en-card'\n"),
  ).toContain('no-restricted-imports')
  expect(
    await ruleIds(
      'src/components/card/new-file.tsx',
      "export { useCardMessages } from '@/i18n/en-card'\n",
    ),
  ).toEqual([])
})
