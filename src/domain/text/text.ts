// Small text helpers shared by the composer, the coach and the card.

export const WORDS_PER_MINUTE = 150

export function countWords(text: string): number {
  // (A vowel sign or accent written as its own mark is part of its word: "रास्ता" is one.)
  const matches = text.match(/[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu)
  return matches ? matches.length : 0
}

export function speakingSeconds(wordCount: number): number {
  return Math.round((wordCount / WORDS_PER_MINUTE) * 60)
}

// A lone UTF-16 surrogate (half of an emoji, say) is not text: encodeURIComponent throws on it,
// and a file or a link made from it is not valid UTF-8. Bidirectional embedding, override and
// isolate controls (U+202A–U+202E, U+2066–U+2069) can make a name read backwards in a mail,
// a calendar or a spreadsheet. Both are taken out where text enters the app.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g

/** True when the text holds no lone surrogate (String.prototype.isWellFormed). */
export function isWellFormed(text: string): boolean {
  LONE_SURROGATE.lastIndex = 0
  return !LONE_SURROGATE.test(text)
}

/** Each lone surrogate becomes U+FFFD, as String.prototype.toWellFormed does. */
export function toWellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD')
}

/** Text as the app keeps it: well formed, without bidirectional controls. */
export function cleanText(text: string): string {
  return toWellFormed(text).replace(BIDI_CONTROLS, '')
}

// Control characters (but not ordinary spaces) and the bidi/format controls that could flip or
// hide text in the middle of a composed sentence.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/gu
const LONE_SURROGATE_G = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gu

/** Normalises whitespace and odd characters; keeps the person's own words and capitals. */
export function normalizeText(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(LONE_SURROGATE_G, '')
    .replace(CONTROL, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
}

// One segmenter for the whole app: creating one costs far more than using it.
const graphemeSegmenter =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl
    ? new Intl.Segmenter(undefined, { granularity: 'grapheme' })
    : null

/** The user-perceived characters of a text (an emoji with its modifiers is one). */
export function graphemes(text: string): string[] {
  if (!graphemeSegmenter) return Array.from(text)
  return Array.from(graphemeSegmenter.segment(text), (part) => part.segment)
}
