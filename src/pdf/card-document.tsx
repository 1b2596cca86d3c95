// The conversation card as a PDF document. It draws the same CardContent as the preview and the
// print stylesheet, with the sizes and type scale of card-layout.ts, so the fit estimate the
// preview shows is the layout the PDF uses.
import { Document, Page, Text, View, type Styles } from '@react-pdf/renderer'
import type { ReactElement, ReactNode } from 'react'
import { cardTexts, type CardContent } from '@/domain/card/card-content'
import {
  backMetrics,
  CARD_SIZE_SPECS,
  estimateCardFit,
  FACE_PADDING,
  frontMetrics,
  type BackColumns,
  type CardSize,
  type Dimensions,
  type TextSpec,
} from '@/domain/card/card-layout'
import { replaceUnsupportedCharacters } from '@/domain/card/glyph-coverage'
import { graphemes } from '@/domain/text/text'
import { enCard, type CardMessages } from '@/i18n/en-card'
import { cardFontStack } from './fonts'

// The app's palette (src/app/app.css), dark enough to print well on a home printer.
const INK = '#1d2327'
const INK_SOFT = '#4a555c'
const ACCENT = '#2f6f73'
const ACCENT_STRONG = '#1f4f52'
const RULE = '#b9b4aa'
const MARK = '#8a8f94'

type Style = Styles[string]

// ---------------------------------------------------------------------------------------------
// Hyphenation

/**
 * Words up to this many characters are never broken: cards read best ragged-right, and such a
 * word is far narrower than the narrowest column at any scale. Longer ones may break.
 */
const MAX_UNBROKEN = 14

function splitLongPart(part: string): string[] {
  const chars = graphemes(part)
  if (chars.length <= MAX_UNBROKEN) return [part]
  const pieces: string[] = []
  for (let i = 0; i < chars.length; i += MAX_UNBROKEN) {
    pieces.push(chars.slice(i, i + MAX_UNBROKEN).join(''))
  }
  return pieces
}

/**
 * Ordinary words stay whole. A long one (a URL, a compound, a word in a script the English
 * patterns do not know) breaks at the engine's English syllables, and any piece still too long
 * is cut into shorter pieces. Turning hyphenation off altogether, as many examples do, lets such
 * words run past the card's edge and get clipped.
 * The engine passes its built-in hyphenator as the second argument.
 */
export function hyphenateCardWord(word: string, builtin?: (word: string) => string[]): string[] {
  // Called for every word of every text: settle the common case without segmenting.
  if (word.length <= MAX_UNBROKEN || graphemes(word).length <= MAX_UNBROKEN) return [word]
  const syllables = builtin ? builtin(word) : [word]
  return syllables.flatMap(splitLongPart)
}

// ---------------------------------------------------------------------------------------------
// Faces

function textStyle(spec: TextSpec, color: string): Style {
  return {
    fontSize: spec.fontSize,
    lineHeight: spec.lineHeight,
    fontWeight: spec.bold ? 700 : 400,
    letterSpacing: spec.letterSpacing,
    textTransform: spec.uppercase ? 'uppercase' : 'none',
    color,
  }
}

type FaceProps = { content: CardContent; scale: number }

function Labelled({
  heading,
  text,
  spec,
  labelSpec,
  labelGap,
}: {
  heading: string
  text: string
  spec: TextSpec
  labelSpec: TextSpec
  labelGap: number
}) {
  return (
    <>
      <Text style={{ ...textStyle(labelSpec, ACCENT), marginBottom: labelGap }}>{heading}</Text>
      <Text style={textStyle(spec, INK)} hyphenationCallback={hyphenateCardWord}>
        {text}
      </Text>
    </>
  )
}

function FrontFace({ content, scale }: FaceProps) {
  const { front } = content
  const m = frontMetrics(scale)
  const blocks = [
    { heading: front.whyHeading, text: front.oneLiner, spec: m.oneLiner },
    { heading: front.hookHeading, text: front.hook, spec: m.hook },
    { heading: front.pitchHeading, text: front.pitch, spec: m.pitch },
  ]
    .filter((block) => block.text !== '')
    .map((block) => (
      <Labelled
        key={block.heading}
        heading={block.heading}
        text={block.text}
        spec={block.spec}
        labelSpec={m.label}
        labelGap={m.labelGap}
      />
    ))
  return (
    <>
      {front.name !== '' && (
        <View>
          <Text style={textStyle(m.name, ACCENT_STRONG)} hyphenationCallback={hyphenateCardWord}>
            {front.name}
          </Text>
          <View
            style={{
              marginTop: m.rule.gapBefore,
              marginBottom: m.rule.gapAfter,
              height: m.rule.height,
              width: m.rule.width,
              backgroundColor: ACCENT,
            }}
          />
        </View>
      )}
      <Stack gap={m.blockGap} blocks={blocks} />
    </>
  )
}

