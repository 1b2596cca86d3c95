// Features for the trained ask model (ask-model.ts), shared by the app and by the training script
// (scripts/train-coach.mjs), so a pitch is read the same way in both. Pure and cheap: word
// n-grams with light normalisation (numbers, currencies and names folded into one token each)
// and a handful of structural cues read from the words' lexicon tags (requests, imperatives,
// wants, money, time), crossed with the person's stage. Every feature belongs to a sentence,
// so the model can say which sentence drove its verdict. Names are hashed into a fixed-size
// vector, so the committed weights stay small whatever words the training pitches used.

import type { Stage } from '../pitch/answers'
import { isNumberWord, isPersonNoun, lexiconTags } from '../language/lexicon'
import { ASK_GLOSS } from './ask-gloss'
import {
  closedGloss,
  closedWordsInside,
  languageGloss,
  tradeGloss,
  tradeWordsInside,
} from './ask-gloss-languages'
import { tradeSignals } from './coach-ask'
import { scanText, type ScannedText, type Span, type Word } from './coach-text'

/** Hashed feature space: 2^12 weights. */
export const FEATURE_BITS = 12
export const FEATURE_SIZE = 1 << FEATURE_BITS
/**
 * Below this many words the text is a fragment, not a pitch: the model, trained on whole pitches,
 * has too little to read (its stage and language priors outweigh one sentence), so the rules'
 * verdict counts on its own too (ask-model.ts `tradeVerdict`, and the training script's figures).
 */
export const SHORT_TEXT_WORDS = 20
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
  /**
   * Each long word's first five letters as well ("referral" and "refer", "discount" and
   * "discounted", "precio" and "precios"): a word the labelled sets never spelled that way still
   * weighs like its kin.
   */
  prefixes?: boolean
}

