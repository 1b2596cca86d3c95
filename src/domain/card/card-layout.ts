// The card's sizes, its type scale and a fit estimator. The PDF document draws with exactly these
// numbers and the preview warns with the estimate, so "it will not fit" is known before anyone
// presses Download. Pure: no React, no PDF engine, no DOM.
import type { CardContent } from './card-content'
import type { CardLayoutMessages } from './card-messages'

import type { CardSize } from './card-sizes'

export { CARD_SIZES, DEFAULT_CARD_SIZE, isCardSize, type CardSize } from './card-sizes'

export type CardFace = 'front' | 'back'

/** Width and height in PDF points (1/72 in). */
export type Dimensions = { width: number; height: number }

export type CardSizeSpec = {
  /** 'card': one face per page, printed double-sided. 'sheet': both faces on one page. */
  kind: 'card' | 'sheet'
  page: Dimensions
  /** One face of the card. Landscape, like the index cards people already carry. */
  face: Dimensions
}

function mm(value: number): number {
  return Math.round(((value * 72) / 25.4) * 100) / 100
}

const INDEX_4X6: Dimensions = { width: 6 * 72, height: 4 * 72 }
const A6_LANDSCAPE: Dimensions = { width: mm(148), height: mm(105) }

export const CARD_SIZE_SPECS: Record<CardSize, CardSizeSpec> = {
  'index-4x6': { kind: 'card', page: INDEX_4X6, face: INDEX_4X6 },
  a6: { kind: 'card', page: A6_LANDSCAPE, face: A6_LANDSCAPE },
  // A sheet carries the card size of its paper's region: cut out front and back as one strip,
  // fold along the middle, and you hold a double-thick card of the usual size.
  'a4-sheet': { kind: 'sheet', page: { width: mm(210), height: mm(297) }, face: A6_LANDSCAPE },
  'letter-sheet': { kind: 'sheet', page: { width: 8.5 * 72, height: 11 * 72 }, face: INDEX_4X6 },
}

// ---------------------------------------------------------------------------------------------
// Type scale

/** Readable floors at arm's length: body text never goes below 7.5 pt, small labels below 6 pt. */
export const MIN_BODY_PT = 7.5
export const MIN_LABEL_PT = 6
const SCALE_STEP = 0.05

export type TextSpec = {
  fontSize: number
  /** Multiple of fontSize, as in CSS and @react-pdf. */
  lineHeight: number
  bold: boolean
  letterSpacing: number
  uppercase: boolean
}

export type FrontMetrics = {
  padding: number
  name: TextSpec
  /** The short accent rule under the name. */
  rule: { gapBefore: number; height: number; width: number; gapAfter: number }
  label: TextSpec
  labelGap: number
  oneLiner: TextSpec
  hook: TextSpec
  pitch: TextSpec
  blockGap: number
}

export type BackMetrics = {
  padding: number
  question: TextSpec
  questionGap: number
  columnGap: number
  label: TextSpec
  labelGap: number
  item: TextSpec
  itemGap: number
  bulletIndent: number
  invitation: TextSpec
  blockGap: number
  noteLabel: TextSpec
  /** Room to write by hand: the same at every scale, because handwriting does not shrink. */
  noteLineHeight: number
}

/** Inner margin of a face: clear of the unprintable edge of most home printers. */
export const FACE_PADDING = 20

function body(base: number, scale: number, bold: boolean, lineHeight: number): TextSpec {
  return {
    fontSize: Math.max(MIN_BODY_PT, round2(base * scale)),
    lineHeight,
    bold,
    letterSpacing: 0,
    uppercase: false,
  }
}

function label(base: number, scale: number): TextSpec {
  return {
    fontSize: Math.max(MIN_LABEL_PT, round2(base * scale)),
    lineHeight: 1.2,
    bold: true,
    letterSpacing: 0.8,
    uppercase: true,
  }
}

function round2(value: number): number {
  return Math.round(value * 100) / 100
}

export function frontMetrics(scale: number): FrontMetrics {
  return {
    padding: FACE_PADDING,
    name: body(15, scale, true, 1.2),
    rule: { gapBefore: 4 * scale, height: 1.5, width: 28, gapAfter: 9 * scale },
    label: label(6.5, scale),
    labelGap: 2 * scale,
    oneLiner: body(11, scale, false, 1.32),
    hook: body(12.5, scale, true, 1.25),
    pitch: body(10.5, scale, false, 1.38),
    blockGap: 8 * scale,
  }
}

export function backMetrics(scale: number): BackMetrics {
  return {
    padding: FACE_PADDING,
    question: body(16, scale, true, 1.2),
    questionGap: 9 * scale,
    columnGap: 18,
    label: label(6.5, scale),
    labelGap: 2.5 * scale,
    item: body(10, scale, false, 1.3),
    itemGap: 2.5 * scale,
    bulletIndent: 9,
    invitation: body(10, scale, false, 1.3),
    blockGap: 8 * scale,
    noteLabel: label(6.5, scale),
    noteLineHeight: 22,
  }
}

