// The pitch coach: plain-language checks that nudge a pitch from a trade towards a "why".
// Heuristics over word lists, not a language model: each check explains itself and marks the
// words that triggered it, so the person can judge the advice instead of obeying a score.

import { PITCH_WORD_RANGE } from '../pitch/pitch-lengths'
import type { CoachMessages } from './coach-messages'
import { isSituation, isStage, type Situation, type Stage } from '../pitch/answers'
import {
  BENEFICIARIES,
  CARES_AFTER,
  CORPORATE_AFTER_OUR,
  CORPORATE_AFTER_WE,
  CORPORATE_AFTER_WE_CONTRACTED,
  CORPORATE_AFTER_WE_HAVE,
  CORPORATE_BEFORE,
  CREDENTIALS,
  CURRENCY_AMOUNT,
  DEFINITION_OPENING,
  FIRST_PERSON_INSIDE,
  FIRST_PERSON_SINGULAR,
  FIRST_PERSON_SUBJECT,
  IN_RETURN,
  INTRO_OPENING,
  JARGON,
  MONEY_IN_WORDS,
  NAME_OPENING,
  NOTHING_BEFORE,
  ORGANISATION_OPENING,
  PRICE_AFTER,
  PRICE_BEFORE,
  QUALIFYING_QUESTION,
  REQUEST_QUESTION,
  SELF_GAIN,
  SELF_NEEDS,
  STOP_WORDS,
  THEME_OPENING,
  TITLE_IN_OPENING,
  TRANSACTIONAL_ALWAYS,
  TRANSACTIONAL_SEEKING,
  WHY_MARKERS,
} from './coach-lexicon'
import {
  findSpans,
  mergeSpans,
  scanText,
  sentenceWords,
  type ScannedText,
  type Span,
  type Word,
} from './coach-text'
import { speakingSeconds } from '../text/text'
import { findTrade } from './coach-ask'
import { detectLanguage, writesLettersEnglishDoesNot } from '../language/detect-language'
import { languageDisplayName } from '../language/display-name'
import { spokenWords } from '../text/spoken-words'
import { lexiconTags, namesPeopleOrByEnding, namesPersonNoun } from '../language/lexicon'
import { scoreAsk, tradeVerdict } from './ask-model'
import { selfPromotionAsk } from './ask-self-promotion'
import { salesCall } from './ask-sales-call'
import { withoutOthersWords } from './others-words'

export const CHECK_IDS = [
  'theme-first',
  'we',
  'question',
  'core-word',
  'why',
  'transactional',
  'self-focus',
  'jargon',
  'length',
] as const
export type CheckId = (typeof CHECK_IDS)[number]

export type { Span } from './coach-text'

export type PitchCheck = {
  id: CheckId
  ok: boolean
  message: string
  /** Character ranges in the reviewed text behind a failing check; empty when it passes. */
  spans: Span[]
  /**
   * True when the check reads English and the pitch is in another language: it neither passes
   * nor fails the pitch, and its message says so (`ok` stays true so it is not counted against).
   */
  notRead?: boolean
}

export type PitchReview = {
  wordCount: number
  speakingSeconds: number
  checks: PitchCheck[]
  /** The pitch's language as a BCP 47 tag ('en', 'es', 'fr', 'de', …); 'en' when unsure. */
  language: string
}

/** Checks that read English words; in another language they say so instead of judging. */
const ENGLISH_CHECKS: ReadonlySet<CheckId> = new Set([
  'theme-first',
  'we',
  'why',
  'self-focus',
  'jargon',
])
/** How much of the text language detection reads: a pitch's worth is plenty. */
const LANGUAGE_SAMPLE_CHARS = 2_000

export type CoachContext = { stage?: string; situation?: string }

/** The spoken 30-second pitch, at about 150 words a minute. */
// One source for the pitch's length (pitch-lengths.ts, which the composer writes to); the coach
// is gentler with a pitch a person wrote: a few words short, or up to about 45 seconds aloud.
export const PITCH_MIN_WORDS = PITCH_WORD_RANGE.pitch.min - 5
export const PITCH_MAX_WORDS = PITCH_WORD_RANGE.pitch.max + 30

// Self-focus: how many first-person words, and what share of all words, crowd the cause out when
// nobody else is named.
const SELF_MIN_COUNT = 6
const SELF_MIN_SHARE = 0.1
// Past this share, "I" and "my" crowd the cause out even when others are named.
const SELF_CROWDED_SHARE = 0.2
const CREDENTIALS_MIN = 2