function BulletList({
  items,
  spec,
  indent,
  gap,
}: {
  items: readonly string[]
  spec: TextSpec
  indent: number
  gap: number
}) {
  return (
    <>
      {items.map((item, index) => (
        // One item never splits across pages: it is short, and half a bullet helps nobody.
        <View
          key={`${index}-${item}`}
          wrap={false}
          style={{ flexDirection: 'row', marginTop: index > 0 ? gap : 0 }}
        >
          <Text style={{ ...textStyle(spec, ACCENT), width: indent }}>•</Text>
          <Text
            style={{ ...textStyle(spec, INK), flexGrow: 1, flexShrink: 1, flexBasis: 0 }}
            hyphenationCallback={hyphenateCardWord}
          >
            {item}
          </Text>
        </View>
      ))}
    </>
  )
}

/** Blocks one under the other with a gap between them (and none before the first). */
function Stack({ gap, blocks }: { gap: number; blocks: ReactNode[] }) {
  return (
    <>
      {blocks.map((block, index) => (
        <View key={index} style={index > 0 ? { marginTop: gap } : {}}>
          {block}
        </View>
      ))}
    </>
  )
}

function BackFace({ content, scale, columns }: FaceProps & { columns: BackColumns }) {
  const { back } = content
  const m = backMetrics(scale)
  const label = (heading: string) => (
    <Text style={{ ...textStyle(m.label, ACCENT), marginBottom: m.labelGap }}>{heading}</Text>
  )
  const listening = back.listeningPrompts.length > 0 && (
    <>
      {label(back.listeningHeading)}
      <BulletList
        items={back.listeningPrompts}
        spec={m.item}
        indent={m.bulletIndent}
        gap={m.itemGap}
      />
    </>
  )
  const invitation = back.invitation !== '' && (
    <Labelled
      heading={back.invitationHeading}
      text={back.invitation}
      spec={m.invitation}
      labelSpec={m.label}
      labelGap={m.labelGap}
    />
  )
  const asks = back.asks.length > 0 && (
    <>
      {label(back.asksHeading)}
      <BulletList items={back.asks} spec={m.item} indent={m.bulletIndent} gap={m.itemGap} />
    </>
  )
  const notes = back.notesLines.length > 0 && (
    // The write-in lines stay together: a lone "Name" line on another page is no use.
    <View wrap={false}>
      {label(back.notesHeading)}
      {back.notesLines.map((line) => (
        <View
          key={line}
          style={{
            height: m.noteLineHeight,
            borderBottomWidth: 0.75,
            borderBottomColor: RULE,
            borderBottomStyle: 'solid',
            justifyContent: 'flex-end',
          }}
        >
          <Text style={{ ...textStyle(m.noteLabel, INK_SOFT), marginBottom: 2 }}>{line}</Text>
        </View>
      ))}
    </View>
  )
  const present = (blocks: ReactNode[]) => blocks.filter((block) => block !== false)
  const question = (
    <Text
      style={{ ...textStyle(m.question, ACCENT_STRONG), marginBottom: m.questionGap }}
      hyphenationCallback={hyphenateCardWord}
    >
      {back.openingQuestion}
    </Text>
  )
  if (columns === 1) {
    return (
      <>
        {question}
        <Stack gap={m.blockGap} blocks={present([listening, invitation, asks, notes])} />
      </>
    )
  }
  const column: Style = { flexGrow: 1, flexShrink: 1, flexBasis: 0 }
  return (
    <>
      {question}
      <View style={{ flexDirection: 'row' }}>
        <View style={column}>
          <Stack gap={m.blockGap} blocks={present([listening, invitation])} />
        </View>
        <View style={{ ...column, marginLeft: m.columnGap }}>
          <Stack gap={m.blockGap} blocks={present([asks, notes])} />
        </View>
      </View>
    </>
  )
}

// ---------------------------------------------------------------------------------------------
// Pages

function CutAndFoldSheet({
  page,
  face,
  front,
  back,
  messages,
}: {
  page: Dimensions
  face: Dimensions
  front: ReactElement
  back: ReactElement
  messages: CardMessages
}) {
  const markText: Style = { fontSize: 6.5, color: MARK, letterSpacing: 0.4 }
  const top = Math.max(36, (page.height - 2 * face.height) / 2)
  const faceBox: Style = { minHeight: face.height, padding: FACE_PADDING }
  const sideLabel: Style = { ...markText, position: 'absolute', top: face.height - 4, width: 60 }
  return (
    <View style={{ paddingTop: top, alignItems: 'center' }}>
      <View style={{ width: face.width }}>
        <Text style={{ ...markText, marginBottom: 3 }}>{messages.cutHere}</Text>
        <View
          style={{
            borderWidth: 0.75,
            borderStyle: 'dashed',
            borderColor: MARK,
          }}
        >
          <View style={faceBox}>{front}</View>
          <View
            style={{
              ...faceBox,
              borderTopWidth: 0.75,
              borderTopStyle: 'dashed',
              borderTopColor: ACCENT,
            }}
          >
            {back}
          </View>
          <Text style={{ ...sideLabel, left: -66, textAlign: 'right' }}>{messages.foldHere}</Text>
          <Text style={{ ...sideLabel, right: -66, textAlign: 'left' }}>{messages.foldHere}</Text>
        </View>
        <Text style={{ ...markText, marginTop: 6, textAlign: 'center' }}>{messages.sheetHint}</Text>
      </View>
    </View>
  )
}

