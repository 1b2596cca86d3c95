// @vitest-environment node
import path from 'node:path'
import { extractText, getDocumentProxy } from 'unpdf'
import type { Answers } from '@/domain/pitch/answers'
import { buildCardContent, cardTexts, type CardContent } from '@/domain/card/card-content'
import { CARD_SIZES, estimateCardFit, type CardSize } from '@/domain/card/card-layout'
import { composePitch } from '@/domain/pitch/compose-pitch'
import { findUnsupportedCharacters } from '@/domain/card/glyph-coverage'
import { hyphenateCardWord } from '@/pdf/card-document'
import { fitsItsPages, renderCardPdfBytes } from '@/pdf/render-card-pdf'
import { cardDocument } from '@/pdf/card-document'
import { pdf } from '@react-pdf/renderer'
import { layoutMemo } from '@/pdf/font-tables'
import { WORKED_ANSWERS } from '../fixtures/worked-example'
import { composeEn } from '../support/compose-en'
import { enCard } from '@/i18n/en-card'
import { en } from '@/i18n/en'

// Under Vitest a `?url` import is a root-relative path (/node_modules/…) or /@fs/<absolute>;
// the engine in Node reads fonts from the file system.
function resolveFontSrc(assetUrl: string): string {
  return assetUrl.startsWith('/@fs/')
    ? assetUrl.slice('/@fs'.length)
    : path.join(process.cwd(), assetUrl)
}

// The worked example of docs/product.md, as a person might type it.
function adaAnswers(): Answers {
  return {
    ...WORKED_ANSWERS,
    workOn: 'opening good jobs to adults without degrees',
    asks: ['Partners to build it with', 'A place to try a first pilot'],
  }
}

function adaCard(): CardContent {
  const answers = adaAnswers()
  return buildCardContent(answers, composePitch(answers, { messages: composeEn }), en)
}

const UNICODE_SAMPLE = 'Zoë, Łódź, Ελλάδα, Москва — “quotes” …'

function unicodeCard(): CardContent {
  const card = adaCard()
  return {
    front: {
      ...card.front,
      name: 'Zoë Ærøskøbing',
      pitch: `${card.front.pitch} ${UNICODE_SAMPLE}`,
    },
    back: { ...card.back, asks: [...card.back.asks, UNICODE_SAMPLE, 'Ἀθῆναι and Київ'] },
  }
}

function normalise(text: string): string {
  return text.replace(/\s+/gu, ' ').trim()
}

async function readPdf(bytes: Uint8Array) {
  const document = await getDocumentProxy(new Uint8Array(bytes))
  const pages = []
  for (let n = 1; n <= document.numPages; n += 1) {
    const page = await document.getPage(n)
    const viewport = page.getViewport({ scale: 1 })
    const content = await page.getTextContent()
    // Right edge of every run of text: nothing may reach past the page.
    const rightEdges = content.items.flatMap((item) =>
      'transform' in item && item.str.trim() !== '' ? [Number(item.transform[4]) + item.width] : [],
    )
    pages.push({ width: viewport.width, height: viewport.height, rightEdges })
  }
  const { text } = await extractText(document, { mergePages: true })
  return { pages, text: normalise(text) }
}

function render(content: CardContent, size: CardSize) {
  return renderCardPdfBytes(content, size, { resolveFontSrc })
}

const EXPECTED: Record<CardSize, { pages: number; width: number; height: number }> = {
  'index-4x6': { pages: 2, width: 432, height: 288 },
  a6: { pages: 2, width: 419.53, height: 297.64 },
  'a4-sheet': { pages: 1, width: 595.28, height: 841.89 },
  'letter-sheet': { pages: 1, width: 612, height: 792 },
}

describe.each(CARD_SIZES)('the %s PDF', (size) => {
  test('carries the pitch, the opening question and the asks', async () => {
    const card = adaCard()
    const { text } = await readPdf(await render(card, size))
    expect(text).toContain(normalise(card.front.pitch))
    expect(text).toContain(normalise(card.front.oneLiner))
    expect(text).toContain(normalise(card.front.hook))
    expect(text).toContain('So, what are you passionate about?')
    expect(text).toContain(normalise(card.back.invitation))
    for (const ask of card.back.asks) expect(text).toContain(ask)
    for (const prompt of card.back.listeningPrompts) expect(text).toContain(prompt)
    expect(text).toContain('Ada Lovelace')
  })

  test('has the page count and page size of its format', async () => {
    const { pages } = await readPdf(await render(adaCard(), size))
    const expected = EXPECTED[size]
    expect(pages).toHaveLength(expected.pages)
    for (const page of pages) {
      expect(page.width).toBeCloseTo(expected.width, 1)
      expect(page.height).toBeCloseTo(expected.height, 1)
    }
  })

  test('prints accents, Greek, Cyrillic, curly quotes, dashes and ellipses as typed', async () => {
    const card = unicodeCard()
    expect(findUnsupportedCharacters(cardTexts(card))).toEqual([])
    const { text } = await readPdf(await render(card, size))
    expect(text).toContain(UNICODE_SAMPLE)
    expect(text).toContain('Zoë Ærøskøbing')
    expect(text).toContain('Ἀθῆναι and Київ')
    expect(text).toContain(normalise(card.front.pitch))
  })
})