// Past this size the text is not a pitch any more; the review still answers, on the first part,
// so a stray paste cannot make typing sluggish.
const MAX_REVIEWED_CHARS = 200_000

type Outcome = { ok: boolean; spans: Span[]; variant?: string }

type Messages = CoachMessages

/**
 * Reviews a spoken pitch, in the words it is given (the catalog for the person's language). Pure
 * and total: any string gives a review, and every span lies inside the text.
 */
export function reviewPitch(text: string, context: CoachContext, messages: Messages): PitchReview {
  const safeText = typeof text === 'string' ? text : ''
  const reviewed =
    safeText.length > MAX_REVIEWED_CHARS ? safeText.slice(0, MAX_REVIEWED_CHARS) : safeText
  const wordCount = spokenWords(safeText)
  const seconds = speakingSeconds(wordCount)
  const scanned = scanText(reviewed)
  const situation = isSituation(context.situation) ? context.situation : undefined
  const stage = isStage(context.stage) ? context.stage : undefined

  const language = detectPitchLanguage(reviewed)
  const english = language === 'en'

  const purposes = new Purposes(scanned.folded)
  // (Scanned again only when someone else's quoted words were blanked for the trade check.)
  const traded = withoutOthersWords(reviewed)
  const heard = traded === reviewed ? scanned : scanText(traded)
  const transactional = checkTrade(
    heard,
    heard === scanned ? purposes : new Purposes(heard.folded),
    stage,
    language,
  )
  const people = english ? findPeople(scanned) : []
  const outcomes: Record<CheckId, Outcome> = {
    'theme-first': checkThemeFirst(scanned),
    we: checkWe(scanned),
    question: checkQuestion(scanned, transactional.spans),
    'core-word': checkCoreWord(scanned),
    why: checkWhy(scanned, purposes, people, transactional.spans),
    transactional,
    'self-focus': checkSelfFocus(scanned, people),
    jargon: checkJargon(scanned),
    length: checkLength(scanned, wordCount),
  }

  const checks = CHECK_IDS.map((id): PitchCheck => {
    if (!english && ENGLISH_CHECKS.has(id)) {
      return {
        id,
        ok: true,
        notRead: true,
        message: fill(messages.notEnglish, { language: languageName(language, messages) }),
        spans: [],
      }
    }
    const outcome = outcomes[id]
    return {
      id,
      ok: outcome.ok,
      message: describe(id, outcome, { wordCount, seconds, situation, stage }, messages),
      spans: outcome.ok ? [] : clampSpans(outcome.spans, safeText.length),
    }
  })
  return { wordCount, speakingSeconds: seconds, checks, language }
}

/**
 * The pitch's language. Short texts fool any detector, so a pitch whose words are largely English
 * function words is English whatever the detector says; a pitch mixing a few Spanish or German
 * words into English sentences is read as English too.
 */