// The smallest scale at which every body text is still at or above MIN_BODY_PT.
const FLOOR_SCALE: Record<CardFace, number> = {
  front: MIN_BODY_PT / 10.5,
  back: MIN_BODY_PT / 10,
}

function scaleSteps(face: CardFace): number[] {
  const floor = FLOOR_SCALE[face]
  const steps: number[] = []
  for (let scale = 1; scale > floor + 1e-9; scale = round2(scale - SCALE_STEP)) steps.push(scale)
  steps.push(floor)
  return steps
}

// ---------------------------------------------------------------------------------------------
// Text measurement (an estimate, deliberately a little generous)

// Advance widths of Noto Sans, U+0020–U+007E, in 1/1000 em, read from the fonts the PDF embeds.
// prettier-ignore
const REGULAR_ASCII = [260,269,408,646,572,831,732,225,300,300,551,572,268,322,268,372,572,572,572,572,572,572,572,572,572,572,268,268,572,572,572,434,899,639,650,632,730,556,519,728,741,339,273,619,524,907,760,781,605,781,622,549,556,731,600,930,586,566,572,329,372,329,572,444,281,561,615,480,615,564,344,615,618,258,258,534,258,935,618,605,615,615,413,479,361,618,508,786,529,510,470,380,551,380,572]
// prettier-ignore
const BOLD_ASCII = [260,282,479,646,572,902,750,266,339,339,542,572,285,320,281,415,572,572,572,572,572,572,572,572,572,572,281,285,572,572,572,477,898,692,665,642,732,560,549,724,765,389,331,664,559,943,813,791,621,791,656,551,577,756,650,967,670,626,579,331,415,331,572,411,365,599,632,516,632,597,387,632,650,299,298,620,298,975,650,625,632,632,447,502,434,650,571,856,578,571,493,394,551,394,572]

const PUNCTUATION: Record<string, readonly [regular: number, bold: number]> = {
  '\u2013': [500, 500],
  '\u2014': [1000, 1000],
  '\u2018': [175, 217],
  '\u2019': [175, 217],
  '\u201c': [359, 445],
  '\u201d': [359, 445],
  '\u2026': [791, 855],
  '\u00a0': [260, 260],
  '\u00ab': [509, 614],
  '\u00bb': [509, 614],
  '\u2022': [376, 376],
}

// Measured widths run a few per cent under what the PDF engine lays out once kerning, rounding
// and its line-breaking choices are in; erring wide means "fits" can be trusted.
const WIDTH_SAFETY = 1.04

function charWidth(char: string, bold: boolean): number {
  const code = char.codePointAt(0) ?? 0x20
  const table = bold ? BOLD_ASCII : REGULAR_ASCII
  if (code >= 0x20 && code <= 0x7e) return table[code - 0x20] ?? 600
  const punctuation = PUNCTUATION[char]
  if (punctuation) return bold ? punctuation[1] : punctuation[0]
  // Accented Latin letters are as wide as their base letter.
  const base = char.normalize('NFD').codePointAt(0) ?? code
  if (base >= 0x20 && base <= 0x7e) return table[base - 0x20] ?? 600
  if (code >= 0x0300 && code <= 0x036f) return 0
  // East Asian and emoji are full-width (and not in the font, but they still take room).
  if (code >= 0x2e80) return 1000
  // Greek and Cyrillic lowercase average about 580–660.
  return bold ? 680 : 630
}

/** Estimated width of a run of text in points. */
export function measureText(text: string, spec: TextSpec): number {
  const shown = spec.uppercase ? text.toUpperCase() : text
  let units = 0
  let count = 0
  for (const char of shown) {
    units += charWidth(char, spec.bold)
    count += 1
  }
  return ((units * spec.fontSize) / 1000 + count * spec.letterSpacing) * WIDTH_SAFETY
}

/**
 * How many lines a text takes in a box this wide: greedy word wrap, and a word longer than the
 * line breaks anywhere (the PDF hyphenates or splits such words too, rather than clipping them).
 */
export function countLines(text: string, spec: TextSpec, width: number): number {
  const words = text.split(/\s+/u).filter((word) => word !== '')
  if (words.length === 0) return 0
  const space = measureText(' ', spec)
  let lines = 1
  let used = 0
  for (const word of words) {
    let wordWidth = measureText(word, spec)
    const needed = used === 0 ? wordWidth : used + space + wordWidth
    if (needed <= width) {
      used = needed
      continue
    }
    if (used > 0) {
      lines += 1
      used = 0
    }
    while (wordWidth > width) {
      lines += 1
      wordWidth -= width
    }
    used = wordWidth
  }
  return lines
}