test('a card too full for its size warns, and the PDF still holds every word on an extra page', async () => {
  const card = adaCard()
  const long: CardContent = {
    ...card,
    front: { ...card.front, pitch: Array.from({ length: 5 }, () => card.front.pitch).join(' ') },
  }
  const fit = estimateCardFit(long, 'index-4x6', enCard)
  expect(fit.fits).toBe(false)
  expect(fit.overflowing).toEqual(['front'])
  expect(fit.advice).toMatch(/shorten the 30-second pitch by about \d+ words/i)

  const { pages, text } = await readPdf(await render(long, 'index-4x6'))
  expect(pages.length).toBeGreaterThan(2)
  // Page breaks may fall anywhere in the pitch; compare the words in order.
  expect(text.replace(/\s+/gu, '')).toContain(long.front.pitch.replace(/\s+/gu, ''))
  expect(text).toContain('So, what are you passionate about?')
})

test('a sheet too full to fit keeps every word too', async () => {
  const card = adaCard()
  const long: CardContent = {
    ...card,
    front: { ...card.front, pitch: Array.from({ length: 5 }, () => card.front.pitch).join(' ') },
    back: {
      ...card.back,
      asks: Array.from(
        { length: 8 },
        (_, i) => `Ask number ${i + 1}: people who care about good work for everyone`,
      ),
    },
  }
  expect(estimateCardFit(long, 'a4-sheet', enCard).overflowing).toEqual(['front', 'back'])
  const { text } = await readPdf(await render(long, 'a4-sheet'))
  expect(text.replace(/\s+/gu, '')).toContain(long.front.pitch.replace(/\s+/gu, ''))
  for (const ask of long.back.asks) expect(text).toContain(ask)
})

test('a word longer than the card is wide breaks onto the next line instead of being clipped', async () => {
  const card = adaCard()
  const word =
    'https://example.org/a-very-long-address-that-no-card-could-hold-on-one-line/and-more'
  const long: CardContent = { ...card, back: { ...card.back, asks: [`Read ${word}`] } }
  const { pages, text } = await readPdf(await render(long, 'index-4x6'))
  const joined = text.replace(/\s+/gu, '')
  // The engine marks its breaks with a hyphen; take those out before comparing.
  expect(joined.replace(/-/gu, '')).toContain(word.replace(/-/gu, ''))
  for (const page of pages) {
    for (const right of page.rightEdges) expect(right).toBeLessThanOrEqual(page.width - 10)
  }
})

test('ordinary words are never hyphenated; long ones break into short pieces', () => {
  expect(hyphenateCardWord('ourselves', () => ['our', 'selves'])).toEqual(['ourselves'])
  const pieces = hyphenateCardWord('Donaudampfschifffahrtsgesellschaft')
  expect(pieces.join('')).toBe('Donaudampfschifffahrtsgesellschaft')
  for (const piece of pieces) expect(Array.from(piece).length).toBeLessThanOrEqual(14)
})

test('when the estimate says a card fits, the PDF has no extra page', async () => {
  const card = adaCard()
  const words = card.front.pitch.split(' ')
  const scales: number[] = []
  for (const extra of [40, 90, 140, 180]) {
    const pitch = [
      ...words,
      ...Array.from({ length: extra }, (_, i) => words[i % words.length]),
    ].join(' ')
    const content = { ...card, front: { ...card.front, pitch } }
    const fit = estimateCardFit(content, 'index-4x6', enCard)
    const { pages } = await readPdf(await render(content, 'index-4x6'))
    if (fit.fits) {
      scales.push(fit.scale)
      expect(pages).toHaveLength(2)
    }
  }
  // The type stepped down to make room, so the check covered more than the full-size case.
  expect(Math.min(...scales)).toBeLessThan(0.9)
})

test('remembering shaped strings changes no byte of the PDF', async () => {
  // Two makings of the same card differ only in the creation date, the file id and the random
  // tags the engine puts before embedded font names.
  const undated = (bytes: Uint8Array) =>
    Buffer.from(bytes)
      .toString('latin1')
      .replace(/\(D:\d{14}Z\)|\/ID \[[^\]]*\]|\b[A-Z]{6}\+/g, '')
  const card = unicodeCard()
  // The first making loads the fonts (and then starts remembering); the second shapes and keeps.
  for (let i = 0; i < 2; i++) await renderCardPdfBytes(card, 'index-4x6', { resolveFontSrc })
  const remembered = undated(await renderCardPdfBytes(card, 'index-4x6', { resolveFontSrc }))
  layoutMemo.enabled = false
  try {
    const shapedAnew = undated(await renderCardPdfBytes(card, 'index-4x6', { resolveFontSrc }))
    expect(remembered).toBe(shapedAnew)
  } finally {
    layoutMemo.enabled = true
  }
})

test('a card laid out once, without the page-breaking pass, is the same PDF', async () => {
  const undated = (bytes: Uint8Array) =>
    Buffer.from(bytes)
      .toString('latin1')
      .replace(/\(D:\d{14}Z\)|\/ID \[[^\]]*\]|\b[A-Z]{6}\+/g, '')
  await renderCardPdfBytes(adaCard(), 'index-4x6', { resolveFontSrc })
  const make = async (content: CardContent, size: CardSize, unbroken: boolean) => {
    let layout: unknown
    const blob = await pdf(
      cardDocument({
        content,
        size,
        unbroken,
        onRender: (r) => (layout = r._INTERNAL__LAYOUT__DATA_),
      }),
    ).toBlob()
    return { bytes: undated(new Uint8Array(await blob.arrayBuffer())), layout }
  }
  for (const size of CARD_SIZES) {
    const once = await make(adaCard(), size, true)
    expect(fitsItsPages(once.layout)).toBe(true)
    expect(once.bytes).toBe((await make(adaCard(), size, false)).bytes)
  }
})
