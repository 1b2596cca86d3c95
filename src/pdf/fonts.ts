// The card's typeface, Noto Sans, embedded from the app's own files. The fonts are imported as
// Vite asset URLs, so they are hashed into the build next to the app and fetched from our own
// origin: nothing comes from a font CDN, and a strict CSP (connect-src 'self') is enough.
// Only WOFF works here: @react-pdf cannot read WOFF2, and needs one static file per weight.
import { Font } from '@react-pdf/renderer'
import latin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff?url'
import latin700 from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff?url'
import latinExt400 from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff?url'
import latinExt700 from '@fontsource/noto-sans/files/noto-sans-latin-ext-700-normal.woff?url'
import greek400 from '@fontsource/noto-sans/files/noto-sans-greek-400-normal.woff?url'
import greek700 from '@fontsource/noto-sans/files/noto-sans-greek-700-normal.woff?url'
import greekExt400 from '@fontsource/noto-sans/files/noto-sans-greek-ext-400-normal.woff?url'
import greekExt700 from '@fontsource/noto-sans/files/noto-sans-greek-ext-700-normal.woff?url'
import cyrillic400 from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff?url'
import cyrillic700 from '@fontsource/noto-sans/files/noto-sans-cyrillic-700-normal.woff?url'
import cyrillicExt400 from '@fontsource/noto-sans/files/noto-sans-cyrillic-ext-400-normal.woff?url'
import cyrillicExt700 from '@fontsource/noto-sans/files/noto-sans-cyrillic-ext-700-normal.woff?url'
import vietnamese400 from '@fontsource/noto-sans/files/noto-sans-vietnamese-400-normal.woff?url'
import vietnamese700 from '@fontsource/noto-sans/files/noto-sans-vietnamese-700-normal.woff?url'
import { fitsLatinSubset } from '@/domain/card/glyph-coverage'

type FontSubset = { family: string; regular: string; bold: string }

// One family per Unicode subset; the layout engine picks, glyph by glyph, the first family in the
// stack that has the character. Keep this list in step with CARD_FONT_COVERAGE.
export const CARD_FONT_SUBSETS: readonly FontSubset[] = [
  { family: 'Card Noto Sans Latin', regular: latin400, bold: latin700 },
  { family: 'Card Noto Sans Latin Ext', regular: latinExt400, bold: latinExt700 },
  { family: 'Card Noto Sans Greek', regular: greek400, bold: greek700 },
  { family: 'Card Noto Sans Greek Ext', regular: greekExt400, bold: greekExt700 },
  { family: 'Card Noto Sans Cyrillic', regular: cyrillic400, bold: cyrillic700 },
  { family: 'Card Noto Sans Cyrillic Ext', regular: cyrillicExt400, bold: cyrillicExt700 },
  { family: 'Card Noto Sans Vietnamese', regular: vietnamese400, bold: vietnamese700 },
]

/** Turns an imported asset URL into something the PDF engine can load in this environment. */
export type ResolveFontSrc = (assetUrl: string) => string

/**
 * In the browser: an absolute URL. The engine fetches only strings that look like absolute URLs
 * (in dev Vite hands out root-relative paths such as /node_modules/…), and resolving against the
 * document keeps a build served from a sub-path working.
 */
export function resolveBrowserFontSrc(assetUrl: string): string {
  const base = typeof document === 'undefined' ? globalThis.location?.href : document.baseURI
  return base ? new URL(assetUrl, base).href : assetUrl
}

let registeredWith: ResolveFontSrc | null = null

/**
 * Registers every subset with the PDF engine, once. The engine's font store is global, and
 * registering a family twice would add its files twice, so later calls are no-ops.
 * Tests under Node pass a resolver that maps the asset URLs to file paths.
 */
export function registerCardFonts(resolveSrc: ResolveFontSrc = resolveBrowserFontSrc): void {
  if (registeredWith !== null) return
  registeredWith = resolveSrc
  for (const subset of CARD_FONT_SUBSETS) {
    Font.register({
      family: subset.family,
      fonts: [
        { src: resolveSrc(subset.regular), fontWeight: 400 },
        { src: resolveSrc(subset.bold), fontWeight: 700 },
      ],
    })
  }
}

/** Forgets the registration, for a caller that has just cleared the engine's font store. */
export function resetCardFontRegistration(): void {
  registeredWith = null
}

/**
 * The font stack for a card with these texts. The engine loads every family named in the stack,
 * so plain Latin text asks for the Latin files alone (two small files instead of fourteen).
 */
export function cardFontStack(texts: readonly string[]): string[] {
  const families = CARD_FONT_SUBSETS.map((subset) => subset.family)
  return fitsLatinSubset(texts) ? families.slice(0, 1) : families
}
