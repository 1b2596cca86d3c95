import type { StepId } from '@/domain/draft/draft'

/** The journey, in order. Only app/ knows which step follows which. */
export const STEP_ORDER: readonly StepId[] = [
  'start',
  'problem',
  'moves',
  'belief',
  'better-world',
  'stage',
  'thread',
  'pitch',
  'card',
]

export function stepIndex(id: StepId): number {
  return Math.max(0, STEP_ORDER.indexOf(id))
}

export function neighbour(id: StepId, offset: 1 | -1): StepId | null {
  return STEP_ORDER[stepIndex(id) + offset] ?? null
}
