// Features for the trained ask model (ask-model.ts), shared by the app and by the training script
// (scripts/train-coach.mjs), so a pitch is read the same way in both. Pure and cheap: word
// n-grams with light normalisation (numbers, currencies and names folded into one token each)
// and a handful of structural cues read from the words' lexicon tags (requests, imperatives,
// wants, money, time), crossed with the person's stage. Every feature belongs to a sentence,
// so the model can say which sentence drove its verdict. Names are hashed into a fixed-size
// vector, so the committed weights stay small whatever words the training pitches used.

import type { Stage } from '../pitch/answers'
import { isNumberWord, lexiconTags } from '../language/lexicon'
import { tradeSignals } from './coach-ask'
import { scanText, type ScannedText, type Span, type Word } from './coach-text'

/** Hashed feature space: 2^12 weights. */
export const FEATURE_BITS = 12
export const FEATURE_SIZE = 1 << FEATURE_BITS
/** A pitch is about a hundred words; past this many the model reads no further (a long paste). */
export const MAX_FEATURE_WORDS = 600

export type FeatureOptions = {
  stage?: Stage | undefined
  /** The pitch's language tag ('en', 'es', …). */
  language?: string | undefined
  /** Word bigrams as well as unigrams. */
  bigrams?: boolean
  /** The rules' ingredients (coach-ask.ts `tradeSignals`) as features, crossed with the stage. */
  signals?: boolean
  /** The stage on its own as a feature, not only crossed with requests. */
  stageAlone?: boolean
}

/** The features of one sentence, as hashed indices (each at most once). */
export type SentenceFeatures = Span & { indices: number[] }

export type AskFeatures = {
  /** Every index present in the pitch, each once, sorted. */
  indices: number[]
  /** Per sentence; features of the whole pitch (stage, language) belong to none. */
  sentences: SentenceFeatures[]
}

const LEAD_WORDS = new Set(['so', 'just', 'now', 'okay', 'ok', 'and', 'then', 'oh', 'well', 'but'])
const MODALS = new Set(['could', 'would', 'can', 'will', 'may', 'might', "won't", "wouldn't"])
const LISTENER = new Set(['you', 'u', 'ya', 'your', 'yours', 'ur'])
const SPEAKER = new Set(['i', 'me', 'my', 'mine', 'myself', "i'm", "i'd", "i'll", "i've"])
const SPEAKER_SUBJECT = new Set(['i', 'we', "i'd", "we'd", "i'm", "we're"])
const WANT_WORDS = new Set([
  'want',
  'need',
  'love',
  'like',
  'hoping',
  'looking',
  'keen',
  'appreciate',
  'searching',
  'seeking',
])
// Verbs the lexicon files under nouns but that open an imperative ("Book a demo", "Text me").
const NOUN_VERBS = new Set([
  'book',
  'call',
  'text',
  'email',
  'message',
  'dm',
  'ping',
  'order',
  'sign',
  'grab',
  'drop',
  'pop',
  'tag',
  'share',
  'refer',
  'pledge',
  'donate',
  'visit',
])
// Imperatives that invite thought rather than action.
const THINKING = new Set([
  'imagine',
  'picture',
  'think',
  'remember',
  'consider',
  'look',
  'listen',
  'guess',
  'wait',
  'take',
])
const CURRENCY_WORDS = new Set([
  'pounds',
  'pound',
  'quid',
  'dollars',
  'dollar',
  'bucks',
  'euros',
  'euro',
  'pence',
  'grand',
  'eur',
  'usd',
  'gbp',
  'tenner',
  'fiver',
])
const PER_WORDS = new Set(['a', 'an', 'per', 'each', 'every', 'par', 'al', 'pro', 'im'])
const NAME_TAGS = ['MaleName', 'FemaleName', 'FirstName', 'LastName', 'Person']
const CURRENCY_SYMBOL = /[£$€¥]/u