function textHeight(text: string, spec: TextSpec, width: number): number {
  return countLines(text, spec, width) * spec.fontSize * spec.lineHeight
}

function labelHeight(heading: string, spec: TextSpec, width: number): number {
  // A label is one line in English; a longer translation may wrap, and an empty one still
  // keeps its line so the blocks line up.
  return Math.max(1, countLines(heading, spec, width)) * spec.fontSize * spec.lineHeight
}

// ---------------------------------------------------------------------------------------------
// Face heights, block by block, in the order and arrangement card-document.tsx draws them

export type BackColumns = 1 | 2

function contentBox(size: CardSize, padding: number): Dimensions {
  const { face } = CARD_SIZE_SPECS[size]
  return { width: face.width - 2 * padding, height: face.height - 2 * padding }
}

function stack(heights: number[], gap: number): number {
  const present = heights.filter((height) => height > 0)
  if (present.length === 0) return 0
  return present.reduce((sum, height) => sum + height, 0) + gap * (present.length - 1)
}

export function estimateFrontHeight(
  front: CardContent['front'],
  size: CardSize,
  scale: number,
): number {
  const m = frontMetrics(scale)
  const { width } = contentBox(size, m.padding)
  const labelled = (heading: string, text: string, spec: TextSpec) =>
    text === ''
      ? 0
      : labelHeight(heading, m.label, width) + m.labelGap + textHeight(text, spec, width)
  const name =
    front.name === ''
      ? 0
      : textHeight(front.name, m.name, width) + m.rule.gapBefore + m.rule.height + m.rule.gapAfter
  // The name's rule carries its own gap, so the name joins the stack without another blockGap.
  return (
    name +
    stack(
      [
        labelled(front.whyHeading, front.oneLiner, m.oneLiner),
        labelled(front.hookHeading, front.hook, m.hook),
        labelled(front.pitchHeading, front.pitch, m.pitch),
      ],
      m.blockGap,
    )
  )
}

function listHeight(items: readonly string[], m: BackMetrics, width: number): number {
  return stack(
    items.map((item) => textHeight(item, m.item, width - m.bulletIndent)),
    m.itemGap,
  )
}

export function estimateBackHeight(
  back: CardContent['back'],
  size: CardSize,
  scale: number,
  columns: BackColumns,
): number {
  const m = backMetrics(scale)
  const { width } = contentBox(size, m.padding)
  const columnWidth = columns === 2 ? (width - m.columnGap) / 2 : width
  const head = (heading: string) => labelHeight(heading, m.label, columnWidth) + m.labelGap
  const listening =
    back.listeningPrompts.length === 0
      ? 0
      : head(back.listeningHeading) + listHeight(back.listeningPrompts, m, columnWidth)
  const invitation =
    back.invitation === ''
      ? 0
      : head(back.invitationHeading) + textHeight(back.invitation, m.invitation, columnWidth)
  const asks =
    back.asks.length === 0 ? 0 : head(back.asksHeading) + listHeight(back.asks, m, columnWidth)
  const notes =
    back.notesLines.length === 0
      ? 0
      : head(back.notesHeading) + back.notesLines.length * m.noteLineHeight
  const question = textHeight(back.openingQuestion, m.question, width)
  const body =
    columns === 2
      ? Math.max(stack([listening, invitation], m.blockGap), stack([asks, notes], m.blockGap))
      : stack([listening, invitation, asks, notes], m.blockGap)
  return stack([question, body], m.questionGap)
}

// ---------------------------------------------------------------------------------------------
// Fit

export type FaceFit = {
  /** The font scale the PDF uses for this face (1 = full size). */
  scale: number
  fits: boolean
  estimatedHeight: number
  availableHeight: number
}

export type CardFit = {
  /** The smaller of the two faces' scales: how far the type had to step down. */
  scale: number
  fits: boolean
  overflowing: CardFace[]
  /** What to shorten, in the person's words; '' when everything fits. */
  advice: string
  faces: { front: FaceFit; back: FaceFit & { columns: BackColumns } }
}

function faceHeight(
  face: CardFace,
  content: CardContent,
  size: CardSize,
  scale: number,
  columns: BackColumns,
): number {
  return face === 'front'
    ? estimateFrontHeight(content.front, size, scale)
    : estimateBackHeight(content.back, size, scale, columns)
}

function fitFace(
  face: CardFace,
  content: CardContent,
  size: CardSize,
  columns: BackColumns = 2,
): FaceFit {
  const availableHeight = contentBox(size, FACE_PADDING).height
  let estimatedHeight = 0
  for (const scale of scaleSteps(face)) {
    estimatedHeight = faceHeight(face, content, size, scale, columns)
    if (estimatedHeight <= availableHeight) {
      return { scale, fits: true, estimatedHeight, availableHeight }
    }
  }
  return { scale: FLOOR_SCALE[face], fits: false, estimatedHeight, availableHeight }
}

