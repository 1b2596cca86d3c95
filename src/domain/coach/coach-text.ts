// Scanning helpers for the pitch coach. Every offset they return indexes the caller's original
// string, so highlights line up with what the person typed, whatever the text contains.

import { GREEK_QUESTION } from '../text/greek-question'

export type Span = { start: number; end: number }

export type Sentence = Span & {
  isQuestion: boolean
  /** Index of the sentence's first word in the text's word list. */
  firstWord: number
  /** Index one past the sentence's last word. */
  endWord: number
}

export type Word = Span & {
  /** Lower-cased, with typographic apostrophes made plain, for comparing against word lists. */
  key: string
}

export type ScannedText = {
  /** Same length as the input, with look-alike characters folded so patterns stay simple. */
  folded: string
  words: Word[]
  sentences: Sentence[]
}

// Only one-code-unit to one-code-unit swaps, so every index into `folded` is an index into the
// original text as well.
const FOLDS: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u02bc': "'",
  '\u2032': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u00a0': ' ',
  '\u202f': ' ',
}
const FOLDABLE = /[\u2018\u2019\u02bc\u2032\u201c\u201d\u2010\u2011\u00a0\u202f]/g

// (A vowel sign or accent written as its own mark belongs to its word: "खरीदिए", not "खर|द|ए".)
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu
// (Chinese and Japanese end a sentence on "。", "！", "？"; Arabic asks with "؟".)
// (Armenian ends a sentence on "։", Amharic on "።" and asks with "፧", Burmese ends on "။".)
const TERMINATORS = new Set([
  '.',
  '!',
  '?',
  '…',
  '\n',
  '。',
  '！',
  '？',
  '؟',
  '।',
  '॥',
  '։',
  '።',
  '፧',
  '။',
])
// The danda "।" ends a sentence in Hindi, Marathi and Nepali as a full stop does: read as one
// sentence, a Hindi pitch's question ran into the story's price, and an ask into the moment
// before it. Bengali writes it too, but the ask model learnt Bengali (the composer's drafts among
// it) read whole, and hears eight of those drafts as trades when they are split: Bengali waits
// for a retraining that reads it split.
const DANDA = new Set(['।', '॥'])
const DEVANAGARI = /[\u0900-\u097F]/u
const QUESTION_MARKS = new Set(['?', '？', '؟', '፧'])
// Burmese ends a question with the particle လဲ or လား, then its full stop "။".
const BURMESE_ASKS = /(?:လဲ|လား)\s*$/u
// Armenian marks a question on the word it asks ("Ի՞նչ"), not at the sentence's end.
const ASKED_ON_A_WORD = '\u055e'
const QUOTES = new Set(['"', '”', '’', "'", '»'])
const CLOSERS = new Set(['"', "'", ')', ']', '»', '”', '’'])

export function foldText(text: string): string {
  return text.replace(FOLDABLE, (ch) => FOLDS[ch] ?? ch).replace(GREEK_QUESTION, '?')
}

export function scanText(text: string): ScannedText {
  const folded = foldText(text)
  const words: Word[] = []
  WORD.lastIndex = 0
  let match = WORD.exec(folded)
  while (match !== null) {
    const raw = match[0]
    const start = match.index
    let key = raw.toLowerCase()
    if (key.endsWith('-')) key = key.replace(/-+$/, '')
    words.push({ start, end: start + raw.length, key })
    match = WORD.exec(folded)
  }
  return { folded, words, sentences: splitSentences(folded, words) }
}

const SPACE = /\s/

