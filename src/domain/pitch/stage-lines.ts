import type { Stage } from './answers'

/** The four stage lines in the wizard's order: vague, convening, narrowing, growing. */
export const stageLines = (
  vague: string,
  convening: string,
  narrowing: string,
  growing: string,
): Record<Stage, string> => ({
  vague,
  convening,
  narrowing,
  growing,
})