function fitsAtFloor(face: CardFace, content: CardContent, size: CardSize): boolean {
  const availableHeight = contentBox(size, FACE_PADDING).height
  const columns: BackColumns[] = face === 'front' ? [2] : [2, 1]
  return columns.some(
    (count) => faceHeight(face, content, size, FLOOR_SCALE[face], count) <= availableHeight,
  )
}

function wordCount(text: string): number {
  return text.split(/\s+/u).filter((word) => word !== '').length
}

function dropLastWords(text: string, n: number): string {
  const words = text.split(/\s+/u).filter((word) => word !== '')
  return words.slice(0, Math.max(0, words.length - n)).join(' ')
}

function dropLastAskWords(asks: readonly string[], n: number): string[] {
  const out = [...asks]
  let left = n
  for (let i = out.length - 1; i >= 0 && left > 0; i -= 1) {
    const ask = out[i] ?? ''
    const count = wordCount(ask)
    out[i] = dropLastWords(ask, Math.min(left, count))
    left -= Math.min(left, count)
  }
  return out.filter((ask) => ask !== '')
}

type Shortenable = 'name' | 'oneLiner' | 'hook' | 'pitch' | 'invitation' | 'asks'

function shortened(content: CardContent, part: Shortenable, n: number): CardContent {
  if (part === 'asks') {
    return { ...content, back: { ...content.back, asks: dropLastAskWords(content.back.asks, n) } }
  }
  if (part === 'invitation') {
    return {
      ...content,
      back: { ...content.back, invitation: dropLastWords(content.back.invitation, n) },
    }
  }
  return { ...content, front: { ...content.front, [part]: dropLastWords(content.front[part], n) } }
}

function partWords(content: CardContent, part: Shortenable): number {
  if (part === 'asks') return content.back.asks.reduce((sum, ask) => sum + wordCount(ask), 0)
  if (part === 'invitation') return wordCount(content.back.invitation)
  return wordCount(content.front[part])
}

/** The fewest words to take out of `part` so the face fits at the smallest readable type. */
function wordsToCut(
  face: CardFace,
  content: CardContent,
  size: CardSize,
  part: Shortenable,
): number | null {
  const total = partWords(content, part)
  if (total === 0 || !fitsAtFloor(face, shortened(content, part, total), size)) return null
  let low = 1
  let high = total
  while (low < high) {
    const mid = (low + high) >> 1
    if (fitsAtFloor(face, shortened(content, part, mid), size)) high = mid
    else low = mid + 1
  }
  return low
}

function adviceFor(
  face: CardFace,
  content: CardContent,
  size: CardSize,
  messages: CardLayoutMessages,
): string {
  // Blame the part with the most words on that face: it is where cutting costs the least.
  const parts: Shortenable[] =
    face === 'front' ? ['pitch', 'oneLiner', 'hook', 'name'] : ['asks', 'invitation']
  const ranked = [...parts].sort((a, b) => partWords(content, b) - partWords(content, a))
  for (const part of ranked) {
    const n = wordsToCut(face, content, size, part)
    if (n === null) continue
    return part === 'asks'
      ? messages.fit.fewerAsks(n)
      : messages.fit.shortenBy(messages.fit.parts[part], n)
  }
  return messages.fit.shortenSide[face]
}

/**
 * Picks the largest type scale, face by face, at which the card is estimated to fit, stepping
 * down to the readable floor. When a face cannot fit even then, says so and what to shorten; the
 * PDF still prints every word (on an extra page) rather than cutting anything.
 */
export function estimateCardFit(
  content: CardContent,
  size: CardSize,
  messages: CardLayoutMessages,
): CardFit {
  const front = fitFace('front', content, size)
  const twoColumns = fitFace('back', content, size, 2)
  // A back that cannot fit anyway is laid out in one column, which flows onto the next page in
  // reading order instead of splitting two columns across pages.
  const back = twoColumns.fits
    ? { ...twoColumns, columns: 2 as const }
    : { ...fitFace('back', content, size, 1), columns: 1 as const }
  const overflowing: CardFace[] = []
  if (!front.fits) overflowing.push('front')
  if (!back.fits) overflowing.push('back')

  let advice = ''
  if (overflowing.length > 0) {
    const tooFull =
      overflowing.length === 2
        ? messages.fit.tooFull.both
        : messages.fit.tooFull[overflowing[0] ?? 'front']
    advice = [
      tooFull,
      messages.fit.keepsEveryWord,
      ...overflowing.map((face) => adviceFor(face, content, size, messages)),
    ].join(' ')
  }
  return {
    scale: Math.min(front.scale, back.scale),
    fits: overflowing.length === 0,
    overflowing,
    advice,
    faces: { front, back },
  }
}
