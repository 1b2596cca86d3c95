// Which characters the PDF's embedded font can draw. @react-pdf falls back to Helvetica (WinAnsi
// only) for anything the registered fonts lack, which prints blanks or wrong letters without any
// error, so the app checks the card's text up front and tells the person instead. Pure.
import { graphemes } from '../text/text'

/** An inclusive range of Unicode code points. */
export type CodePointRange = readonly [first: number, last: number]

/**
 * Code points present in the Noto Sans Latin subset (regular and bold alike). Text made only of
 * these needs no other subset, which keeps the first PDF fast to make.
 * Read from the cmaps of @fontsource/noto-sans 5 (files/noto-sans-latin-{400,700}-normal.woff);
 * tests/domain/glyph-coverage.test.ts re-reads the fonts and fails if this drifts.
 */
// prettier-ignore
export const LATIN_SUBSET_COVERAGE: readonly CodePointRange[] = [
  [0x0000, 0x0000], [0x000d, 0x000d], [0x0020, 0x007e], [0x00a0, 0x00ff], [0x0131, 0x0131],
  [0x0152, 0x0153], [0x02bb, 0x02bc], [0x02c6, 0x02c6], [0x02da, 0x02da], [0x02dc, 0x02dc],
  [0x0300, 0x0301], [0x0303, 0x0304], [0x0308, 0x0309], [0x0323, 0x0323], [0x0329, 0x0329],
  [0x2002, 0x2002], [0x2009, 0x2009], [0x200b, 0x200b], [0x2013, 0x2014], [0x2018, 0x201a],
  [0x201c, 0x201e], [0x2022, 0x2022], [0x2026, 0x2026], [0x2032, 0x2033], [0x2039, 0x203a],
  [0x2044, 0x2044], [0x20ac, 0x20ac], [0x2122, 0x2122], [0x2212, 0x2212], [0xfeff, 0xfeff],
  [0xfffd, 0xfffd], [0xffff, 0xffff],
]

/**
 * Code points present in every registered subset together (latin, latin-ext, greek, greek-ext,
 * cyrillic, cyrillic-ext, vietnamese), in both weights. Not the CSS unicode-range of the subsets:
 * those promise more than the files hold (U+2000–206F, for one, is only partly there).
 */
// prettier-ignore
export const CARD_FONT_COVERAGE: readonly CodePointRange[] = [
  [0x0000, 0x0000], [0x000d, 0x000d], [0x0020, 0x007e], [0x00a0, 0x02cc], [0x02ce, 0x02d7],
  [0x02da, 0x02da], [0x02dc, 0x0301], [0x0303, 0x0304], [0x0308, 0x0309], [0x0323, 0x0323],
  [0x0329, 0x0329], [0x0370, 0x0377], [0x037a, 0x037f], [0x0384, 0x038a], [0x038c, 0x038c],
  [0x038e, 0x03a1], [0x03a3, 0x03e1], [0x03f0, 0x052f], [0x1c80, 0x1c88], [0x1d00, 0x1dbf],
  [0x1e00, 0x1f15], [0x1f18, 0x1f1d], [0x1f20, 0x1f45], [0x1f48, 0x1f4d], [0x1f50, 0x1f57],
  [0x1f59, 0x1f59], [0x1f5b, 0x1f5b], [0x1f5d, 0x1f5d], [0x1f5f, 0x1f7d], [0x1f80, 0x1fb4],
  [0x1fb6, 0x1fc4], [0x1fc6, 0x1fd3], [0x1fd6, 0x1fdb], [0x1fdd, 0x1fef], [0x1ff2, 0x1ff4],
  [0x1ff6, 0x1ffe], [0x2002, 0x2002], [0x2009, 0x2009], [0x200b, 0x200b], [0x2013, 0x2014],
  [0x2018, 0x201a], [0x201c, 0x201e], [0x2020, 0x2020], [0x2022, 0x2022], [0x2026, 0x2026],
  [0x2032, 0x2033], [0x2039, 0x203a], [0x2044, 0x2044], [0x20a0, 0x20c0], [0x2113, 0x2113],
  [0x2116, 0x2116], [0x2122, 0x2122], [0x2212, 0x2212], [0x2c60, 0x2c7f], [0x2de0, 0x2dff],
  [0xa640, 0xa69f], [0xa720, 0xa7ca], [0xa7d0, 0xa7d1], [0xa7d3, 0xa7d3], [0xa7d5, 0xa7d9],
  [0xa7f2, 0xa7ff], [0xfe2e, 0xfe2f], [0xfeff, 0xfeff], [0xfffd, 0xfffd], [0xffff, 0xffff],
]

function inRanges(codePoint: number, ranges: readonly CodePointRange[]): boolean {
  // Binary search: the ranges are sorted and disjoint.
  let low = 0
  let high = ranges.length - 1
  while (low <= high) {
    const mid = (low + high) >> 1
    const range = ranges[mid]
    if (range === undefined) return false
    if (codePoint < range[0]) high = mid - 1
    else if (codePoint > range[1]) low = mid + 1
    else return true
  }
  return false
}

/** True when the PDF font has a glyph for this code point. */
export function canDrawCodePoint(codePoint: number): boolean {
  return inRanges(codePoint, CARD_FONT_COVERAGE)
}

// Whitespace and line breaks never need a glyph: the layout turns them into space.
const IGNORED = /^[\s\u00ad]$/u

/**
 * The characters in these texts that the PDF font cannot draw, each once, in the order they
 * first appear. Empty when everything prints.
 */
export function findUnsupportedCharacters(texts: readonly string[]): string[] {
  const found = new Set<string>()
  for (const text of texts) {
    for (const grapheme of graphemes(text.normalize('NFC'))) {
      if (found.has(grapheme) || IGNORED.test(grapheme)) continue
      for (const char of grapheme) {
        const codePoint = char.codePointAt(0)
        if (codePoint !== undefined && !canDrawCodePoint(codePoint)) {
          found.add(grapheme)
          break
        }
      }
    }
  }
  return [...found]
}

/** What the PDF prints in place of a character it cannot draw: visible, and in the font. */
export const REPLACEMENT_CHARACTER = '\ufffd'

/**
 * The text with each undrawable character (a whole emoji or flag counts as one) replaced by
 * REPLACEMENT_CHARACTER. Left alone, the engine would draw it with a fallback font that prints
 * blanks or unrelated letters; a visible mark plus the warning beside the button is honest.
 */
export function replaceUnsupportedCharacters(text: string): string {
  let out = ''
  for (const grapheme of graphemes(text.normalize('NFC'))) {
    let drawable = true
    for (const char of grapheme) {
      const codePoint = char.codePointAt(0)
      if (codePoint !== undefined && !canDrawCodePoint(codePoint) && !IGNORED.test(char)) {
        drawable = false
        break
      }
    }
    out += drawable ? grapheme : REPLACEMENT_CHARACTER
  }
  return out
}

/**
 * True when every character is in the Latin subset, so the PDF needs only that one font file per
 * weight. Anything else (Łódź, Ελλάδα, Москва) loads the whole stack.
 */
export function fitsLatinSubset(texts: readonly string[]): boolean {
  for (const text of texts) {
    for (const char of text) {
      const codePoint = char.codePointAt(0)
      if (codePoint !== undefined && !inRanges(codePoint, LATIN_SUBSET_COVERAGE)) return false
    }
  }
  return true
}
