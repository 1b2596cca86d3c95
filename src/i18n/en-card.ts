// The English words of the PDF card feature: the size choice, the download button, the fit and
// font warnings, and the little marks printed on a cut-and-fold sheet.
import type { CardFitMessages } from '@/domain/card/card-messages'
import type { CardSize } from '@/domain/card/card-sizes'

function words(n: number): string {
  return `${n} ${n === 1 ? 'word' : 'words'}`
}

function listCharacters(chars: readonly string[]): string {
  return chars.map((char) => `“${char}”`).join(', ')
}

export const enCard = {
  sizeLegend: 'Card size',
  sizes: {
    'index-4x6': {
      label: '4 × 6 in index card',
      description: 'Front and back on two pages. Print double-sided onto an index card.',
    },
    a6: {
      label: 'A6 card',
      description: 'Front and back on two pages. Print double-sided onto A6 card.',
    },
    'a4-sheet': {
      label: 'A4 sheet, cut and fold',
      description: 'Both sides on one A4 page: cut it out, fold it in half.',
    },
    'letter-sheet': {
      label: 'US Letter sheet, cut and fold',
      description: 'Both sides on one Letter page: cut it out, fold it in half.',
    },
  } satisfies Record<CardSize, { label: string; description: string }>,

  download: 'Download PDF',
  busy: 'Making your PDF…',
  done: (fileName: string) => `Your PDF is ready: ${fileName}`,
  error: 'The PDF could not be made. Try again, or print the card instead.',
  retry: 'Retry',

  // Printed on the A4 / Letter sheet; small, so they stay out of the card's way.
  cutHere: 'cut here',
  foldHere: 'fold here',
  sheetHint: 'Cut along the outer dashed line, then fold along the middle so both sides face out.',
  pdfTitle: (name: string) => (name ? `Why card: ${name}` : 'Why card'),
  pdfSubject: 'A conversation card for networking events',

  fit: {
    tooFull: {
      front: 'The front is too full to fit on the card, even in smaller type.',
      back: 'The back is too full to fit on the card, even in smaller type.',
      both: 'Both sides are too full to fit on the card, even in smaller type.',
    },
    keepsEveryWord: 'The PDF keeps every word and continues on an extra page.',
    parts: {
      name: 'your name',
      oneLiner: 'the one-sentence why',
      hook: 'the 10-second hook',
      pitch: 'the 30-second pitch',
      invitation: 'the invitation',
      asks: 'the asks',
    },
    shortenBy: (part: string, n: number) => `Shorten ${part} by about ${words(n)}.`,
    fewerAsks: (n: number) => `Remove an ask, or shorten the asks by about ${words(n)}.`,
    shortenSide: {
      front: 'Shorten the text on the front.',
      back: 'Shorten the text on the back.',
    },
  } satisfies CardFitMessages,

  missingGlyphs: (chars: readonly string[]) => {
    const one = chars.length === 1
    return `The PDF’s font cannot draw ${one ? 'this character' : 'these characters'}: ${listCharacters(chars)}. The PDF shows � in ${one ? 'its' : 'their'} place. Replace ${one ? 'it' : 'them'}, or use Print instead, which uses your device’s fonts.`
  },
} as const

export type CardMessages = typeof enCard

/**
 * This catalog for the person's language, the one way components reach it (English only for
 * now; a second language would be chosen here and loaded with the feature that needs it).
 */
export function useCardMessages(): CardMessages {
  return enCard
}
