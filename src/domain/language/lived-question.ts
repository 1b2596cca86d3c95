// A theme typed as something lived ("being left out", "asking for help", "feeling like a child in
// your own house") asked of the listener in the person's own words: "When did you last feel left
// out?" rather than a stock "When did you last feel that yourself?". The verb forms come from the
// tagger (nlp.ts); the only lists are English's closed classes (pronouns, auxiliaries,
// conjunctions). Pure; never throws.
import { gerundOf, tagTerms, verbFormsOf, type TaggedTerm } from './nlp'

export type LivedQuestion = {
  /**
   * 'done-to': a thing done to a person, with its object ("being asked the wrong question").
   * 'state': a way of being, feeling or having that comes and goes ("feeling invisible", "having
   * someone to call"), asked "When did you last …?"; 'act': a thing done once or for good
   * ("finding your people", "starting again from zero"), asked "Have you ever …?".
   */
  kind: 'state' | 'act' | 'done-to'
  /**
   * The words after "When did you last …" ("feel invisible", "ask for help"), or for a thing done
   * to a person ('done-to') after "When were you last …" ("asked the wrong question").
   */
  plain: string
  /** The words after "Have you ever …" ("felt invisible", "asked for help"). */
  perfect: string
  /** The same, said of all of us, after "Who among us hasn't …" ("felt safe in our own home"). */
  perfectOurs: string
  /**
   * The plain words said of all of us, after "what it is to …" ("feel safe in our own home",
   * "care until there is nothing left").
   */
  plainOurs: string
}

// Longer than this, the question is a paragraph: the stock question is kinder to the ear.
const MAX_WORDS = 12

// The listener is asked about their own life: "looking after our own" → "look after your own".
const TO_YOU: Record<string, string> = {
  we: 'you',
  us: 'you',
  our: 'your',
  ours: 'yours',
  ourselves: 'yourself',
  "we've": "you've",
  "we'd": "you'd",
  "we'll": "you'll",
  "we're": "you're",
  my: 'your',
  me: 'you',
  myself: 'yourself',
  mine: 'yours',
}

// The forms said on both sides of the Atlantic for the tagger's American "gotten", "proven" (the
// participles it leaves out, "come", "borne", are nlp.ts's).
const PARTICIPLE: Record<string, string> = {
  be: 'been',
  get: 'got',
  prove: 'proved',
}

// Ways of being that come and go: asked when they last happened.
const STATE_VERBS = new Set(['being', 'feeling', 'having', 'getting'])
// Ways of going on, not things done once: "Have you ever fit in? Most of us have…", "Have you ever
// come home?", "Have you ever stayed in the conversation?" ask what everyone does daily.
const ONGOING = new Set([
  'staying',
  'fitting',
  'going',
  'coming',
  'seeing',
  'looking',
  'breathing',
  'working',
  'living',
  'keeping',
  'remaining',
  'learning',
  'playing',
  'eating',
  'sleeping',
])
// Knowing and belonging are no moments: "Have you ever known where you come from?" turns the
// want on its head.
const NOT_ASKED = new Set(['knowing', 'belonging', 'understanding', 'healing'])
// "being there when it counts" is no feeling: "When did you last feel there?" says nothing.
const NOT_FELT = new Set(['there', 'here', 'back', 'away', 'around', 'home'])

// A clause inside the theme is told in the past once the question asks when it happened:
// "caring until there is nothing left" → "…until there was nothing left?".
const SUBORDINATE = new Set([
  'when',
  'whenever',
  'while',
  'because',
  'until',
  'till',
  'before',
  'after',
  'if',
  'since',
  'though',
  'although',
])
const PAST_OF: Record<string, string> = {
  is: 'was',
  are: 'were',
  am: 'was',
  "isn't": "wasn't",
  "aren't": "weren't",
  "you're": 'you were',
  "it's": 'it was',
  "there's": 'there was',
  "they're": 'they were',
  "we're": 'you were',
  do: 'did',
  does: 'did',
  "don't": "didn't",
  "doesn't": "didn't",
  has: 'had',
  have: 'had',
  can: 'could',
  "can't": "couldn't",
  will: 'would',
  "won't": "wouldn't",
}

const WORD_END = /[,;:]+$/u
// Words that are prepositions too ("looking after the ones", "after years at the top"): a clause
// only when a subject and its verb follow.
const ALSO_PREPOSITIONS = new Set(['after', 'before', 'since', 'until', 'till', 'like'])

