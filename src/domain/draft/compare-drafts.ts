// Deciding whether an incoming draft (a link, a file, another tab) needs the person's say, and
// describing it in a line so they know what they are choosing.
import { TEXT_FIELDS, clampText } from '../pitch/answers'
import { normalizeText } from '../text/text'
import type { Draft } from './draft'

// Plain data only (what a draft is made of): objects compared key by key, arrays in order.
function isSameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false
    return a.every((item, i) => isSameData(item, b[i]))
  }
  const x = a as Record<string, unknown>
  const y = b as Record<string, unknown>
  const keys = new Set([...Object.keys(x), ...Object.keys(y)])
  return [...keys].every((key) => isSameData(x[key], y[key]))
}

/**
 * Same words and choices. Where the person is in the wizard (stepId) does not count: the same
 * draft open on two different steps is still the same draft. Every other part of the draft
 * counts, including parts added after this was written.
 */
export function isSameDraft(a: Draft, b: Draft): boolean {
  return isSameData({ ...a, stepId: null }, { ...b, stepId: null })
}

export type DraftSummary = {
  /** '' when the draft has no name. */
  name: string
  /** The problem in a line, shortened; '' when blank. */
  problem: string
  answered: number
  total: number
}

const SUMMARY_PROBLEM_CHARS = 120

export function summarizeDraft(draft: Draft): DraftSummary {
  const { answers } = draft
  const problem = normalizeText(answers.problem)
  const short = clampText(problem, SUMMARY_PROBLEM_CHARS)
  return {
    name: normalizeText(answers.name),
    problem: short.length < problem.length ? `${short.trimEnd()}…` : short,
    answered: TEXT_FIELDS.filter((field) => answers[field].trim() !== '').length,
    total: TEXT_FIELDS.length,
  }
}