export function detectPitchLanguage(text: string): string {
  const sample = text.slice(0, LANGUAGE_SAMPLE_CHARS)
  const words = sample.toLowerCase().match(/[\p{L}']+/gu) ?? []
  if (words.length === 0) return 'en'
  const english = words.filter((word) => ENGLISH_FUNCTION_WORDS.has(word)).length
  // ("I 2020 tok jeg med meg farfar… Hva betyr det for deg?": "i", "for", "at" are Norwegian
  // too; letters English never writes ask for more English words before the detector is ignored.)
  // ("Csak azt tudom, hogy a Balatonnál a halászok…": the Hungarian "a" is not English either.)
  const share =
    /[æøåäöüßñçãõœ]/iu.test(sample) || writesLettersEnglishDoesNot(sample)
      ? FOREIGN_LETTERS_ENGLISH_SHARE
      : ENGLISH_SHARE
  if (english / words.length >= share) return 'en'
  try {
    return detectLanguage([sample])
  } catch {
    return 'en'
  }
}

const ENGLISH_SHARE = 0.12
// (An English pitch says a function word every second or third word, a name like Søren or all.)
const FOREIGN_LETTERS_ENGLISH_SHARE = 0.3
// (Not "a", "in", "me", "do": Spanish, Italian and Portuguese say them as often as English does,
// and six of them in an Italian pitch of fifty words made it English. English's own short words
// stand in for them, so a pitch in notes, "Dogs in prisons. … What did a dog ever teach you?",
// stays English.)
const ENGLISH_FUNCTION_WORDS = new Set(
  (
    "the and to of an is it that i you we my our for with on at this be are was it's i'm " +
    'they their he she his her us your what who how when not but so if have has had does ' +
    "don't can could would will there from about just all one did get got were been than them " +
    'these those which should up out now'
  ).split(' '),
)

function languageName(tag: string, messages: Messages): string {
  const names: Record<string, string> = messages.languageNames
  return names[tag] ?? languageDisplayName(tag, messages.locale) ?? messages.languageNames.other
}

/**
 * Reviews the invitation line said once the listener leans in. Only the trade check applies: an
 * invitation is an ask by nature, and the point is that it asks people who care, not customers.
 */
export function reviewInvitation(
  text: string,
  context: CoachContext,
  messages: Messages,
): PitchCheck {
  const safeText = typeof text === 'string' ? text : ''
  const reviewed =
    safeText.length > MAX_REVIEWED_CHARS ? safeText.slice(0, MAX_REVIEWED_CHARS) : safeText
  const scanned = scanForTrade(reviewed)
  const situation = isSituation(context.situation) ? context.situation : undefined
  const stage = isStage(context.stage) ? context.stage : undefined
  const outcome = checkTransactional(scanned, new Purposes(scanned.folded), stage)
  const wordCount = spokenWords(safeText)
  return {
    id: 'transactional',
    ok: outcome.ok,
    message: describe(
      'transactional',
      outcome,
      { wordCount, seconds: speakingSeconds(wordCount), situation, stage },
      messages,
    ),
    spans: outcome.ok ? [] : clampSpans(outcome.spans, safeText.length),
  }
}

/**
 * The pitch as the trade check reads it: someone else's words quoted in a story are not the
 * speaker's request (offsets unchanged). The training script reads pitches the same way.
 */
export function scanForTrade(text: string): ScannedText {
  return scanText(withoutOthersWords(text))
}

/**
 * The hand-written trade rules alone, without the trained model: for the training script, which
 * weighs the rules against the model by cross-validation.
 */
export function tradeByRules(text: string, stage?: string): Span[] {
  const scanned = scanForTrade(typeof text === 'string' ? text.slice(0, MAX_REVIEWED_CHARS) : '')
  const known = isStage(stage) ? stage : undefined
  return checkTransactional(scanned, new Purposes(scanned.folded), known).spans
}

function clampSpans(spans: readonly Span[], length: number): Span[] {
  return mergeSpans(
    spans.map((s) => ({ start: Math.max(0, s.start), end: Math.min(length, s.end) })),
  ).filter((s) => s.start < s.end)
}

// ---------------------------------------------------------------------------------------------
// The checks

function firstSentenceText(scanned: ScannedText): { text: string; start: number } | undefined {
  const first = scanned.sentences[0]
  if (first === undefined) return undefined
  return { text: scanned.folded.slice(first.start, first.end), start: first.start }
}

function checkThemeFirst(scanned: ScannedText): Outcome {
  const opening = firstSentenceText(scanned)
  if (opening === undefined) return { ok: false, spans: [] }
  if (THEME_OPENING.test(opening.text)) return { ok: true, spans: [] }

  const spans: Span[] = []
  for (const pattern of [INTRO_OPENING, NAME_OPENING, ORGANISATION_OPENING, DEFINITION_OPENING]) {
    const match = pattern.exec(opening.text)
    // "My grandpa opened the store in 1952": a moment with a verb in it, not "my store" named.
    // "My grandma's pill app kept logging her out": someone else's thing, in a moment.
    const someoneElses =
      pattern === ORGANISATION_OPENING &&
      match !== null &&
      (hasPastVerb(match[0]) || personsThing(match[0]))
    if (match !== null && !someoneElses) {
      spans.push({
        start: opening.start + match.index,
        end: opening.start + match.index + match[0].length,
      })
    }
  }
  // A title counts against the opening when it is the speaker's ("I'm a senior engineer", "As a
  // certified coach, I…"), not when it is someone in the moment ("watching my father, a retired
  // engineer, waltz", "a recruiter asked me") or other people ("a third of our senior engineers").
  for (const span of findSpans(opening.text, TITLE_IN_OPENING)) {
    const before = opening.text.slice(0, span.start)
    const opensAs =
      /^as\s/iu.test(opening.text.slice(span.start)) &&
      /^[\s,]*(?:(?:so|well|ok|okay)[\s,]+)?$/iu.test(before)
    if (opensAs || SPEAKER_BEFORE_TITLE.test(before)) {
      spans.push({ start: opening.start + span.start, end: opening.start + span.end })
    }
  }
  return { ok: spans.length === 0, spans }
}

function personsThing(phrase: string): boolean {
  return phrase
    .toLowerCase()
    .split(/\s+/u)
    .some((word) => /['’]s$/u.test(word) && namesPersonNoun(word.replace(/’/gu, "'")))
}

function hasPastVerb(phrase: string): boolean {
  return phrase
    .toLowerCase()
    .split(/\s+/u)
    .some((word) => lexiconTags(word).includes('PastTense'))
}

// The speaker saying what they are, just before the title ("I'm a…", "I've been a…").
const SPEAKER_BEFORE_TITLE =
  /(?<![\p{L}'])(?:i'?m|i am|im|i was|i'?ve been|i have been|i work as|i worked as|being|my (?:job|role|title) is)\s+$/iu

const WE_WORDS = new Set([
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

function checkWe(scanned: ScannedText): Outcome {
  const corporate: Span[] = []
  let shared = 0
  for (const word of scanned.words) {
    if (!WE_WORDS.has(word.key)) continue
    if (isCorporateWe(scanned.folded, word.key, word.start, word.end)) {
      corporate.push({ start: word.start, end: word.end })
    } else {
      shared++
    }
  }
  return { ok: shared > 0, spans: corporate }
}

function isCorporateWe(text: string, key: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 20), start)
  if (CORPORATE_BEFORE.test(before)) return true
  const after = text.slice(end, end + 60)
  if (key === 'we') return CORPORATE_AFTER_WE.test(after)
  if (key === "we're") return CORPORATE_AFTER_WE_CONTRACTED.test(after)
  if (key === "we've") return CORPORATE_AFTER_WE_HAVE.test(after)
  if (key === 'our') return CORPORATE_AFTER_OUR.test(after)
  return false
}

function checkQuestion(scanned: ScannedText, tradeSpans: readonly Span[]): Outcome {
  const questions = scanned.sentences.filter((s) => s.isQuestion)
  if (questions.length === 0) return { ok: false, spans: [], variant: 'none' }
  if (questions.length > 1) {
    return {
      ok: false,
      spans: questions.map(({ start, end }) => ({ start, end })),
      variant: 'many',
    }
  }
  const [question] = questions
  if (question === undefined) return { ok: false, spans: [], variant: 'none' }
  const body = scanned.folded.slice(question.start, question.end)
  const asksForTrade = tradeSpans.some((s) => s.start < question.end && s.end > question.start)
  // In a pitch that is already selling, "Do you have a…?" qualifies a prospect.
  const qualifies = tradeSpans.length > 0 && QUALIFYING_QUESTION.test(body)
  if (REQUEST_QUESTION.test(body) || asksForTrade || qualifies) {
    return { ok: false, spans: [{ start: question.start, end: question.end }], variant: 'request' }
  }
  return { ok: true, spans: [] }
}

function stem(key: string): string {
  let word = key.replace(/'s?$/, '')
  if (word.endsWith('ies') && word.length > 4) word = `${word.slice(0, -3)}y`
  else if (word.endsWith('s') && !word.endsWith('ss') && word.length > 3) word = word.slice(0, -1)
  if (word.endsWith('ing') && word.length > 5) word = word.slice(0, -3)
  else if (word.endsWith('ed') && word.length > 4) word = word.slice(0, -2)
  if (word.endsWith('e') && word.length > 3) word = word.slice(0, -1)
  return word
}

const PRONOUNS = new Set([
  'this',
  'that',
  'these',
  'those',
  'them',
  'they',
  'their',
  'there',
  'here',
])

function contentStems(keys: readonly string[]): Set<string> {
  const stems = new Set<string>()
  for (const key of keys) {
    if (key.length < 3 || STOP_WORDS.has(key) || /^\p{N}/u.test(key)) continue
    stems.add(stem(key))
  }
  return stems
}

function checkCoreWord(scanned: ScannedText): Outcome {
  const { sentences } = scanned
  const last = sentences[sentences.length - 1]
  const first = sentences[0]
  if (last === undefined || first === undefined || sentences.length < 2) {
    return { ok: false, spans: last === undefined ? [] : [{ start: last.start, end: last.end }] }
  }
  // The theme may arrive after a moment ("My aunt lost her sight… That's when I saw it was about
  // independence."), so the opening is the first two sentences, or, after a moment told in a few
  // short sentences, the first sentence that starts within the first 45 words.
  const openingSentences = [first]
  // The 45-word window is the limit; a moment told in many very short sentences fits in it too.
  for (const sentence of sentences.slice(1)) {
    if (sentence === last) break
    const startsEarly = sentence.firstWord - first.firstWord < 45
    if (openingSentences.length >= 2 && !startsEarly) break
    openingSentences.push(sentence)
    if (openingSentences.length >= 2 && sentence.endWord - first.firstWord >= 45) break
  }
  const opening = contentStems(
    openingSentences.flatMap((s) => sentenceWords(scanned, s).map((w) => w.key)),
  )
  const closing = contentStems(sentenceWords(scanned, last).map((w) => w.key))
  for (const word of closing) {
    if (opening.has(word)) return { ok: true, spans: [] }
  }
  // "It's about making, really. … It all comes back to making.": a common word is still the core
  // word when the pitch opens on it and its last word is it.
  const lastWord = sentenceWords(scanned, last).at(-1)?.key ?? ''
  const openingWords = new Set(
    openingSentences.flatMap((s) => sentenceWords(scanned, s).map((w) => stem(w.key))),
  )
  if (lastWord.length >= 4 && !PRONOUNS.has(lastWord) && openingWords.has(stem(lastWord))) {
    return { ok: true, spans: [] }
  }
  return { ok: false, spans: [{ start: last.start, end: last.end }] }
}

/**
 * Whether the pitch says who is better off. "So that…" is one way; naming the people who live
 * with the problem and what changes for them ("we kept a hundred families in their homes", "the
 * kids leave with a book") is another, in any construction. A pitch that only names the speaker,
 * or the people they sell to, has not said it yet.
 */
function checkWhy(
  scanned: ScannedText,
  purposes: Purposes,
  people: readonly Word[],
  tradeSpans: readonly Span[],
): Outcome {
  if (purposes.any()) return { ok: true, spans: [] }
  const inTrade = (w: Word) => tradeSpans.some((s) => s.start <= w.start && s.end >= w.end)
  const sentencesWithPeople = new Set<number>()
  for (const person of people) {
    if (inTrade(person) || isSpeakerTitle(scanned.folded, person)) continue
    const index = sentenceIndexOf(scanned, person.start)
    if (index >= 0) sentencesWithPeople.add(index)
  }
  for (const index of sentencesWithPeople) {
    const sentence = scanned.sentences[index]
    if (sentence === undefined) continue
    const body = scanned.folded.slice(sentence.start, sentence.end)
    if (tradeSpans.some((s) => s.start < sentence.end && s.end > sentence.start)) continue
    // Naming the people who live with it, outside a trade and not for the speaker's own gain,
    // says who the work is for, in whatever construction ("we kept a hundred families in their
    // homes", "old folks, no internet, no bank"); a list of change verbs missed too many.
    if (SELF_GAIN_SENTENCE.test(body)) continue
    return { ok: true, spans: [] }
  }
  return { ok: false, spans: [] }
}

/**
 * "I'm a registered nurse", "as kids", "people your age": the person named is not someone else.
 * ("I'm bringing together nurses", "I'm pulling a few people together": a verb, not a title.)
 */
function isSpeakerTitle(text: string, person: Word): boolean {
  const before = text.slice(Math.max(0, person.start - 50), person.start)
  const after = text.slice(person.end, person.end + 12)
  return SPEAKER_TITLE_BEFORE.test(before) || /^\s+(?:your|my) age/iu.test(after)
}
const SPEAKER_TITLE_BEFORE =
  /(?:(?<![\p{L}'])(?:i'?m|i am|i was|i'?ve been|i have been|as|being|became|become|becoming|qualified as|trained as|work as|worked as)\s+(?:(?:an?|the)\s+|(?![\p{L}-]+ing[\s,]))(?:[\p{L}-]+[\s,]+){0,3}|(?<![\p{L}'])as\s+)$/iu

/** A sentence about the speaker's own gain, even when it names other people. */
const SELF_GAIN_SENTENCE =
  /(?<![\p{L}'])(?:my (?:career|cv|resume|portfolio|skills|rates|fees|prices|business|company|brand|clients|customers|sales|following|followers|audience|promotion|pay|salary)|hire me|hiring me|notice (?:me|my)|(?:i|we) (?:sell|charge)|prove (?:\p{L}+ )?wrong|appreciate (?:it|me|my|what i)|see (?:my|what i)|(?:hope|want|wish) (?:i|my))(?![\p{L}'])/iu

/** Nouns for people other than the speaker and the listener, and not the people sold to. */
const NOT_BENEFICIARIES = new Set([
  'clients',
  'client',
  'customer',
  'customers',
  'buyer',
  'buyers',
  'investor',
  'investors',
  'sponsor',
  'sponsors',
  'partner',
  'partners',
  'followers',
  'subscribers',
  'boss',
  'manager',
  'managers',
  'recruiter',
  'recruiters',
  'founder',
  'ceo',
  'director',
  'agent',
  'agents',
  'friend',
  'you',
])

function findPeople(scanned: ScannedText): Word[] {
  return scanned.words.filter(
    (word, i) =>
      !NOT_BENEFICIARIES.has(word.key) &&
      // (namesPeopleOrByEnding reads "chefs", "my nan's" and "arborists" itself; the closed
      // lists, without the 's.)
      (BENEFICIARY_WORD.test(word.key.replace(/'s$/u, '')) ||
        COLLECTIVE_PEOPLE.has(word.key.replace(/'s$/u, '')) ||
        namesPeopleOrByEnding(word.key) ||
        // "Mrs. Goldberg", "Aunty June": a name after a title is someone else in the story.
        TITLES.has(scanned.words[i - 1]?.key ?? '')),
  )
}

// People named as a group or a role the lexicon does not mark as a person: "our night shift",
// "the crew", "a new starter", "every shop owner".
const COLLECTIVE_PEOPLE = new Set([
  'staff',
  'crew',
  'crews',
  'team',
  'teams',
  'shift',
  'shifts',
  'starter',
  'starters',
  'owner',
  'owners',
  'household',
  'households',
  'locals',
  'regulars',
  'retirees',
  'pensioners',
  'nan',
  'gran',
  // "Every winter someone on our street sleeps in the bus shelter."
  'someone',
  'somebody',
])

// A closed class: words that stand before a person's name.
const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'aunty', 'auntie', 'uncle', 'nana'])

const BENEFICIARY_WORD = new RegExp(`^(?:${BENEFICIARIES.join('|')})$`, 'u')

function sentenceIndexOf(scanned: ScannedText, offset: number): number {
  const { sentences } = scanned
  let low = 0
  let high = sentences.length - 1
  while (low <= high) {
    const mid = (low + high) >> 1
    const sentence = sentences[mid]
    if (sentence === undefined) return -1
    if (offset < sentence.start) high = mid - 1
    else if (offset >= sentence.end) low = mid + 1
    else return mid
  }
  return -1
}

/**
 * Where the text says who the work makes things better for. A marker whose clause turns back to
 * the speaker ("so that I can…", "I hope my neighbours appreciate it", "I hope I can prove
 * everyone wrong") does not count. Found in one pass over the text, and only as far as a check
 * needs: `why` stops at the first, the trade check asks about single sentences.
 */
class Purposes {
  private starts: number[] | undefined
  constructor(private readonly text: string) {}

  any(): boolean {
    if (this.starts !== undefined) return this.starts.length > 0
    return this.scan(true).length > 0
  }

  /** Whether a marker starts in [from, to). */
  between(from: number, to: number): boolean {
    this.starts ??= this.scan(false)
    const starts = this.starts
    let low = 0
    let high = starts.length
    while (low < high) {
      const mid = (low + high) >> 1
      if ((starts[mid] ?? Infinity) < from) low = mid + 1
      else high = mid
    }
    return (starts[low] ?? Infinity) < to
  }

  private scan(firstOnly: boolean): number[] {
    const { text } = this
    const starts: number[] = []
    WHY_MARKERS.lastIndex = 0
    let match = WHY_MARKERS.exec(text)
    while (match !== null) {
      if (match[0].length === 0) WHY_MARKERS.lastIndex++
      else if (servesOthers(text, match)) {
        starts.push(match.index)
        if (firstOnly) break
      }
      match = WHY_MARKERS.exec(text)
    }
    return starts
  }
}

function servesOthers(text: string, match: RegExpExecArray): boolean {
  const marker = match[0]
  const end = match.index + marker.length
  if (/^so that$/iu.test(marker)) return !FIRST_PERSON_SUBJECT.test(text.slice(end, end + 12))
  if (!WISH_MARKER.test(marker)) return true
  // "I want people to notice my work" names other people but wishes for the speaker.
  if (SELF_GAIN.test(text.slice(end, end + 120))) return false
  return !FIRST_PERSON_INSIDE.test(marker.replace(WISH_MARKER, ''))
}

const WISH_MARKER =
  /^(?:(?:i|we|they)'d (?:like|love)|hope|hoping|want|wish|would like|would love|dream of|dream that)/iu

/**
 * The trade check: the hand-written rules and the trained model (ask-model.ts), combined as the
 * training script chose by cross-validation. When the rules found the trade, their words are
 * marked; when the model alone hears it, the sentence that weighs most towards a trade is.
 */
function checkTrade(
  scanned: ScannedText,
  purposes: Purposes,
  stage: Stage | undefined,
  language: string,
): Outcome {
  const rules = checkTransactional(scanned, purposes, stage)
  const ruleFired = !rules.ok
  const score = scoreAsk(scanned, { stage, language, ruleFired, ruleSpans: rules.spans })
  if (!tradeVerdict(score, ruleFired, undefined, scanned.words.length, language)) {
    // (A call to buy or book, or in another language an ask for the speaker's own promotion, the
    // model weighed too lightly.)
    const call = salesCall(scanned) ?? selfPromotionAsk(scanned, stage, language)
    return call === undefined ? { ok: true, spans: [] } : { ok: false, spans: [call] }
  }
  if (ruleFired) return rules
  return { ok: false, spans: score.strongest === undefined ? [] : [score.strongest] }
}

/** The hand-written trade rules (coach-ask.ts and the lexicon's phrase lists). */
function checkTransactional(
  scanned: ScannedText,
  purposes: Purposes,
  stage: Stage | undefined,
): Outcome {
  const text = scanned.folded
  const saidAsNone = (m: RegExpExecArray): boolean =>
    !NOTHING_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))
  const spans: Span[] = [
    ...findTrade(scanned, stage),
    // "nothing to sign up for", "never asked for anything in return": said only to be ruled out.
    ...findSpans(text, TRANSACTIONAL_ALWAYS, saidAsNone),
    ...findSpans(text, IN_RETURN, saidAsNone),
    // Seeking is a trade unless the people sought share the cause ("investors who care about…")
    // or the sentence goes on to say whom it serves ("a role on a team that…, so that patients…").
    ...findSpans(text, TRANSACTIONAL_SEEKING, (m) => {
      const end = m.index + m[0].length
      if (CARES_AFTER.test(text.slice(end, end + 80))) return false
      return !purposes.between(end, sentenceEnd(text, end))
    }),
    ...findSpans(text, CURRENCY_AMOUNT, (m) => {
      const end = m.index + m[0].length
      return (
        PRICE_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index)) ||
        PRICE_AFTER.test(text.slice(end, end + 20))
      )
    }),
    // "two hundred pounds for every job", "six hundred a day"; not "two hundred people".
    ...(MONEY_WORD.test(text)
      ? findSpans(text, MONEY_IN_WORDS, (m) => {
          const end = m.index + m[0].length
          const after = text.slice(end, end + 24)
          const counted = CURRENCY_WORD.test(m[0]) || !COUNTED_NOUN_AFTER.test(after)
          return (
            counted &&
            (PRICE_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index)) ||
              PRICE_AFTER.test(after))
          )
        })
      : []),
  ]
  return { ok: spans.length === 0, spans: mergeSpans(spans) }
}

// A cheap test before the money-in-words pattern, which most pitches never need.
const MONEY_WORD = /hundred|thousand|grand|pounds|dollars|euros|quid|bucks/iu
const CURRENCY_WORD = /(?:pounds|dollars|euros|quid|bucks)$/iu
// A number followed by what it counts ("a thousand years", "two hundred people") is not money.
const COUNTED_NOUN_AFTER =
  /^\s+(?!(?:a|an|per|for|you|your|each|off|upfront|up|and|or|to|in|down|deposit|donation|fee|a head)(?![\p{L}]))\p{L}/iu

/** Where the sentence holding `from` ends, looking no further than a few hundred characters. */
function sentenceEnd(text: string, from: number): number {
  const limit = Math.min(text.length, from + 300)
  for (let i = from; i < limit; i++) {
    const ch = text[i]
    if (ch === '.' || ch === '!' || ch === '?' || ch === '\n' || ch === ';') return i
  }
  return limit
}

/**
 * Whether the speaker's needs crowd out the cause. A first-person story ("My son is autistic", "I
 * lost my sight at thirty-four") is what a pitch should carry; what crowds the cause out is a run
 * of the speaker's wants, credentials and career, with nobody else in the picture.
 */
function checkSelfFocus(scanned: ScannedText, people: readonly Word[]): Outcome {
  const credentials = findSpans(scanned.folded, CREDENTIALS)
  const needs = findSpans(scanned.folded, SELF_NEEDS)
  const selfWords: Span[] = []
  for (const word of scanned.words) {
    if (FIRST_PERSON_SINGULAR.has(word.key)) selfWords.push({ start: word.start, end: word.end })
  }
  const total = scanned.words.length
  const others = people.length
  const boasting = credentials.length >= CREDENTIALS_MIN
  const needy =
    needs.length >= SELF_NEEDS_MANY ||
    (needs.length >= SELF_NEEDS_MIN && needs.length + credentials.length > others)
  // Nothing but the speaker: many first-person words and no one else named at all.
  const share = total > 0 ? selfWords.length / total : 0
  const alone =
    selfWords.length >= SELF_MIN_COUNT &&
    ((others === 0 && share >= SELF_MIN_SHARE) || share >= SELF_CROWDED_SHARE)
  if (!boasting && !needy && !alone) return { ok: true, spans: [] }
  return {
    ok: false,
    spans: mergeSpans([...credentials, ...needs, ...(alone ? selfWords : [])]),
  }
}

const SELF_NEEDS_MIN = 2
const SELF_NEEDS_MANY = 3

function checkJargon(scanned: ScannedText): Outcome {
  const spans = findSpans(scanned.folded, JARGON)
  return { ok: spans.length === 0, spans }
}

function checkLength(scanned: ScannedText, wordCount: number): Outcome {
  if (wordCount < PITCH_MIN_WORDS) return { ok: false, spans: [], variant: 'short' }
  if (wordCount <= PITCH_MAX_WORDS) return { ok: true, spans: [] }
  // Mark what runs past the limit, so the person sees where half a minute ends.
  const firstExtra = scanned.words[PITCH_MAX_WORDS]
  const spans =
    firstExtra === undefined ? [] : [{ start: firstExtra.start, end: scanned.folded.length }]
  return { ok: false, spans, variant: 'long' }
}

// ---------------------------------------------------------------------------------------------
// Messages

type Facts = { wordCount: number; seconds: number; situation?: Situation; stage?: Stage }

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  )
}

function describe(id: CheckId, outcome: Outcome, facts: Facts, messages: Messages): string {
  const values = { words: facts.wordCount, seconds: facts.seconds }
  switch (id) {
    case 'question': {
      const m = messages.checks.question
      if (outcome.ok) return m.pass
      const reason =
        outcome.variant === 'many'
          ? m.failMany
          : outcome.variant === 'request'
            ? m.failRequest
            : m.failNone
      return `${reason} ${m.suggestion}`
    }
    case 'length': {
      const m = messages.checks.length
      if (outcome.ok) return fill(m.pass, values)
      return outcome.variant === 'long'
        ? `${fill(m.failLong, values)} ${m.suggestionLong}`
        : `${fill(m.failShort, values)} ${m.suggestionShort}`
    }
    case 'transactional': {
      const m = messages.checks.transactional
      if (outcome.ok) return m.pass
      const tailored =
        facts.stage !== undefined
          ? messages.transactionalByStage[facts.stage]
          : facts.situation !== undefined
            ? messages.transactionalBySituation[facts.situation]
            : m.suggestion
      return `${m.fail} ${tailored}`
    }
    default: {
      const m = messages.checks[id]
      return outcome.ok ? m.pass : `${m.fail} ${m.suggestion}`
    }
  }
}