/** Whether a word opens a clause: "when …", "after they tell you", "like you don't matter". */
function opensClause(word: string, next?: TaggedTerm, afterNext?: TaggedTerm): boolean {
  if (ALSO_PREPOSITIONS.has(word)) {
    return (
      (next?.tags.has('Pronoun') ?? false) ||
      ((next?.tags.has('There') ?? false) && (afterNext?.tags.has('Verb') ?? false))
    )
  }
  return SUBORDINATE.has(word)
}

// The tagger often reads a fragment's "-ing" word as a noun or an adjective ("knowing where you
// come from", "missing someone"): a word is a gerund when it is the -ing form of a verb.
function isGerund(word: string): boolean {
  return plainOf(word) !== null
}

/** The plain verb of an -ing word ("loving" → "love", "running" → "run"), or null. */
function plainOf(word: string): string | null {
  if (!/\p{L}{2,}ing$/u.test(word)) return null
  // The tagger's own reading first: its plain form is taken when it spells the word back.
  const read = verbFormsOf(word)?.plain
  const stem = word.slice(0, -3)
  if (read && read !== word && [read, read.replace(/e$/u, ''), read + read.at(-1)].includes(stem)) {
    return read
  }
  const candidates = [stem, `${stem}e`, stem.slice(0, -1)]
  return candidates.find((c) => c !== '' && gerundOf(c) === word) ?? null
}

/** The forms of the verb of an -ing word. */
function formsOfGerund(word: string): { plain: string; past: string; participle: string } | null {
  const plain = plainOf(word)
  const forms = plain === null ? null : verbFormsOf(plain)
  return forms ? { ...forms, participle: PARTICIPLE[forms.plain] ?? forms.participle } : null
}

// Asked again for every opening, length tried and keystroke: each theme is read once.
const asked = new Map<string, LivedQuestion | null>()
const ASKED_LIMIT = 500

/** The listener's question made of a lived theme, or null when the theme is not one. */
/** "fitting in", "coming home safe": a way of going on, which "Have you ever…?" cannot ask. */
export function isOngoing(gerund: string): boolean {
  return ONGOING.has(gerund.trim().split(/\s+/u)[0]?.toLowerCase() ?? '')
}

export function livedQuestion(theme: string): LivedQuestion | null {
  const known = asked.get(theme)
  if (known !== undefined) return known
  const question = livedQuestionUncached(theme)
  if (asked.size >= ASKED_LIMIT) asked.clear()
  asked.set(theme, question)
  return question
}

