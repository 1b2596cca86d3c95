// @vitest-environment node
import path from 'node:path'
import fc from 'fast-check'
import {
  CARD_FONT_COVERAGE,
  LATIN_SUBSET_COVERAGE,
  canDrawCodePoint,
  findUnsupportedCharacters,
  fitsLatinSubset,
  replaceUnsupportedCharacters,
  type CodePointRange,
} from '@/domain/card/glyph-coverage'

type FontkitFont = { characterSet: number[] }
type Fontkit = { openSync: (file: string) => FontkitFont }

const FONT_DIR = path.join(process.cwd(), 'node_modules/@fontsource/noto-sans/files')
const SUBSETS = [
  'latin',
  'latin-ext',
  'greek',
  'greek-ext',
  'cyrillic',
  'cyrillic-ext',
  'vietnamese',
]

async function loadFontkit(): Promise<Fontkit> {
  // fontkit comes with @react-pdf/renderer (it reads the fonts for the PDF); it has no types,
  // so it is read as unknown and narrowed to the two members used here.
  // @ts-expect-error fontkit ships no type declarations
  const module: unknown = await import('fontkit')
  return ((module as { default?: Fontkit }).default ?? module) as Fontkit
}

async function codePointsOf(subsets: string[]): Promise<Set<number>> {
  const fontkit = await loadFontkit()
  const perWeight = [400, 700].map((weight) => {
    const set = new Set<number>()
    for (const subset of subsets) {
      const font = fontkit.openSync(
        path.join(FONT_DIR, `noto-sans-${subset}-${weight}-normal.woff`),
      )
      for (const codePoint of font.characterSet) set.add(codePoint)
    }
    return set
  })
  const [regular = new Set<number>(), bold = new Set<number>()] = perWeight
  return new Set([...regular].filter((codePoint) => bold.has(codePoint)))
}

function toRanges(codePoints: Set<number>): CodePointRange[] {
  const sorted = [...codePoints].sort((a, b) => a - b)
  const ranges: [number, number][] = []
  for (const codePoint of sorted) {
    const last = ranges.at(-1)
    if (last && codePoint === last[1] + 1) last[1] = codePoint
    else ranges.push([codePoint, codePoint])
  }
  return ranges
}

test('the coverage table matches the glyphs in the bundled font files, both weights', async () => {
  expect(CARD_FONT_COVERAGE).toEqual(toRanges(await codePointsOf(SUBSETS)))
  expect(LATIN_SUBSET_COVERAGE).toEqual(toRanges(await codePointsOf(['latin'])))
})

test('the text people type in European languages is all drawable', () => {
  const texts = [
    'Zoë, Łódź, Ærøskøbing, Ελλάδα, Москва — “quotes” … ‘single’ – «guillemets» €5 №1',
    'Ἀθῆναι, Київ, Tiếng Việt, Şişli, Čeština, Dvořák, façade, naïve, Straße',
  ]
  expect(findUnsupportedCharacters(texts)).toEqual([])
})

test('emoji and scripts outside the font are reported once each, in order', () => {
  expect(findUnsupportedCharacters(['I 😀 this 漢字', 'and 😀 again', 'flag 🇵🇱'])).toEqual([
    '😀',
    '漢',
    '字',
    '🇵🇱',
  ])
})

test('a family emoji is reported as one character, not as its invisible pieces', () => {
  expect(findUnsupportedCharacters(['👩‍👩‍👧'])).toEqual(['👩‍👩‍👧'])
})

test('undrawable characters print as a visible replacement mark', () => {
  expect(replaceUnsupportedCharacters('Hi 😀 Zoë 漢')).toBe('Hi \ufffd Zoë \ufffd')
})

test('plain English needs only the Latin subset; Polish, Greek or Russian need more', () => {
  expect(fitsLatinSubset(['It’s about potential — really…', 'Café naïve'])).toBe(true)
  expect(fitsLatinSubset(['Łódź'])).toBe(false)
  expect(fitsLatinSubset(['Ελλάδα'])).toBe(false)
  expect(fitsLatinSubset(['Москва'])).toBe(false)
})

test('every character reported as unsupported really has no glyph, and the rest are left alone', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
      const reported = findUnsupportedCharacters([text])
      for (const grapheme of reported) {
        expect([...grapheme].some((char) => !canDrawCodePoint(char.codePointAt(0) ?? 0))).toBe(true)
      }
      expect(replaceUnsupportedCharacters(text).includes('\ufffd')).toBe(
        reported.length > 0 || text.normalize('NFC').includes('\ufffd'),
      )
    }),
  )
})
