// How long each part of the pitch may be, in words, at about 150 words a minute. The composer
// writes to these ranges and the coach reads against them: one source for both.
export const PITCH_WORD_RANGE = {
  hook: { min: 3, max: 20 },
  pitch: { min: 55, max: 80 },
  story: { min: 110, max: 160 },
  oneLiner: { min: 6, max: 30 },
} as const