/** FNV-1a, 32 bits: a stable hash for feature names. */
export function hashFeature(name: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return (h >>> 0) & (FEATURE_SIZE - 1)
}

/** The token a word stands for: numbers, currencies, codes and names are folded. */
function tokenOf(word: Word, folded: string, tags: readonly string[]): string {
  const key = word.key
  if (/^\p{N}/u.test(key)) return /^\p{N}+%?$|^\p{N}[\p{N},.]*k?$/u.test(key) ? '<num>' : '<code>'
  if (isNumberWord(key)) return '<num>'
  if (CURRENCY_WORDS.has(key) || tags.includes('Currency')) return '<cur>'
  const raw = folded.slice(word.start, word.end)
  if (/^[\p{Lu}]{2,}\p{N}+$/u.test(raw)) return '<code>'
  if (/^\p{Lu}/u.test(raw) && NAME_TAGS.some((tag) => tags.includes(tag))) return '<name>'
  return key
}

/**
 * Names of the features of a pitch, each with the sentence it belongs to (-1: the whole pitch).
 * Exposed for the training script's report; the app uses the hashed form below.
 */
export function featureNames(
  input: ScannedText,
  options: FeatureOptions = {},
): Array<{ sentence: number; name: string }> {
  const scanned = readable(input)
  const out: Array<{ sentence: number; name: string }> = []
  const stage = options.stage ?? 'none'
  const bigrams = options.bigrams ?? true
  if (options.stageAlone ?? true) out.push({ sentence: -1, name: `stage:${stage}` })
  out.push({ sentence: -1, name: `lang:${options.language ?? 'en'}` })
  const { words, folded } = scanned
  scanned.sentences.forEach((sentence, index) => {
    if (sentence.firstWord >= MAX_FEATURE_WORDS) return
    const emit = (name: string) => out.push({ sentence: index, name })
    const end = Math.min(sentence.endWord, MAX_FEATURE_WORDS)
    const keys: string[] = []
    const tokens: string[] = []
    const tagsOf: Array<readonly string[]> = []
    for (let i = sentence.firstWord; i < end; i++) {
      const word = words[i]
      if (word === undefined) continue
      const tags = lexiconTags(word.key)
      // A currency symbol before the amount: "£40", "$ 200".
      const before = folded.slice(Math.max(0, word.start - 2), word.start)
      if (CURRENCY_SYMBOL.test(before)) tokens.push('<cur>')
      keys.push(word.key)
      tagsOf.push(tags)
      tokens.push(tokenOf(word, folded, tags))
      const after = folded.slice(word.end, word.end + 2)
      if (CURRENCY_SYMBOL.test(after)) tokens.push('<cur>')
      if (after.startsWith('%')) tokens.push('%')
    }
    if (keys.length === 0) return

    // Word n-grams.
    let previous = '<s>'
    for (const token of tokens) {
      emit(`u:${token}`)
      if (bigrams) emit(`b:${previous} ${token}`)
      previous = token
    }

    // The form of a request.
    const requests: string[] = []
    let lead = 0
    while (lead < keys.length && LEAD_WORDS.has(keys[lead] ?? '')) lead++
    const first = keys[lead] ?? ''
    const second = keys[lead + 1] ?? ''
    if (sentence.isQuestion) requests.push('question')
    if (MODALS.has(first) && LISTENER.has(second)) requests.push('modal-you')
    if (MODALS.has(first) && (second === 'i' || second === 'we')) requests.push('modal-me')
    const firstTags = tagsOf[lead] ?? []
    if (
      !THINKING.has(first) &&
      (NOUN_VERBS.has(first) ||
        firstTags.includes('Infinitive') ||
        firstTags.includes('Imperative') ||
        first === 'please' ||
        first === "let's")
    ) {
      requests.push('imperative')
    }
    let listener = false
    let speaker = false
    let money = false
    let time = false
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] ?? ''
      const tags = tagsOf[i] ?? []
      if (LISTENER.has(key)) {
        listener = true
        // "you introduce", "you could book": the listener asked to act.
        for (let j = i + 1; j <= i + 3 && j < keys.length; j++) {
          const t = tagsOf[j] ?? []
          if (t.includes('Infinitive') || NOUN_VERBS.has(keys[j] ?? '')) {
            requests.push('you-verb')
            break
          }
        }
      }
      if (SPEAKER.has(key)) speaker = true
      if (SPEAKER_SUBJECT.has(key)) {
        for (let j = i + 1; j <= i + 3 && j < keys.length; j++) {
          if (WANT_WORDS.has(keys[j] ?? '')) {
            requests.push('self-want')
            break
          }
        }
      }
      if (key === 'if' && (LISTENER.has(keys[i + 1] ?? '') || /^any/u.test(keys[i + 1] ?? ''))) {
        requests.push('if-you')
      }
      if (tags.includes('Date') || tags.includes('WeekDay') || tags.includes('Month')) {
        time = true
        emit('f:date')
      }
      if (tags.includes('Duration')) {
        time = true
        emit('f:duration')
      }
    }
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]
      if (token !== '<num>') continue
      const next = tokens[i + 1] ?? ''
      const prev = tokens[i - 1] ?? ''
      if (next === '<cur>' || prev === '<cur>') {
        money = true
        emit('f:money')
      }
      if (next === '%' || next === 'percent' || next === 'off') emit('f:percent')
      const durationAfter = (t: string) => lexiconTags(t).includes('Duration')
      if (durationAfter(next)) emit('f:num-duration')
      if (PER_WORDS.has(next) && durationAfter(tokens[i + 2] ?? '')) {
        money = true
        emit('f:rate')
      }
    }
    if (speaker) emit('f:me')
    if (listener && speaker) emit('f:you-me')

    // Requests, alone, crossed with what they are about, and with the stage.
    for (const request of new Set(requests)) {
      emit(`r:${request}`)
      emit(`s:${stage}&${request}`)
      if (speaker) emit(`x:${request}&me`)
      if (money) emit(`x:${request}&money`)
      if (time) emit(`x:${request}&time`)
      if (listener && speaker) emit(`x:${request}&you-me`)
      if (listener && speaker) emit(`s:${stage}&${request}&you-me`)
    }
    if (money) emit(`s:${stage}&money`)
  })
  if (options.signals ?? false) {
    for (const { sentence, name } of tradeSignals(scanned)) {
      if (sentence < 0) continue
      const first = scanned.sentences[sentence]?.firstWord ?? Infinity
      if (first >= MAX_FEATURE_WORDS) continue
      out.push({ sentence, name: `g:${name}` })
      out.push({ sentence, name: `s:${stage}&g:${name}` })
    }
  }
  return out
}

/** The text up to the last word the model reads: a long paste is cut, offsets unchanged. */
function readable(scanned: ScannedText): ScannedText {
  const cut = scanned.words[MAX_FEATURE_WORDS]
  return cut === undefined ? scanned : scanText(scanned.folded.slice(0, cut.start))
}

/** The hashed features of a pitch, by sentence and for the whole pitch. */
export function askFeatures(input: ScannedText, options: FeatureOptions = {}): AskFeatures {
  const scanned = readable(input)
  const all = new Set<number>()
  const bySentence = new Map<number, Set<number>>()
  for (const { sentence, name } of featureNames(scanned, options)) {
    const index = hashFeature(name)
    all.add(index)
    if (sentence < 0) continue
    let set = bySentence.get(sentence)
    if (set === undefined) {
      set = new Set()
      bySentence.set(sentence, set)
    }
    set.add(index)
  }
  const sentences: SentenceFeatures[] = []
  for (const [index, set] of bySentence) {
    const sentence = scanned.sentences[index]
    if (sentence === undefined) continue
    sentences.push({ start: sentence.start, end: sentence.end, indices: [...set] })
  }
  return { indices: [...all].sort((a, b) => a - b), sentences }
}
