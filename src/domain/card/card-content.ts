// What the conversation card says, front and back. The preview, the print stylesheet and the PDF
// all render this one structure, so the three cannot drift apart.
import type { Answers } from '../pitch/answers'
import type { PitchTexts } from '../pitch/pitch-parts'
import { cleanFragment } from '../pitch/fragments'
import { normalizeText } from '../text/text'
import type { CardContentMessages } from './card-messages'

export type CardContent = {
  front: {
    name: string
    whyHeading: string
    oneLiner: string
    hookHeading: string
    hook: string
    pitchHeading: string
    pitch: string
  }
  back: {
    openingQuestion: string
    listeningHeading: string
    listeningPrompts: string[]
    invitationHeading: string
    invitation: string
    asksHeading: string
    asks: string[]
    notesHeading: string
    notesLines: string[]
  }
}

/**
 * Builds the card from the answers and the pitch as the person last left it (edits included), in
 * the words of the catalog it is given.
 */
export function buildCardContent(
  answers: Answers,
  pitch: PitchTexts,
  messages: CardContentMessages,
): CardContent {
  const card = messages.cardFace
  const lowercaseStarters = new Set<string>()
  const asks = answers.asks
    .map((ask) => cleanFragment(ask, { lowercaseStarters }))
    .filter((ask) => ask !== '')
  return {
    front: {
      name: normalizeText(answers.name),
      whyHeading: card.whyHeading,
      oneLiner: normalizeText(pitch.oneLiner),
      hookHeading: card.hookHeading,
      hook: normalizeText(pitch.hook),
      pitchHeading: card.pitchHeading,
      pitch: normalizeText(pitch.pitch),
    },
    back: {
      openingQuestion: card.openingQuestion,
      listeningHeading: card.listeningHeading,
      listeningPrompts: [...card.listeningPrompts],
      invitationHeading: card.invitationHeading,
      invitation: normalizeText(pitch.invitation),
      asksHeading: card.asksHeading,
      asks,
      notesHeading: card.notesHeading,
      notesLines: [...card.notesLines],
    },
  }
}

/** Every piece of text on the card, in reading order: for copy, checks and font coverage. */
export function cardTexts(content: CardContent): string[] {
  const { front, back } = content
  return [
    front.name,
    front.whyHeading,
    front.oneLiner,
    front.hookHeading,
    front.hook,
    front.pitchHeading,
    front.pitch,
    back.openingQuestion,
    back.listeningHeading,
    ...back.listeningPrompts,
    back.invitationHeading,
    back.invitation,
    back.asksHeading,
    ...back.asks,
    back.notesHeading,
    ...back.notesLines,
  ].filter((text) => text !== '')
}
