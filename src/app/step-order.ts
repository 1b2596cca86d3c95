import { STEP_IDS, type StepId } from '@/domain/draft/draft'

/**
 * The journey, in order: the saved draft's list of step ids is the one source (a saved step must
 * be one the app can show). Only app/ decides which step follows which.
 */
export const STEP_ORDER: readonly StepId[] = STEP_IDS

export function stepIndex(id: StepId): number {
  return Math.max(0, STEP_ORDER.indexOf(id))
}

export function neighbour(id: StepId, offset: 1 | -1): StepId | null {
  return STEP_ORDER[stepIndex(id) + offset] ?? null
}
