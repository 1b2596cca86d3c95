// The words the card's domain needs, as shapes: the card content and the fit estimate receive them
// (the English ones are in src/i18n/en.ts and src/i18n/en-card.ts), so a translation is a new
// catalog of these shapes, not a code change.

/** The words printed on the card itself, around the person's own. */
export type CardFaceMessages = {
  readonly front: string
  readonly back: string
  readonly openingQuestion: string
  readonly listeningHeading: string
  readonly listeningPrompts: readonly string[]
  readonly invitationHeading: string
  readonly asksHeading: string
  readonly notesHeading: string
  readonly notesLines: readonly string[]
  readonly hookHeading: string
  readonly pitchHeading: string
  readonly whyHeading: string
}

/** What buildCardContent reads: any catalog with the card face's words. */
export type CardContentMessages = { readonly cardFace: CardFaceMessages }

/** The fit estimate's advice when a side of the card is too full. */
export type CardFitMessages = {
  readonly tooFull: { readonly front: string; readonly back: string; readonly both: string }
  readonly keepsEveryWord: string
  readonly parts: {
    readonly name: string
    readonly oneLiner: string
    readonly hook: string
    readonly pitch: string
    readonly invitation: string
    readonly asks: string
  }
  readonly shortenBy: (part: string, n: number) => string
  readonly fewerAsks: (n: number) => string
  readonly shortenSide: { readonly front: string; readonly back: string }
}

/** What estimateCardFit reads: any catalog with the fit advice. */
export type CardLayoutMessages = { readonly fit: CardFitMessages }
