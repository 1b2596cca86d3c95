// The five steps that ask for words, as data: each lists its fields, read from the catalog.
// Adding an answer step means one entry here (and its words in the catalog).
import { countWords } from '@/domain/text/text'
import type { Messages } from '@/i18n/en'
import type { AnswerFieldSpec } from './answer-step'

export const ANSWER_STEP_KEYS = ['problem', 'moves', 'belief', 'better-world', 'thread'] as const
export type AnswerStepKey = (typeof ANSWER_STEP_KEYS)[number]

export const ANSWER_STEPS: Record<AnswerStepKey, (messages: Messages) => AnswerFieldSpec[]> = {
  problem: ({ steps: { problem: t } }) => [
    { name: 'problem', label: t.problemLabel, requiredWhat: t.problemWhat },
    { name: 'affected', label: t.affectedLabel },
  ],
  moves: ({ steps: { moves: t } }) => [
    { name: 'spark', label: t.sparkLabel, requiredWhat: t.sparkWhat },
    { name: 'whyNow', label: t.whyNowLabel },
  ],
  belief: ({ steps: { belief: t } }) => [
    { name: 'belief', label: t.beliefLabel, requiredWhat: t.beliefWhat },
    { name: 'mistake', label: t.mistakeLabel },
  ],
  'better-world': ({ steps: { 'better-world': t } }) => [
    { name: 'betterWorld', label: t.betterWorldLabel, requiredWhat: t.betterWorldWhat },
    { name: 'forWhom', label: t.forWhomLabel },
    { name: 'workOn', label: t.workOnLabel, short: true },
  ],
  thread: ({ steps: { thread: t }, validation }) => [
    {
      name: 'theme',
      label: t.themeLabel,
      requiredWhat: t.themeWhat,
      description: `${t.suggestionsLabel}: ${t.suggestions.map((s) => `“${s}”`).join(', ')}.`,
    },
    {
      name: 'coreWord',
      label: t.coreWordLabel,
      requiredWhat: t.coreWordWhat,
      short: true,
      validate: (value) => countWords(value) <= 2 || validation.coreWordTooLong,
    },
  ],
}
