/** The lengths and lines a pitch is written in. */
export const PITCH_PARTS = ['hook', 'pitch', 'story', 'oneLiner', 'invitation'] as const
export type PitchPart = (typeof PITCH_PARTS)[number]

/** The text of every part, as composed or as the person edited it. */
export type PitchTexts = Record<PitchPart, string>