function livedQuestionUncached(theme: string): LivedQuestion | null {
  // Read with plain apostrophes; said back with the ones the person typed.
  const curly = theme.includes('’')
  const text = theme
    .trim()
    .replace(/[.!?…]+$/u, '')
    .replace(/[’]/gu, "'")
  const question = readQuestion(text)
  if (!question || !curly) return question
  const typed = (said: string) => said.replace(/'/gu, '’')
  return {
    ...question,
    plain: typed(question.plain),
    perfect: typed(question.perfect),
    perfectOurs: typed(question.perfectOurs),
    plainOurs: typed(question.plainOurs),
  }
}

// "Who among us hasn't felt safe in our own home?": the listener's words said of all of us.
export const TO_OURS: Readonly<Record<string, string>> = {
  your: 'our',
  yours: 'ours',
  yourself: 'ourselves',
  yourselves: 'ourselves',
  "you're": "we're",
  "you've": "we've",
  "you'd": "we'd",
  "you'll": "we'll",
}

// One's own mother or grandfather, said with "your" of anyone ("the way your mother would").
const ONE_OF_KIN =
  /^\s*(?:mother|father|mum|mom|mam|dad|grandmother|grandfather|grandma|grandpa|granny|gran|nan|nana|grandad|granddad)\b/iu

/** Whether the words start on one's own kin ("mother…"), after a "your" that is then anyone's. */
export function startsOnKin(text: string): boolean {
  return ONE_OF_KIN.test(text)
}

/**
 * The words said to the listener, said of all of us: "you" before its verb is "we", else "us".
 * Each word is read beside the theme's own term it was made from.
 */
function oursOf(said: readonly string[], terms: readonly TaggedTerm[]): string[] {
  // (Unless another "you" is ours too: "carrying our grandmother's kitchen with us".)
  const alone = said.filter((word) => /^you/iu.test(word)).length === 1
  return said.map((word, i) => {
    const bare = word.toLowerCase().replace(WORD_END, '')
    const end = word.slice(word.replace(WORD_END, '').length)
    // ("the way your mother would": anyone's mother; "our mother" is one woman.)
    if (bare === 'your' && alone && startsOnKin(said[i + 1] ?? '')) return word
    const mapped = TO_OURS[bare]
    if (mapped !== undefined) return mapped + end
    // ("you were", said for "you're" in the past.)
    if (/^you\s/u.test(bare)) return word.replace(/^you/u, 'we')
    if (bare !== 'you') return word
    const next = terms[i + 1]
    // ("having to prove you still count": the tagger files "still" there as an adjective.)
    const subject =
      ['Verb', 'Modal', 'Adverb', 'Copula'].some((t) => next?.tags.has(t)) ||
      /^(?:still|just|really|never|always|only|also|even|actually|truly)$/u.test(next?.normal ?? '')
    return (subject ? 'we' : 'us') + end
  })
}

const FELT_PLACE =
  /^(?:at (?:home|ease|peace|the mercy)|in (?:control|charge|the way|the dark)|on (?:my|our|your|their|his|her) own|out of|on top)\b/iu

function readQuestion(text: string): LivedQuestion | null {
  const words = text.split(/\s+/u).filter(Boolean)
  if (words.length < 2 || words.length > MAX_WORDS + 1) return null
  // A theme about the speaker ("feeling like I failed") is theirs to tell, not the listener's.
  if (words.some((w) => /^i(?:'[a-z]+)?$/iu.test(w.replace(WORD_END, '')))) return null
  if (/[()"“”:;]/u.test(text)) return null
  const terms = tagTerms(text)
  if (terms.length !== words.length) return null
  // "not being forgotten", "not having to face it alone": the listener knows the want by the
  // times it was not met ("When did you last feel forgotten?").
  const negated = /^not$/iu.test(words[0]!) ? 1 : 0
  const first = words[negated]!.toLowerCase()
  if (negated && !STATE_VERBS.has(first)) return null
  if (NOT_ASKED.has(first) || !isGerund(first)) return null
  const restTerms = terms.slice(negated + 1)
  const rest = restToYou(words.slice(negated + 1), restTerms)
  if (rest === null || rest.plain.length === 0) return null
  const ours = oursOf(rest.perfect, restTerms)
  const presentOurs = oursOf(rest.present, restTerms)
  const kind = STATE_VERBS.has(first) ? 'state' : 'act'
  const next = terms[negated + 1]!
  // "being asked the wrong question", "being called stupid": done to a person, with an object
  // ("Have you ever been asked…?"; nobody "felt asked the wrong question").
  const doneWithObject =
    first === 'being' &&
    (next.tags.has('PastTense') || next.tags.has('Participle')) &&
    (['Determiner', 'Pronoun', 'Adjective', 'Possessive', 'Noun'].some((t) =>
      terms[negated + 2]?.tags.has(t),
    ) ||
      // "being made to feel stupid": done to a person, and felt in the words after ("When were
      // you last made to feel stupid?"; "feel made to feel stupid" says it twice). ("being
      // allowed to play" is felt: "When did any of us last feel allowed to play?")
      (terms[negated + 2]?.normal === 'to' &&
        /^feel$/u.test(terms[negated + 3]?.normal ?? '') &&
        !next.tags.has('Adjective')))
  // ("When were you last sent home and feel alone?" mixes two frames.)
  if (doneWithObject && rest.coordinated) return null
  if (doneWithObject) {
    return {
      kind: 'done-to',
      plain: rest.plain.join(' '),
      perfect: ['been', ...rest.perfect].join(' '),
      perfectOurs: ['been', ...ours].join(' '),
      plainOurs: ['be', ...presentOurs].join(' '),
    }
  }
  if (first === 'being' || first === 'feeling') {
    if (first === 'being' && NOT_FELT.has(next.normal)) return null
    // "being with someone at the end", "being in the room": where a person is, not what they
    // feel ("When did any of us last feel with someone…" was asked); "at home", "in control" are.
    if (
      first === 'being' &&
      next.tags.has('Preposition') &&
      !FELT_PLACE.test(words.slice(negated + 1, negated + 4).join(' '))
    ) {
      return null
    }
    // "not being able to take the first step" names what goes wrong, not a want: "When did you
    // last feel unable to take the first step?" ("…feel able to…" asked the opposite).
    const unable = (said: readonly string[]) =>
      negated && next.normal === 'able' ? ['unable', ...said.slice(1)] : said
    // "being a burden" → "feel like a burden".
    const like =
      first === 'being' && (next.tags.has('Determiner') || next.tags.has('Possessive'))
        ? ['like']
        : []
    return {
      kind,
      plain: ['feel', ...like, ...unable(rest.plain)].join(' '),
      perfect: ['felt', ...like, ...unable(rest.perfect)].join(' '),
      perfectOurs: ['felt', ...like, ...unable(ours)].join(' '),
      plainOurs: ['feel', ...like, ...unable(presentOurs)].join(' '),
    }
  }
  const forms = formsOfGerund(first)
  if (!forms) return null
  return {
    kind,
    plain: [forms.plain, ...rest.plain].join(' '),
    perfect: [forms.participle, ...rest.perfect].join(' '),
    perfectOurs: [forms.participle, ...ours].join(' '),
    plainOurs: [forms.plain, ...presentOurs].join(' '),
  }
}

const SECOND_TIME = /^(?:still|also|always|never|just|really|even|then|again)$/u

/**
 * The words after the theme's first verb, said to the listener, in the question's two forms; null
 * when they hold what no question can carry ("having something to say and nobody listening").
 */
function restToYou(
  words: readonly string[],
  terms: readonly TaggedTerm[],
): { plain: string[]; perfect: string[]; present: string[]; coordinated: boolean } | null {
  let coordinated = false
  const plain: string[] = []
  const perfect: string[] = []
  // (As typed, in the present: no clause told in the past.)
  const present: string[] = []
  let inClause = false
  for (const [i, word] of words.entries()) {
    const term = terms[i]!
    const bare = word.toLowerCase().replace(WORD_END, '')
    const end = word.slice(word.replace(WORD_END, '').length)
    const before = terms[i - 1]
    if (opensClause(bare, terms[i + 1], terms[i + 2])) {
      inClause = true
    }
    // ("being gone and still belonging somewhere": a second thing lived, after a word of time, is
    // no thing named; "When did you last feel gone and still belonging…?" is no English.)
    if (
      /\p{L}{2,}ing$/u.test(bare) &&
      SECOND_TIME.test(before?.normal ?? '') &&
      terms[i - 2]?.normal === 'and'
    ) {
      return null
    }
    const noun = ['Determiner', 'Possessive', 'Adjective'].some((t) => before?.tags.has(t))
    if (!noun && isGerund(bare)) {
      // "looking in the mirror and seeing yourself": a second thing lived, in the same form.
      if (before?.normal === 'and' && !inClause) {
        const forms = formsOfGerund(bare)
        if (!forms) return null
        plain.push(forms.plain + end)
        perfect.push(forms.participle + end)
        present.push(forms.plain + end)
        coordinated = true
        continue
      }
      // "without leaving a mess", "after doing everything right": after a preposition it stays.
      if (i > 0 && !before?.tags.has('Preposition') && !SUBORDINATE.has(before?.normal ?? '')) {
        return null
      }
      plain.push(word)
      perfect.push(word)
      present.push(word)
      continue
    }
    const toYou = TO_YOU[bare]
    let said = toYou !== undefined ? toYou + end : word
    present.push(said)
    // "what you could do": after a modal or "to" the verb keeps its plain form.
    const plainAfter =
      before?.normal === 'to' ||
      ['Modal', 'Auxiliary', 'Negative'].some((t) => before?.tags.has(t)) ||
      /n['’]t$/u.test(words[i - 1] ?? '')
    if (inClause && !plainAfter) {
      const shifted = PAST_OF[bare]
      if (shifted !== undefined) said = shifted + end
      else if (
        // ("you've" is a subject and its verb: said as typed.)
        /^\p{L}+$/u.test(bare) &&
        term.tags.has('Verb') &&
        term.tags.has('PresentTense') &&
        !term.tags.has('Gerund')
      ) {
        const forms = verbFormsOf(bare)
        if (forms) said = forms.past + end
      }
    }
    plain.push(said)
    perfect.push(said)
  }
  return { plain, perfect, present, coordinated }
}