/** The card with every character the font cannot draw shown as �, never as a wrong letter. */
function printableContent(content: CardContent): CardContent {
  const fix = replaceUnsupportedCharacters
  const { front, back } = content
  return {
    front: {
      name: fix(front.name),
      whyHeading: fix(front.whyHeading),
      oneLiner: fix(front.oneLiner),
      hookHeading: fix(front.hookHeading),
      hook: fix(front.hook),
      pitchHeading: fix(front.pitchHeading),
      pitch: fix(front.pitch),
    },
    back: {
      openingQuestion: fix(back.openingQuestion),
      listeningHeading: fix(back.listeningHeading),
      listeningPrompts: back.listeningPrompts.map(fix),
      invitationHeading: fix(back.invitationHeading),
      invitation: fix(back.invitation),
      asksHeading: fix(back.asksHeading),
      asks: back.asks.map(fix),
      notesHeading: fix(back.notesHeading),
      notesLines: back.notesLines.map(fix),
    },
  }
}

export type CardDocumentProps = {
  content: CardContent
  size: CardSize
  messages?: CardMessages
  /**
   * When the estimate says the card fits: each page is laid out once, without the engine's
   * page-breaking pass (which lays every page out a second time). The caller checks the layout
   * and makes the PDF again without this when anything did not fit (./render-card-pdf).
   */
  unbroken?: boolean
  /** The engine's onRender: called with the finished file (and, in this version, its layout). */
  onRender?: (result: { blob?: Blob; _INTERNAL__LAYOUT__DATA_?: unknown }) => void
}

/**
 * Builds the PDF document for the card. A plain function, not a component, because the engine's
 * pdf() wants the <Document> element itself.
 *
 * Card sizes: the front on page 1 and the back on page 2, to print double-sided. Sheets: both
 * faces on one page between cut and fold marks. A face that cannot fit even in the smallest
 * readable type flows on to another page: every word is printed, nothing is clipped.
 */
export function cardDocument({
  content: typed,
  size,
  messages = enCard,
  unbroken = false,
  onRender,
}: CardDocumentProps) {
  const content = printableContent(typed)
  const spec = CARD_SIZE_SPECS[size]
  const fit = estimateCardFit(content, size, messages)
  const wrap = !(unbroken && fit.fits)
  const texts = cardTexts(content)
  // Labels print in capitals, and a capital can live in another subset than its small letter.
  const fontFamily = cardFontStack([...texts, ...texts.map((text) => text.toUpperCase())])
  const pageStyle: Style = {
    fontFamily,
    color: INK,
    backgroundColor: '#ffffff',
    // Without the page-breaking pass, which sets each page to its paper height, a page is as tall
    // as its content unless told otherwise.
    ...(wrap ? {} : { minHeight: spec.page.height }),
  }
  const front = <FrontFace content={content} scale={fit.faces.front.scale} />
  const back = (
    <BackFace content={content} scale={fit.faces.back.scale} columns={fit.faces.back.columns} />
  )
  const metadata = {
    title: messages.pdfTitle(content.front.name),
    subject: messages.pdfSubject,
    creator: 'Why Card',
    producer: 'Why Card',
    language: 'en',
    ...(content.front.name !== '' ? { author: content.front.name } : {}),
  }
  return (
    <Document {...metadata} {...(onRender ? { onRender } : {})}>
      {spec.kind === 'card' ? (
        <>
          <Page size={spec.page} wrap={wrap} style={{ ...pageStyle, padding: FACE_PADDING }}>
            {front}
          </Page>
          <Page size={spec.page} wrap={wrap} style={{ ...pageStyle, padding: FACE_PADDING }}>
            {back}
          </Page>
        </>
      ) : (
        <Page size={spec.page} wrap={wrap} style={{ ...pageStyle, paddingBottom: 36 }}>
          <CutAndFoldSheet
            page={spec.page}
            face={spec.face}
            front={front}
            back={back}
            messages={messages}
          />
        </Page>
      )}
    </Document>
  )
}