const PREFIX_LETTERS = 5

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
// The same closed classes in the other languages the coach meets (Spanish, French, German,
// Italian, Portuguese), read only when the pitch is not in English ("du", "me" and "mi" mean
// other things in English).
const LISTENER_OTHER = new Set(
  'tu tú te ti toi vous votre vos usted ustedes tus tuo tua você vocês seu sua du dich dir dein deine deinen ihnen euch'.split(
    ' ',
  ),
)
const SPEAKER_OTHER = new Set(
  "me mi mí mis yo moi je j' mon ma mes ich mich mir mein meine meinen io mio mia eu meu minha mim".split(
    ' ',
  ),
)
const MODALS_OTHER = new Set(
  'podrías podría puedes puede pourriez pourrais pouvez peux könnten können kannst könntest würden würdest potresti potrebbe puoi pode podes podemos'.split(
    ' ',
  ),
)
// Currencies by name, as people write them in the languages the coach meets (a closed class: the
// money of the countries, not a topic list).
const CURRENCY_OTHER = new Set(
  (
    'euros euro euroa euroja eur dólares pesos franken reais zł złotych złote złoty lira liras ' +
    'lirası tl kr kroner kronor krone kroon korun koruna korunách kč lei leu lej forint ft ' +
    'rupiah rp rupias rupees rs rand naira shilingi ksh tsh cedis baht ringgit đồng vnđ piso ' +
    'yen yuan rmb won ευρώ рублей рубля рубль руб грн гривень гривні гривня тенге лв лева ' +
    'درهم دراهم ريال ريالات جنيه جنيهات دينار ليرة روپے روپیہ روپئے تومان रुपये रुपए रुपया ' +
    'টাকা שקל שקלים บาท piastres piasses'
  ).split(' '),
)
// "quinze pour cent", "zehn Prozent": a share said in words is a share, as "%" is (the English
// lexicon heard the French "cent" as money).
const PERCENT_WORDS = new Set(['prozent', 'procent', 'prosent', 'procento', 'procenta'])
// ("cento euro" is a hundred: only "per cento", "por ciento", "pour cent" are a share.)
const PER_HUNDRED = new Map([
  ['cent', 'pour'],
  ['cento', 'per'],
  ['ciento', 'por'],
])
// "please" and "if" in the other languages: a request's form, whatever it asks for.
const PLEASE_OTHER = new Set(['bitte', 'favor', 'plaît', 'plait', 'per', 'favore'])
const IF_OTHER = new Set(['si', 'wenn', 'falls', 'se'])
// Someone unnamed the listener might know or be: "if anyone…", "if somebody has work…".
const ANYONE = /^(?:any|some)(?:one|body)$|^anyone's$|^alguien$|^quelqu'un$|^jemand$|^qualcuno$/u
// A turn in the pitch: what follows is said on the side ("Also, …", "By the way, …").
const TURN_WORDS = new Set([
  'also',
  'anyway',
  'unrelated',
  'separate',
  'separately',
  'meanwhile',
  'aprovecho',
  'außerdem',
  'aussi',
  'también',
  'además',
])
// The speaker as the one who gains: "it would help me", "would mean a lot", "huge for me".
const GAIN_WORDS = new Set([
  'help',
  'helps',
  'mean',
  'means',
  'huge',
  'grateful',
  'appreciate',
  'favour',
  'favor',
])
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
// A number right after these reads as what something costs ("it's 397", "starts at twelve").
const PRICE_BEFORE = new Set([
  'is',
  'are',
  "it's",
  'costs',
  'cost',
  'at',
  'only',
  'just',
  'normally',
  'usually',
  'from',
  'for',
])
// The verb "to cost" in the languages the coach reads (a closed class, not a topic list).
const COST_VERBS = new Set(
  'cost costs cuesta cuestan coûte coûtent coute coutent kostet kosten custa custam costa costano'.split(
    ' ',
  ),
)
// Support for the speaker's own work, asked of an audience.
const PROMO_VERBS = new Set([
  'vote',
  'voting',
  'review',
  'reviews',
  'stream',
  'streams',
  'follow',
  'subscribe',
  'like',
  'share',
  'tag',
  'rate',
  'nominate',
  'testimonial',
  'testimonials',
  'endorse',
  'endorsement',
  'ratings',
  'preorder',
  'pre-order',
])
const PER_WORDS = new Set(['a', 'an', 'per', 'each', 'every', 'par', 'al', 'pro', 'im'])
// Who gains, read from closed grammatical classes. The speaker as a group ("we need", "our club
// pays"): a shared project's need, not the speaker's own. A third party as the one a request
// serves ("send her to me", "introduce them").
const COLLECTIVE = new Set([
  'we',
  'us',
  'our',
  'ours',
  'ourselves',
  "we're",
  "we've",
  "we'd",
  "we'll",
])
const COLLECTIVE_OTHER = new Set(
  'nous notre nos wir uns unser unsere unseren unserer nosotros nosotras nuestro nuestra nuestros nuestras noi nostro nostra nostri nós nosso nossa'.split(
    ' ',
  ),
)
const COLLECTIVE_SUBJECT = new Set(['we', "we'd", "we're", "we'll", 'wir', 'nous', 'nosotros'])
const SINGULAR_SUBJECT = new Set(['i', "i'd", "i'm", "i'll"])
const THIRD_PARTY = new Set(['him', 'her', 'them', "'em"])
const NAME_TAGS = ['MaleName', 'FemaleName', 'FirstName', 'LastName', 'Person']
// Any currency sign, not only the four English writers use: ₹, ₦, ₽, ₴, ₺, ₩, ₫, ₱, ฿ …
const CURRENCY_SYMBOL = /\p{Sc}/u
const SHEKELS = /^\s?ש["״׳']{1,2}ח/u
// (Anywhere in the word: Chinese and Japanese write a whole clause without spaces.)
const AMOUNT_WITH_UNIT = /\p{N}[\p{N},.]*[만천억]?(?:원|円|元|块|塊)/u
const UNIT_AFTER_AMOUNT = /^(?:원|円|元|块)/u
const AMOUNT =
  /^(?:\p{N}[\p{N},.]*[만천백억]?|[일이삼사오육칠팔구]?[십백천만억]+|[一二三四五六七八九十百千万]+)$/u

/** A word of wanting within the three words after `i` ("we'd really love", "who need"). */
function wantSoonAfter(keys: readonly string[], i: number, thirdPerson = false): boolean {
  for (let j = i + 1; j <= i + 3 && j < keys.length; j++) {
    const key = keys[j] ?? ''
    if (WANT_WORDS.has(key) || (thirdPerson && (key === 'needs' || key === 'wants'))) return true
  }
  return false
}

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
function tokenOf(word: Word, folded: string, tags: readonly string[], english: boolean): string {
  const key = word.key
  if (/^\p{N}/u.test(key)) return /^\p{N}+%?$|^\p{N}[\p{N},.]*k?$/u.test(key) ? '<num>' : '<code>'
  if (isNumberWord(key)) return '<num>'
  // The English lexicon's currencies are English words: in another language "kwanza" is Swahili
  // for "first" ("mteja wa kwanza", the first customer), "peso" a weight; that language's own
  // currency names (CURRENCY_OTHER) still are money.
  const currency = tags.includes('Currency') && (english || CURRENCY_OTHER.has(key))
  if (CURRENCY_WORDS.has(key) || currency) return '<cur>'
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
  const inEnglish = (options.language ?? 'en') === 'en'
  const bigrams = options.bigrams ?? true
  if (options.stageAlone ?? true) out.push({ sentence: -1, name: `stage:${stage}` })
  out.push({ sentence: -1, name: `lang:${options.language ?? 'en'}` })
  const { words, folded } = scanned
  scanned.sentences.forEach((sentence, index) => {
    if (sentence.firstWord >= MAX_FEATURE_WORDS) return
    const names = new Set<string>()
    const emit = (name: string) => {
      names.add(name)
      out.push({ sentence: index, name })
    }
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
      const percent =
        !inEnglish &&
        (PERCENT_WORDS.has(word.key) ||
          (PER_HUNDRED.has(word.key) && PER_HUNDRED.get(word.key) === keys.at(-2)))
      // "45,000원", "3000円", "50元", "만 원": an amount with its currency written onto it or
      // after a number word, as Korean, Japanese and Chinese write prices.
      if (!inEnglish && AMOUNT_WITH_UNIT.test(word.key)) tokens.push('<num>', '<cur>')
      else if (!inEnglish && UNIT_AFTER_AMOUNT.test(word.key) && AMOUNT.test(keys.at(-2) ?? '')) {
        tokens[tokens.length - 1] = '<num>'
        tokens.push('<cur>')
      } else tokens.push(percent ? '%' : tokenOf(word, folded, tags, inEnglish))
      const after = folded.slice(word.end, word.end + 2)
      if (CURRENCY_SYMBOL.test(after)) tokens.push('<cur>')
      // "120 ש״ח": shekels abbreviated, the letters split by the gershayim into two words.
      else if (
        !inEnglish &&
        /^\p{N}/u.test(word.key) &&
        SHEKELS.test(folded.slice(word.end, word.end + 5))
      ) {
        tokens.push('<cur>')
      }
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
    if (options.prefixes ?? false) {
      for (const key of keys) {
        if (key.length > PREFIX_LETTERS) emit(`p:${[...key].slice(0, PREFIX_LETTERS).join('')}`)
      }
    }
    // Another language's trade words, also read as the English word the model weighs.
    const gloss = languageGloss(options.language)
    if ((options.language ?? 'en') !== 'en') {
      for (const key of keys) {
        const english = gloss === undefined ? ASK_GLOSS.get(key) : tradeGloss(gloss, key)
        if (english !== undefined) emit(`u:${english}`)
        for (const inside of tradeWordsInside(options.language, key)) emit(`u:${inside}`)
      }
    }
    // A language glossed word for word: its closed classes read as the English words they stand
    // for, so the request cues below read it as they read English.
    if (gloss !== undefined) {
      for (let i = 0; i < keys.length; i++) {
        const english = closedGloss(gloss, keys[i] ?? '')
        if (english === undefined) continue
        keys[i] = english
        tagsOf[i] = lexiconTags(english)
      }
    }

    // A language written without spaces: its request forms and pronouns found inside the clause,
    // read after it as the English words they stand for.
    const inside = keys.flatMap((key) => closedWordsInside(options.language, key))
    for (const english of inside) {
      keys.push(english)
      tagsOf.push(lexiconTags(english))
    }
    const glossed = gloss !== undefined || inside.length > 0

    // The form of a request.
    const requests: string[] = []
    let lead = 0
    while (lead < keys.length && LEAD_WORDS.has(keys[lead] ?? '')) lead++
    const first = keys[lead] ?? ''
    const second = keys[lead + 1] ?? ''
    const english = (options.language ?? 'en') === 'en' || glossed
    const isListener = (key: string) => LISTENER.has(key) || (!english && LISTENER_OTHER.has(key))
    const isSpeaker = (key: string) =>
      SPEAKER.has(key) ||
      (!english && (SPEAKER_OTHER.has(key) || /^(?:j'|m')/u.test(key) || /-moi$/u.test(key)))
    if (sentence.isQuestion) requests.push('question')
    if (!english && MODALS_OTHER.has(first)) requests.push('modal-you')
    if (!english && keys.some((k) => PLEASE_OTHER.has(k))) requests.push('imperative')
    // "proszę", "tolong", "lütfen": please said anywhere in a glossed language's request.
    if (glossed && keys.includes('please')) requests.push('imperative')
    // "ayarlayabilir misiniz" ("arrange-could you"), "Dus zou u…": a modal before the listener
    // wherever it falls in a glossed sentence.
    if (
      glossed &&
      !requests.includes('modal-you') &&
      keys.some((k, i) => i > lead && MODALS.has(k) && LISTENER.has(keys[i + 1] ?? ''))
    ) {
      requests.push('modal-you')
    }
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
    let collective = false
    let money = false
    let time = false
    let needWe = false
    let needMe = false
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] ?? ''
      const tags = tagsOf[i] ?? []
      if (isListener(key)) {
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
      if (isSpeaker(key)) {
        speaker = true
        // "my CV", "my number", "my shop": something of the speaker's own in the sentence.
        const next = tagsOf[i + 1] ?? []
        if (key === 'my' && next.some((t) => t === 'Noun' || t === 'Singular' || t === 'Plural'))
          emit('f:my-noun')
        // "introduce me", "for me", "send me": the speaker as the one who receives.
        if (key === 'me' && i > 0) {
          const before = tagsOf[i - 1] ?? []
          if (before.includes('Preposition')) emit('f:to-me')
          else if (before.includes('Infinitive') || NOUN_VERBS.has(keys[i - 1] ?? ''))
            emit('f:verb-me')
        }
      }
      if (COLLECTIVE.has(key) || (!english && COLLECTIVE_OTHER.has(key))) collective = true
      // Whose need: "we need", "we'd love" against "I need", "I'd love".
      const collectiveSubject = COLLECTIVE_SUBJECT.has(key)
      if (collectiveSubject || SINGULAR_SUBJECT.has(key)) {
        if (wantSoonAfter(keys, i)) {
          if (collectiveSubject) needWe = true
          else needMe = true
        }
      }
      // "send her to me", "introduce them": a third person as the object of a request's verb.
      if (THIRD_PARTY.has(key) && i > 0) {
        const before = tagsOf[i - 1] ?? []
        if (before.includes('Infinitive') || NOUN_VERBS.has(keys[i - 1] ?? '')) {
          emit('f:verb-them')
        }
      }
      // "who need work", "who'd want one": people named by what they need.
      if ((key === 'who' || key === "who'd") && i > 0) {
        if (wantSoonAfter(keys, i, true)) emit('f:who-need')
      }
      if (CURRENCY_OTHER.has(key)) emit('f:currency')
      if (SPEAKER_SUBJECT.has(key) && wantSoonAfter(keys, i)) requests.push('self-want')
      const next = keys[i + 1] ?? ''
      if (
        (key === 'if' || (!english && IF_OTHER.has(key))) &&
        (isListener(next) || /^any/u.test(next) || ANYONE.test(next))
      ) {
        requests.push('if-you')
      }
      if (ANYONE.test(key)) emit('f:anyone')
      if (TURN_WORDS.has(key) || (key === 'by' && next === 'the' && keys[i + 2] === 'way')) {
        emit('f:turn')
      }
      if (GAIN_WORDS.has(key)) emit('f:gain')
      // "teachers who…", "managers who hate plastic": people named by what they care about.
      if ((key === 'who' || key === 'that') && i > 0 && isPersonNoun(keys[i - 1] ?? '')) {
        emit('f:people-who')
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
    // "costs", "cuesta", "kostet": what something costs, said in any of the languages read.
    if (keys.some((k) => COST_VERBS.has(k))) {
      emit('f:cost')
      if (tokens.includes('<num>')) emit('x:cost&num')
    }
    // Support asked for the speaker's own work: votes, reviews, streams, follows.
    const promo = keys.some((k) => PROMO_VERBS.has(k))
    if (promo) {
      emit('f:promo')
      if (speaker || keys.some((k) => k === 'us' || k === 'our')) emit('x:promo&own')
      if (listener) emit('x:promo&you')
    }
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]
      if (token !== '<num>') continue
      const next = tokens[i + 1] ?? ''
      const prev = tokens[i - 1] ?? ''
      // A price said in words: "twenty-four ninety-nine", "it's twelve hundred", "only 397".
      if (next === '<num>') emit('f:num-run')
      if (PRICE_BEFORE.has(prev)) emit('f:num-after-be')
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
    if (collective) emit('f:we')
    if (collective && !speaker) emit('f:we-only')
    if (needWe) emit('f:need-we')
    if (needMe) emit('f:need-me')
    if (needWe) emit(`s:${stage}&need-we`)
    if (needMe) emit(`s:${stage}&need-me`)
    if (collective && !speaker && requests.length > 0) emit(`s:${stage}&request&we-only`)
    if (listener && speaker) emit('f:you-me')
    if (speaker && names.has('f:gain')) emit('f:gain-me')
    if (tokens.includes('<cur>')) {
      money = true
      emit('f:currency')
    }
    // Whose money: the group's, the speaker's, or money said with no request at all.
    if (money) {
      if (collective && !speaker) emit('x:money&we-only')
      if (speaker) emit('x:money&me')
      if (needWe) emit('x:money&need-we')
      if (needMe) emit('x:money&need-me')
      if (requests.length === 0 && !listener) emit('x:money&no-ask')
    }
    // Where the sentence sits: a trade is often the last line, after the story.
    const last = index === scanned.sentences.length - 1
    if (last) emit('f:last')

    // Requests, alone, crossed with what they are about, and with the stage.
    for (const request of new Set(requests)) {
      emit(`r:${request}`)
      emit(`s:${stage}&${request}`)
      if (speaker) emit(`x:${request}&me`)
      if (money) emit(`x:${request}&money`)
      if (time) emit(`x:${request}&time`)
      if (listener && speaker) emit(`x:${request}&you-me`)
      if (listener && speaker) emit(`s:${stage}&${request}&you-me`)
      if (last) emit(`x:${request}&last`)
      if (names.has('f:turn')) emit(`x:${request}&turn`)
      if (names.has('f:people-who')) emit(`x:${request}&people-who`)
      if (names.has('f:anyone')) emit(`x:${request}&anyone`)
      if (collective && !speaker) emit(`x:${request}&we-only`)
      if (names.has('f:verb-them')) emit(`x:${request}&them`)
      if (names.has('f:who-need')) emit(`x:${request}&who-need`)
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

/**
 * The whole pitch's word unigrams and pitch-level features, kept apart from the sentences' own
 * weights (prefix `w:`): the pooled model's pitch-level part, which hears what a pitch is about
 * across its sentences.
 */
export function wholeFeatures(input: ScannedText, options: FeatureOptions = {}): number[] {
  return wholeOf(featureNames(input, { ...options, bigrams: false }))
}

function wholeOf(names: ReadonlyArray<{ sentence: number; name: string }>): number[] {
  const set = new Set<number>()
  for (const { sentence, name } of names) {
    if (sentence >= 0 && !name.startsWith('u:')) continue
    set.add(hashFeature(`w:${name}`))
  }
  return [...set]
}

/** One sentence's bag of features for the pooled model (ask-train.ts `trainPooled`). */
export type SentenceBag = Span & { indices: number[] }

// Cue features a sentence lends its neighbours: "Know anyone? Send them my way." asks across two.
const CUE_PREFIXES = ['r:', 'f:', 'x:', 'g:']

/**
 * The pitch as bags of features, one per sentence: the sentence's own features, the whole
 * pitch's (stage, language), its neighbours' cues, and `rule:fired` when a rule's span lies in it.
 */
export function sentenceBags(
  input: ScannedText,
  options: FeatureOptions & { ruleSpans?: readonly Span[] | undefined } = {},
): SentenceBag[] {
  return pooledFeatures(input, options).bags
}

/**
 * Both parts of the pooled model's reading, from one pass over the pitch: the sentences' bags
 * (`sentenceBags`) and the whole pitch's features (`wholeFeatures`, the same indices).
 */
export function pooledFeatures(
  input: ScannedText,
  options: FeatureOptions & { ruleSpans?: readonly Span[] | undefined } = {},
): { bags: SentenceBag[]; whole: number[] } {
  const scanned = readable(input)
  const all = featureNames(scanned, options)
  const whole: string[] = []
  const own = new Map<number, string[]>()
  for (const { sentence, name } of all) {
    if (sentence < 0) {
      whole.push(name)
      continue
    }
    let names = own.get(sentence)
    if (names === undefined) {
      names = []
      own.set(sentence, names)
    }
    names.push(name)
  }
  const cues = (index: number, prefix: string): string[] =>
    (own.get(index) ?? [])
      .filter((name) => CUE_PREFIXES.some((p) => name.startsWith(p)))
      .map((name) => `${prefix}${name}`)
  const bags: SentenceBag[] = []
  for (const [index, names] of [...own.entries()].sort((a, b) => a[0] - b[0])) {
    const sentence = scanned.sentences[index]
    if (sentence === undefined) continue
    const set = new Set<number>()
    for (const name of [...names, ...whole, ...cues(index - 1, 'p:'), ...cues(index + 1, 'n:')]) {
      set.add(hashFeature(name))
    }
    if (
      options.ruleSpans?.some((span) => span.start < sentence.end && span.end > sentence.start) ===
      true
    ) {
      set.add(hashFeature('rule:fired'))
    }
    bags.push({ start: sentence.start, end: sentence.end, indices: [...set] })
  }
  return { bags, whole: wholeOf(all) }
}
