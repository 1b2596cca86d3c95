// Entry point of the lazily loaded PDF chunk: the app reaches it only through
// `await import('@/pdf/render-card-pdf')`, so the engine (about 450 KB gzip) stays out of the
// first screen.
import { Font, pdf } from '@react-pdf/renderer'
import type { CardContent } from '@/domain/card/card-content'
import type { CardSize } from '@/domain/card/card-layout'
import type { CardMessages } from '@/i18n/en-card'
import { cardDocument } from './card-document'
import { keepTablesInflated, rememberLayouts, rememberSubsets } from './font-tables'
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
  const make = async (unbroken: boolean) => {
    let layout: unknown
    const blob = await pdf(
      cardDocument({
        content,
        size,
        ...(options.messages ? { messages: options.messages } : {}),
        unbroken,
        onRender: (result) => {
          layout = result._INTERNAL__LAYOUT__DATA_
        },
      }),
    ).toBlob()
    return { blob, layout }
  }
  try {
    // Laid out once when the estimate says the card fits; made again with the engine's page
    // breaks when the layout shows anything past a page's end, so every word is still printed.
    const once = await make(true)
    if (fitsItsPages(once.layout)) return once.blob
    return (await make(false)).blob
  } catch (error) {
    fontsNeedReset = true
    throw error
  } finally {
    keepLoadedFontTablesInflated()
  }
}

type LaidOutNode = {
  props?: Record<string, unknown>
  style?: { height?: unknown }
  box?: { top?: number; height?: number; marginBottom?: number; paddingBottom?: number }
  children?: LaidOutNode[]
}

/** The engine's margin for rounding when it decides whether a node crosses a page's end. */
const SAFETY_THRESHOLD = 0.001

/**
 * Whether every page's content ends above the page's bottom padding, so the engine's
 * page-breaking pass would have moved nothing: the same test it makes, a little stricter (the
 * margin below a node counts too). Anything not as expected (another engine version) says no.
 */
export function fitsItsPages(layout: unknown): boolean {
  const pages = (layout as LaidOutNode | undefined)?.children
  if (!Array.isArray(pages) || pages.length === 0) return false
  return pages.every((page) => {
    const height = page.style?.height
    if (typeof height !== 'number' || !page.box || !Array.isArray(page.children)) return false
    const end = height - (page.box.paddingBottom ?? 0) + SAFETY_THRESHOLD
    return page.children.every((child) => {
      const { top, height: childHeight, marginBottom = 0 } = child.box ?? {}
      if (typeof top !== 'number' || typeof childHeight !== 'number') return false
      const breaks =
        child.props?.break === true || typeof child.props?.minPresenceAhead === 'number'
      return !breaks && top + childHeight + marginBottom <= end
    })
  })
}

/**
 * Every card font loaded so far keeps its tables inflated, its shaped strings and its encoded
 * subsets (./font-tables).
 */
function keepLoadedFontTablesInflated(): void {
  for (const subset of CARD_FONT_SUBSETS) {
    for (const fontWeight of [400, 700]) {
      try {
        const font: unknown = Font.getFont({ fontFamily: subset.family, fontWeight })?.data
        keepTablesInflated(font)
        rememberLayouts(font)
        rememberSubsets(font)
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
    if (card) await pdf(cardDocument({ ...card, unbroken: true })).toBlob()
  } catch {
    fontsNeedReset = true
  }
}
