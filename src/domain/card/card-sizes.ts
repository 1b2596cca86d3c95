// The card sizes a person can choose. Kept apart from the layout maths so that the saved draft
// can name a size without bringing the whole estimator into the first screen.
export const CARD_SIZES = ['index-4x6', 'a6', 'a4-sheet', 'letter-sheet'] as const
export type CardSize = (typeof CARD_SIZES)[number]
export const DEFAULT_CARD_SIZE: CardSize = 'index-4x6'

export function isCardSize(value: unknown): value is CardSize {
  return typeof value === 'string' && (CARD_SIZES as readonly string[]).includes(value)
}
