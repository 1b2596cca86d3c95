// Entry point of the lazily loaded PDF chunk: the app reaches it only through
// `await import('@/pdf/render-card-pdf')`, so the engine (about 450 KB gzip) stays out of the
// first screen.
import { Font, pdf } from '@react-pdf/renderer'
import type { CardContent } from '@/domain/card/card-content'
import type { CardSize } from '@/domain/card/card-layout'
import type { CardMessages } from '@/i18n/en-card'
import { cardDocument } from './card-document'
import { keepTablesInflated, rememberLayouts } from './font-tables'
import {
  CARD_FONT_SUBSETS,
  registerCardFonts,
  resetCardFontRegistration,
  type ResolveFontSrc,
} from './fonts'

export type RenderCardPdfOptions = {
  /** Where the font files are; the default resolves the bundled asset URLs in the browser. */
  resolveFontSrc?: ResolveFontSrc
  messages?: CardMessages
}

let fontsNeedReset = false

/** Makes the card's PDF. Rejects (never resolves with a broken file) when anything fails. */
export async function renderCardPdf(
  content: CardContent,
  size: CardSize,
  options: RenderCardPdfOptions = {},
): Promise<Blob> {
  if (fontsNeedReset) {
    // The engine caches a failed font load for good; start its font store afresh so Retry can
    // succeed once the network is back.
    Font.clear()
    resetCardFontRegistration()
    fontsNeedReset = false
  }
  registerCardFonts(options.resolveFontSrc)
  const document = cardDocument({
    content,
    size,
    ...(options.messages ? { messages: options.messages } : {}),
  })
  try {
    return await pdf(document).toBlob()
  } catch (error) {
    fontsNeedReset = true
    throw error
  } finally {
    keepLoadedFontTablesInflated()
  }
}

/** Every card font loaded so far keeps its tables inflated and its shaped strings (./font-tables). */
function keepLoadedFontTablesInflated(): void {
  for (const subset of CARD_FONT_SUBSETS) {
    for (const fontWeight of [400, 700]) {
      try {
        const font: unknown = Font.getFont({ fontFamily: subset.family, fontWeight })?.data
        keepTablesInflated(font)
        rememberLayouts(font)
      } catch {
        // Not registered (the font store was just cleared): nothing loaded to keep.
      }
    }
  }
}

/** The same PDF as bytes: for Node (tests, scripts), where a Uint8Array is handier than a Blob. */
export async function renderCardPdfBytes(
  content: CardContent,
  size: CardSize,
  options: RenderCardPdfOptions = {},
): Promise<Uint8Array> {
  const blob = await renderCardPdf(content, size, options)
  return new Uint8Array(await blob.arrayBuffer())
}

/**
 * Gets the engine ready while the person is still looking at the preview: registers the fonts,
 * loads the Latin files and makes one throwaway PDF of the card as it stands, so the layout
 * engine (WebAssembly), the fonts and the code paths are warm before the click. Never throws; a
 * failure here shows up, with its message, when the person asks for the PDF.
 */
export async function preloadCardPdf(
  card?: { content: CardContent; size: CardSize },
  options: Pick<RenderCardPdfOptions, 'resolveFontSrc'> = {},
): Promise<void> {
  try {
    registerCardFonts(options.resolveFontSrc)
    const [latin] = CARD_FONT_SUBSETS
    if (!latin) return
    await Promise.all([
      Font.load({ fontFamily: latin.family, fontWeight: 400 }),
      Font.load({ fontFamily: latin.family, fontWeight: 700 }),
    ])
    keepLoadedFontTablesInflated()
    if (card) await pdf(cardDocument(card)).toBlob()
  } catch {
    fontsNeedReset = true
  }
}
