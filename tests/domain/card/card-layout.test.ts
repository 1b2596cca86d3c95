// @vitest-environment node
import fc from 'fast-check'
import { emptyAnswers } from '@/domain/pitch/answers'
import { buildCardContent, type CardContent } from '@/domain/card/card-content'
import {
  CARD_SIZES,
  CARD_SIZE_SPECS,
  DEFAULT_CARD_SIZE,
  MIN_BODY_PT,
  backMetrics,
  countLines,
  estimateCardFit,
  frontMetrics,
  isCardSize,
  measureText,
} from '@/domain/card/card-layout'
import { enCard } from '@/i18n/en-card'
import { en } from '@/i18n/en'

const PITCH =
  'It’s about potential, really. We all know the strange things we do to prove ourselves. Who among us hasn’t been underestimated at least once? Too many people without a degree get shut out of good work, as if paper measured potential. I believe people are capable of far more than others think. So I’m working on a way for anyone to show what they can do and be hired for it. It’s about potential.'

function card(overrides: { pitch?: string; asks?: string[]; name?: string } = {}): CardContent {
  const answers = {
    ...emptyAnswers(),
    name: overrides.name ?? 'Ada Lovelace',
    asks: overrides.asks ?? ['Partners to build it with', 'A place to try a first pilot'],
  }
  return buildCardContent(
    answers,
    {
      hook: 'It’s about potential — the strange things we all do to prove ourselves.',
      pitch: overrides.pitch ?? PITCH,
      story: '',
      oneLiner:
        'I work on opening good jobs to adults without degrees because I believe people are capable of far more than others think, so that anyone can show what they can do and be hired for it.',
      invitation:
        'If this matters to you too, I’d love your advice: who should I be building this with?',
    },
    en,
  )
}

function words(n: number): string {
  return Array.from({ length: n }, (_, i) => ['potential', 'people', 'work', 'belong'][i % 4]).join(
    ' ',
  )
}

test('four sizes, the 4×6 in index card first and by default', () => {
  expect(CARD_SIZES).toEqual(['index-4x6', 'a6', 'a4-sheet', 'letter-sheet'])
  expect(DEFAULT_CARD_SIZE).toBe('index-4x6')
  expect(isCardSize('a6')).toBe(true)
  expect(isCardSize('a5')).toBe(false)
  expect(isCardSize(undefined)).toBe(false)
})

test('page sizes are in PDF points: cards one face per page, sheets a whole page', () => {
  expect(CARD_SIZE_SPECS['index-4x6']).toMatchObject({
    kind: 'card',
    page: { width: 432, height: 288 },
  })
  expect(CARD_SIZE_SPECS.a6.page.width).toBeCloseTo(419.53, 2)
  expect(CARD_SIZE_SPECS.a6.page.height).toBeCloseTo(297.64, 2)
  expect(CARD_SIZE_SPECS['a4-sheet'].page.width).toBeCloseTo(595.28, 2)
  expect(CARD_SIZE_SPECS['a4-sheet'].page.height).toBeCloseTo(841.89, 2)
  expect(CARD_SIZE_SPECS['letter-sheet'].page).toEqual({ width: 612, height: 792 })
  for (const size of ['a4-sheet', 'letter-sheet'] as const) {
    const { page, face, kind } = CARD_SIZE_SPECS[size]
    expect(kind).toBe('sheet')
    // Front and back, one above the other, fit on the sheet with room for the marks.
    expect(2 * face.height).toBeLessThan(page.height - 72)
    expect(face.width).toBeLessThan(page.width - 72)
  }
})

test.each(CARD_SIZES)('a typical card fits the %s at full size, with nothing to advise', (size) => {
  expect(estimateCardFit(card(), size, enCard)).toMatchObject({
    scale: 1,
    fits: true,
    overflowing: [],
    advice: '',
  })
})

test('a longer pitch steps the type down instead of overflowing', () => {
  const fit = estimateCardFit(card({ pitch: `${PITCH} ${words(90)}` }), 'index-4x6', enCard)
  expect(fit.fits).toBe(true)
  expect(fit.faces.front.scale).toBeLessThan(1)
  expect(fit.faces.back.scale).toBe(1)
  expect(fit.scale).toBe(fit.faces.front.scale)
})

test('a pitch too long for the card is reported with how many words to cut', () => {
  const content = card({ pitch: `${PITCH} ${words(400)}` })
  const fit = estimateCardFit(content, 'index-4x6', enCard)
  expect(fit.fits).toBe(false)
  expect(fit.overflowing).toEqual(['front'])
  expect(fit.advice).toContain('The PDF keeps every word')
  const match = /Shorten the 30-second pitch by about (\d+) words\./.exec(fit.advice)
  expect(match).not.toBeNull()
  const n = Number(match?.[1])
  // Cutting that many words is enough, and it is not wildly more than needed.
  const cut = (count: number) =>
    card({ pitch: content.front.pitch.split(' ').slice(0, -count).join(' ') })
  expect(estimateCardFit(cut(n), 'index-4x6', enCard).fits).toBe(true)
  expect(estimateCardFit(cut(n - 1), 'index-4x6', enCard).fits).toBe(false)
})

test('too many long asks overflow the back and the advice is about the asks', () => {
  const asks = Array.from(
    { length: 8 },
    (_, i) =>
      `Ask ${i + 1}: people who care about good work for everyone and want to help shape it`,
  )
  const fit = estimateCardFit(card({ asks }), 'a6', enCard)
  expect(fit.overflowing).toEqual(['back'])
  expect(fit.faces.back.columns).toBe(1)
  expect(fit.advice).toMatch(
    /^The back is too full.*Remove an ask, or shorten the asks by about \d+ words\.$/,
  )
})

test('type never goes below the readable floor, however much text there is', () => {
  fc.assert(
    fc.property(
      fc.string({ maxLength: 3000 }),
      fc.array(fc.string({ maxLength: 160 }), { maxLength: 8 }),
      fc.constantFrom(...CARD_SIZES),
      (pitch, asks, size) => {
        const fit = estimateCardFit(card({ pitch, asks }), size, enCard)
        const front = frontMetrics(fit.faces.front.scale)
        const back = backMetrics(fit.faces.back.scale)
        for (const spec of [front.oneLiner, front.pitch, back.item, back.invitation]) {
          expect(spec.fontSize).toBeGreaterThanOrEqual(MIN_BODY_PT)
        }
        expect(fit.fits).toBe(fit.overflowing.length === 0)
        expect(fit.advice === '').toBe(fit.fits)
        expect(fit.scale).toBeLessThanOrEqual(1)
      },
    ),
    { numRuns: 60 },
  )
})

test('a word wider than the line is counted over several lines, not one', () => {
  const spec = frontMetrics(1).pitch
  const word = 'x'.repeat(200)
  const width = 100
  expect(measureText(word, spec)).toBeGreaterThan(3 * width)
  expect(countLines(word, spec, width)).toBeGreaterThanOrEqual(4)
  expect(countLines('', spec, width)).toBe(0)
  expect(countLines('short', spec, width)).toBe(1)
})