function isSpace(ch: string | undefined): boolean {
  if (ch === undefined || ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r') return true
  return ch > '~' && SPACE.test(ch)
}

function splitSentences(text: string, words: readonly Word[]): Sentence[] {
  const sentences: Sentence[] = []
  let start = 0
  let wordIndex = 0
  let i = 0

  function close(end: number, isQuestion: boolean): void {
    let s = start
    let e = end
    while (s < e && isSpace(text[s])) s++
    while (e > s && isSpace(text[e - 1])) e--
    const firstWord = wordIndex
    while (wordIndex < words.length && (words[wordIndex]?.start ?? Infinity) < end) wordIndex++
    if (e > s && wordIndex > firstWord) {
      sentences.push({ start: s, end: e, isQuestion, firstWord, endWord: wordIndex })
    }
    start = end
  }

  // Inside a quotation ('It asked her "Why are you learning? Travel…"'), a question mark is
  // part of what someone said. (The mark that will close the open quotation, or null.)
  let closing: string | null = null
  let askedOnAWord = false
  while (i < text.length) {
    const ch = text[i] ?? ''
    closing = afterQuoteMark(ch, closing)
    const quoted = closing !== null
    if (ch === ASKED_ON_A_WORD && !quoted) askedOnAWord = true
    if (!TERMINATORS.has(ch) || (DANDA.has(ch) && !DEVANAGARI.test(lastLetterBefore(text, i)))) {
      i++
      continue
    }
    // "3.5" and "e.g." keep going: a full stop only ends a sentence before a space or the end.
    if (ch === '.' && !isSpace(text[i + 1]) && !CLOSERS.has(text[i + 1] ?? '')) {
      i++
      continue
    }
    // (Burmese asks with a particle before its full stop: "…ဘာအဓိပ္ပာယ်ရှိလဲ။".)
    let isQuestion = askedOnAWord || (ch === '။' && !quoted && BURMESE_ASKS.test(text.slice(0, i)))
    askedOnAWord = false
    while (i < text.length && TERMINATORS.has(text[i] ?? '')) {
      if (QUESTION_MARKS.has(text[i] ?? '') && !quoted) isQuestion = true
      i++
    }
    // 'She asked "why are you talking to the computer?"': a question quoted in a story is
    // something someone said, not the question the pitch asks its listener.
    if (isQuestion && QUOTES.has(text[i] ?? '')) isQuestion = false
    while (i < text.length && CLOSERS.has(text[i] ?? '')) {
      closing = afterQuoteMark(text[i] ?? '', closing)
      i++
    }
    close(i, isQuestion)
  }
  if (start < text.length) close(text.length, false)
  return sentences
}

// Each language's quotation marks, in the folded text (curly double quotes are '"' there): "…",
// „…“ (German), «…» (French), »…« (German too), 「…」 (Japanese).
const OPENS: Record<string, string> = {
  '"': '"',
  '„': '"',
  '«': '»',
  '»': '«',
  '「': '」',
  '『': '』',
}

/** The mark that closes the quotation open after `ch`, or null outside one. */
function afterQuoteMark(ch: string, closing: string | null): string | null {
  if (closing !== null) return ch === closing ? null : closing
  return OPENS[ch] ?? null
}

/** Words of a sentence, as a slice of the scanned word list. */
export function sentenceWords(scanned: ScannedText, sentence: Sentence): Word[] {
  return scanned.words.slice(sentence.firstWord, sentence.endWord)
}

/** Every match of a global pattern as a span, optionally filtered by a predicate. */
export function findSpans(
  text: string,
  pattern: RegExp,
  keep?: (match: RegExpExecArray) => boolean,
): Span[] {
  const spans: Span[] = []
  pattern.lastIndex = 0
  let match = pattern.exec(text)
  while (match !== null) {
    const length = match[0].length
    if (length === 0) {
      // A zero-width match would loop forever; step past it.
      pattern.lastIndex++
    } else if (keep === undefined || keep(match)) {
      spans.push({ start: match.index, end: match.index + length })
    }
    match = pattern.exec(text)
  }
  return spans
}

/** Sorts spans and merges the ones that touch or overlap. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start)
  const merged: Span[] = []
  for (const span of sorted) {
    const last = merged[merged.length - 1]
    if (last !== undefined && span.start <= last.end) {
      last.end = Math.max(last.end, span.end)
    } else {
      merged.push({ start: span.start, end: span.end })
    }
  }
  return merged
}

/** The last letter before `index` (a danda follows a word, or a space after it). */
function lastLetterBefore(text: string, index: number): string {
  for (let i = index - 1; i >= 0; i--) {
    const ch = text[i] ?? ''
    if (/\p{L}|\p{M}/u.test(ch)) return ch
  }
  return ''
}
