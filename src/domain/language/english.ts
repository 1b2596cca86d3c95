// Reading an English answer the way a coach would before putting it in a sentence: what form it
// has (a question, a clause, a gerund, a noun phrase, several sentences), how it should be cased
// (shouting and Title Case undone, names and acronyms kept), and where a long one can be cut.
// The grammar comes from the tagger (nlp.ts); the only word lists here are the lead-ins a person
// types that a sentence stem already says. Pure; never throws.
import { countWords, normalizeText } from '../text/text'
import { GREEK_QUESTION } from '../text/greek-question'
import { languageNameWords } from './language-names'
import { lexiconTags, readsAsVerbToo } from './lexicon'
import { onlyDescribes, tagTerms, type TaggedTerm } from './nlp'

// Words the lexicon knows as dates, places or peoples ("ukrainian", "nigerian"): they keep a
// capital even when typed in lower case.
const DATE_PLACE_OR_PEOPLE = ['WeekDay', 'Month', 'Holiday', 'Country', 'City', 'Region', 'Demonym']
const CONTINENTS = /^(?:africa|asia|europe|americas|antarctica|oceania|australasia)$/u
const FEASTS =
  /^(?:christmas|easter|ramadan|eid|diwali|hanukkah|chanukah|passover|pesach|thanksgiving|halloween|chuseok|hogmanay|kwanzaa|navratri|vesak|nowruz|songkran|purim)$/u
// Words after which a name is said: "called", "named", "my cousin", "our neighbour".
const NAME_BEFORE =
  /\b(?:called|named|cousin|friend|mate|buddy|brother|sister|son|daughter|uncle|aunt|auntie|nephew|niece|neighbou?r|boss|colleague|husband|wife|partner|grandson|granddaughter|patient|client|student|pupil|dog|cat|lad|guy|girl|boy|lady|man|woman|year)\s*,?\s+$/iu

export type AnswerForm = 'empty' | 'question' | 'clause' | 'gerund' | 'verb-phrase' | 'noun-phrase'

export type ReadAnswer = {
  /** The answer cased and punctuated for the middle of a sentence, without a final stop. */
  text: string
  form: AnswerForm
  /** The answer's own sentences, each cased as a sentence and ending in its punctuation. */
  sentences: string[]
  words: number
  /** The first sentence as said inside a stem: first word lowered unless a name, no stop. */
  head: string
}

const memo = new Map<string, ReadAnswer>()
const MEMO_LIMIT = 2000
// The lead-in and question-word lists are the same few arrays on every reading: each is joined
// into the memo's key once.
const joinedLists = new WeakMap<readonly string[], string>()

function joined(list: readonly string[]): string {
  let known = joinedLists.get(list)
  if (known === undefined) {
    known = list.join('|')
    joinedLists.set(list, known)
  }
  return known
}

// An emoji with its skin tone, joiners, variation selector or keycap, as one run (alternatives,
// not a character class: a class would split joined sequences).
// (Flags are pairs of regional letters, not pictographs: "made by real Jamaicans 🇯🇲".)
const EMOJI = String.raw`(?:\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}]|[\u{1F1E6}-\u{1F1FF}]|\u200d|\ufe0f|\u20e3)`
const EMOJI_BETWEEN_WORDS = new RegExp(
  String.raw`(?<=[\p{L}\p{N}])\s*(?:${EMOJI}+\s*)+(?=(\p{L}))`,
  'gu',
)
const EMOJI_RUN = new RegExp(`${EMOJI}+`, 'gu')

const PUNCT_RUN = /([.,;:!?])(?:\s*[.,;:!?])+/gu

/** A run of stops said once; "at 6 a.m., stood…": an abbreviation's stop keeps its comma. */
function collapsePunctuation(run: string, first: string, offset: number, whole: string): string {
  // ("Step Free Co., ramps fitted in a day": so does a company's.)
  if (
    /^\.\s*,$/u.test(run) &&
    (/\.\p{L}$/u.test(whole.slice(Math.max(0, offset - 3), offset)) ||
      /(?:^|\s)(?:Co|Inc|Ltd|Corp|Bros|Jr|Sr)$/u.test(whole.slice(Math.max(0, offset - 6), offset)))
  ) {
    return '.,'
  }
  return first
}

// "…a nicked ear 💔 she hid under the bed": after an emoji, a subject pronoun starts a sentence.
function startsClause(text: string, at: number): boolean {
  // ("…6 other ladies lined up 😂 one of them cried": who did it, counted among others, too.)
  return /^(?:she|he|i|we|they|you|(?:one|some|all|none|two|three) of (?:them|us|the \p{L}+)|nobody|everyone|everybody)\s+\p{L}/u.test(
    text.slice(at, at + 24),
  )
}

/** "stop" in "bus stop": a word the tagger reads as a verb, after a noun, known as a noun too. */
function isNounAfterNoun(t: TaggedTerm, before: TaggedTerm | undefined): boolean {
  return (
    before !== undefined &&
    before.tags.has('Noun') &&
    !before.tags.has('Pronoun') &&
    lexiconTags(t.normal).some((tag) => NOUN_TAGS.includes(tag))
  )
}

/** A verb that can follow "every child": "reads", "has", "can", "is", "read" in the past. */
function agreesWithOne(t: TaggedTerm): boolean {
  if (t.tags.has('Modal') || t.tags.has('Copula') || t.tags.has('Auxiliary')) return true
  if (!t.tags.has('Verb') || t.tags.has('Gerund')) return /^(?:has|does)$/u.test(t.normal)
  return t.tags.has('PastTense') || /[^s]s$/u.test(t.normal)
}

// (Not before "2. Stylists…" or "3) …": a numbered list is read as one.)
const LINE_GAP =
  /(?<=[\p{L}\p{N}%)'’"”])[ \t]*(?:\r?\n[ \t]*)+(?=[\p{L}£$€"“']|\p{N}(?!\p{N}*[.)]\s))/gu
const CONTINUES =
  /^(?:the|a|an|and|but|or|so|because|cos|which|who|that|like|when|where|while|of|in|on|at|for|with|to|from|by|than|as)\b/u
// "## The gap": a heading typed in markdown is a sentence of its own.
const HEADING = /(^|\n)[ \t]*#{1,6}[ \t]+([^\n]*?)[ \t]*(?=\n|$)/gu

function linesAsSentences(gap: string, offset: number, whole: string): string {
  const start = whole.lastIndexOf('\n', offset - 1) + 1
  const end = whole.indexOf('\n', offset + gap.length)
  const words = (line: string) => line.trim().split(/\s+/u).filter(Boolean).length
  const before = whole.slice(start, offset)
  const after = whole.slice(offset + gap.length, end < 0 ? undefined : end)
  // ("people would listen to the dying⏎the way we listen to music": a line that goes on with
  // "the", "and", "who" or "to" goes on with the sentence.)
  const goesOn = CONTINUES.test(after)
  // ('…stopped coming."⏎she was 19': a quotation that ends on its own stop ends the sentence.)
  if (/[.!?…]["”’')]+\s*$/u.test(before)) return ' '
  return words(before) >= 3 && words(after) >= 3 && !goesOn && !/^\s*[-•*–]/u.test(before)
    ? '. '
    : gap
}

// "…at double the rate of day shift.<br>Nobody from HR is even in the building at night &amp;
// they get a binder.": text pasted from a web page or an email brings its markup. A line break or
// a paragraph is a line; emphasis tags are not said; an entity is the character it stands for.
// (Only these tag names: "<3" and "a < b" are the person's own.)
const PASTED_BREAK = /<(?:br|\/p|p|\/div|div|\/li|li)(?:\s[^<>]*)?\s*\/?>/giu
const PASTED_TAG = /<\/?(?:b|i|u|em|strong|span|font|ul|ol|a)(?:\s[^<>]*)?>/giu
const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  '#39': "'",
  nbsp: ' ',
  rsquo: '’',
  lsquo: '‘',
  ldquo: '“',
  rdquo: '”',
  mdash: '—',
  ndash: '–',
}

function withoutPastedMarkup(text: string): string {
  if (!/[<&]/u.test(text)) return text
  return text
    .replace(PASTED_BREAK, '\n')
    .replace(PASTED_TAG, '')
    .replace(/&(#39|[a-z]+);/gu, (entity, name: string) => ENTITIES[name] ?? entity)
}

// "(a) ", "(ii) " inside a sentence, counting its items (never at a line's start, where a
// numbered list is joined by joinNumberedItems).
const INLINE_MARKER = /(?<=[\p{L}\p{N},;:]\s+)\((?:[a-e]|i{1,3}|iv)\)\s+(?=\p{L})/gu
const INLINE_MARKERS =
  /[^\n.!?]*(?:[\p{L}\p{N},;:]\s+\((?:[a-e]|i{1,3}|iv)\)\s+\p{L}[^\n.!?]*){2,}/gu

const LINE_LABEL =
  /(^|[.!?…]\s+)(?:status|issue|result|context|background|update|summary|tl;?dr|logline|fyi|edit|ps)\s*:\s+(?=[\p{L}\p{N}])/giu

/** Whitespace, odd characters and repeated punctuation tidied; the person's words kept. */
export function tidy(raw: string): string {
  return (
    // "funerals cost a fortune⏎mum's was £5,800⏎nobody tells you…" pasted from a notes app: a
    // line of a few words with no stop of its own ends its sentence. (One- or two-word lines
    // are a list, said on as typed.)
    normalizeText(
      typeof raw === 'string'
        ? withoutPastedMarkup(raw)
            .replace(HEADING, '$1$2.')
            .replace(LINE_GAP, linesAsSentences)
            // "[TODO: get real numbers]", "[name TBD lol]": a note to self is not said; a whole
            // answer typed in brackets ("[something about plain language letters??]") is.
            .replace(/\s*\[(?:todo|tbd|tbc|note|nb)\b[^\]]*\]/giu, '')
            // "(beat) Invisible work is still work.": a playwright's direction is not said either.
            .replace(/(^|[.!?…]\s+)\((?:beat|pause|a beat|sighs?|laughs?|shrugs?)\)\s*/giu, '$1')
            // "Status: 14,200 lead service lines remain…", "LOGLINE: Three women.": a label a
            // report or a pitch deck puts before a line is read, not said.
            .replace(LINE_LABEL, '$1')
            // "unusable with VoiceOver :eyes:", "a feedback group :pray:", "closed the laptop
            // :(": a chat app's emoji codes and faces are no words either.
            .replace(/\s*(?<![\p{L}\p{N}]):[a-z0-9_+-]{2,30}:(?![\p{L}\p{N}])/giu, '')
            .replace(/\s*(?<![\p{L}\p{N}])[:;]-?[()[\]DPp/|](?![\p{L}\p{N}])/gu, '')
            .replace(/^\s*\[([^[\]]+)\]\s*$/u, '$1')
            // "[Lights up] A 15-year-old in my workshop…", '…"I didn't know my life was a
            // story." [blackout]': a stage direction between sentences is not said.
            .replace(/(^|[.!?…]["”’)]*\s+)\[[^[\]]*\](?!\()\s*/gu, '$1')
            // "…the 15-minute phone call [it cost $4.50]": an aside in square brackets inside a
            // sentence is said as one in round brackets (a link's "[text](…)" is left as it is).
            .replace(/\[([^[\]]+)\](?!\()/gu, '($1)')
        : '',
    )
      // A pitch is said aloud: emoji (with their skin tones, joiners and variation selectors) are
      // not words, and "a zine!! 📖" inside a sentence keeps its stop in the wrong place. Between
      // two words an emoji is a stop when a capital follows ("Travel 🎓 School 💼 Work"), else it
      // is just gone ("…a banking app 😂 my first open mic" runs on, as typed).
      .replace(EMOJI_BETWEEN_WORDS, (_m, next: string, offset: number, whole: string) =>
        next !== next.toLowerCase() || startsClause(whole, offset + _m.length) ? '. ' : ' ',
      )
      .replace(EMOJI_RUN, ' ')
      // ("(dont tell her 😅). he cook for…": with the emoji gone, its bracket closes on the word
      // before, so the stop after it ends the sentence and the next one starts with a capital.)
      .replace(/(?<=\p{L})[ \t]+(?=[)\]])/gu, '')
      // "which is (a) unpaid and (b) invisible": letters that count the items inside a sentence
      // are read, not said (cut after the first item, "which is (a) unpaid." was said, and a
      // question asked of it ended "which is?"). Only with a second marker: "(a)" alone may be
      // a word in brackets.
      .replace(INLINE_MARKERS, (run: string) =>
        (run.match(INLINE_MARKER) ?? []).length >= 2 ? run.replace(INLINE_MARKER, '') : run,
      )
      // "*that week*", "**never**": markdown emphasis is not said aloud.
      .replace(/(?<![\p{L}\p{N}*])\*{1,2}(?=\S)([^*\n]+?)(?<=\S)\*{1,2}(?![\p{L}\p{N}*])/gu, '$1')
      // "> I felt like…" pasted from a chat or an email, "`Harvestbook`": a quote's marker and
      // code marks are typed, not said.
      .replace(/(^|\n)[ \t]*(?:>[ \t]*)+/gu, '$1')
      .replace(/`+([^`\s]+)`+/gu, '$1')
      // "can't afford vet care -> pets don't get spayed": an arrow between words is said "so".
      .replace(/(?<=[\p{L}\p{N}%)])\s*(?:->|→|=>)\s*(?=[\p{L}\p{N}])/gu, ', so ')
      // "old dogs + anxious dogs + their people": a plus between words is said "and".
      // ("…can't eat bread and + small bakers": a "+" after "and" says it again.)
      .replace(/(?<=\band)\s+\+\s+(?=\p{L})/gu, ' ')
      // ("the album + a tour + a free studio": a list, its last "+" said "and", the others commas.)
      .replace(/(?<=\p{L})\s+\+\s+(?=\p{L}[^+.!?;\n]*\s\+\s+\p{L})/gu, ', ')
      .replace(/(?<=\p{L})\s+\+\s+(?=\p{L})/gu, ' and ')
      .replace(/\.{3,}|…+/gu, '…')
      .replace(/(?<!\.)\.\.(?!\.)/gu, '.')
      .replace(/([!?])[!?]+/gu, '$1')
      // "(??? yes it exists lol)": marks that open a bracket are a face made before its words.
      .replace(/\(\s*[!?]+\s*(?=\p{L})/gu, '(')
      // "from 3 years (!)": a bracket of marks only is a face made, not a word.
      .replace(/\s*\([!?.…\s]*\)/gu, '')
      .replace(PUNCT_RUN, collapsePunctuation)
      .replace(/\s+([,;:.!?])/gu, '$1')
      .replace(/\s+/gu, ' ')
      .trim()
  )
}

const LETTER = /\p{L}/u
const PROPER_TAGS = [
  'ProperNoun',
  'Person',
  'Place',
  'Organization',
  'FirstName',
  'LastName',
  'WeekDay',
  'Month',
  'Holiday',
]

function isShouted(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? []
  if (letters.length < 6) return false
  const upper = letters.filter((ch) => ch !== ch.toLowerCase()).length
  return upper / letters.length > 0.8
}

function isTitleCased(text: string): boolean {
  const words = text.match(/\p{L}[\p{L}’']*/gu) ?? []
  const long = words.filter((w) => w.length > 3)
  if (words.length < 3 || long.length < 2) return false
  const capitalised = long.filter((w) => w[0] !== w[0]?.toLowerCase()).length
  return capitalised / long.length >= 0.75
}

// An acronym typed in capitals among shouting: short and without a vowel sound (NHS, GP, CV, A&E).
// Text-speak in capitals ("BC", "TBH") is shouted words, not an acronym to keep.
const TEXT_SPEAK_CAPS = new Set([
  'BC',
  'BTW',
  'TBH',
  'IDK',
  'PPL',
  'RN',
  'IMO',
  'THX',
  'PLS',
  'BCZ',
])

function looksLikeAcronym(word: string): boolean {
  if (/^[A-Z]&[A-Z]$/u.test(word)) return true
  if (TEXT_SPEAK_CAPS.has(word)) return false
  return /^[A-Z]{2,5}$/u.test(word) && !/[AEIOUY]/u.test(word)
}

/**
 * "we all know what it means to TRUST", "it went HARD": one word in capitals for emphasis,
 * said as the word, when the lexicon knows it as an ordinary word (not a name or an acronym).
 */
function withoutShoutedWord(text: string): string {
  return text.replace(/(?<![\p{L}\p{N}])[A-Z]{4,}(?![\p{L}\p{N}])/gu, (word) => {
    if (!/[AEIOUY]/u.test(word)) return word
    const tags = lexiconTags(word.toLowerCase())
    const ordinary =
      tags.length > 0 &&
      !tags.some((t) => /Acronym|Organization|ProperNoun|Place|Country|Name/u.test(t))
    return ordinary ? word.toLowerCase() : word
  })
}

/**
 * "a podcast called NOBODY TOLD ME", "PIPE DREAMS PLUMBING - taking on apprentices", "CAP & STEM,
 * a mushroom farm": a name typed in capitals, after "called" or before what it is, is a title
 * ("a short game called whose house" was said).
 */
function namesInCapitals(text: string, run: string, offset: number): boolean {
  const before = text.slice(0, offset)
  const after = text.slice(offset + run.length)
  if (/\b(?:called|named|titled)\s*["“‘']?$/iu.test(before)) return true
  // (Not before a colon: "OUR STORY: …" is a heading pasted in, not a name.)
  return /^\s*$/u.test(before) && /^\s*(?:[-–—(]|,\s+(?:a|an|the|my|our)\s)/u.test(after)
}

const TITLE_SMALL_WORDS = /^(?:a|an|the|and|or|of|in|on|at|to|for|by|with)$/u

/** "NOBODY TOLD ME" → "Nobody Told Me" (small words lower inside, acronyms kept). */
function titleCase(run: string): string {
  let first = true
  return run.replace(/[A-Z][A-Z’']*/gu, (word) => {
    const lower = word.toLowerCase()
    const said =
      !first && TITLE_SMALL_WORDS.test(lower)
        ? lower
        : looksLikeAcronym(word)
          ? word
          : capitalise(lower)
    first = false
    return said
  })
}

/**
 * Shouting and Title Case become ordinary case; the tagger then gives names, places and
 * acronyms their capitals back. "I" is always a capital.
 */
function naturalCase(text: string): string {
  // A shouted run inside an ordinary answer ("I believe that PEOPLE CAN CHANGE") is lowered too.
  let out = isShouted(text)
    ? text
    : withoutShoutedWord(
        text.replace(
          /\b[A-Z][A-Z’']+(?:(?:[\s,]+|\s+&\s+)[A-Z][A-Z’']+)+\b/gu,
          (run, offset: number) =>
            namesInCapitals(text, run, offset)
              ? titleCase(run)
              : run.replace(/[A-Z][A-Z’']+/gu, (w) => (looksLikeAcronym(w) ? w : w.toLowerCase())),
        ),
      )
  if (isShouted(text) || isTitleCased(text)) {
    // "MS. GRACE": a title before a name, not an acronym.
    const titles = /^(?:MR|MRS|MS|DR)$/u
    const keep = new Set(
      (text.match(/\b[A-Z&]{2,5}\b/gu) ?? []).filter(
        (word) => looksLikeAcronym(word) && !titles.test(word),
      ),
    )
    const titleNames = isTitleCased(text) && !isShouted(text) ? namesIn(text) : new Set<string>()
    out = text.replace(/[\p{L}][\p{L}’'&]*/gu, (word) =>
      keep.has(word) || titleNames.has(word) ? word : word.toLowerCase(),
    )
    let previous: TaggedTerm | undefined
    for (const term of tagTerms(out)) {
      const before = previous
      previous = term
      const word = term.text.replace(/[^\p{L}’'&]/gu, '')
      if (!word || word !== word.toLowerCase()) continue
      if (term.tags.has('Acronym') && word.length <= 5 && !/[aeiou]/u.test(word)) {
        out = replaceWord(out, word, word.toUpperCase())
      } else if (isCommonNounNamed(term, before)) {
        continue
      } else if (PROPER_TAGS.some((tag) => term.tags.has(tag)) && !term.tags.has('Pronoun')) {
        out = replaceWord(out, word, capitalise(word))
      }
    }
  }
  // Months, days, holidays, places and peoples keep their capitals when typed in lower case. A
  // lexicon lookup (no tagging) keeps this cheap; "may", "march" and "august" are verbs or
  // adjectives far more often than dates, so they are left as typed.
  if (!isShouted(text) && /\b\p{Ll}/u.test(out)) {
    out = withPlacesNamedInWords(out)
    out = out.replace(/\b\p{Ll}[\p{L}’']{2,}/gu, (word, offset: number, whole: string) => {
      if (/^(may|march|august)$/u.test(word)) return word
      const bare = word.replace(/[’']s$/u, '')
      const tags = lexiconTags(bare)
      if (DATE_PLACE_OR_PEOPLE.some((tag) => tags.includes(tag))) return capitalise(word)
      // "young gamers in africa": a continent (the lexicon files it only as a place, with
      // "downtown", "riverside" and airport codes such as "lax").
      if (tags.includes('Place') && CONTINENTS.test(bare)) return capitalise(word)
      // "christmas dinner", "every ramadan": a feast's name (the lexicon has none).
      if (FEASTS.test(bare)) return capitalise(word)
      // "she speaks somali and english": a language's name is a name ("polish", a verb to the
      // lexicon, is left as typed).
      if (tags.length === 0 && languageNameWords().has(bare)) return capitalise(word)
      const before = whole.slice(Math.max(0, offset - 24), offset)
      // "my cousin jerome", "a lad called kieran": a first name where a name is said ("buddy",
      // "clay" and "harmony" are names too, and words far more often).
      if ((tags.includes('MaleName') || tags.includes('FemaleName')) && NAME_BEFORE.test(before)) {
        return capitalise(word)
      }
      // "one of my agents, thandeka, 21, took a call": a word the lexicon does not know, set off
      // by commas and followed by an age, is someone's name.
      if (
        tags.length === 0 &&
        /,\s*$/u.test(before) &&
        /^,\s*\d{1,2}(?!\d)(?:\s*(?:yo|years old|y\.o\.))?\s*[,.;]/u.test(
          whole.slice(offset + word.length),
        )
      ) {
        return capitalise(word)
      }
      // "on google", "at tesco": a company the lexicon knows only as one.
      if (
        tags.length === 1 &&
        tags[0] === 'Organization' &&
        bare.length >= 5 &&
        !/-$/u.test(before)
      ) {
        return capitalise(word)
      }
      return word
    })
  }
  // "mr hughes", "dr patel": a title's name is a name; "march 2023", "in may": a month. ("a woman
  // with MS read…": a title still in capitals here is an acronym the person typed, kept as one.)
  out = out
    .replace(
      /\b(mr|mrs|ms|dr)(\.?\s+)(\p{Ll})/giu,
      (whole, title: string, gap: string, ch: string) =>
        title === title.toUpperCase() ? whole : capitalise(title) + gap + ch.toUpperCase(),
    )
    .replace(/\b(?:in|last|next|since|until|of)\s+(may|march|august)\b/gu, (m) => capitaliseLast(m))
    .replace(/\b(may|march|august)(?=\s+\d)/gu, (m) => capitalise(m))
  return out.replace(/(^|[^\p{L}’'])i(?=$|[^\p{L}]|[’'](?:m|ve|d|ll)\b)/gu, '$1I')
}

/**
 * "in new york", "from los angeles", "to new zealand": a place named in two or three words keeps
 * its capitals when typed in lower case, after a word that says where ("a long beach walk" is no
 * place). The lexicon knows such names whole; the word-by-word pass below would miss them.
 */
function withPlacesNamedInWords(text: string): string {
  const words = [...text.matchAll(/[\p{L}’']+/gu)]
  let out = text
  for (let i = 1; i < words.length; i++) {
    if (!WHERE_BEFORE.test(words[i - 1]?.[0] ?? '')) continue
    for (const size of [3, 2]) {
      const run = words.slice(i, i + size)
      if (run.length < size || run.some((word) => !/^\p{Ll}+$/u.test(word[0]))) continue
      // Only words a space apart: "york, new" is no name.
      const start = run[0]?.index ?? 0
      const last = run[size - 1]
      const end = (last?.index ?? 0) + (last?.[0].length ?? 0)
      const said = text.slice(start, end)
      if (said !== run.map((word) => word[0]).join(' ')) continue
      if (!lexiconTags(said).some((tag) => PLACE_TAGS.includes(tag))) continue
      // ("isle of man": a joining word inside the name stays as it is.)
      const named = said.replace(/\p{Ll}+/gu, (word, at: number) =>
        at > 0 && /^(?:of|the|and|on|upon)$/u.test(word) ? word : capitalise(word),
      )
      out = out.slice(0, start) + named + out.slice(end)
      i += size - 1
      break
    }
  }
  return out
}
const WHERE_BEFORE = /^(?:in|from|to|at|near|around|across|outside|of|into|throughout)$/iu
const PLACE_TAGS = ['Country', 'City', 'Region']

/**
 * "IN WET CLAY", "THE GRACE WE GAVE": a first name after an adjective or a determiner is the
 * ordinary word the name comes from, not a person.
 */
function isCommonNounNamed(term: TaggedTerm, before: TaggedTerm | undefined): boolean {
  if (!before || !['FirstName', 'MaleName', 'FemaleName'].some((tag) => term.tags.has(tag))) {
    return false
  }
  if (before.tags.has('Possessive') || before.tags.has('Honorific')) return false
  return before.tags.has('Adjective') || before.tags.has('Determiner')
}

// In Title Case every word is capitalised, so names are the ones the tagger knows as names.
function namesIn(text: string): Set<string> {
  const names = new Set<string>()
  const lowered = text.toLowerCase()
  for (const term of tagTerms(lowered)) {
    if (PROPER_TAGS.some((tag) => term.tags.has(tag)) && !term.tags.has('Pronoun')) {
      const original = new RegExp(`\\b${escape(term.normal)}\\b`, 'iu').exec(text)?.[0]
      if (original) names.add(original)
    }
  }
  return names
}

function capitaliseLast(text: string): string {
  return text.replace(/(\p{L}+)$/u, (word) => capitalise(word))
}

/** Text made safe to put inside a regular expression as itself. */
export function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

function replaceWord(text: string, word: string, by: string): string {
  // ("Don Chuy" named: "I don’t think…" keeps its "don’t", a word with an apostrophe in it; "don’s
  // van" is his.)
  return text.replace(
    new RegExp(`(?<![\\p{L}’'])${escape(word)}(?![\\p{L}]|[’'](?!s(?!\\p{L}))\\p{L})`, 'gu'),
    by,
  )
}

// "drying clothes inside etc. where else are they meant to dry them": the question asked after a
// list (read in spellOut).
const ASKED_AFTER_A_LIST =
  /^(?:where|what|why|how|who)\s+(?:else\b|(?:are|is|do|does|did|can|could|would|should|were|was)\s+(?:they|we|you|i|he|she|it|people)\b)/iu

/**
 * "…w blokach z wanną, progami i 4. piętrem bez windy.", "im 3. Stock": a lone figure's stop is
 * an ordinal, not a sentence's end, when the writer starts every sentence with a capital ("9
 * bin bags. 9. most had tags on" is typed by one who does not).
 */
function ordinalInCapitals(text: string, offset: number): boolean {
  if (!/(?<![\p{L}\p{N}])\p{N}{1,2}\.\s+$/u.test(text.slice(Math.max(0, offset - 5), offset)))
    return false
  // ("9. most had tags on": an English word after it starts a sentence.)
  const next = /^\p{L}+/u.exec(text.slice(offset))?.[0]?.toLowerCase() ?? ''
  if (lexiconTags(next).length > 0) return false
  const starts = [...text.matchAll(/(?:^|[.!?]\s+)(\p{L})/gu)].filter(
    (m) => m.index + m[0].length - 1 !== offset,
  )
  return starts.length > 0 && starts.every((m) => /\p{Lu}/u.test(m[1] ?? ''))
}

/**
 * "…a word. he drives a forklift": a new sentence starts with a capital. (`ordinals`: the
 * language writes an ordinal with a stop, "4. piętrem"; English does not, so "in aisle 14.
 * ambulance came" is two sentences.)
 */
function capitaliseAfterStops(text: string, ordinals = false): string {
  // The word before the stop is looked behind, not consumed, so "alive. barely. she…" raises
  // both sentences, not every other one.
  return text.replace(
    // 'He said "your mum did all that, love". we made…': the stop may follow a closing quote.
    // "9 bin bags. 9. most had tags on", "rate 11%. pts miss…": a number ends a sentence too.
    // "You don’t. you have to…": a contraction ends a sentence too.
    // "paid the shearer £1.50. me dad said…": a price's pence end it as well; so do a heat,
    // "105°. two guys collapsed", and a grade, "B-. ok?".
    // '…får F?" jag visste…', '…outra vez ». morreu…': a question ends on any letter, and a
    // guillemet closes a quotation as a quote mark does. ('His mum rang me. "you broke my son"':
    // a quotation that starts a sentence starts it raised.)
    // ("i 17 år. vet at…": a word may start with a letter outside ASCII, where \b sees no start;
    // 'sa "pappa, er det du?". jeg lo…': a stop may follow the quotation's own question mark.
    // '"`why would anyone write this?` <sigh>". juniors…': or markup typed as text; "1950-е.
    // никто…": a decade's ending after its number.)
    /(?<=(?:(?:(?<!\.)(?:(?<![\p{L}\p{N}])[\p{L}\p{N}]{2,}|(?<![\p{L}\p{N}])\p{N}|\p{L}[’']\p{L}{1,2}|(?<![\p{L}\p{N}])\p{Lu}[+-]|\p{N}-\p{L}{1,3})|\p{N}\.\p{N}{2})[%°]?(?:\s?»)?["”’)'»]*[.!?]|\p{L}["”’)'»]*[?!]|[>`]["”’)'»]*[.!?])["”’)'»]*\.?\s+["“‘«]?)\p{Ll}/gu,
    (ch: string, offset: number) =>
      /\b(?:e\.g|i\.e|etc|vs|approx)\.\s+$/iu.test(text.slice(Math.max(0, offset - 8), offset)) ||
      goesOnAfterQuotedQuestion(text, offset) ||
      endsAnAside(text.slice(0, offset)) ||
      (ordinals && ordinalInCapitals(text, offset)) ||
      GEORGIAN.test(ch)
        ? ch
        : ch.toUpperCase(),
  )
}

/**
 * "my uncle (52!!) admitted…", "she laughed (not unkindly I think?) and moved on": a stop that
 * closes an aside opened mid-sentence ends the aside, not the sentence. An aside opened after a
 * stop ("I cried. (Not proud of it!) then…") is a sentence of its own.
 */
function endsAnAside(before: string): boolean {
  const close = /[.!?…]+\)\s+$/u.exec(before)
  if (close === null) return false
  const open = before.lastIndexOf('(', close.index)
  if (open <= 0 || before.slice(open, close.index).includes(')')) return false
  return /[\p{L}\p{N},;:]\s*$/u.test(before.slice(0, open))
}

/**
 * 'a jobsite where asking "you good?" is as normal as checking a harness', 'she asked "why me?"
 * and I had no answer': a question someone said, inside a sentence that goes on after it.
 */
const GOES_ON =
  /^(?:is|was|are|were|isn't|wasn't|isn’t|wasn’t|and|but|because|as|or|than|becomes|became|means|meant|(?:he|she|they|we|i|you|my \p{L}+)\s+(?:said|asked|says|asks|whispered|shouted|replied|told|added|laughed|cried))\b/iu
function goesOnAfterQuotedQuestion(text: string, offset: number): boolean {
  return (
    /[?!]["”’'»]+\s+$/u.test(text.slice(Math.max(0, offset - 4), offset)) &&
    GOES_ON.test(text.slice(offset))
  )
}

const GREEK_ASKED = /(?<=\p{Script=Greek}["”’)»]*)\?/gu

/** A question asked in Greek ends on ";", as Greek writes it ("Γιατί να φεύγεις;"). */
export function greekQuestionMarks(text: string): string {
  return text.replace(GREEK_ASKED, ';')
}

export function capitalise(text: string): string {
  // "3 years later…", "12 yrs.": a sentence that starts with a number has no letter to raise.
  const first = /[\p{L}\p{N}]/u.exec(text)
  if (first && /\p{N}/u.test(first[0])) return text
  const match = LETTER.exec(text)
  if (!match) return text
  const i = match.index
  // (Georgian writes no capital at a sentence's start: its upper case, Mtavruli, is for titles
  // set in capitals, and "Ხმა." was said for "ხმა.")
  if (GEORGIAN.test(text.charAt(i))) return text
  return text.slice(0, i) + text.charAt(i).toUpperCase() + text.slice(i + 1)
}
const GEORGIAN = /\p{Script=Georgian}/u

/**
 * The same words twice in a row ("when when") said once; "had had" and "that that" stay. In
 * English only a small word is a slip typed twice: "what 'ding ding' was", "very very", "bye bye"
 * are said twice on purpose. Other languages keep every doubling: "chôm chôm" is one fruit,
 * "pole pole" and "araw araw" are words of their own.
 */
function undouble(text: string): string {
  // ("on on-call engineers": the second word goes on, so it is another word.)
  // (Letters outside ASCII are letters: JavaScript's \b would find a word start inside "Những".)
  return text.replace(
    /(?<![\p{L}\p{M}])([\p{L}\p{M}][\p{L}\p{M}’']*)(\s+\1(?![\p{L}\p{M}-]|['’]\p{L}))+/giu,
    (match, word: string, _again: string, at: number) =>
      /^(had|that)$/iu.test(word) ||
      // ("the first adult who told you you were smart": the one told, then who was smart.)
      (/^you$/iu.test(word) && TELLS_SOMEONE.test(text.slice(0, at))) ||
      !isSmallWord(word.toLowerCase()) ||
      particleOfVerbBefore(text.slice(0, at), word)
        ? match
        : word,
  )
}

const TELLS_SOMEONE =
  /\b(?:told|tell|tells|telling|showed|show|shows|reminded|remind|reminds|promised|promise|assured|convinced|taught|teach|warned|asked|ask|bet)\s*$/iu

/** "came in in August", "logged on on Monday": the first is the verb's own, the second a place. */
function particleOfVerbBefore(before: string, word: string): boolean {
  if (!/^(?:in|on|up|out|off|over|back|down)$/iu.test(word)) return false
  const verb = /([\p{L}’']+)\s*$/u.exec(before)?.[1]
  if (verb === undefined) return false
  const [term] = tagTerms(`I ${verb} ${word}`).slice(1)
  return term !== undefined && term.tags.has('Verb') && !term.tags.has('Copula')
}

const SMALL_WORD_TAGS = new Set([
  'Determiner',
  'Preposition',
  'Conjunction',
  'Pronoun',
  'Possessive',
  'Copula',
  'QuestionWord',
  'Auxiliary',
  'Modal',
])

function isSmallWord(word: string): boolean {
  return lexiconTags(word).some((tag) => SMALL_WORD_TAGS.has(tag))
}

/**
 * Splits text into sentences at a stop followed by a space and a capital (or a quote), keeping
 * each sentence's stop. "5.50", "Dr. Patel" before a lower-case word and "Mr. Davies" stay whole.
 */
export function splitSentences(text: string): string[] {
  const out: string[] = []
  for (const part of text.split(/(?<=[.!?…]["”’'“»)]*)\s+(?=["“‘(]?[\p{Lu}\p{N}¿¡])/u)) {
    const trimmed = part.trim()
    if (!trimmed) continue
    const previous = out.at(-1)
    // "Mr. Davies", "Dr. Patel": a title's stop does not end the sentence; nor does a question
    // inside a quotation ('It asked her "Why are you learning? Travel, School, Work".').
    if (
      previous !== undefined &&
      // ("Approx. 30,000 workers", "e.g. 40 people": an abbreviation's stop, before a number.)
      (/\b(?:Mr|Mrs|Ms|Dr|St|Prof|Sr|Jr|No|[Aa]pprox|[Ee]\.g|[Ii]\.e|vs|ca)\.$/u.test(previous) ||
        // "A woman I'll call R. painted…": an initial's stop, before a word in lower case.
        (/(?:^|\s)\p{Lu}\.$/u.test(previous) && /^\p{Ll}/u.test(trimmed)) ||
        // "He wrote: 'I am blind since birth. I have…'": a quotation is one sentence of the
        // story (a long one is let go: an apostrophe can look like a quote mark).
        (hasOpenQuote(previous) && countWords(previous) < 60) ||
        // "At 3 a.m. Mr. Alvarez…": a time's stop after a few words with no verb is no end.
        (/\b[ap]\.m\.$/iu.test(previous) && countWords(previous) <= 5))
    ) {
      out[out.length - 1] = `${previous} ${trimmed}`
    } else {
      out.push(trimmed)
    }
  }
  return out.filter((s) => /[\p{L}\p{N}]/u.test(s))
}

/** A quotation opened and not closed, in double or single marks ("it's" is no quote mark). */
export function hasOpenQuote(text: string): boolean {
  if (isQuoteOpen(text)) return true
  const opened = (text.match(/(?:^|[\s(])['‘](?=\p{L})/gu) ?? []).length
  const closed = (text.match(/(?<=[\p{L}\p{N}.,!?])['’](?=[\s.,;:!?)]|$)/gu) ?? []).length
  return opened > closed
}

function isQuoteOpen(text: string): boolean {
  // ("6'4\"", "a 12\" pizza": a mark after a figure is inches, no quotation.)
  const straight = (text.match(/(?<!\d'?\d*)"/gu) ?? []).length
  const count = (mark: RegExp) => (text.match(mark) ?? []).length
  // „German quotes“ close with the mark English opens with.
  const curly = text.includes('„') ? count(/„/gu) - count(/“/gu) : count(/“/gu) - count(/”/gu)
  return straight % 2 === 1 || curly > 0
}

// Words typed without their apostrophe, put back (only forms that are never other words).
const CONTRACTIONS: Record<string, string> = {
  dont: 'don’t',
  doesnt: 'doesn’t',
  didnt: 'didn’t',
  isnt: 'isn’t',
  arent: 'aren’t',
  wasnt: 'wasn’t',
  werent: 'weren’t',
  couldnt: 'couldn’t',
  wouldnt: 'wouldn’t',
  shouldnt: 'shouldn’t',
  cant: 'can’t',
  havent: 'haven’t',
  hadnt: 'hadn’t',
  hasnt: 'hasn’t',
  im: 'I’m',
  ive: 'I’ve',
  theres: 'there’s',
  aint: 'ain’t',
  thats: 'that’s',
  whats: 'what’s',
  youre: 'you’re',
  theyre: 'they’re',
  // ("I believe in shes still in there" read "she's" as a thing believed in.)
  shes: 'she’s',
  hes: 'he’s',
  whos: 'who’s',
  whod: 'who’d',
  youve: 'you’ve',
  weve: 'we’ve',
  theyve: 'they’ve',
  wouldve: 'would’ve',
  couldve: 'could’ve',
  shouldve: 'should’ve',
  // ("wont" is a word too, "as was his wont", but not one typed into a form.)
  wont: 'won’t',
}

// Possessive "its" comes before a noun or an adjective; before a determiner, an adverb, a number
// or a past participle the person meant "it's" ("its told kindly", "its all blood", "its 34°").
const NOT_AFTER_ITS = [
  'Determiner',
  'Adverb',
  'Preposition',
  'Negative',
  'PastTense',
  'Conjunction',
  'Pronoun',
  'Copula',
  'Modal',
  'Cardinal',
  'QuestionWord',
]

function restoreIts(text: string): string {
  return text.replace(
    /\b([Ii])ts\s+([\p{L}\p{N}][\p{L}’']*)(?=(?:\s+([\p{L}\p{N}][\p{L}’']*))?)/gu,
    (match, i: string, next: string, after: string | undefined) => {
      const lower = next.toLowerCase()
      // ("sees its own: early, clearly…": "own" is always its.)
      if (lower === 'own') return match
      // "failed at its only job": "only" before a thing is its.
      if (
        lower === 'only' &&
        after !== undefined &&
        !/^\p{N}/u.test(after) &&
        namesThing(after.toLowerCase())
      ) {
        return match
      }
      const listed = lexiconTags(lower)
      // ("adults act like its embarrassing to talk about": a quality with no thing after it.)
      const quality =
        (after === undefined || /^(?:to|that|when|if|because|how)$/iu.test(after)) &&
        (listed.length > 0
          ? listed.includes('Adjective') ||
            (listed.includes('Gerund') && /^(?:to|that)$/iu.test(after ?? ''))
          : (tagTerms(lower)[0]?.tags.has('Adjective') ?? false))
      return /^\p{N}/u.test(next) ||
        quality ||
        // "its like the guys at 5am…", "its something about water": never a possession.
        /^(?:something|nothing|everything|anything|all|just|so|not|been|gonna|about|really|like)$/iu.test(
          next,
        ) ||
        listed.some((t) => NOT_AFTER_ITS.includes(t)) ||
        // ("its literally biology": an adverb the word list does not hold.)
        (listed.length === 0 &&
          /ly$/u.test(lower) &&
          (tagTerms(lower)[0]?.tags.has('Adverb') ?? false))
        ? `${i}t’s ${next}`
        : match
    },
  )
}
const THING_TAGS = new Set(['Singular', 'Plural', 'Uncountable', 'Noun'])

/** A word that names a thing, by the word list or else by the tagger ("job"). */
function namesThing(word: string): boolean {
  const listed = lexiconTags(word)
  if (listed.length > 0) return listed.some((t) => THING_TAGS.has(t))
  return tagTerms(word)[0]?.tags.has('Noun') ?? false
}

/**
 * "She was terrified id report her", "if id forgotten", "id rather walk": "I'd" typed without its
 * apostrophe, told from an ID ("my id card", "no id and no phone") by the words either side: a
 * verb or a joining word before it (or nothing), a verb or an adverb after.
 */
function restoreId(text: string): string {
  return text.replace(
    /(^|[.!?]\s+|([\p{L}’']+)\s+)id\s+(?=([\p{L}’']+))/gu,
    (match, start: string, before: string | undefined, next: string) => {
      const after = next.toLowerCase()
      const verbAfter =
        /^(?:last|like|rather|been)$/u.test(after) ||
        lexiconTags(after).some((tag) => ID_VERB_AFTER.test(tag))
      const fitsBefore =
        before === undefined ||
        /^(?:that|so|and|but|what|wish|thought|knew|hoped|swore)$/iu.test(before) ||
        lexiconTags(before.toLowerCase()).some((tag) => ID_WORD_BEFORE.test(tag))
      return verbAfter && fitsBefore ? `${start}I’d ` : match
    },
  )
}
const ID_VERB_AFTER = /^(?:Infinitive|Participle|PastTense|Adverb|Negative)$/u
const ID_WORD_BEFORE = /^(?:PastTense|PresentTense|Infinitive|Conjunction|Copula)$/u

/** "1 week in", "one night out of", "3 of": a count before a share ("…in 4"). */
const OUT_OF = /(?:\d|\b(?:one|two|three|four|five))\s+(?:[\p{L}’']+\s+){0,2}(?:in|of|out of)\s$/iu

// Words a number labels ("year 4", "page 2", "bed 4"): the digit after them is no "to" or "for".
const NUMBERED =
  /^(?:year|yr|grade|page|room|step|level|phase|season|chapter|part|ward|floor|class|bus|route|line|platform|gate|number|no|term|day|week|stage|round|episode|unit|block|flat|bed|table|form|version|age|aged|under|over)$/iu

const UNITS: Record<string, string> = {
  mo: 'months',
  min: 'minutes',
  hr: 'hours',
  mi: 'miles',
  sec: 'seconds',
}
// "pallets/wk": the unit after a slash, one of it.
const PER_UNIT: Record<string, string> = { wk: 'week', yr: 'year', hr: 'hour' }

// Text-speak that stands for one word or phrase wherever it is typed, lower case as people type it.
const TEXT_SPEAK_WORDS: Record<string, string> = {
  urself: 'yourself',
  abt: 'about',
  any1: 'anyone',
  some1: 'someone',
  every1: 'everyone',
  no1: 'no one',
  rly: 'really',
  srsly: 'seriously',
  prob: 'probably',
  rn: 'right now',
  mgr: 'manager',
  appt: 'appointment',
  appts: 'appointments',
  msgs: 'messages',
  xmas: 'Christmas',
  til: 'until',
  govt: 'government',
  pls: 'please',
  thx: 'thanks',
  thru: 'through',
  tho: 'though',
  b4: 'before',
  '2gether': 'together',
  '2day': 'today',
  '2morrow': 'tomorrow',
  '2nite': 'tonight',
  '4ever': 'forever',
  gr8: 'great',
  evry1: 'everyone',
  wk: 'week',
  wks: 'weeks',
  mgmt: 'management',
  apt: 'apartment',
  dept: 'department',
  exp: 'experience',
  bday: 'birthday',
  // The misspellings typed most often, said as the word meant ("i beleive no food should…" is a
  // belief like any other, and its lead-in goes).
  beleive: 'believe',
  belive: 'believe',
  beleif: 'belief',
  recieve: 'receive',
  becuase: 'because',
  becasue: 'because',
  definately: 'definitely',
  untill: 'until',
  wierd: 'weird',
  freind: 'friend',
  freinds: 'friends',
  goverment: 'government',
  seperate: 'separate',
  tommorow: 'tomorrow',
  thier: 'their',
  frist: 'first',
  alot: 'a lot',
  eachother: 'each other',
  shud: 'should',
  hed: 'he’d',
  ppl: 'people',
  esp: 'especially',
  // Written with their capitals whatever way they were typed.
  phd: 'PhD',
  phds: 'PhDs',
}
const TEXT_SPEAK = new RegExp(
  `(?<![\\p{L}\\p{N}’'-])(?:${Object.keys(TEXT_SPEAK_WORDS).join('|')})(?![\\p{L}\\p{N}’'-])`,
  'giu',
)

// Tags of a word that is no thing owned ("in there somewhere", "in there is", "up there and").
const NOT_A_THING =
  /^(?:Copula|Verb|Infinitive|PastTense|PresentTense|Gerund|Modal|Auxiliary|Adverb|Preposition|Determiner|Conjunction|Pronoun|QuestionWord)$/u

/**
 * "truck", "wedding", "pho": a thing someone can have, said right after its owner ("my dads truck");
 * not "to", "in", "went", "couldn" ("my friends went", "her husbands to"), nor a word that is a
 * verb too ("her friends call me", "my moms wait on the dryers").
 */
function ownedThing(word: string, after = ''): boolean {
  // (A verb before whom or where it acts is the verb: "call me", "wait on the dryers".)
  if (
    readsAsVerbToo(word) &&
    /^(?:me|him|her|them|us|you|it|on|for|at|in|to|with|up|out|around)$/iu.test(after)
  )
    return false
  const known = lexiconTags(word)
  const tags = known.length > 0 ? known : [...(tagTerms(`the ${word}`).at(-1)?.tags ?? [])]
  return (
    tags.some((tag) => /^(?:Noun|Singular|Uncountable)$/u.test(tag)) &&
    !tags.some((tag) => NOT_A_THING.test(tag) || tag === 'Plural')
  )
}

/** After "ur": a word that describes the person ("you're amazing", "you're not", "you're the"). */
function isYoureNext(word: string, after: string | undefined): boolean {
  if (word === 'own') return false
  if (/^(?:a|an|the|not|so|too|really|just|always|never|gonna|welcome|right|wrong)$/u.test(word)) {
    return true
  }
  if (/(?:ing|ed)$/u.test(word)) return true
  const tags = lexiconTags(word)
  const describes =
    tags.length > 0
      ? tags.every((t) => /^(?:Adjective|Comparable|Adverb|Gerund)$/u.test(t))
      : // Not in the lexicon: an adjective's ending ("anxious", "hopeful", "creative").
        /(?:ous|ful|ive|able|ible|less|ish)$/u.test(word)
  // "ur late dads allotment", "ur new job": an adjective before a thing belongs to "your".
  const beforeThing =
    after !== undefined &&
    !/^(?:at|for|to|about|with|in|on|and|or|but|if|when|because|enough|as|than)$/u.test(after)
  return describes && !beforeThing
}

/**
 * Punctuation said to a dictation app: "drivers comma their families", "…on the shoulder period
 * truckers end up…". Only where the answer shows it was dictated (a "comma" said, or a "period"
 * to end it): "period education", "a waiting period" are the word itself. Elsewhere only a stop
 * said before the next "I" ("…in her coat and hat period i brought her…") is one.
 */
function withDictatedPunctuation(text: string): string {
  const dictated =
    /\p{L}\s+comma(?:\s|$)|(?<!\b(?:a|the|this|that|my|her|your|their|waiting|trial|grace))\s+period[.!]*\s*$/iu.test(
      text,
    )
  if (!dictated)
    return text.replace(/(?<=\p{L})\s+period(?=\s+(?:[Ii]|we|he|she|they|it)\s)/gu, '.')
  return text
    .replace(/(?<=\p{L})\s+comma(?=\s+\p{L}|\s*$)/giu, ',')
    .replace(/(?<=\p{L})\s+period(?=\s*$|\s+\p{L})/giu, '.')
}

// A bullet typed between items: "customers over 70 • their adult kids • us on the phones".
const BULLET = /\s+[•·▪◦‣]\s+/u

/**
 * Bullets said as a list ("customers over 70, their adult kids and us on the phones"), or as
 * sentences where each item is one ("SQL, Python, Tableau • Led analytics for 3 hospital networks"),
 * and a bullet before the first item goes.
 */
function bulletsSaid(text: string): string {
  const items = text.replace(/(^|\n)[ \t]*[•▪◦‣][ \t]*/gu, '$1').split(BULLET)
  if (items.length === 1) return items[0] ?? ''
  const sentences = items.slice(1).every((item) => /^\p{Lu}/u.test(item))
  return items.reduce((said, item, i) => {
    if (i === 0) return item
    if (sentences) return `${said.replace(/[,;:]$/u, '')}. ${item}`
    return `${said}${i === items.length - 1 ? ' and ' : ', '}${item}`
  }, '')
}

/**
 * Text-speak spelled out where it is read aloud ("u" → "you", "ppl" → "people", "ur" → "your" or
 * "you're" by the word after it, "n" between words → "and"), and "must of" → "must have".
 */
function spellOut(text: string): string {
  return (
    bulletsSaid(text)
      .replace(/\b(must|should|could|would|might)\s+of\b/giu, '$1 have')
      .replace(/\bppl\b/gu, 'people')
      .replace(/^.*$/su, withDictatedPunctuation)
      // (Not a thing named: "written a question mark next to it", "came to a full stop".)
      .replace(
        /(?<=\p{L})(?<!(?:^|[^\p{L}])(?:a|an|the|one|that|this|no|his|her|my|your|their|our))\s+(?:full stop|question mark)(?=\s*$|\s+\p{L})/giu,
        (m) => (/question/iu.test(m) ? '?' : '.'),
      )
      .replace(/(?<![\p{L}\p{N}’'-])abt(?=\s+\p{L})/gu, 'about')
      .replace(/(?<![\p{L}\p{N}’'-])esp\.?(?=\s+\p{L})/gu, 'especially')
      .replace(/(?<![\p{L}\p{N}’'-])w\/o(?=\s+\p{L})/gu, 'without')
      // "bc he was so happy", "dogs r family": read aloud as the words they stand for.
      .replace(/(?<![\p{L}\p{N}’'-])(?:bc|b\/c|cuz|coz)(?![\p{L}\p{N}’'&-])/gu, 'because')
      .replace(/(?<=\p{Ll}+ )r(?= \p{Ll})/gu, 'are')
      .replace(/(?<![\p{L}\p{N}’'-])w\/(?=\s*[\p{L}\p{N}])/gu, 'with')
      // "300+ pallets/day": said as "300-plus pallets a day".
      .replace(/(?<=\d)\+(?=\s+\p{L})/gu, '-plus')
      .replace(
        /(?<=\p{L})\/(day|night|shift|week|wk|month|year|yr|hour|hr)\b/giu,
        (_m, unit: string) =>
          ` ${/^h/iu.test(unit) ? 'an' : 'a'} ${PER_UNIT[unit.toLowerCase()] ?? unit}`,
      )
      .replace(/(?<![\p{L}\p{N}’'-])u(?![\p{L}\p{N}’'&.-])/gu, 'you')
      // "ur job", "ur own body", "ur late dads allotment" are "your"; "ur amazing", "ur not",
      // "ur the best", "ur going" are "you're".
      .replace(
        /(?<![\p{L}\p{N}’'-])ur\s+([\p{L}’']+)(?=(\s+[\p{L}’']+)?)/gu,
        (_m, next: string, after: string | undefined) =>
          isYoureNext(next.toLowerCase(), after?.trim().toLowerCase())
            ? `you’re ${next}`
            : `your ${next}`,
      )
      .replace(/(?<=\b\d+)\s*yrs?\b/gu, (w) => (/yr$/u.test(w) ? ' year' : ' years'))
      // "14 mo", "50 min", "2 hrs": a unit after a number, said in full.
      // ("a 2 min chat" is a two-minute chat; "0217 hrs" is a time, kept.)
      // ("14 hr shifts" are fourteen-hour shifts: a unit with no -s before things counted.)
      // "the end of rt 14": a route by its number.
      .replace(/(?<![\p{L}\p{N}])rt\.? (?=\d)/gu, 'route ')
      .replace(
        // ("90+ min each way": a number and more.)
        // ("drove 40 mi for a belt", "in 30 sec": miles and seconds too.)
        /(?<=\b((?:a|an) )?\d{1,3}(?:\+|-plus)?)\s*(mo|mos|mins?|hrs?|mi|secs?)\b(?!\.\p{L})(?=(?:\s+(\p{Ll}+))?)/gu,
        (_m, article: string | undefined, unit: string, next: string | undefined) => {
          const full = UNITS[unit.replace(/s$/u, '')] ?? unit
          const describes =
            !/s$/u.test(unit) &&
            next !== undefined &&
            /[^s]s$/u.test(next) &&
            lexiconTags(next.replace(/s$/u, '')).some(
              (tag) => tag === 'Singular' || tag === 'Duration',
            )
          return article || describes ? `-${full.replace(/s$/u, '')}` : ` ${full}`
        },
      )
      .replace(/(?<=\b(?:in|of|since) )yr(?= \d)/gu, 'year')
      .replace(TEXT_SPEAK, (word) => TEXT_SPEAK_WORDS[word.toLowerCase()] ?? word)
      // ("a pt fell last wk", "pts on our floor": a nurse's patient; "20 pts" are points.)
      .replace(/\bpts\b(?!\.\p{L})/gu, (word, at: number, whole: string) =>
        /\p{N}\s*$/u.test(whole.slice(0, at)) ? word : 'patients',
      )
      // ("I was a PT for 15 years": a physical therapist, in capitals, stays one.)
      .replace(
        /\b([Tt]he|[Aa]|[Mm]y|[Oo]ur|[Ee]ach|[Ee]very|[Oo]ne|[Tt]his|[Tt]hat)\s+pt\b(?![.'’]\p{L})/gu,
        '$1 patient',
      )
      // "guys who worked with there hands": "there" between a preposition and a thing is "their"
      // ("in there somewhere", "in there is" stay).
      .replace(
        /(?<=\b(?:with|for|of|in|on|to|at|from|by|into|about|all|and) )there(?= (own|\p{Ll}+)\b(?![’']))/gu,
        (there: string, next: string) => {
          const known = lexiconTags(next)
          const tags = known.length > 0 ? known : [...(tagTerms(next)[0]?.tags ?? [])]
          return next === 'own' || !tags.some((tag) => NOT_A_THING.test(tag)) ? 'their' : there
        },
      )
      // "has 2 replace the small guy", "delivery 4 the sellers", "sent it 2 me": a digit between
      // words, before a verb or before whom or what, is the word it sounds like, never a count
      // ("2 supermarket apps" may be one).
      // ("In year 4 my teacher…", "page 2 the", "bed 4 his": a label's number stays, and so does
      // a share: "1 week in 4 you sleep with your phone".)
      .replace(
        /(?<=(\p{L}+) )([24])(?= (?:me|you|us|them|him|her|my|your|our|their|the|this|that|those|these)\b)/gu,
        (_m, before: string, digit: string, at: number, whole: string) =>
          NUMBERED.test(before) || OUT_OF.test(whole.slice(Math.max(0, at - 24), at))
            ? digit
            : digit === '2'
              ? 'to'
              : 'for',
      )
      // ("send 2 patrol cars", "2 state unions": a verb's word before a thing counted is a noun.)
      .replace(
        /(?<=\p{L} )2 (\p{Ll}+)\b(?=(?: (\p{Ll}+))?)/gu,
        (match, word: string, after?: string) => {
          const tags = lexiconTags(word)
          const counted =
            after !== undefined && tagTerms(`the ${word} ${after}`).at(-1)?.tags.has('Plural')
          return tags.includes('Infinitive') &&
            !tags.some((t) => /Noun|Singular|Plural/u.test(t)) &&
            !counted
            ? `to ${word}`
            : match
        },
      )
      .replace(/\bChristmas eve\b/gu, 'Christmas Eve')
      // "more time searching then helping", "rather then": a comparison's "then" is "than"
      // ("more rounds and then argued" keeps its "then").
      .replace(
        /\b((?:more|less|fewer|rather|better|worse)(?:\s+(?!and\b|but\b|or\b)[\p{L}’']+){0,3})\s+then\b(?!,)/giu,
        (_m, before: string) => `${before} than`,
      )
      // "my dads truck", "her sisters wedding": one person's thing, its apostrophe left out.
      .replace(
        /(?<=\b(?:my|his|her|your)\s+)(dad|mom|mum|mam|grandma|grandpa|nan|nana|brother|sister|son|daughter|wife|husband|uncle|aunt|cousin|friend|neighbour|neighbor|boss|partner)s(?=\s+([\p{Ll}]+)\b(?![’'])(?:\s+([\p{L}’']+))?)/gu,
        (kin: string, one: string, next: string, after?: string) =>
          ownedThing(next, after) ? `${one}’s` : kin,
      )
      // "drying clothes inside etc. where else are they meant to dry them": a question after the
      // list is a sentence of its own, asked ("shops etc. where people meet" goes on).
      .replace(
        /\betc\.\s+(?=\p{Ll})([^.!?]*)([.!?]?)(?=\s|$)/gu,
        (match, asked: string, stop: string) =>
          ASKED_AFTER_A_LIST.test(asked)
            ? `etc. ${capitalise(asked)}${stop === '!' ? '!' : '?'}`
            : match,
      )
      // "Punjabi, Tamil etc. the family members are asked…": the list ends, the sentence goes on.
      .replace(/\betc\.(?= \p{Ll})/gu, 'etc.,')
      // "maybe a podcast? or zine": a second choice typed as a sentence of its own is one more.
      // ("She didn't come back the next day. Or ever.": after a whole clause it is said apart.)
      .replace(
        /(?<=\p{L})[.?]\s+[Oo]r\s+(?=(?:\p{L}+\s+){0,2}\p{L}+[.!?]*$)/gu,
        (match, at: number, all: string) => {
          const before =
            all
              .slice(0, at)
              .split(/[.!?]\s+/u)
              .at(-1) ?? ''
          return hasMainClause(before) ? match : ' or '
        },
      )
      // "blind n I watched", "old ppl w shaky hands": a lone letter between words.
      .replace(/(?<=[\p{Ll}\p{N}]) n (?=\p{Ll}|I\b)/gu, ' and ')
      // ("on the board w 2 of us", "a lib w 40M weekly downloads")
      .replace(/(?<=\p{Ll}) w (?=[\p{L}\p{N}])/gu, ' with ')
      // ("Hollister & Reyes" is a name and keeps its sign.)
      .replace(/(?<=\p{Ll}) [&+] (?=\p{Ll})|(?<=\p{L}) \+ (?=\p{L})/gu, ' and ')
      // Signs nobody says: "lola's language / tagalog" is a list, "secondhand = scruffy" means,
      // "~200" is about 200, "the #1 reason" is the number 1 reason, "Mrs Aldridge (91)" is 91,
      // and "£££" on its own says nothing.
      // (One slash: "QA / tester role" is either, "kids / anyone whose…" both.)
      .replace(
        /(?<=([\p{L}\p{N}’'.]+)) \/ (?=[\p{L}\p{N}])/gu,
        (_m, before: string, at: number, all: string) =>
          // ("…the truest thing she heard all year / i been writing ever since": lines of notes,
          // the next begun by who does something, are sentences.)
          /^ \/ (?:i|we|they|he|she|you)\s+\p{L}/iu.test(all.slice(at)) &&
          countWords(all.slice(0, at)) >= 4
            ? '. '
            : (all.match(/ \/ /gu) ?? []).length > 1
              ? ', '
              : /[^s]s$/u.test(before)
                ? ' and '
                : ' or ',
      )
      .replace(/(?<=[\p{L}\p{N}’']) = (?=[\p{L}\p{N}])/gu, ' means ')
      // "authenticity > reach": one thing put above another.
      .replace(/(?<=[\p{L}\p{N}’']) > (?=[\p{L}\p{N}])/gu, ' over ')
      // "scary af", "tired af": the intensifier, said as one a stranger can hear.
      .replace(/(?<![\p{L}\p{N}’'-])(\p{L}+)\s+af(?![\p{L}\p{N}’'-])/giu, (match, word: string) =>
        tagTerms(word.toLowerCase())[0]?.tags.has('Adjective') ? `really ${word}` : match,
      )
      // "a 16yo beagle", "A 82-yo customer": an age said as one ("a 16-year-old beagle"), and "an"
      // before a number said with a vowel ("an 82-year-old", "an 8-hour shift", "an 11…").
      .replace(
        /(?<![\p{L}\p{N}])(\d{1,3}) ?-? ?(?:yo|y\/o|y\.o\.?)(?![\p{L}\p{N}])/gu,
        '$1-year-old',
      )
      .replace(
        /(?<![\p{L}’'])([Aa]) (?=(?:8[\d,]*|11(?:,\d{3})*|18(?:,\d{3})*)(?![\d.,]*\d)(?![\p{L}]))/gu,
        '$1n ',
      )
      // ("our ~600k customers": after "our", "the", "my", it is "roughly"; "our about…" is none.)
      .replace(
        /(?<=\b(?:our|the|my|their|your|his|her|its|these|those)\s+)~ ?(?=[£$€]?\d)/giu,
        'roughly ',
      )
      .replace(/(?<![\p{L}\p{N}])~ ?(?=[£$€]?\d)/gu, 'about ')
      .replace(/(?<![\p{L}\p{N}&])#(?=\d)/gu, 'number ')
      .replace(/(?<=[\p{L}’']) \((\d{1,2})\)(?=[\s,.]|$)/gu, ', $1,')
      .replace(/(?:^|\s+)[£$€]{2,}(?=[\s.!?]|$)/gu, '')
      // "…screen reader tbh like u cant…": a filler said mid-sentence goes.
      .replace(/\s+(?:tbh|lol|lmao|obvs)(?=[\s,.!?]|$)/giu, '')
      // "idk why it hit" says it (after a word or a stop); "…my bootcamp n idk i want…" only
      // hesitates. A leading "idk" is left for the fillers (an answer of just "idk" is no answer).
      .replace(
        /(?<=\S)(\s+)idk(?=\s+(?:why|what|how|if|where|who|whether|when)\b)/giu,
        '$1I don’t know',
      )
      .replace(/(?<=[\p{L},;])\s+idk(?=\s+\p{L})/giu, '')
  )
}

/**
 * A paste from a letter or a plan: "Dear Hiring Manager, I am writing to express my interest in
 * …. During my seven years…", "Executive summary: SparkSpace was founded…". The greeting, the
 * sentence that says a letter is being written, and a heading before a colon are the paper's, not
 * the person's words; what follows is kept.
 */
function withoutPastedFrame(text: string): string {
  let out = text.replace(/^(?:dear|hi|hello)\s+[^,.!?\n]{1,40},\s*(?=\p{L})/iu, '')
  // ("OUR STORY: It started…" arrives here in lower case, its capitals already undone.)
  // ("partners: NHSBT, churches…" in lower case is what is asked for, not a heading.)
  const heading = /^(\p{Lu}\p{Ll}+(?:\s\p{Ll}+)?|\p{Ll}+\s\p{Ll}+)\s*:\s+(?=\p{Lu})/u.exec(out)
  if (
    heading &&
    // ("Our story: It started in 2021…": a heading owned by the paper's writers.)
    tagTerms((heading[1] ?? '').toLowerCase()).every(
      (t) =>
        t.tags.has('Noun') ||
        t.tags.has('Adjective') ||
        t.tags.has('Possessive') ||
        // "About us:", "Who we are:"
        (t.tags.has('Pronoun') && t.normal !== 'i') ||
        t.tags.has('Preposition'),
    )
  ) {
    out = out.slice(heading[0].length)
  }
  const letter = /^I(?:’m|'m| am) writing to [^.!?]*[.!?]\s+(?=\p{L})/u.exec(out)
  return letter ? out.slice(letter[0].length) : out
}

/** Words in -ing that name a thing or a time, never a doing: "something", "morning", "king". */
export const NOT_DOING =
  /^(?:(?:some|any|every)?thing|during|evening|morning|spring|king|ring|string|wedding|ceiling|bring|sing|wing|swing|sting|ping)$/u

/**
 * Marks typed, never said: a kiss signed at a sentence's end ("I never forgot that feeling x"),
 * and a doubt's question mark inside an aside.
 */
function withoutTypedMarks(text: string): string {
  // ("a man named Dale (like 70?) brought…", "she laughed (not unkindly I think?) and…": a doubt
  // in an aside mid-sentence is said without its question mark, which read as a stop.)
  text = text.replace(/\(([^()]{1,40}?)\s*\?+\)(?=\s+\p{Ll})/gu, '($1)')
  // ("losing the x rays": an x before more of the sentence is a word.)
  return text.replace(/(?<=\p{Ll}[.!]?)\s+x{1,3}(?:o+x+)*(?=[.!]+\s|[.!]*$|\s+\p{Lu})/gu, '')
}

/**
 * "see above lol. also a customer once asked…", "same as above": an answer that points at another
 * answer says nothing once said in a pitch ("See above. Also a customer once asked…" was said).
 * The pointing sentence goes, and the "also" that joined what follows to it.
 */
function withoutPointersToOtherAnswers(text: string): string {
  const pointer =
    /(^|[.!?…]\s+)(?:(?:see|same as|as per|as|like i said)\s+(?:above|before|earlier|previous(?: answer)?|the last one)|ditto)(?:\s+(?:lol|lmao|haha|tbh|really))*[\s,;:.!…-]*/giu
  const without = text.replace(pointer, '$1')
  if (without === text) return text
  return without
    .replace(
      /(^|[.!?…]\s+)also,?\s+(\p{L})/iu,
      (_m, before: string, letter: string) => before + letter.toUpperCase(),
    )
    .trim()
}

/**
 * A hesitation sound ("um", "uh", "erm", "hmm") at the start, with the spoken links said around
 * it ("so, um, like, …"). A link with no sound beside it stays: "so many kids" says something.
 */
const SOUND = String.raw`(?:u+m+|u+h+|e+r+m+|h+m+)(?![\p{L}’'])`
const LINK = String.raw`(?:so|and|well|ok|okay|like|basically|yeah)(?![\p{L}’'])`
const HESITATION = String.raw`(?:${LINK}[\s,]*)?${SOUND}[\s,.…!?-]*(?:(?:${LINK}|${SOUND})[\s,.…!-]*)*`
const HESITATION_OPENINGS = openingsOf(HESITATION, false)

/**
 * A pattern said at the start of an answer, or of a sentence in it (then the next letter raised).
 * `wordsAfter`: at the start only when words follow ("bah" alone stays an answer; "um" alone goes).
 */
function openingsOf(source: string, wordsAfter: boolean) {
  return {
    atStart: new RegExp(`^${source}${wordsAfter ? '(?=\\p{L})' : ''}`, 'iu'),
    afterStop: new RegExp(`(?<=[.!?…]\\s+)${source}(\\p{L})`, 'giu'),
  }
}

function withoutOpenings(text: string, openings: ReturnType<typeof openingsOf>): string {
  return text
    .replace(openings.atStart, '')
    .replace(openings.afterStop, (_m, letter: string) => letter.toUpperCase())
}

/**
 * "so a lovely man came in", "so elderly customers mainly", "so staff could step in": a spoken
 * "so" opening the answer links it to the question. It stays where it says how much: "so many
 * kids", "so far", "so lonely", "so tired of it" (a word of degree not naming a thing next).
 */
function withoutLinkingSo(text: string): string {
  // ("so like there's a waitlist": two links, not a comparison.)
  const opening = /^so(?:,?\s+like,?)?\s+(?=\p{L})/iu.exec(text)
  if (!opening) return text
  const rest = text.slice(opening[0].length)
  if (
    /^(?:many|much|few|little|far|long|often|called|sure|that|what|to|as)(?![\p{L}’'-])/iu.test(
      rest,
    )
  )
    return text
  const [next, after] = tagTerms(rest.split(/\s+/u).slice(0, 2).join(' ').toLowerCase())
  const degree =
    next !== undefined &&
    (next.tags.has('Adjective') || next.tags.has('Adverb')) &&
    !next.tags.has('Noun') &&
    !(after?.tags.has('Noun') && !after.tags.has('Pronoun'))
  return degree ? text : rest
}

// Sounds no language here uses as a word ("euh", "bah", "ähm", "hmm"), and sounds that are words
// elsewhere ("um" is Portuguese for "a", "ben" a name), which count only with a comma after.
const SOUND_ANYWHERE = String.raw`(?:euh+|bah|ä+h+m*|ö+h+m*|e+h+m+|h+m+)(?![\p{L}’'])[\s,.…]*`
const SOUND_WITH_COMMA = String.raw`(?:ben|eh|boh|um+|uh+|hum+|ahn|tja|pues|bueno|tipo)\s*(?:,|…|\.{2,})\s*`
const SOUNDS = String.raw`(?:${SOUND_ANYWHERE}|${SOUND_WITH_COMMA})+`
const SOUND_OPENINGS = openingsOf(SOUNDS, true)

function withoutSoundsAtStart(text: string): string {
  const out = withoutOpenings(text, SOUND_OPENINGS)
  return out === text ? text : capitalise(out)
}

/**
 * Said before or after an answer, not part of it: "idk really…", "I guess", "lol", ", ok".
 * Blank markers ("n/a", "-", "none") are no answer at all.
 */
function withoutFillers(typed: string): string {
  // "um work that matters", "um, so, government forms…", "so, um, I did user testing…": the
  // sounds made while finding the answer open it, they are not part of it.
  const text = withoutLinkingSo(
    withoutOpenings(withoutTypedMarks(withoutPointersToOtherAnswers(typed)), HESITATION_OPENINGS)
      // "Like, that's a family joke now": "like" and its comma open a sentence as a sound does.
      .replace(/(^|[.!?…]\s+)like,\s+(\p{L})/giu, (_m, before: string, letter: string) =>
        before === '' ? letter : before + letter.toUpperCase(),
      )
      // "Ok she quit the job after that.": "ok" before a clause is a spoken link, not a word.
      .replace(
        /(^|[.!?…]\s+)(?:ok|okay)(?:,\s*|\s+)((?:i|she|he|they|we|so|then|but|and|my)(?![\p{L}’']))/giu,
        (_m, before: string, word: string) => before + capitalise(word),
      ),
  )
  // ("not sure dear": the person speaks to whoever reads it; still no answer; so is "I am not sure
  // yet.", which said as the work is no work, and "not sure, just been thinking about it".)
  if (
    /^(?:n\/?a|none|nothing(?: yet)?|nil|tbd|tbc|(?:idk|(?:i )?dunno|no (?:idea|clue)|(?:i['’]?m |i am )?not sure|(?:i )?don['’]?t know)(?: yet)?(?:,?\s+(?:really|honestly|tbh|dear|love|luv|hun|hon|pet|mate))?(?:[,.…]*\s+(?:i['’]?ve\s+|i have\s+)?(?:just\s+)?(?:been\s+)?thinking about it(?: a lot| lately| recently| for a while)?)?|-+|\?+)[.!…]*$/iu.test(
      text,
    )
  ) {
    return ''
  }
  return (
    text
      .replace(
        /^(?:to be honest|honestly|tbh|ngl|not gonna lie|lowkey|low key|low-key|i mean|basically|i guess|i suppose|(?:idk|i dunno)(?:\s+(?:really|yet|honestly|exactly|tbh))*)(?:[,.…!?\s]+|$)/iu,
        '',
      )
      // "i dont know what problem i care about, is it ok to say that?? i like…": a sentence asking
      // leave to answer is about the answer, not part of it.
      .replace(
        /^[^.!?]*\bis it (?:ok|okay|alright|fine) (?:to say (?:that|so)|if i say (?:that|so))[?!.…]*\s+(?=\p{L})/iu,
        '',
      )
      // "i think?? it's that nobody talks about…": a doubt said on its own, before the answer.
      .replace(
        /^(?:i think|i guess|i suppose|maybe)\s*[?!.…]+\s+(?:it['’]?s that\s+)?(?=\p{L})/iu,
        '',
      )
      // "ok so long story. i was a combat medic…", "long story short, …": the teller's preface.
      .replace(
        /^(?:(?:ok(?:ay)?|so|well)[,\s]+)*(?:it['’]?s a )?long story(?: short)?[,.…:!\s]+(?=\p{L})/iu,
        '',
      )
      // "i dont even know where to start.": a comment on answering, before the answer.
      .replace(
        /^i (?:don[’']?t|do not) (?:even |really )?know where to (?:start|begin)(?: with (?:this|it))?[.,!…:]*\s*(?=\p{L})/iu,
        '',
      )
      // "idk what you mean by thread. being seen after…", "what do you mean by spark exactly? ok so
      // a man called Paddy…": the question not understood, said before the answer (its "idk" is
      // gone by here), and the "ok so" that picks the answer up.
      .replace(
        /^(?:(?:idk|dunno|(?:i['’]?m |i am )?not sure|i (?:don['’]?t|dont|do not) (?:know|get|understand))\s+)?what (?:do )?(?:you|u) (?:mean|want|['’]?re asking|are asking)(?: by [^.!?]{1,40})?[.!?…]+\s+(?:(?:ok(?:ay)?|so|well|right)[,\s]+)*(?=\p{L})/iu,
        '',
      )
      // "so I think every child…": a spoken link before the lead-in.
      .replace(/^(?:so|and|well)\s+(?=(?:i|we)\s+(?:think|believe|feel|reckon)\b)/iu, '')
      // "not sure. kids using tech to make things": a hedge said before the answer.
      .replace(
        /^(?:(?:i['’]?m |i am )?(?:not sure|unsure|no idea|dunno)|i (?:honestly |really |genuinely )?(?:don['’]?t|dont|do not) know)(?: really| yet| tbh| honestly)?[.!?…]+\s+(?=\p{L})/iu,
        '',
      )
      // "not sure if this is a 'project' exactly but like 6 women…", "this might sound dumb but…":
      // a doubt about the answer, said before it.
      .replace(
        /^(?:(?:(?:i['’]?m |i am )?(?:not sure|unsure|idk|dunno|i (?:don['’]?t|do not) know)(?: if| whether)?|if|whether) (?:(?:this|it)(?: really| even)? (?:is|['’]s|counts|fits|qualifies|makes sense)|(?:this|it)['’]s|its)\b[^.!?]{0,40}?|(?:sorry,? (?:if )?)?this (?:might|may|will)? ?(?:be|sound|is|['’]s) (?:dumb|silly|stupid|weird|obvious|odd)|(?:probably|maybe) not what you(?:['’]re)? (?:mean|meant|want|wanted|looking for|after))(?:,?\s+but|[.!?…]+(?:\s+more like)?)\s+(?=\p{L})/iu,
        '',
      )
      // "sorry this is vague. our lab…": an apology for the answer, not part of it.
      .replace(
        /^(?:sorry|apologies)(?:[,\s]+(?:if\s+)?(?:this|it)\s*(?:is|'s|’s)\s+(?:so\s+|a\s+bit\s+|kind\s+of\s+|probably\s+|maybe\s+)?(?:vague|long|messy|a mess|rambly|all over the place|dumb|silly|not (?:a )?real(?:ly)? (?:a )?problem))?(?:[.!…,]+|,?\s+but)\s+(?=\p{L})/iu,
        '',
      )
      .replace(/\s+(?:lol|lmao|haha)\b/giu, '')
      // "Like half our tickets…", "like nobody talks about it": "like" before what it hedges is a
      // spoken filler. "…about it. Like at all." is the sentence's own "at all"; "…singing about
      // it like." ends on a filler.
      .replace(
        /(^|[.!?…]\s+)like,?\s+(half|most|all|every|some|nobody|no one|none|everyone|everybody|\p{N}+)\b/giu,
        (_m, before: string, word: string) => before + capitalise(word),
      )
      .replace(/(?<=\p{L})[.!]\s+(?:like,?\s+)?at all(?=[.!?…]|$)/giu, ' at all')
      .replace(/(?<=\b(?:it|that|this|them|anyway|really))\s*,?\s+like(?=[.!?…]|$)/giu, '')
      .replace(/,\s*(?:ok|okay)[.!]*$/iu, '')
      // "…leave the building, not sure how", "grandmas everywhere fr": a hedge or a "for real"
      // said after the answer.
      .replace(
        /(?<=\p{L}[.,;?!]?)\s*[,;]?\s+(?:not sure(?: how| why| yet)?|no idea)[.!?…]*$/iu,
        (m: string, at: number, whole: string) =>
          /[,;]/u.test(m) || /[.?!]/u.test(whole.charAt(at - 1)) ? '' : m,
      )
      // ("kids of gamblers I guess", "city kids i suppose": a shrug after the answer.)
      .replace(/(?<=\p{L}[^.!?]*\s\p{L}+)[\s,;]+(?:idk|fr|i guess|i suppose)[.!?…]*$/iu, '')
      // "Is it normal that my night shift lads barely talk to anyone for weeks?": asking whether
      // what they see is normal is asking the app; what they see is the answer.
      .replace(
        /^is (?:it|this) (?:just me or is it |really )?(?:normal|weird|strange|odd|just me|ok|okay)(?: that| how| when| if)\s+([^?]{8,})\?+/iu,
        (_m, seen: string) => `${seen}.`,
      )
      // "…I hate what teaching has become, is that a problem I can even work on?", "…does that
      // count?": a doubt about the answer asked after it is asked of the app, not the listener.
      .replace(
        /(?<=\p{L}[.!?…]*)[\s,;]*\s(?:but\s+)?(?:is|does|would|could|can)\s+(?:that|this|it)\s+(?:even\s+|really\s+|actually\s+)?(?:(?:a|an)\s+(?:real\s+|actual\s+|proper\s+)?(?:problem|thing|cause|project|issue|answer)|count|qualify|make sense|fit)\b[^.!?]{0,40}\?+\s*$/iu,
        '',
      )
      // "…teaches people to hide mistakes? maybe?": a doubt after the answer's own last mark.
      // (After a comma it is the answer's: "a poetry collection, maybe" is still being decided.)
      .replace(/(?<=\p{L}[.?!])\s+maybe[.!?…]*$/iu, '')
      // "a solo. maybe a company": a second guess typed as its own sentence is said after a comma.
      .replace(
        /(?<=(?:^|[.!?]\s+)(?:\S+\s+){0,4}\p{L}+)\.\s+((?:or\s+)?(?:maybe|perhaps|probably)\s)/giu,
        (_m, guess: string) => `, ${guess.toLowerCase()}`,
      )
      // "farmers? gardeners?": people guessed at, each with a question mark, are a list.
      .replace(/^(?:[\p{L}’' -]{2,30}\?\s*){2,4}$/u, (run) =>
        run
          .split('?')
          .map((part, i) => (i === 0 ? part.trim() : lowerFirstWord(part.trim())))
          .filter(Boolean)
          .join(', '),
      )
      // "mostly women my age i think", "teenagers i guess": a hedge said after the answer, on a
      // phrase of its own.
      .replace(/(?<=\p{L}[\p{L}’']+)[\s,]+(?:i think|i guess|i suppose|i reckon|tbh)[.!…]*$/iu, '')
      // "grad students i guess, esp first gen ones": the same hedge before the rest of the list.
      .replace(/(?<=\p{L}[\p{L}’']+)\s+(?:i guess|i suppose|i think)(?=,\s*\p{L})/giu, '')
      // "selling my pickles… we'll see", "a podcast, who knows", "…the paintings too, if that's a
      // thing": a shrug after the answer.
      .replace(
        // ("i am the only one who knows": after someone, "who knows" says who.)
        /(?<=\p{L}[^.!?…]*\s\p{L}+[.!?]?)(?:\s*…\s*|\.{2,}\s*|,\s*|\s+(?<!\b(?:one|ones|someone|somebody|anyone|anybody|everyone|everybody|nobody|person|people|those|man|woman|guy|girl|kid|kids|friend|friends)\s+))(?:we['’]ll see|we shall see|who knows|fingers crossed|if that['’]s a thing)[.!?…]*$/iu,
        '',
      )
      // "something about our on-call. not sure what", "an app? idk what exactly": not knowing
      // what, said after naming it, is a shrug too.
      .replace(
        /(?<=\p{L}[^.!?…]*\s[\p{L}-]*\p{L}[.!?]?)(?:\s*…\s*|\.{2,}\s*|[.,]\s*|\s+)(?:(?:i['’]?m |im |i am )?not sure|idk|dunno|no idea|i (?:don['’]?t|do not) know)\s+(?:what|how|which)(?:\s+(?:one|exactly|yet|tbh|really|though))*[.!?…]*$/iu,
        '',
      )
      // "…We nearly lost the foot. —DR.": initials signed after the last sentence are not said.
      .replace(/(?<=[.!?])\s*[—–]\s*\p{Lu}{1,3}\.?$/u, '')
      // "Well me I guess. And folks who never tasted real chowchow.": the shrug after a first
      // sentence goes too, and "me" alone goes on into the "And" after it (other first sentences
      // stand alone: "visitors. and maybe the paintings too" gives "visitors").
      .replace(/(?<=\p{L}{2})[\s,]+(?:i think|i guess|i suppose)(?=[.!…]+\s+\p{Lu})/giu, '')
      .replace(/^((?:well\s+)?(?:just\s+)?(?:me|myself))\.\s+And\s+(?=\p{L})/iu, '$1, and ')
      // "well me I guess": "well" opening an answer before a word that starts one is a sound.
      .replace(
        /^well,?\s+(?=(?:me|i|my|the|a|it|we|they|you|mostly|honestly|probably|maybe)(?![\p{L}’']))/iu,
        '',
      )
      // "…on campus?? idk yet": a shrug said as its own last sentence goes whole (its "yet" was
      // left behind as a sentence of its own).
      .replace(
        /(?<=\p{L}[^]*[.!?…])\s+(?:idk|i dunno|dunno|not sure|no idea)(?:\s+(?:yet|really|honestly|tbh|lol|exactly))*[.!?…]*$/iu,
        '',
      )
      // "…for wanting to leave. idk it stuck with me": a shrug opening a later sentence.
      .replace(
        /(?<=[.!?…]\s+)idk[,.…]*\s+(?!(?:why|what|how|if|where|who|whether|when)\b)(\p{L})/giu,
        (_m, letter: string) => letter.toUpperCase(),
      )
      // "maybe that phds are trained…": the answer, guessed at ("that" says a clause follows).
      .replace(/^(?:maybe|probably|perhaps|possibly)[,\s]+that\s+(?=\p{L})/iu, '')
      // "…white women and um nobody listens": a sound made while thinking, not a word. ("at the
      // ER i almost cried": in capitals inside lower-case words it is a name, and stays.)
      .replace(
        /(?<=\p{L})[\s,]+(um+|uh+|erm|er)(?=[\s,]+\p{L})[,]?/giu,
        (m: string, sound: string, _at: number, whole: string) =>
          /^\p{Lu}+$/u.test(sound) && /\p{Ll}/u.test(whole) ? m : '',
      )
      // "trained for like one job", "took like 3 hours": "like" before a number only hedges it.
      .replace(
        /(?<=\b(?:for|in|of|about|after|with|at|took|takes|take|spent|spend|waited|wait|had|has|have|got|get|only|just)\s+)like\s+(?=(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|a hundred|a thousand|a dozen|half)\b)/giu,
        '',
      )
  )
}

/**
 * An answer typed as a list, one item a line ("People are:\n- missing appointments\n- paying
 * £120…"), said as one sentence: "People are missing appointments, paying £120… and …".
 */
export function joinListLines(raw: string): string {
  if (typeof raw !== 'string' || !/(^|\n)\s*[-•*–]\s/u.test(raw)) return raw
  const lines = raw
    .split(/\r?\n/u)
    .map((line) => line.trim())
    .filter(Boolean)
  const isItem = (line: string) => /^[-•*–]\s/u.test(line)
  const items = lines.filter(isItem).map((line) => stripEnd(line.replace(/^[-•*–]\s+/u, '')))
  if (items.length < 2) return raw
  const firstItem = lines.findIndex(isItem)
  const head = lines.slice(0, firstItem).join(' ')
  const after = lines.slice(firstItem).filter((line) => !isItem(line))
  const lead = leadIntoList(head)
  return [lead ? `${lead} ${saidAsList(items)}` : saidAsList(items), ...after].join('. ')
}

/** "a, b and c": items said as one list. */
export function saidAsList(items: readonly string[]): string {
  return items.length < 2
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`
}

// "People are: …" reads on without its colon; "Three things: …" keeps it.
function leadIntoList(head: string): string {
  return head.replace(/\b(are|is|was|were)\s*:$/iu, '$1')
}

// "1) older patients get confused 2) they double dose", "(1) …": a number in brackets before an
// item, after the answer's start or a space or a colon.
// "1. I am very good at finding bugs. 2. I am very bad at interviews.": a number and a stop, at
// the answer's start or a sentence's, before a word.
const NUMBERED_ITEM =
  /(?:^|(?<=[\s:;,]))\(?([1-9])\)\s+|(?:^|(?<=[.:;!?]\s+))([1-9])\.\s+(?=\p{L})/gu
const NUMBERED_FROM_ONE = /^\s*1\.\s+\p{L}.*\s2\.\s+\p{L}/su
const NUMBERED_ITEM_AFTER_SPACE =
  /(?:^|(?<=[\s:;,]))\(?([1-9])\)\s+|(?:^|(?<=\s))([1-9])\.\s+(?=\p{L})/gu
// "2) that's it": an item that only closes the list is not said.
const CLOSES_LIST = /^(?:that[’']?s (?:it|all)|thats it|etc|and so on|and more)$/iu

/**
 * An answer numbered inline, the way a person types points into one line ("1) older patients on
 * 8+ meds get confused 2) they double dose or skip 3) …"), said aloud: items that are clauses as
 * sentences of their own; items after a lead-in ("I want a world where 1) no charity loses money
 * 2) every pound reaches someone") as one list, "…loses money and every pound reaches someone".
 * Only numbers counted from 1 in order are read as items ("we were 2) late" is no list).
 */
export function joinNumberedItems(raw: string, isEnglish = true): string {
  if (typeof raw !== 'string') return raw
  // "1. no look-alike bags on the shelf 2. nurses trust what they pick up": an answer that opens
  // on "1. " numbers its points with a stop after a space too, no full stop before.
  const fromOne = NUMBERED_FROM_ONE.test(raw)
  if (!fromOne && !/\(?2\)\s|(?:^|[.:;!?]\s+)2\.\s+\p{L}/u.test(raw)) return raw
  const marks = [...raw.matchAll(fromOne ? NUMBERED_ITEM_AFTER_SPACE : NUMBERED_ITEM)]
  const counted = marks.findIndex((mark, i) => Number(mark[1] ?? mark[2]) !== i + 1)
  const items = counted < 0 ? marks : marks.slice(0, counted)
  if (items.length < 2) return raw
  const first = items[0]?.index ?? 0
  const head = raw.slice(0, first).trim()
  const ends = [...items.slice(1).map((mark) => mark.index), raw.length]
  const said = items
    .map((mark, i) => raw.slice(mark.index + mark[0].length, ends[i]))
    .map((item) =>
      item
        .trim()
        .replace(/[\s,;.]+$/u, '')
        .replace(/\s+(?:and|&)$/iu, '')
        .replace(/^(?:and|&)\s+/iu, ''),
    )
    .filter((item) => item !== '' && !CLOSES_LIST.test(stripEnd(item)))
  if (said.length === 0) return raw
  const lead = leadIntoList(head)
    .replace(/\s*[;,-]$/u, '')
    .replace(/\s*:$/u, ':')
  // (Items the person ended with a stop are sentences already.)
  const sentences =
    !isEnglish ||
    said.every((item) => hasMainClause(item)) ||
    items.some((mark, i) => /[.!?]\s*$/u.test(raw.slice(mark.index, ends[i])))
  if (lead === '' && sentences) {
    // "1) I volunteered as treasurer… 2) found £18,000 of unclaimed Gift Aid": the points go on
    // with the first one's "I", said again when a point starts on its past-tense verb.
    const mine = isEnglish && /^(?:[^,]*,\s*)?I\b/u.test(said[0] ?? '')
    return said
      .map((item, i) =>
        mine &&
        i > 0 &&
        lexiconTags(item.split(/\s/u)[0]?.toLowerCase() ?? '').includes('PastTense')
          ? `I ${item}`
          : item,
      )
      .map((item) => capitalise(stripEnd(item)))
      .join('. ')
  }
  const list = isEnglish
    ? saidAsList(said)
    : // ("deux écoles et 2) un partenariat": the person's own "and" stays, without a comma.)
      said.reduce((joined, item) =>
        /(?:^|\s)\p{Ll}{1,3}$/u.test(joined) ? `${joined} ${item}` : `${joined}, ${item}`,
      )
  return lead ? `${lead} ${list}` : list
}

/** The next word names a thing ("mum", "kids"), not what someone does or is ("done", "paying"). */
function ownedAfter(rest: string): boolean {
  const next = /^\s+(\p{L}+)/u.exec(rest)?.[1]?.toLowerCase()
  if (next === undefined) return false
  const tags = lexiconTags(next)
  return (
    tags.some((tag) => /^(?:Singular|Plural|Noun|Uncountable|Actor)$/u.test(tag)) &&
    !tags.some((tag) =>
      /Verb|PastTense|Gerund|Participle|Infinitive|Adjective|Adverb/u.test(tag),
    ) &&
    // ("someone whos run a business": a word that is a doing too is "who's".)
    !readsAsVerbToo(next)
  )
}

function restoreApostrophes(text: string): string {
  // "'i watched you…'", "and i said": the pronoun is a capital wherever it stands ("i.e." is not it).
  const withI = text.replace(
    /(?<![\p{L}\p{N}.-])(?<![\p{L}\p{N}]['’])i(?=[\s’',;:!?)]|\.(?!\p{L})|$)/gu,
    'I',
  )
  return withI.replace(/\b([\p{L}]+)\b/gu, (word, _w: string, at: number, all: string) => {
    const lower = word.toLowerCase()
    // ("little kids whos mum or dad is in prison": before a thing owned, "whos" is "whose".)
    if (lower === 'whos' && ownedAfter(all.slice(at + word.length))) return `${word.slice(0, 3)}se`
    const fixed = Object.prototype.hasOwnProperty.call(CONTRACTIONS, lower)
      ? CONTRACTIONS[lower]
      : undefined
    if (!fixed) return word
    // ("They WONT ask!": a word typed in capitals among lower-case ones keeps its weight.)
    if (word.length > 1 && word === word.toUpperCase()) return fixed.toUpperCase()
    return word[0] === word[0]?.toUpperCase() && !fixed.startsWith('I') ? capitalise(fixed) : fixed
  })
}

const QUESTION_OPENERS = new Set([
  'why',
  'how',
  'what',
  'who',
  'whom',
  'whose',
  'which',
  'where',
  'when',
  'is',
  'isn’t',
  "isn't",
  'are',
  'aren’t',
  "aren't",
  'was',
  'wasn’t',
  "wasn't",
  'do',
  'does',
  'did',
  'don’t',
  "don't",
  'doesn’t',
  "doesn't",
  'didn’t',
  "didn't",
  'can',
  'can’t',
  "can't",
  'could',
  'couldn’t',
  "couldn't",
  'would',
  'wouldn’t',
  "wouldn't",
  'should',
  'shouldn’t',
  "shouldn't",
  'will',
  'won’t',
  "won't",
  'have',
  'haven’t',
  "haven't",
  'has',
  'hasn’t',
  "hasn't",
  'shall',
  'may',
  'might',
])

const RELATIVE = new Set([
  'who',
  'that',
  'which',
  'whom',
  'whose',
  'where',
  'when',
  'what',
  'how',
  'why',
])
// A closed class of the grammar (verbs that take a clause as their object), not a topic list.
const THINKING_VERBS =
  /^(thinking|believing|assuming|expecting|pretending|imagining|supposing|hoping|deciding|forgetting)$/u
const SUBJECT_PRONOUNS = new Set(['i', 'we', 'you', 'they', 'he', 'she', 'it', 'people'])

function isFinite(term: TaggedTerm, previous?: TaggedTerm): boolean {
  // ("anyone who wants to can wear…": no "to" comes before a helping verb like "can".)
  if (previous?.normal === 'to' && !term.tags.has('Modal')) return false
  // "without anyone having to think": an -ing helping verb is no finite verb.
  if (term.tags.has('Auxiliary') && /ing$/u.test(term.normal)) return false
  // "…who care most are the ones": the tagger can read "are" as a noun after a relative clause.
  // (Lower case only: "Sharma Aunty Was Right" is a title.)
  if (/^(?:is|are|was|were)$/u.test(term.text)) return true
  if (term.tags.has('Gerund') || term.tags.has('Infinitive')) {
    // "need" in "kids need" is tagged Infinitive too; a present-tense form still counts.
    return term.tags.has('PresentTense') && !term.tags.has('Gerund') && !/ing$/u.test(term.normal)
  }
  return ['PastTense', 'PresentTense', 'Copula', 'Modal', 'Auxiliary'].some((t) => term.tags.has(t))
}

/**
 * "…means 40 emails asking "is there really no step?"": a question the person quotes at the end
 * of their own sentence is what someone else asked; the answer is a statement. (A question typed
 * in quotes whole, ""is anyone listening?"", is still the person's.)
 */
function endsOnQuotedQuestion(text: string): boolean {
  const trimmed = text.trim()
  const close = trimmed.search(/\?\s*["”]\s*\)?$/u)
  if (close < 0) return false
  const open = Math.max(trimmed.lastIndexOf('"', close), trimmed.lastIndexOf('“', close))
  return open > 0 && /[\p{L}\p{N}]/u.test(trimmed.slice(0, open))
}

/** What kind of phrase the answer is, judged from its tags. */
export function classify(text: string): AnswerForm {
  const form = classifyAsTyped(text)
  if (form !== 'noun-phrase') return form
  // "Current compliance correspondence templates (approx. 340 in circulation) score at a reading
  // age of…": the tagger cannot see past an aside in brackets to the verb after it. Read without
  // the aside, it is a clause.
  const unbracketed = text.replace(/\s*\([^()]*\)/gu, '')
  return unbracketed !== text &&
    /\p{L}/u.test(unbracketed) &&
    classifyAsTyped(unbracketed) === 'clause'
    ? 'clause'
    : form
}

function classifyAsTyped(text: string): AnswerForm {
  if (!/[\p{L}\p{N}]/u.test(text)) return 'empty'
  // (Arabic asks with "؟", Chinese and Japanese with "？".)
  if (/[?？؟]\s*["”’)」』»]*$/u.test(text) && !endsOnQuotedQuestion(text)) return 'question'
  // An answer's form shows in its first thirty words; tagging a pasted paragraph costs more.
  const terms = tagTerms(text.split(/\s+/u).slice(0, 30).join(' '))
  const first = terms[0]
  const second = terms[1]
  if (!first) return 'noun-phrase'
  const firstWord = first.text.toLowerCase().replace(/[^\p{L}’']/gu, '')
  // "there's no safe place to park": the tagger reads the contraction as one verb.
  if (/^(?:there|here)(?:[’']s|[’']re)$|^theres$/u.test(firstWord)) return 'clause'
  if (QUESTION_OPENERS.has(firstWord) && second) {
    const wh = first.tags.has('QuestionWord') || /^wh|^how$/u.test(firstWord)
    // Without a question mark, only a clear inversion counts: "isn't music…", "do we…".
    const negative = /n[’']t$/u.test(firstWord)
    const inverted =
      !wh &&
      (negative
        ? second.tags.has('Noun') ||
          second.tags.has('Pronoun') ||
          second.tags.has('Determiner') ||
          second.tags.has('Gerund') ||
          second.tags.has('Adjective')
        : /^(we|you|they|i|it|anyone|anybody|nobody|everyone|people|there|he|she)$/u.test(
            second.normal,
          ))
    // ("where you're born shouldn't decide your health": a subject first, with its verb joined
    // to it, is the place the sentence is about, not a question.)
    const subjectFirst = /^(?:i|you|we|they|he|she|it)[’'](?:re|m|s|ve|ll|d)$/iu.test(
      second.text.replace(/[^\p{L}’']/gu, ''),
    )
    const whQuestion =
      wh &&
      firstWord !== 'when' &&
      !subjectFirst &&
      (second.tags.has('Copula') ||
        second.tags.has('Auxiliary') ||
        second.tags.has('Modal') ||
        /^(do|does|did|is|are|was|were|can|could|would|should|will|won’t|don’t|doesn’t|didn’t)$/u.test(
          second.normal,
        ))
    if (inverted || whQuestion) return 'question'
  }
  // "Callum's Cause: water safety lessons…", "Ledgerly: …": a name or title before a colon names
  // the thing the rest describes.
  if (/^(?:\p{Lu}[\p{L}\p{N}’'&-]*\s+){0,3}\p{Lu}[\p{L}\p{N}’'&-]*:\s/u.test(text))
    return 'noun-phrase'
  // "Not knowing who to call", "never knowing if you're staying": a gerund phrase, negated.
  // "still being yourself", "just showing up": an adverb before the gerund changes nothing.
  if (
    (/^(not|never)$/u.test(firstWord) ||
      // ("most reoffending begins…": a quantifier before a noun in -ing, not an adverb.)
      (first.tags.has('Adverb') && !/^(?:most|many|some|all|few|more|much)$/u.test(firstWord))) &&
    second &&
    /^[\p{L}]{2,}ing$/u.test(second.normal) &&
    !/^(?:thing|nothing|something|anything|everything|king|spring|morning|evening)$/u.test(
      second.normal,
    )
  ) {
    return 'gerund'
  }
  // '"Shelter in Place", a play written by my students': a quoted title, then what it is.
  if (/^["“][^"”]+["”](?:,|$)/u.test(text)) return 'noun-phrase'
  // "silence", "pride": one word the tagger reads as a verb but the lexicon knows as a noun.
  if (terms.length === 1 && first.tags.has('Verb') && !first.tags.has('Gerund')) {
    if (lexiconTags(firstWord).some((tag) => NOUN_TAGS.includes(tag))) return 'noun-phrase'
    // "screens", "manuals": a lone word in -s is a plural thing, not "he screens".
    if (/[^s]s$/u.test(firstWord) && !first.tags.has('Infinitive')) return 'noun-phrase'
  }
  // "What it feels like to…", "how we treat…": a noun clause, said after "We all know".
  // …unless a verb of its own follows the clause's: "how you talk is not what you say" is a whole
  // clause with "how you talk" for its subject.
  if (/^(what|how)$/u.test(firstWord)) {
    // ("how hard it is to ask" keeps its "is": a subject pronoun right before it owns it.)
    const mainCopula = terms.some(
      (t, i) =>
        i >= 3 &&
        t.tags.has('Copula') &&
        // "no one's listening", "is disappearing": the clause's own helping verb.
        !/['’]/u.test(t.text) &&
        !/ing$/u.test(terms[i + 1]?.normal ?? '') &&
        terms[i - 1]?.normal !== 'to' &&
        !SUBJECT_PRONOUNS.has(terms[i - 1]?.normal ?? '') &&
        terms[i - 1]?.normal !== 'there',
    )
    return mainCopula ? 'clause' : 'noun-phrase'
  }
  // "most reoffending begins at the gate": after a quantified subject, a word in -s whose stem
  // the lexicon knows as a verb is that subject's verb, whatever the tagger read.
  if (/^(?:most|many|some|all|every|each|no|few)$/u.test(firstWord)) {
    const verbAt = terms.findIndex(
      (t, i) =>
        i >= 2 &&
        i <= 4 &&
        /[^s]s$/u.test(t.normal) &&
        lexiconTags(t.normal.replace(/e?s$/u, '')).includes('Infinitive'),
    )
    if (verbAt > 0) return 'clause'
  }
  // "every bus stop in Phoenix with a tree over it": after "every" or "each" the verb agrees with
  // one ("stops", "has", "can", "stopped"); a bare "stop" after a noun, which the lexicon knows as
  // a noun too, is the end of that noun. ("every salon have clean air", "every child deserve
  // language" are still what someone wants to happen, typed without the -s.)
  if (
    /^(?:every|each)$/u.test(firstWord) &&
    !terms.some((t, i) => i >= 2 && agreesWithOne(t)) &&
    terms.some((t, i) => i >= 2 && isNounAfterNoun(t, terms[i - 1])) &&
    terms.every(
      (t, i) =>
        i < 2 ||
        !t.tags.has('Verb') ||
        t.tags.has('Gerund') ||
        // ("stop in": the tagger's phrasal verb; "in" is still a preposition.)
        t.tags.has('Particle') ||
        isNounAfterNoun(t, terms[i - 1]),
    )
  ) {
    return 'noun-phrase'
  }
  // "Being seen…", "looking for a role": a gerund phrase, whatever verbs follow inside it.
  const finite = finiteVerbs(terms)
  // "onboarding redesign": an -ing word the lexicon does not know as a verb, naming a thing.
  // ("boring finance people can help": an adjective in -ing before the subject of a verb.)
  if (isNounCompound(firstWord, second) && !(first.tags.has('Adjective') && finite.some(Boolean))) {
    return 'noun-phrase'
  }
  // ("something with media literacy": a word in -ing that is no doing.)
  if (
    (first.tags.has('Gerund') || /^[\p{L}]{2,}ing$/u.test(firstWord)) &&
    !NOT_DOING.test(firstWord)
  ) {
    // "Thinking language is only grammar": a verb of thinking takes the clause after it as what
    // is thought, so the whole answer is one gerund phrase ("the mistake is thinking …").
    if (THINKING_VERBS.test(firstWord)) return 'gerund'
    // "being heard starts with hearing", "feeling seen changes everything": after a gerund and
    // its participle, a word in -s whose stem is a verb is the main verb, though the tagger reads
    // a plural ("I believe in being heard starts…" was no sentence).
    const afterParticiple = terms[2]
    if (
      /^(?:being|feeling|getting)$/u.test(firstWord) &&
      (second?.tags.has('PastTense') === true || second?.tags.has('Participle') === true) &&
      afterParticiple !== undefined &&
      terms.length > 3 &&
      /[^s]s$/u.test(afterParticiple.normal) &&
      [afterParticiple.normal.slice(0, -1), afterParticiple.normal.replace(/es$/u, '')].some(
        (stem) => readsAsVerbToo(stem),
      )
    ) {
      return 'clause'
    }
    // "Going home is part of the treatment" is a clause with a gerund for its subject.
    // …or a verb in the third person: "being given one chance changes everything".
    // "figuring out what our program should be for": the first verb after "what" + a subject is
    // that clause's own ("knowing what to trust is…" has none, so its "is" is the main verb).
    const whClauseVerb = new Set<number>()
    terms.forEach((t, i) => {
      if (!/^(what|how|why|where|whether|who)$/u.test(t.normal)) return
      if (terms[i + 1]?.normal === 'to') return
      const own = finite.findIndex((f, k) => k > i + 1 && f)
      if (own > 0) whClauseVerb.add(own)
    })
    const copula = terms.findIndex(
      (t, i) =>
        i >= 1 &&
        !whClauseVerb.has(i) &&
        // A copula ends the gerund subject even after "what to trust"; other verbs must be finite.
        // ("being told you are too old": a copula after its own subject is a clause inside the
        // phrase, finite or not; so is "you're" in "feeling like you're worth something".)
        ((t.tags.has('Copula') &&
          !afterModal(terms, i) &&
          !afterSubject(terms, i) &&
          !t.tags.has('Pronoun') &&
          // "finding a job where accessibility is the point": the copula of a relative clause
          // ("knowing what to trust is hard" keeps its main verb: "what" begins its subject).
          !(
            (/^(where|that|which|who|when)$/u.test(terms[i - 2]?.normal ?? '') ||
              /^(that|which|who)$/u.test(terms[i - 1]?.normal ?? '')) &&
            // "…one friend who is local changes everything": the main verb comes after.
            !verbLikeAfter(terms, i + 1)
          ) &&
          // "missing someone who is working…": the helping verb of a relative clause inside it.
          !(
            /^(who|that|which)$/u.test(terms[i - 1]?.normal ?? '') &&
            /ing$/u.test(terms[i + 1]?.normal ?? '')
          )) ||
          (finite[i] && !t.tags.has('Copula'))) &&
        // ("keeping the language your grandmother dreams in": a thing, then whose it is and its
        // verb, is a clause about the thing, not the main one.)
        !(
          terms[i - 1]?.tags.has('Noun') &&
          terms[i - 2]?.tags.has('Possessive') &&
          terms[i - 3]?.tags.has('Noun')
        ) &&
        (t.tags.has('Copula') ||
          t.tags.has('Modal') ||
          (t.tags.has('PresentTense') &&
            /[^s]s$/u.test(t.normal) &&
            !t.tags.has('Noun') &&
            // "…as a paralegal in tenant rights": a last word that is a plural noun ends no clause.
            !(
              i === terms.length - 1 &&
              terms[i - 1]?.tags.has('Singular') &&
              tagTerms(`the ${t.normal}`).at(-1)?.tags.has('Plural')
            ))),
    )
    // "waiting rooms deserve beauty too", "working parents need a break": an -ing word before a
    // plural noun and a verb that agrees with it describes the subject ("helping families stay
    // together" is a doing: after help, let, make or watch, the bare verb is theirs).
    const third = terms[2]
    const describesSubject =
      second?.tags.has('Plural') === true &&
      !second.tags.has('Pronoun') &&
      third !== undefined &&
      (third.tags.has('Infinitive') || third.tags.has('Modal')) &&
      !third.tags.has('Noun') &&
      // ("treating apprentices like cheap labour": "like" after them compares; "proving people
      // wrong", "stitching things back": a word the lexicon knows only as no verb ends the
      // gerund's own phrase; "sparing people harm they never see": a word a clause describes
      // is a thing.)
      !/^(?:like|as|than)$/u.test(third.normal) &&
      (third.tags.has('Modal') ||
        lexiconTags(third.normal).some((tag) => tag === 'Infinitive' || tag === 'PresentTense')) &&
      !SUBJECT_PRONOUNS.has(terms[3]?.normal ?? '') &&
      !/^(?:helping|letting|making|watching|seeing|hearing|having|getting|noticing)$/u.test(
        firstWord,
      )
    return copula > 0 || describesSubject ? 'clause' : 'gerund'
  }
  if (isPictureOfSomeone(terms)) return 'noun-phrase'
  const firstFinite = finite.indexOf(true)
  // "EV certified garage", "NHS approved app": a participle between a letter word and a bare
  // noun describes the thing; "EV certified" is no subject and its verb.
  const described = terms[firstFinite]
  if (
    firstFinite === 1 &&
    first.tags.has('Acronym') &&
    described?.tags.has('PastTense') &&
    /ed$/u.test(described.normal) &&
    terms[2]?.tags.has('Noun') &&
    !terms.some((t) => t.tags.has('Determiner') || t.tags.has('Pronoun'))
  ) {
    return 'noun-phrase'
  }
  if (firstFinite < 0) return 'noun-phrase'
  // "Good food thrown away every night while families skip meals": every verb belongs to a
  // clause that hangs off the phrase ("while…", "so when…"), so there is no main verb.
  if (!SUBORDINATORS.test(firstWord) && !hasMainVerb(terms, finite)) return 'noun-phrase'
  // "I'm thinking about…", "we're opening…": a subject and its verb in one written word.
  if (firstFinite === 0 && first.tags.has('Pronoun')) return 'clause'
  if (firstFinite === 0) {
    // "Work that matters": a word that is a noun too, followed by a relative, is the noun it
    // describes ("remember that…" has no noun reading, and stays a verb).
    if (
      /^(that|who|which)(?:$|[’'\s])/u.test(second?.text.toLowerCase() ?? '') &&
      // "blokes who'd…": a verb that opens an answer is bare ("remember that…"); an -s word
      // there is a plural noun.
      (/[^s]s$/u.test(firstWord) ||
        lexiconTags(firstWord).some(
          (tag) => tag === 'Singular' || tag === 'Uncountable' || tag === 'Plural',
        ))
    ) {
      return 'noun-phrase'
    }
    // "support and testing for ex pros", "care and housing": a word that is a noun too, joined to
    // a doing named as a thing or to a word that is only a noun, is the first of two things ("So
    // I want to support and testing…" is no sentence); "support and encourage" keeps its verbs.
    const third = terms[2]
    if (
      /^(?:and|&|or)$/u.test(second?.normal ?? '') &&
      third !== undefined &&
      (third.tags.has('Gerund') ||
        (lexiconTags(third.normal).length > 0 &&
          lexiconTags(third.normal).every((tag) =>
            /^(?:Singular|Uncountable|Plural)$/u.test(tag),
          ))) &&
      tagTerms(`the ${firstWord}`).at(-1)?.tags.has('Noun') === true
    ) {
      return 'noun-phrase'
    }
    // "postcode deciding your care", "mums helping mums": a thing or people, then what they do in
    // an -ing word, is a picture ("We all want to postcode deciding your care" is no sentence);
    // "keep dreaming", "stop worrying" keep their verb (a verb that takes an -ing word after it,
    // which the lexicon may file as a noun).
    // (Only a plain word, and with what the -ing word does to after it: "who's watching",
    // "nobody's training joiners" and "fishing nets" are none.)
    if (
      second?.tags.has('Gerund') &&
      /^\p{L}+$/u.test(firstWord) &&
      !/^(?:every|no|some|any)(?:one|body)s?$/iu.test(firstWord) &&
      ['Determiner', 'Possessive', 'Pronoun', 'Preposition'].some((tag) =>
        terms[2]?.tags.has(tag),
      ) &&
      !TAKES_ING.test(firstWord) &&
      !lexiconTags(firstWord).some((tag) => /Verb|Infinitive|PastTense|PresentTense/u.test(tag)) &&
      tagTerms(`the ${firstWord}`).at(-1)?.tags.has('Noun') === true
    ) {
      return 'noun-phrase'
    }
    // "pride in a day's work", "trust between neighbours": a word the lexicon files only as a
    // noun, before a preposition, is the thing ("We all want to pride in…" is no sentence).
    const nounOnly = lexiconTags(firstWord)
    if (
      nounOnly.length > 0 &&
      nounOnly.every((tag) => tag === 'Singular' || tag === 'Uncountable') &&
      second?.tags.has('Preposition')
    ) {
      return 'noun-phrase'
    }
    // "free well water testing days", "free one-to-one reading tutoring for adults": a word that
    // is an adjective too, straight before the words of a thing with no article ("well" read as
    // an adverb, "one-to-one" as numbers), describes that thing; "free the data", "free up time",
    // "slow down the line", "clean the river" keep the verb.
    const upTo = terms.findIndex((t, i) => i > 1 && t.tags.has('Preposition'))
    const thing = terms.slice(2, upTo < 0 ? terms.length : upTo)
    const head = thing.at(-1)
    if (
      lexiconTags(firstWord).includes('Adjective') &&
      second !== undefined &&
      (second.tags.has('Adverb') || second.tags.has('Hyphenated')) &&
      !second.tags.has('Particle') &&
      !second.tags.has('PhrasalVerb') &&
      thing.every((t) => /Noun|Adjective|Gerund|Hyphenated|Value/u.test([...t.tags].join(' '))) &&
      head !== undefined &&
      (head.tags.has('Noun') || head.tags.has('Gerund'))
    ) {
      return 'noun-phrase'
    }
    // (Up to a pause: "park ranger job, National Park Service".)
    if (namesOneThing(tagTerms(text.split(/[,;:(]/u)[0] ?? text))) return 'noun-phrase'
    // "experience still counts for something": a word, an adverb of time, then a word in -s is a
    // thing and what it does ("I believe we should experience still counts…" was said).
    if (
      /^\p{L}+\s+(?:still|always|never|really|just|also|only|often|usually|rarely|actually|truly|sometimes)\s+\p{L}{2,}[^s\s]s\b/iu.test(
        text,
      )
    ) {
      return 'clause'
    }
    // "Fix things together" is a verb phrase; "travel websites say…" starts with a noun.
    // "make every release tested…, so uncle can bank alone": a verb inside a hanging "so…" clause
    // makes no second clause.
    return hasMainVerb(terms.slice(1), finite.slice(1)) ? 'clause' : 'verb-phrase'
  }
  return 'clause'
}

const TAKES_ING =
  /^(?:stop|start|keep|quit|avoid|enjoy|try|practi[cs]e|need|finish|begin|love|like|hate|risk|consider|imagine|miss|mind|continue|go|get|spend|waste|prefer|resume|celebrate|recommend|suggest)$/iu

/**
 * "park ranger job", "peer tutoring in all 12 schools", "gear rental for porters", "staff medical
 * interpreter": a first word that is a noun too, straight before the words of one thing with no
 * article, names that thing ("So I want to park ranger job." is no sentence). A verb's object is
 * a thing with its article, several things or a mass ("build community gardens", "grow food"),
 * an -ing word after a verb that is only ever one ("teach coding"), or any noun after the few
 * verbs people say before a bare noun in any English ("find job in Berlin", "get license").
 */
function namesOneThing(terms: readonly TaggedTerm[]): boolean {
  const first = terms[0]
  // (A base form only: "engineers sleep…", "phased return…" are no verb and its object.)
  if (
    first === undefined ||
    BARE_OBJECT_VERBS.test(first.normal) ||
    /(?:s|ed)$/u.test(first.normal) ||
    first.tags.has('PastTense') ||
    first.tags.has('Participle')
  ) {
    return false
  }
  let head = 0
  for (let j = 1; j < terms.length; j++) {
    const term = terms[j] as TaggedTerm
    const describes = term.tags.has('Noun') || term.tags.has('Adjective') || term.tags.has('Gerund')
    const opens = [
      'Determiner',
      'Pronoun',
      'Preposition',
      'Adverb',
      'Value',
      'Conjunction',
      'Modal',
      'Copula',
      'Possessive',
    ].some((tag) => term.tags.has(tag))
    if (!describes || opens || (term.tags.has('Verb') && !term.tags.has('Gerund'))) break
    head = j
  }
  // The thing's words end the phrase (the caller cuts it at a pause: "…, National Park Service")
  // or come before a preposition or a joining word ("…for porters"); a verb after them makes a
  // clause ("release day is…").
  const after = terms[head + 1]
  if (after !== undefined && !after.tags.has('Preposition') && !after.tags.has('Conjunction')) {
    return false
  }
  const found = terms[head]
  if (head === 0 || found === undefined) return false
  if (found.tags.has('Plural') || found.tags.has('ProperNoun')) return false
  if (/ing$/u.test(found.normal)) return !lexiconTags(first.normal).includes('Infinitive')
  return found.tags.has('Singular') && !lexiconTags(found.normal).includes('Uncountable')
}

// The verbs said before a bare noun in every English ("find job", "get license", "open shop").
const BARE_OBJECT_VERBS =
  /^(?:find|get|join|start|open|make|do|have|take|become|work|learn|teach|build|help|create|run|give|keep|go|see|be|bring|buy|sell|pay|change|fix|support)$/u

/** A word after `from` that reads as a verb in the third person with its object ("changes everything"). */
function verbLikeAfter(terms: TaggedTerm[], from: number): boolean {
  return terms.some((t, k) => {
    if (k <= from || !/[^s]s$/u.test(t.normal)) return false
    const before = terms[k - 1]
    const after = terms[k + 1]
    if (!before || before.tags.has('Determiner') || before.tags.has('Preposition')) return false
    return (
      after !== undefined && ['Determiner', 'Pronoun', 'Noun'].some((tag) => after.tags.has(tag))
    )
  })
}

/** Which terms are finite verbs of a clause (not inside a phrase that names something). */
/**
 * "a girl describes her pain once": the tagger reads an -s verb it does not know as a plural
 * noun; after "a" and one singular noun, and before "her", "the", "his", it is the verb.
 */
function isVerbReadAsPlural(terms: TaggedTerm[], i: number): boolean {
  const [term, noun, article, next] = [terms[i], terms[i - 1], terms[i - 2], terms[i + 1]]
  if (!term || !noun || !article || !next) return false
  return (
    term.tags.has('Plural') &&
    !term.tags.has('Verb') &&
    // ("a patient describes…": after "a", no plural follows; the word it read as an adjective is
    // the someone.)
    (noun.tags.has('Singular') ||
      noun.tags.has('Actor') ||
      (noun.tags.has('Adjective') && /^(?:a|an|every|each|one)$/u.test(article.normal))) &&
    !noun.tags.has('Plural') &&
    !noun.tags.has('Possessive') &&
    /^(?:a|an|the|every|each|one|no)$/u.test(article.normal) &&
    /^(?:her|his|their|my|our|your|the|a|an|its|them|him|me|us)$/u.test(next.normal) &&
    knownAsVerb(term.normal.replace(/(?<=(?:ss|sh|ch|x|z))es$|s$/u, ''))
  )
}

/** A word the lexicon, or the tagger after "to", reads as a verb ("describe"). */
function knownAsVerb(word: string): boolean {
  return readsAsVerbToo(word) || (tagTerms(`to ${word}`)[1]?.tags.has('Infinitive') ?? false)
}

function finiteVerbs(terms: TaggedTerm[]): boolean[] {
  const finite: boolean[] = []
  terms.forEach((t, i) => {
    finite.push(
      (isFinite(t, terms[i - 1]) || isVerbReadAsPlural(terms, i)) &&
        !afterModal(terms, i) &&
        (i === 0 || !isRelative(terms, i)) &&
        !isReducedRelative(terms, i) &&
        !isContactRelative(terms, i, finite) &&
        !isNounBeforeRelative(terms, i) &&
        !isBareAfterSingular(terms, i) &&
        !isPluralInList(terms, i) &&
        !isModifierOrObject(terms, i, finite),
    )
  })
  return finite
}

/**
 * "kelp forests coming back and young people staying in Cornish harbours", "kids using tech to make
 * things": someone and an -ing word with no helping verb is a picture to see, not a clause,
 * whatever the tagger makes of the words after it ("harbours", "click"). It is a clause only when
 * a verb agrees with that someone outside a clause of its own: "kids growing up here are safe",
 * "every tenant walking into eviction court has someone" ("…like they can" is the inner clause's).
 */
function isPictureOfSomeone(terms: TaggedTerm[]): boolean {
  let at = 0
  let head: TaggedTerm | undefined
  let linkedAt = -1
  while (at < terms.length && at < 7) {
    const t = terms[at]
    const before = terms[at - 1]
    // ("nobody's training joiners", "lobster's moving north": the subject's own "is".)
    if (!t || t.tags.has('Pronoun') || /['’]s$/u.test(t.text) || /[,;:]$/u.test(before?.text ?? ''))
      return false
    // The -ing word follows the noun it pictures ("plastic packaging", "in nursing homes" are
    // things; "people in Dundee start nursery having…" has a verb before it).
    if (/^\p{L}{2,}ing$/u.test(t.normal) && !NOT_DOING.test(t.normal) && head) {
      if (before?.tags.has('Noun') && !before.tags.has('Adjective')) break
      return false
    }
    const describes = t.tags.has('Determiner') || t.tags.has('Adjective') || t.tags.has('Cardinal')
    // "women like Pooja working…", "kids in Toronto schools eating…": one short phrase after it.
    if (head !== undefined && linkedAt < 0 && /^(?:like|in|from|at|on|of|with)$/u.test(t.normal)) {
      linkedAt = at
    } else if (linkedAt >= 0 && at - linkedAt > 2) {
      return false
    } else if (t.tags.has('Noun') && !t.tags.has('Gerund')) {
      if (linkedAt < 0) head = t
    } else if (!describes && !/^(?:every|each|no|all|more|most)$/u.test(t.normal)) {
      return false
    }
    at += 1
  }
  const participle = terms[at]
  if (!head || !participle || !/ing$/u.test(participle.normal)) return false
  const plural = head.tags.has('Plural') || /[^s]s$/u.test(head.normal)
  return !terms.some((t, i) => {
    const before = terms[i - 1]
    if (i <= at || !before) return false
    // The verb of a clause inside the picture ("like they can actually do", "they're missing")
    // is not its own, nor is one in an infinitive ("to make things, not just click things").
    const ownSubject = (t.text.toLowerCase().match(/^(\p{L}+)['’]/u) ?? [])[1]
    if (before.tags.has('Pronoun') || SUBJECT_PRONOUNS.has(ownSubject ?? '')) return false
    if (/^(?:to|just|not)$/u.test(before.normal) || afterModal(terms, i)) return false
    if (t.tags.has('Copula') || t.tags.has('Modal') || t.tags.has('Auxiliary')) return true
    if (!t.tags.has('Verb') || t.tags.has('Gerund') || /ing$/u.test(t.normal)) return false
    // A plural someone takes a bare verb ("kids walking to school pass a wall"; "harbours",
    // "models" are things); not one right after an -ing word ("helping grow the veg").
    if (plural) return !/s$/u.test(t.normal) && !/ing$/u.test(before.normal)
    return /[^s]s$/u.test(t.normal) || t.tags.has('PastTense')
  })
}

/** "pots and workshops", "pots, workshops": an -s word listed after a plural is one more thing. */
function isPluralInList(terms: TaggedTerm[], i: number): boolean {
  const term = terms[i]
  if (!term || !/[^s]s$/u.test(term.normal) || !term.tags.has('PresentTense')) return false
  const link = terms[i - 1]
  const joined = link && /^(?:and|or|&)$/u.test(link.normal)
  const listed = joined ? terms[i - 2] : link
  if (!listed || !listed.tags.has('Plural')) return false
  return joined || /,$/u.test(listed.text)
}

/**
 * "when people leave the museum having really looked at one thing": a clause that hangs off a
 * main clause nobody typed. True when a verb is left once each "when", "if", "so"… has its own.
 */
export function hasMainClause(text: string): boolean {
  const clause = (said: string) => {
    const terms = tagTerms(said.split(/\s+/u).slice(0, 30).join(' '))
    return hasMainVerb(terms, finiteVerbs(terms))
  }
  // "A defendant before me, charged with trespass for sleeping in a bank foyer": a participle
  // after a comma, before what it was done with or by, describes the someone before it; with no
  // verb before it, the sentence has none ("The man, charged with theft, smiled" has "smiled";
  // "Kid named Tyler, 19, collapsed on my shift" is what he did).
  const aside = APPOSITIVE_PARTICIPLE.exec(text)
  if (aside !== null && !clause(text.slice(0, aside.index))) {
    return clause(text.slice(0, aside.index) + text.slice(aside.index + aside[0].length))
  }
  return clause(text)
}
const APPOSITIVE_PARTICIPLE = /,\s+\p{L}+ed\s+(?:with|by|for|as)\s[^,.;!?]*/iu

const NOUN_TAGS = ['Singular', 'Plural', 'Uncountable']

// Words that open a clause hanging off another one; each takes the first verb after it.
const SUBORDINATORS =
  /^(while|because|although|though|unless|until|whereas|when|whenever|if|so|once)$/u

/**
 * Whether a finite verb is left over once each subordinating word ("while", "so", "when") has
 * taken the first finite verb after it: "…while families skip meals" has none left, "When I was
 * 6 my dad went to prison" has "went".
 */
function hasMainVerb(terms: TaggedTerm[], finite: boolean[]): boolean {
  let pending = 0
  for (let i = 0; i < terms.length; i += 1) {
    if (SUBORDINATORS.test(terms[i]?.normal ?? '')) pending += 1
    else if (finite[i]) {
      if (pending === 0) return true
      pending -= 1
    }
  }
  return false
}

/**
 * A word the tagger calls a verb that the phrase around it says is not a finite verb: after a
 * preposition ("of retired engineers", "by retired judges"), a hyphenated modifier
 * ("AI-powered"), a participle with no helping verb ("food thrown away"), a past form after an
 * adjective ("cheap vented…"), a bare form after a modifier ("vented nail table"), or a bare verb
 * joined by "and" to one that was not finite ("for conductors to finish school and save").
 */
function isModifierOrObject(terms: TaggedTerm[], index: number, finite: boolean[]): boolean {
  const term = terms[index]
  if (!term || index === 0) return false
  if (term.tags.has('Hyphenated')) return true
  // "blokes who'd never have met": the helping verb inside a relative, written as one word.
  if (/^(who|which|that)[’'](d|s|ll|re|ve)$/iu.test(term.text)) return true
  // ("a kid in 2080 can put on a record": a helping verb after a year is the subject's, never a
  // preposition's object.)
  if (term.tags.has('Modal') && !term.tags.has('Noun') && /^\p{L}+$/u.test(term.text)) return false
  let j = index - 1
  while (
    j >= 0 &&
    (terms[j]?.tags.has('Adjective') ||
      terms[j]?.tags.has('Determiner') ||
      // "with one crooked mug", "for two retired nurses": a number counts like a determiner.
      (terms[j]?.tags.has('Cardinal') && !terms[j]?.tags.has('RomanNumeral') && j > 0) ||
      (terms[j]?.tags.has('PastTense') && finite[j] === false))
  ) {
    j -= 1
  }
  const head = terms[j]
  // A past form after a preposition is a modifier only before the noun it describes ("by retired
  // judges"), not in "hold onto, made with love".
  const next = terms[index + 1]
  const describes =
    !term.tags.has('PastTense') ||
    (next !== undefined && !next.tags.has('Preposition') && !next.tags.has('Conjunction'))
  if (describes && (j < index - 1 || head?.normal !== 'to')) {
    if (head?.tags.has('Preposition') && head.normal !== 'to' && !head.tags.has('Conjunction')) {
      return true
    }
  }
  const before = terms[index - 1]
  if (!before) return false
  if (term.tags.has('Participle') && !term.tags.has('Copula')) {
    const helped = terms
      .slice(Math.max(0, index - 3), index)
      .some(
        (t) =>
          t.tags.has('Auxiliary') ||
          t.tags.has('Copula') ||
          /^(have|has|had|get|got)$/u.test(t.normal),
      )
    if (!helped) return true
  }
  if (term.tags.has('PastTense') && before.tags.has('Adjective') && index <= 2) return true
  // "their mobile sales records": an -s form right after a plural noun does not agree with it, so
  // it is the last noun of a compound, not a verb.
  // "solar charging kiosks": an -s word the lexicon does not know, after an adjective and a
  // noun, is the tagger's guess; it ends the noun phrase.
  if (
    term.tags.has('PresentTense') &&
    /^\p{L}{3,}s$/u.test(term.normal) &&
    lexiconTags(term.normal).length === 0 &&
    lexiconTags(term.normal.replace(/e?s$/u, '')).length === 0 &&
    before.tags.has('Singular') &&
    !before.tags.has('Actor') &&
    !before.tags.has('Pronoun') &&
    index === 2 &&
    terms[0]?.tags.has('Adjective')
  ) {
    return true
  }
  // ("…of medicines sits down": after a preposition the plural is an object, the verb's subject
  // stands further back.)
  const beforeThat = terms[index - 2]
  if (
    term.tags.has('PresentTense') &&
    !term.tags.has('Pronoun') &&
    /^\p{L}+[^s]s$/u.test(term.normal) &&
    before.tags.has('Plural') &&
    !before.tags.has('Pronoun') &&
    /s$/u.test(before.normal) &&
    beforeThat !== undefined &&
    (beforeThat.tags.has('Adjective') ||
      beforeThat.tags.has('Determiner') ||
      beforeThat.tags.has('Possessive'))
  ) {
    return true
  }
  // "a paid part-time role", "the wasted food": a past form right after an article or a
  // possessive describes the noun after it.
  if (
    term.tags.has('PastTense') &&
    /^(a|an|the|my|our|your|their|his|her)$/u.test(before.normal) &&
    terms[index + 1] !== undefined
  ) {
    return true
  }
  // "cities where the migration flies through and keeps going": a verb joined by "and" to one
  // inside a relative clause (or any verb that was not finite) belongs to that clause too.
  if (
    /^(and|or)$/u.test(before.normal) &&
    (term.tags.has('PresentTense') || term.tags.has('PastTense'))
  ) {
    for (let k = index - 2; k >= Math.max(1, index - 7); k -= 1) {
      const verb = terms[k]
      if (verb?.tags.has('Verb') && !verb.tags.has('Gerund')) {
        if (finite[k] === false && isRelative(terms, k)) return true
        break
      }
    }
  }
  // "getting ripped off", "having really looked": a participle after a gerund.
  let g = index - 1
  while (g > 0 && terms[g]?.tags.has('Adverb')) g -= 1
  if (term.tags.has('PastTense') && terms[g]?.tags.has('Gerund')) return true
  if (
    term.tags.has('Infinitive') &&
    !/s$/u.test(term.normal) &&
    before.tags.has('PastTense') &&
    !finite[index - 1] &&
    index <= 3
  ) {
    return true
  }
  if (term.tags.has('Infinitive') && /^(and|or)$/u.test(before.normal)) {
    for (let k = index - 2; k >= Math.max(0, index - 5); k -= 1) {
      if (terms[k]?.tags.has('Verb')) return finite[k] === false
    }
  }
  return false
}

// "a job where you are valued": a copula after its own subject pronoun belongs to a clause
// inside the phrase, not to the gerund subject.
function afterSubject(terms: TaggedTerm[], index: number): boolean {
  // ("who you really are": an adverb between the subject and its verb.)
  let j = index - 1
  while (j > 0 && terms[j]?.tags.has('Adverb')) j -= 1
  const before = terms[j]
  return before !== undefined && SUBJECT_PRONOUNS.has(before.normal) && before.normal !== 'people'
}

// "can never go": the verb after a modal or auxiliary belongs to its verb group, not a new clause.
function afterModal(terms: TaggedTerm[], index: number): boolean {
  // "…work you already did shouldn't be…": a modal starts a verb group of its own.
  if (terms[index]?.tags.has('Modal')) return false
  let j = index - 1
  while (j >= 0 && (terms[j]?.tags.has('Adverb') || terms[j]?.tags.has('Negative'))) j -= 1
  const before = terms[j]
  return before !== undefined && (before.tags.has('Modal') || before.tags.has('Auxiliary'))
}

// A verb inside a relative clause ("family who sacrifice", "the things we do") does not make
// the whole answer a clause.
function isRelative(terms: TaggedTerm[], index: number): boolean {
  let j = index - 1
  while (j >= 0 && (terms[j]?.tags.has('Adverb') || terms[j]?.tags.has('Negative'))) j -= 1
  const before = terms[j]
  if (!before) return false
  if (RELATIVE.has(before.normal) && j > 0) return true
  // "training that nobody finishes": the relative word may stand two or three words back.
  // "a kid who stammers opens a book": two verbs agreeing with a singular subject in a row; the
  // first has the relative word, the second is the main verb ("that trains care leavers" is not).
  const term = terms[index]
  const secondVerb =
    before.tags.has('Verb') &&
    /[^s]s$/u.test(before.normal) &&
    term !== undefined &&
    term.tags.has('PresentTense') &&
    /[^s]s$/u.test(term.normal)
  for (let k = j - 1; k >= Math.max(1, j - 3) && !secondVerb; k -= 1) {
    const word = terms[k]
    if (!word || isFinite(word, terms[k - 1])) break
    if (RELATIVE.has(word.normal)) return true
  }
  const beforeThat = terms[j - 1]
  // "the strange things we do": a noun, then a pronoun subject, then the verb.
  const opener = terms[0]
  return (
    SUBJECT_PRONOUNS.has(before.normal) &&
    before.normal !== 'people' &&
    beforeThat !== undefined &&
    beforeThat.tags.has('Noun') &&
    !beforeThat.tags.has('Pronoun') &&
    !beforeThat.tags.has('ProperNoun') &&
    j - 1 > 0 &&
    opener !== undefined &&
    !opener.tags.has('Preposition') &&
    !opener.tags.has('Conjunction')
  )
}

// "A podcast called The Hidden Rulebook", "an album of songs collected in care homes": a past
// participle after the noun it describes, in a phrase that names a thing, is not the main verb.
// "A friend called me" keeps its verb: an object pronoun follows.
function isReducedRelative(terms: TaggedTerm[], index: number): boolean {
  const term = terms[index]
  const before = terms[index - 1]
  const after = terms[index + 1]
  if (!term || !before || !term.tags.has('PastTense')) return false
  if (['Copula', 'Auxiliary', 'Modal'].some((tag) => term.tags.has(tag))) return false
  if (!before.tags.has('Noun') || before.tags.has('Pronoun')) return false
  if (afterWhoClause(terms, index)) return false
  // "micro-loans for traders based on their sales": "based on" after a noun describes it.
  if (term.normal === 'based' && /^(on|in|at|around)$/u.test(after?.normal ?? '')) return true
  const namesAThing =
    /^(a|an)$/u.test(terms[0]?.normal ?? '') ||
    terms.slice(Math.max(0, index - 4), index - 1).some((t) => t.normal === 'of')
  if (!namesAThing) return false
  if (!after) return true
  if (after.tags.has('Pronoun')) return false
  // A preposition ("collected in…") or a title in capitals or quotes ("called The Hidden…").
  return after.tags.has('Preposition') || /^["“‘'(]?\p{Lu}/u.test(after.text)
}

/**
 * "A kid named Marquise who hadn't turned in one assignment argued with me", "a man who hadn't
 * spoken in months sang": once a "who…" has had its verb, a past-tense verb after a noun is the
 * one the person said the sentence for, not one describing that noun.
 */
function afterWhoClause(terms: TaggedTerm[], index: number): boolean {
  const who = terms.findIndex((t, k) => k > 0 && k < index && t.normal === 'who')
  if (who < 0) return false
  const between = terms.slice(who + 1, index - 1)
  return (
    between.some((t) => t.tags.has('Verb') && !t.tags.has('Gerund')) &&
    !between.some((t) => t.normal === 'who' || /[,;:]$/u.test(t.text))
  )
}

// "a shelf … with one crooked mug somebody made", "the house we grew up in": in a phrase that
// names a thing, a verb whose subject pronoun follows a noun straight away describes that noun
// ("mug [that] somebody made"); with no finite verb before it, the answer is still a thing.
const CONTACT_SUBJECTS =
  /^(?:somebody|someone|nobody|everybody|everyone|anyone|we|they|i|you|he|she|people)$/u

function isContactRelative(terms: TaggedTerm[], index: number, finite: boolean[]): boolean {
  const subject = terms[index - 1]
  const noun = terms[index - 2]
  if (!subject || !noun || !CONTACT_SUBJECTS.test(subject.normal)) return false
  if (!noun.tags.has('Noun') || noun.tags.has('Pronoun')) return false
  if (!/^(?:a|an|the|every|one|some|each|no)$/u.test(terms[0]?.normal ?? '')) return false
  return !finite.some(Boolean)
}

// "Conversation clubs where locals…": after a bare noun, a present-tense "-s" word followed by
// "where" or "who" is a plural noun the relative clause describes, not a verb.
function isNounBeforeRelative(terms: TaggedTerm[], index: number): boolean {
  const term = terms[index]
  const before = terms[index - 1]
  const after = terms[index + 1]
  return (
    index === 1 &&
    term !== undefined &&
    before !== undefined &&
    after !== undefined &&
    term.tags.has('PresentTense') &&
    /s$/u.test(term.normal) &&
    before.tags.has('Singular') &&
    // "Mum knows where…": a person is the subject of a verb.
    !before.tags.has('Actor') &&
    !before.tags.has('Determiner') &&
    /^(where|who)$/u.test(after.normal)
  )
}

// "A patch-based repairs pilot": after a subject that opens with "a", a verb would agree
// ("a man pilots"); a bare form there is a noun inside the phrase.
function isBareAfterSingular(terms: TaggedTerm[], index: number): boolean {
  const term = terms[index]
  return (
    index > 1 &&
    /^(a|an)$/u.test(terms[0]?.normal ?? '') &&
    term !== undefined &&
    term.tags.has('Infinitive') &&
    !/s$/u.test(term.normal) &&
    !terms
      .slice(1, index)
      .some((t) => t.tags.has('Preposition') || t.normal === 'who' || t.normal === 'that')
  )
}

function isNounCompound(firstWord: string, second: TaggedTerm | undefined): boolean {
  if (!second || !/^[\p{L}]{3,}ing$/u.test(firstWord)) return false
  if (!second.tags.has('Singular') || second.tags.has('Pronoun')) return false
  // "missing someone": an indefinite pronoun is an object, so the -ing word is a verb.
  if (/^(some|any|every|no)(one|body|thing)$/u.test(second.normal)) return false
  const stem = firstWord.slice(0, -3)
  const verbForms = [firstWord, stem, `${stem}e`, stem.replace(/(\p{L})\1$/u, '$1')]
  return !verbForms.some((form) =>
    lexiconTags(form).some((tag) => tag === 'Gerund' || tag === 'Infinitive'),
  )
}

/**
 * "fixed my sister's bike with a $4 tube": a moment told with its subject left off, as people
 * type. Said aloud it needs its "I". Only a past verb with an object after it ("raised by my gran",
 * "stuck in traffic" describe the person and keep their shape).
 */
export function withDroppedSubject(text: string): string {
  // "…by 2020. started with a £5 free bet": how it began, said with its "it".
  return withSomeoneArticle(
    withFirstSubject(
      // "Took 9 years and 14 doctors to get my EDS diagnosis", "took me 20 min to decode it":
      // what it took, said with its "it" ("I took 9 years…", "I took me 20 min…" were said).
      text.replace(
        /(^|[.!?]\s+)(took|takes)(\s+(?:me\s+|us\s+)?(?:\d+|(?:one|two|three|four|five|six|seven|eight|nine|ten)\s|months|years|weeks|forever|ages)\b)/giu,
        (_m, before: string, verb: string, rest: string) =>
          `${before}It ${verb.toLowerCase()}${rest}`,
      ),
    )
      .replace(
        /(^|[.!?]\s+)(started|began)(\s+(?:with|when|as)\b)/giu,
        (_m, before: string, verb: string, rest: string) =>
          `${before}It ${verb.toLowerCase()}${rest}`,
      )
      // "first time i hear 100 pans at panorama i was 7": said with its "the".
      .replace(
        /(^|[.!?]\s+)first time(?=\s+(?:i|we|my|she|he|they|you)\b)/giu,
        (_m, before: string) => `${before}The first time`,
      ),
  )
}

// Someone not yet met, named by what they are: "lady called about…", "guy named Chuy fell…".
// (Roles and things in the person's own world, "manager posted the rota", are left as typed:
// "the" or "my" would be a guess.)
const SOMEONE =
  /(^|[.!?]\s+)(lady|guy|man|woman|kid|girl|boy|bloke|fella|lad|stranger|client|customer|patient|student|teen|teenager)(\s+)([\p{L}’']+)/giu

/**
 * "Lady called about her late husband's account" → "A lady called…": a story told in a note's
 * shorthand drops the article before the someone it meets; said aloud it has one. Only before
 * "named", "called" or, opening the answer, a past verb ("guy named Chuy", "client covered her
 * scars"); a capital on a word that is also a name ("Guy rang me") is left.
 */
function withSomeoneArticle(text: string): string {
  return text.replace(
    SOMEONE,
    (match, before: string, someone: string, space: string, next: string, at: number) => {
      const named = /^(?:named|called)$/iu.test(next)
      // After the first sentence a bare "kid" is often the one already met ("Guy named Chuy fell
      // 22 feet… kid was 22", "kid made it"): only a someone named there is new.
      if (!named && (before !== '' || /^(?:was|were|is)$/iu.test(next))) return match
      const typedAsName =
        /^\p{Lu}/u.test(someone) && lexiconTags(someone.toLowerCase()).some((t) => /Name$/u.test(t))
      if (!named && typedAsName) return match
      const article = /^[aeiou]/iu.test(someone) ? 'an' : 'a'
      // (Still a past verb with the article before it: "a lady fainted" reads to the tagger as a
      // lady who is fainted, and is left as typed.)
      const verb = tagTerms(`${article} ${someone} ${next}`.toLowerCase()).at(-1)
      if (!named && verb?.tags.has('PastTense') !== true) return match
      // (And still a clause as a whole: "a woman fainted at the stop" reads as a woman who was
      // fainted, as "a garden collected in jars" would; typed without it, it is a story.)
      const rest = /^[^.!?]*/u.exec(text.slice(at + before.length + someone.length))?.[0] ?? ''
      if (!hasMainClause(`${article} ${someone}${rest}`)) return match
      const said = /^\p{Lu}/u.test(someone) || before !== '' ? capitalise(article) : article
      return `${before}${said} ${someone.charAt(0).toLowerCase()}${someone.slice(1)}${space}${next}`
    },
  )
}

// A time gone by: "2 yrs ago", "last spring", "in 2019", "yesterday".
const PAST_TIME =
  /\b(?:ago|yesterday|last\s+(?:week|month|year|spring|summer|autumn|fall|winter|night|time)|in\s+(?:19|20)\d\d)\b/iu

// Past forms that also describe a state ("stuck in traffic", "gone for good"): with no object
// after them they stay as typed.
const STATE_PAST = /^(?:stuck|gone|done|born|left|lost|broke|burnt|burned|beat|bent)$/u

// Past forms before "to" that say what the person set out to do.
const TRIED_TO =
  /^(?:tried|wanted|decided|needed|managed|refused|offered|volunteered|promised|agreed|planned|hoped|attempted|forgot|chose|started|began|learned|learnt)$/u

function withFirstSubject(text: string): string {
  const start = /^\s*([\p{L}’']+)\s+([\p{L}’']+)?/u.exec(text)
  if (!start) return text
  // Only a word that can be a past form is worth tagging (every keystroke recomposes).
  const firstWord = (start[1] ?? '').toLowerCase()
  const secondWord = (start[2] ?? '').toLowerCase()
  const tags = lexiconTags(firstWord)
  const beforeCount = /^\s*[\p{L}’']+\s+[£$€¥₹]?\d/u.test(text)
  // "lost my cousin", "lost the shop": a form the lexicon knows as an adjective, with an object.
  const beforeOwned = /^(?:my|his|her|our|their|the|a|an)$/u.test(secondWord)
  // "Recorded Uncle Alphonse in his kitchen", "Called Mum from the car park": a past form with
  // someone named after it did something to them.
  // ("Trapped Afghans at the border still message me": people, described, are the subject.)
  // (Not in an answer typed in title case: "Reported Elder Fraud Cases…" names no one.)
  const opening = text.split(/\s+/u).slice(0, 8)
  const titleCase = opening.filter((word) => /^\p{Lu}/u.test(word)).length * 2 > opening.length
  // ("Certified Public Accountant, 20 years in audit.": a title, then the years in it.)
  const title = /^\s*\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}’']*){1,3},\s*\d/u.test(text)
  if (
    !titleCase &&
    !title &&
    /ed$/u.test(firstWord) &&
    /^\p{Lu}\p{Ll}+[^s\P{L}]$/u.test(start[2] ?? '') &&
    !lexiconTags(secondWord).includes('Demonym')
  ) {
    const [verb] = tagTerms(`I ${firstWord}`).slice(1)
    if (verb?.tags.has('PastTense') === true) return withI(text)
  }
  // "Put a heat pump in my own house 2 yrs ago": a verb whose past is its present, with its
  // object and a time gone by, is what the person did.
  if (
    /^(?:put|set|cut|hit|let|quit|shut|read|spread|split|cast)$/u.test(firstWord) &&
    /^(?:my|his|her|our|their|the|a|an|\d)/u.test(secondWord) &&
    PAST_TIME.test(splitSentences(text)[0] ?? text)
  )
    return withI(text)
  if (
    !/ed$/u.test(firstWord) &&
    !tags.some((t) => t === 'PastTense' || t === 'Participle') &&
    !((beforeCount || beforeOwned) && tags.includes('Adjective') && isPastForm(firstWord))
  )
    return text
  const [verb, next] = tagTerms(
    text.split(/\s+/u).filter(Boolean).slice(0, 3).join(' ').toLowerCase(),
  )
  if (!verb || !next) return text
  // "Lost £63,000", "screened 40 men": before a number the tagger reads the verb as an adjective,
  // but a past form with a count after it is something the person did.
  const counted = next.tags.has('Value') && verb.tags.has('Adjective')
  // "sat in on a call", "went to…": a past form that is only ever a past tense (never "-ed",
  // never a state) is something the person did, whatever follows it.
  const simplePast =
    !/ed$/u.test(firstWord) &&
    !STATE_PAST.test(firstWord) &&
    tags.length > 0 &&
    tags.every((t) => t === 'PastTense')
  // "got laid off", "got diagnosed w endometriosis": something done to the person.
  const gotDone =
    firstWord === 'got' &&
    (next.tags.has('PastTense') ||
      next.tags.has('Participle') ||
      /^(?:laid|let|made)$/u.test(next.normal))
  if (gotDone) return withI(text)
  // "tried to make her umngqusho…", "decided to quit": a past form that only a person does, before
  // the doing it leads to. (Not "asked to leave", "told to wait": done to the person.)
  if (TRIED_TO.test(firstWord) && next.normal === 'to') return withI(text)
  // ("sat in the uber home…": the tagger reads an order; the lexicon knows only a past form.)
  if (
    !verb.tags.has('PastTense') &&
    !counted &&
    !(beforeOwned && verb.tags.has('Adjective')) &&
    !simplePast
  )
    return text
  if (verb.tags.has('Noun') || verb.tags.has('Auxiliary')) return text
  // "lost my job" is a verb with its object; "stuck in traffic" stays as typed.
  const owned = next.tags.has('Possessive') || next.tags.has('Determiner')
  if (verb.tags.has('Adjective') && !owned && !counted) return text
  const hasObject =
    ['Determiner', 'Possessive', 'Value', 'Noun', 'Pronoun'].some((tag) => next.tags.has(tag)) ||
    /^(on|up|out|back|off|over)$/u.test(next.normal) ||
    (simplePast && (next.tags.has('Preposition') || next.tags.has('Particle')))
  if (!hasObject || next.normal === 'by') return text
  return withI(text)
}

/**
 * "lost", "left": a word the lexicon files as an adjective that is also a past form ("I have
 * lost"); "inside", "behind" are not ("inside the second time a teacher taught me" has no "I").
 */
function isPastForm(word: string): boolean {
  // ("I done my uefa c licence": the tagger files "done" as an adjective even after "have".)
  if (word === 'done') return true
  const term = tagTerms(`I have ${word}`)[2]
  return term !== undefined && (term.tags.has('PastTense') || term.tags.has('Participle'))
}

function withI(text: string): string {
  const rest = text.trimStart()
  const shouted = rest.slice(0, 12) === rest.slice(0, 12).toUpperCase()
  return `I ${shouted ? rest : rest.charAt(0).toLowerCase() + rest.slice(1)}`
}

/** "listened", "soft": one word that names no thing (an adjective or a past form); no slot fits it. */
export function isLoneModifier(text: string): boolean {
  if (/\s/u.test(text.trim())) return false
  const [term] = tagTerms(text)
  if (!term || term.tags.has('Noun')) return false
  return term.tags.has('Adjective') || (term.tags.has('PastTense') && !term.tags.has('Infinitive'))
}

/** Lowers a capital on the first word when it is an ordinary word, not a name, "I" or an acronym. */
/**
 * "Parkinson's", "Alzheimer's", "Dot's": a word the lexicon does not know, with its "'s", is a
 * name's (a disease's, a diner's), and keeps its capital at a sentence's start.
 */
export function namesAnOwner(word: string): boolean {
  const owner = /^(\p{L}{4,})[’']s$/u.exec(word)?.[1]
  return owner !== undefined && lexiconTags(owner.toLowerCase()).length === 0
}

export function lowerFirstWord(text: string): string {
  const match = /^([^\p{L}]*)([\p{L}][\p{L}’']*)/u.exec(text)
  if (!match) return text
  const word = match[2] ?? ''
  if (word.length < 2 && word !== 'A') return text
  if (word === 'I' || /^I[’'](m|ve|d|ll)$/u.test(word)) return text
  if (word.slice(1) !== word.slice(1).toLowerCase()) return text // an acronym or a brand
  if (word[0] === word[0]?.toLowerCase()) return text
  // "Kercheval Community Garden", "Ledgerly: AI-powered…", "Callum's Cause: …": a capital word
  // before another capital word, or a title before a colon, is a name.
  const after = text.slice((match[1] ?? '').length + word.length)
  // ("Every Diné child", "Every GP": a quantifier opens no name; "The Wheelwright's Road" may.)
  const lowered = word.toLowerCase()
  // ("A Manchester where no food is wasted": "a" before a place that is then described.)
  const quantifier =
    /^(?:every|each|all|any|no|some|most|many|few)$/u.test(lowered) ||
    (/^an?$/u.test(lowered) &&
      /^\s+\p{Lu}\p{Ll}+\s+(?:where|that|which|with|without)\s/u.test(after))
  // ("Thinking EVs don't…", "Training GPs…": an ordinary word before an acronym opens no name.)
  // ("A QA test engineer position": an article before one opens no name either.)
  const beforeAcronym =
    /^\s+\p{Lu}{2,}s?\b/u.test(after) &&
    (/^(?:a|an|the)$/u.test(lowered) ||
      lexiconTags(lowered).some((tag) =>
        /^(?:Gerund|Infinitive|Verb|PresentTense|PastTense)$/u.test(tag),
      ))
  // ("The Santa Cruz river bed fills with trash": "the" before a place named and then a plain
  // word is the article; "The Wheelwright's Road", every word capital, is a title.)
  const articleBeforePlace =
    lowered === 'the' && /^(?:\s+\p{Lu}[\p{L}’'.-]*)+\s+\p{Ll}{2,}/u.test(after)
  // ("In Marseille thousands of families…": a preposition before a place opens no name.)
  const prepositionBeforePlace =
    /^(?:in|on|at|from|across|outside|inside|near|around|after|before|since|during|when|while)$/u.test(
      lowered,
    )
  // ("Muslim, Jewish, vegetarian employees": capital words listed are names of peoples or places;
  // "Honestly, Maria…" opens on a word that names nothing.)
  const listOfNames =
    /^,\s+(?!I\b|I[’'])\p{Lu}\p{Ll}/u.test(after) &&
    !quantifier &&
    lexiconTags(lowered).length === 0 &&
    !(tagTerms(lowered)[0]?.tags.has('Adverb') ?? false)
  if (
    (!quantifier &&
      !beforeAcronym &&
      !articleBeforePlace &&
      !prepositionBeforePlace &&
      /^(?:[’']s)?\s+(?!I\b|I[’'])\p{Lu}/u.test(after)) ||
    /^[^\s:]*:\s/u.test(after) ||
    listOfNames ||
    namesAnOwner(word)
  )
    return text
  const candidate = (match[1] ?? '') + lowered + text.slice((match[1] ?? '').length + word.length)
  // The tagger sees a capital at the start as a sentence start; ask it about the lowered word, in
  // the same words classify() reads (the first thirty), so the one parse serves both.
  const term = tagTerms(candidate.split(/\s+/u).slice(0, 30).join(' '))[0]
  if (term && PROPER_TAGS.some((tag) => term.tags.has(tag)) && !term.tags.has('Pronoun'))
    return text
  return candidate
}

const SECOND_GUESS = /(?<![\p{L}’'])(\p{L}{3,})\s+(maybe|perhaps|probably)\s+(?=(?:a|an|some)\s)/giu
const NOUN_WORD_TAGS = new Set(['Singular', 'Plural', 'Uncountable'])

/** A word that names a thing and is no verb: "road", "albums"; not "think", "guess". */
function isThingWord(word: string): boolean {
  const listed = lexiconTags(word)
  if (listed.some((tag) => VERB_FORMS.has(tag) || tag === 'Adverb')) return false
  return (
    listed.some((tag) => NOUN_WORD_TAGS.has(tag)) ||
    (listed.length === 0 && (tagTerms(word)[0]?.tags.has('Noun') ?? false))
  )
}

// ("dont know yet, maybe postmen doing check ins": a shrug before a guess, after a comma too.)
const LEADING_SHRUG =
  /^(?:i\s+)?(?:don['’]?t know|dunno|(?:not|no|nae) sure|no idea|no clue|idk)(?: yet)?(?:[.!…]+|,(?=\s*(?:maybe|probably|perhaps)\b))\s+(?=\p{L})/iu

/**
 * Reads an answer: tidied, cased, undoubled, its lead-in (one the sentence stem already says)
 * dropped, its form classified. Memoised, as every draft reads the same answers again.
 */
export function readAnswer(
  raw: string,
  leadIns: readonly string[] = [],
  isEnglish = true,
  questionWords: readonly string[] = [],
): ReadAnswer {
  const key = `${isEnglish ? 'en' : 'other'}\u0000${joined(leadIns)}\u0000${joined(questionWords)}\u0000${raw}`
  const cached = memo.get(key)
  if (cached) return cached
  const result = isEnglish
    ? readUncached(raw, leadIns, true, questionWords)
    : readUncached(raw, [], false, [])
  if (memo.size >= MEMO_LIMIT) memo.clear()
  memo.set(key, result)
  return result
}

/**
 * "a kid named tyler" in one answer, "kids like tyler" in another: a first name the reading gave
 * a capital to in one answer (after "named", "my cousin"…) is a name in every answer.
 */
export function namesGiven(readings: readonly ReadAnswer[]): string[] {
  const names = new Set<string>()
  for (const { text } of readings) {
    for (const match of text.matchAll(/(?<=[\p{L},;:]\s+)\p{Lu}\p{Ll}{2,}\b/gu)) {
      const word = match[0]
      const tags = lexiconTags(word.toLowerCase())
      if (tags.some((tag) => /^(?:MaleName|FemaleName|FirstName)$/u.test(tag))) names.add(word)
    }
  }
  return [...names]
}

// ("teenagers, probably, still": a word that goes with the guess goes with it.)
// ("dads who stayed home, probably, though I don't know many": the doubt said after the guess
// goes with it.)
const GUESS_AFTER =
  /(?<=(?:^|\s)(?!(?:and|or|but)\b)\p{L}{3,})[\s,]+(?:maybe|probably|perhaps)(?:[\s,]+(?:still|too|anyway|i guess|i think|i suppose))?(?:[\s,]+(?:though|tho|but)\s+i\s[^.!?…]*)?(?=[.!…]*$)/iu

/** A one-sentence reading without the guess said after it ("small shops maybe"). */
export function withoutGuessAfter(read: ReadAnswer): ReadAnswer {
  if (read.sentences.length !== 1 || !GUESS_AFTER.test(read.text)) return read
  const text = read.text.replace(GUESS_AFTER, '')
  const sentence = read.sentences[0]?.replace(GUESS_AFTER, '') ?? text
  return {
    ...read,
    text,
    head: read.head.replace(GUESS_AFTER, ''),
    sentences: [sentence],
    words: countWords(text),
  }
}

/**
 * "elderly", "disabled, especially who live alone": people named by an adjective alone are "the
 * elderly" ("It would make life better for elderly." is no English).
 */
export function withPeopleArticle(read: ReadAnswer): ReadAnswer {
  const match = /^(\p{Ll}+)(?=[,;]|$)/u.exec(read.text)
  const word = match?.[1]
  if (word === undefined || read.sentences.length !== 1) return read
  const tags = lexiconTags(word)
  if (tags.length !== 1 || tags[0] !== 'Adjective') return read
  const text = `the ${read.text}`
  return {
    ...read,
    text,
    head: `the ${read.head}`,
    sentences: [text],
    // (The article is not said by the person: "elderly, vets" still says less than a fuller answer.)
    words: read.words,
  }
}

/** The reading with each of `names` capitalised wherever it was typed in lower case. */
export function withNames(read: ReadAnswer, names: readonly string[]): ReadAnswer {
  if (names.length === 0) return read
  const fix = (text: string) =>
    names.reduce((out, name) => replaceWord(out, name.toLowerCase(), name), text)
  const text = fix(read.text)
  if (text === read.text) return read
  return { ...read, text, sentences: read.sentences.map(fix), head: fix(read.head) }
}

/**
 * "My youngest started first grade in September?", "Asking should be normal?": a statement said
 * with a rising voice is still a statement; only a sentence that opens as a question asks one.
 * "Did you know I ran the whole PTA budget…?" tells the listener something: it is told.
 */
function withoutUptalk(text: string): string {
  if (!text.includes('?')) return text
  return text
    .replace(
      /(^|[.!?…]\s+)(?:did you know|can you believe|would you believe|guess what)[,:]?\s+(?:that\s+)?([^.!?…]+)\?+/giu,
      (_m, before: string, body: string) => `${before}${capitalise(body)}.`,
    )
    .replace(
      /(^|[.!?…]["”’)]*\s+)([^.!?…]+?)\?+(?=["”’)]*(?:\s|$))/gu,
      (match, before: string, body: string) => {
        const opener = (
          body
            .replace(
              /^[\s"“‘(]*(?:(?:ok|okay|so|and|but|well|like|honestly|seriously|also)[\s,]+)*/iu,
              '',
            )
            .split(/[\s,]+/u)[0] ?? ''
        ).toLowerCase()
        if (
          QUESTION_OPENERS.has(opener) ||
          /^(?:anyone|anybody|any|you|ever|right|ain[’']t|remember)$/u.test(opener) ||
          // ("I said to Who?", "for what?", "by when?": a question word after its preposition asks,
          // whatever came before it.)
          /\b(?:to|for|by|with|from|of|about|at|on|in|into)\s+(?:who|whom|what|where|when|why|how)$/iu.test(
            body,
          )
        ) {
          return match
        }
        // 'asked me "So what have you been doing?"', "…in company, why is it so hard?", "If small
        // beekeepers quit, who looks after the bees?": a question quoted, or asked after a comma.
        // ("if the hospital runs all night why shouldn't the daycare?": after an "if" typed with no
        // comma, the question starts where a comma would be, and is said with it.)
        // (The last "why" or "how can" asks it: "if we know how to… why aren't we"; else a
        // "shouldn't". A "where" or "what" there is as often a clause's: "grows where nobody…".)
        const ifThen =
          !body.includes(',') &&
          (/^([\s"“‘(]*if\s.+)\s+(?=(?:why|(?:how|who)\s+(?:can|could|do|does|did|is|are|will|would|should|cares|pays))\s)/iu.exec(
            body,
          ) ??
            /^([\s"“‘(]*if\s.+?)\s+(?=(?:should|would|could|is|are|do|does|did|can|wo)n[’']t\s)/iu.exec(
              body,
            ))
        if (ifThen) return `${before}${ifThen[1]},${body.slice(ifThen[1]?.length ?? 0)}?`
        if (
          /["“”]/u.test(body) ||
          /,\s*(?:why|what|how|who|where|when|is|are|do|does|can|could|would|should|isn[’']t|don[’']t|doesn[’']t)\b/iu.test(
            body,
          )
        ) {
          return match
        }
        return `${before}${body.replace(/,\s*(?:right|yeah|no|eh|innit|ok)$/iu, '')}.`
      },
    )
}

// Punctuation and list marks an answer may start with: none of them leads a sentence said aloud.
const LEADING_PUNCTUATION = /^[\s.,;:!?…\-–—•*→]+/u

/**
 * "so anxious that they just. dont do anything": a stop after a word no sentence ends on, before a
 * word in lower case, is a pause for effect; said, the sentence runs on. (Read before sentence
 * starts get their capitals, which would hide that the next word was typed in lower case.)
 */
function withoutPausingStops(text: string): string {
  return text
    .replace(
      /(?<=(?<![\p{L}’'])(?:just|literally|the|a|an|and|but|or|my|your|their|our|very))\.\s+(?=(?!(?:i|you|he|she|we|they|it)\b)\p{Ll})/gu,
      ' ',
    )
    .replace(
      // "gen z. literally all my friends", "women. mostly over 60": a word that sharpens what came
      // before, typed after a stop in lower case, goes on after a comma.
      /(?<=\p{L}{2}|(?<![\p{L}’'])\p{Ll})\.\s+(?=(?:literally|basically|mostly|especially|esp|mainly|plus)\s+\p{Ll})/gu,
      ', ',
    )
}

function readUncached(
  raw: string,
  leadIns: readonly string[],
  isEnglish: boolean,
  questionWords: readonly string[],
): ReadAnswer {
  // Apostrophes and the tagger's names are English; other languages keep their own words.
  const listed = joinListLines(joinNumberedItems(raw, isEnglish))
  let text = isEnglish
    ? capitaliseAfterStops(
        undouble(
          spellOut(
            restoreId(
              restoreIts(restoreApostrophes(withoutPausingStops(naturalCase(tidy(listed))))),
            ),
          ),
        ),
      )
    : tidy(listed)
  if (!isEnglish && isShouted(text)) text = text.toLowerCase()
  // Greek asks with ";": read as the question mark every other language uses, and said as ";"
  // again by greekQuestionMarks.
  if (!isEnglish) text = text.replace(GREEK_QUESTION, '?')
  // "euh, les petites lignes…", "bah les gens des villages", "ähm, wir…": in any language the
  // sounds made while finding the answer are not said.
  if (!isEnglish) text = withoutSoundsAtStart(text)
  // Sentence starts are a rule of every language written here, not only English.
  if (!isEnglish) text = capitaliseAfterStops(text, true)
  // A leading quote mark stays when it opens a quotation closed later ('"good enough, on time"
  // science beats…'); a lone one goes.
  text = text.replace(LEADING_PUNCTUATION, '')
  // ('", 0': the comma after a lone quote leads nothing either.)
  if (/^["“‘']/u.test(text) && !opensQuotation(text))
    text = text.replace(/^["“‘'\s]+/u, '').replace(LEADING_PUNCTUATION, '')
  // '"Food is for eating, not for bins"': quote marks around the whole answer are not speech.
  text = withoutUnpairedQuote(text)
  // "to be honest I believe…": a filler before the lead-in hides it.
  if (isEnglish)
    text = withoutUptalk(
      withoutEchoedQuestion(withoutPastedFrame(withoutFillers(text)), questionWords),
    )
  text = stripLeadIn(text, leadIns)
  // "from the Stone Age (jQuery, anyone?).": an aside asked in brackets is a joke on paper; said
  // aloud it is a second question the listener cannot tell from the pitch's own.
  // '…yelling "cricket se shaadi milegi kya?" (will cricket get u married?). she was…': words
  // quoted in another language with their meaning in brackets are said, then said in English.
  if (isEnglish) text = withTranslationSaid(text)
  // ('…wrote, in brackets, "(sorry, I don't think any of this matters)"': brackets inside a
  // quotation are what someone wrote, and stay.)
  if (isEnglish) text = text.replace(/\s*(?<!["“‘])\([^()]*\?\s*\)/gu, '')
  // "(is that too vague)", "(sorry that sounds like linkedin)": a comment on the answer, not part
  // of it.
  if (isEnglish) {
    text = text.replace(
      /\s*(?<!["“‘])\([^()]*\b(?:sorry|lol|haha|lmao|jk|idk|is that|if that makes sense|i know|sounds like)\b[^()]*\)/giu,
      '',
    )
  }
  // "Sorry for the jargon before, this is the plain version.", "sorry this is long": an apology
  // for the answer, said as its own sentence, is about the typing, not the story.
  if (isEnglish) text = text.replace(APOLOGY_FOR_THE_ANSWER, '').trim()
  // "…about unicorns? (no offence to unicorns)": an aside in brackets after the sentence it is
  // about is written, not said.
  // So is one that closes the answer ("…till it got bright (didn't tell anyone this till now)").
  if (isEnglish) text = text.replace(/(?<=[.!?])\s*\([^()]*\)[.!]?(?=\s|$)/gu, '')
  if (isEnglish) text = text.replace(/(?<=\p{L}.{20,}?)\s+\([^()]*\)[.!]?\s*$/u, '')
  // "…go home to sleep and", "women developers who": an answer left unfinished ends on the last
  // word that finishes it (only words no sentence ends on; "the world we live in" is whole).
  if (isEnglish) text = withoutUnfinishedEnd(text)
  // "…we never said hi. So yeah.", "mostly moms and so yeah": a spoken tail says nothing more.
  if (isEnglish) {
    text = text
      .replace(/(?<=[.!?…])\s+(?:so yeah|yeah|anyway|anyways|idk|lol|haha)[.!…]*\s*$/iu, '')
      .replace(/(?<=\p{L})[\s,]+(?:and\s+)?so yeah[.!…]*\s*$/iu, '')
  }
  // "so, moving from…", "and, honestly…": a spoken link to the question, not part of the answer.
  if (isEnglish) text = text.replace(/^(?:so|and|but|also|well|ok|okay)\s*,\s*(?=\p{L})/iu, '')
  // "dont know. theres no jobs in my town…": a shrug said as its own sentence before the answer
  // is no part of it ("It's about this: don't know." was said).
  if (isEnglish) text = text.replace(LEADING_SHRUG, '')
  // "songs about life on the road maybe an album": a second guess after a thing is set off by a
  // comma, as it is said ("…on the road, maybe an album"); not after a verb ("I think maybe a…").
  if (isEnglish) {
    text = text.replace(SECOND_GUESS, (match, before: string, guess: string) =>
      isThingWord(before.toLowerCase()) ? `${before}, ${guess} ` : match,
    )
  }
  const sentences = splitSentences(text).map((s) => capitalise(endSentence(s)))
  const firstSentence = sentences[0] ?? ''
  const multi = sentences.length > 1
  // The first sentence as said inside a stem (first word lowered, no stop); the whole answer's
  // first word is the same word, so it is lowered or kept the same way without asking again.
  const head = multi ? lowerFirstWord(stripEnd(firstSentence)) : ''
  const stripped = stripEnd(text)
  const inner = !multi
    ? lowerFirstWord(stripped)
    : head === stripEnd(firstSentence)
      ? stripped
      : lowerInitial(stripped)
  if (!/[\p{L}\p{N}]/u.test(inner)) {
    return { text: '', form: 'empty', sentences: [], words: 0, head: '' }
  }
  // An answer is classified as it will be said inside a stem (its first sentence, first word
  // lowered, no stop): the tagger reads a fragment well in lower case, and the parse
  // lowerFirstWord made is the same one, so it is reused.
  // "DNA rate 11%. Pts miss appts…": a figure typed as a headline before its sentences is said
  // as typed, never fitted into a stem as a thing ("I keep running into DNA rate 11%").
  const headForm = classify(multi ? head : inner)
  const form =
    multi && headForm === 'noun-phrase' && /\p{N}/u.test(head) && countWords(head) <= 5
      ? 'clause'
      : headForm
  // "To get a QA role": an infinitive answers "what are you doing about it" as a verb phrase.
  const infinitive = /^to\s+(?=\p{L})/iu.exec(inner)
  if (isEnglish && infinitive && sentences.length === 1 && form === 'noun-phrase') {
    const rest = inner.slice(infinitive[0].length)
    if (classify(rest) === 'verb-phrase') {
      return {
        text: rest,
        form: 'verb-phrase',
        sentences: [capitalise(endSentence(rest))],
        words: countWords(rest),
        head: rest,
      }
    }
  }
  return { text: inner, form, sentences, words: countWords(inner), head: multi ? head : inner }
}

/**
 * A quotation followed at once by its translation in brackets: the translation becomes the next
 * sentence, so the listener hears both ('"…kya?" Will cricket get you married? She was…').
 */
function withTranslationSaid(text: string): string {
  return text.replace(
    /(?<=[.!?…]["”»])\s*\(([^()]{3,120}?)([.!?…]?)\)\s*([.!?…]?)(\s+\p{L}|$)/gu,
    (_m, inner: string, innerStop: string, outerStop: string, next: string) =>
      ` ${capitalise(inner.trim())}${innerStop || outerStop || '.'}${next.toUpperCase()}`,
  )
}

function withoutUnfinishedEnd(text: string): string {
  const out = withoutLastWords(
    text,
    // ("dads especially" names who most; ", especially" was cut off before who.)
    /(?:[\s,;:–—-]+(?:and|or|but|because|who|which|whose|the|a|an|my|our|their|your|even)|\s*[,;:–—-]\s*(?:especially|esp))[\s.,;:…–—-]*$/iu,
    3,
  )
  // Typed with no stop at the end and left mid-thought ("…and he said", "…because we never",
  // "…too good to"): cut back to where the thought was whole.
  return /[.!?…"”'’)]\s*$/u.test(text) ? out : withoutCutOffThought(out)
}

// Words a typed thought cannot stop on: "he said", "her partner had", "and they", "choose between".
const CUT_OFF_WORDS =
  /^(?:i|we|they|he|she|had|has|said|says|than|between|the|a|an|and|or|but|because)$/u
const STRANDABLE = /^(?:in|on|at|to|for|with|about|from|by|of|into)$/u
const NOUN_TAGS_CUT = ['Singular', 'Plural', 'Uncountable']
const CLAUSE_BOUNDARY =
  /(?:,\s+|\s+(?:and|but|because|so|that|when|while|until|if)\s+)(?=[^,]*$)/giu

/**
 * Whether the last word leaves the thought hanging. A preposition does only after a plain noun
 * phrase ("a real person in", "the hospital in"); after a verb or in an idiom it ends a thought
 * ("the world we live in", "getting taken advantage of", "the work you trained for").
 */
function endsCutOff(words: readonly string[]): boolean {
  const plain = (word: string | undefined) =>
    (word ?? '').toLowerCase().replace(/[^\p{L}\p{N}’']/gu, '')
  const last = plain(words.at(-1))
  // "he said", "her partner had" stop mid-thought; "the thing nobody says", "the safest place a
  // man has" end where a relative clause does.
  if (/^(?:had|has|said|says)$/u.test(last)) {
    const subject = plain(words.at(-2))
    const owner = plain(words.at(-3))
    // ("decide what your skin says", "how he said": a "what" before them ends the thought.)
    const asked = /^(?:what|how|why|whatever)$/u
    if (asked.test(owner) || asked.test(plain(words.at(-4)))) return false
    // ("the neighbour you wish you had", "the life we had": a thing, or a wish, then who had it,
    // ends where its clause does.)
    if (
      /^(?:had|has)$/u.test(last) &&
      /^(?:i|we|they|he|she|you)$/u.test(subject) &&
      (/^(?:wish|wished|wishes)$/u.test(owner) ||
        (lexiconTags(owner).some((tag) => tag === 'Singular' || tag === 'Plural') &&
          !lexiconTags(owner).some((tag) => VERB_FORMS.has(tag))))
    ) {
      return false
    }
    return (
      /^(?:i|we|they|he|she|you|it)$/u.test(subject) ||
      /^(?:my|his|her|our|their|your)$/u.test(owner)
    )
  }
  if (CUT_OFF_WORDS.test(last)) return true
  if (!STRANDABLE.test(last)) return false
  const before = lexiconTags(plain(words.at(-2)))
  const isNoun = before.some((tag) => NOUN_TAGS_CUT.includes(tag))
  if (!isNoun || before.some((tag) => VERB_FORMS.has(tag) || tag === 'Adjective')) return false
  const start = words.length < 3 ? [] : lexiconTags(plain(words.at(-3)))
  const plainNoun =
    words.length < 3 ||
    start.some((tag) => ['Determiner', 'Adjective', 'Possessive', 'Value'].includes(tag))
  if (!plainNoun) return false
  // "a house you can still walk into": read in its sentence, the word is a verb after all.
  const context = tagTerms(words.slice(-5).map(plain).join(' '))
  return !(context.at(-2)?.tags.has('Verb') ?? false)
}

const APOLOGY_FOR_THE_ANSWER =
  /(?:^|(?<=[.!?…])\s+)(?:sorry|apologies)\b[^.!?…]*\b(?:jargon|long|ramble|rambling|rambly|typos?|english|grammar|spelling|messy|all over the place|plain version|formatting)\b[^.!?…]*(?:[.!?…]+|$)/giu

// "…on a sunday and i keep thinking [if we just changed the way we]": with the thought cut off,
// the thinking that led into it says nothing either.
const THINKING_LEFT =
  /,?\s+(?:and|but|so)\s+(?:i|we)\s+(?:keep\s+|kept\s+|was\s+|am\s+|’m\s+|'m\s+)?(?:thinking|wondering|think|wonder|thought|wondered)$/iu

function withoutCutOffThought(text: string): string {
  const out = cutOffThoughtDropped(text)
  return out === text.trim() || countWords(out.replace(THINKING_LEFT, '')) < 4
    ? out
    : out.replace(THINKING_LEFT, '')
}

function cutOffThoughtDropped(text: string): string {
  let out = text.trim()
  for (let guard = 0; guard < 6; guard += 1) {
    const words = out.split(/\s+/u)
    if (words.length <= 2 || !endsCutOff(words)) return out
    // Back to the last boundary when the words after it are a clause left unfinished ("and he
    // said", "because we never"); else the last word alone goes ("too good to", "choose between").
    const boundary = [...out.matchAll(CLAUSE_BOUNDARY)].at(-1)
    const tail = boundary ? out.slice((boundary.index ?? 0) + boundary[0].length) : ''
    const head = boundary ? out.slice(0, boundary.index) : ''
    const clauseLeft = /^(?:i|we|they|he|she|you|it|the|a|my|her|his|their|our)\b/iu.test(tail)
    out =
      boundary && clauseLeft && countWords(tail) <= 6 && countWords(head) >= 4
        ? head.trim()
        : words.slice(0, -1).join(' ')
    out = out.replace(/[\s,;:–—-]+$/u, '')
  }
  return out
}

/**
 * Drops the words `ending` matches from the end, again and again, keeping `minWords` at least;
 * `then` tidies what is left after each drop.
 */
function withoutLastWords(
  text: string,
  ending: RegExp,
  minWords = 0,
  then: (text: string) => string = (t) => t,
): string {
  let out = text
  while (ending.test(out) && countWords(out) > minWords) out = then(out.replace(ending, ''))
  return out
}

/** The first letter lowered, as lowerFirstWord decided for the same first word. */
function lowerInitial(text: string): string {
  return text.replace(/\p{L}/u, (ch) => ch.toLowerCase())
}

function opensQuotation(text: string): boolean {
  const mark = text[0]
  const closing = mark === '“' ? '”' : mark === '‘' ? '’' : mark
  // A closing mark before a space, a stop or the end (not an apostrophe inside a word), with
  // words after it: quote marks around the whole answer are not speech.
  const close = new RegExp(`.${escape(closing ?? '')}(?=[\\s.,;:!?]|$)`, 'u').exec(text.slice(1))
  return close !== null && /[\p{L}\p{N}]/u.test(text.slice(close.index + 3))
}

function withoutUnpairedQuote(text: string): string {
  const straight = (text.match(/"/gu) ?? []).length
  const curly = (text.match(/“/gu) ?? []).length - (text.match(/”/gu) ?? []).length
  if (straight % 2 === 1) return text.replace(/"([.!?]*)$/u, '$1')
  if (curly < 0) return text.replace(/”([.!?]*)$/u, '$1')
  return text
}

// The small words a question said back is built from, whatever the question.
const ECHO_STARTS = new Set(['my', 'the', 'what', 'who', 'why', 'for', 'in'])
const ECHO_SMALL_WORDS = new Set(
  'the a an my our i i’m im me it that what who why when and at with on for of to up you your in if one'.split(
    ' ',
  ),
)

/**
 * "My core word is patience", "Why me, why now: because…", "For whom? For women": an opening of
 * at least two words, made only of the question's own words (at least one of them) and small
 * words, ending before "is", a colon, a dash or a question mark, is the question said back.
 */
export function withoutEchoedQuestion(text: string, questionWords: readonly string[]): string {
  if (questionWords.length === 0) return text
  const words =
    /^\s*((?:[\p{L}’'-]+[,]?\s+){1,9}?)(?:(is|was|are|were)\s+|([\p{L}’'-]+)\s*[:?–—]\s*)/iu.exec(
      text.replace(/'/gu, '’'),
    )
  if (!words) return text
  const opening = `${words[1] ?? ''}${words[3] ?? ''}`
    .toLowerCase()
    .split(/[\s,]+/u)
    .filter(Boolean)
  // "My…", "The…", "Why…", "For whom…": a question said back starts as a question or a naming
  // does; "I believe it is…" and "Our first one was…" are answers.
  if (opening.length < 2 || !ECHO_STARTS.has(opening[0] ?? '')) return text
  const keys = new Set(questionWords.filter((w) => !w.startsWith('~')))
  const allowed = new Set(questionWords.map((w) => w.replace(/^~/u, '')))
  const onlyQuestion = opening.every((w) => allowed.has(w) || ECHO_SMALL_WORDS.has(w))
  if (!onlyQuestion || !opening.some((w) => keys.has(w))) return text
  let rest = text.slice(words[0].length)
  // "…is that our labs throw away…": "that" joins the question to the answer; "that night in
  // March" is the answer.
  const afterThat = /^that\s+/iu.exec(rest)
  if (afterThat && classify(rest.slice(afterThat[0].length)) === 'clause') {
    rest = rest.slice(afterThat[0].length)
  }
  return /[\p{L}\p{N}]/u.test(rest) ? rest : text
}

function stripLeadIn(text: string, leadIns: readonly string[]): string {
  const lower = text.toLowerCase().replace(/’/g, "'")
  for (const leadIn of leadIns) {
    const plain = leadIn.replace(/’/g, "'")
    if (lower === plain) return ''
    if (lower.startsWith(plain + ' ') || lower.startsWith(plain + ',')) {
      const rest = text.slice(leadIn.length).replace(/^[\s,:;]+/u, '')
      // ("I work on adult literacy and am seeking a coordinator role": the "I" the lead-in says
      // has a second verb after "and"; without it the rest is no sentence.)
      if (
        /^(?:i|i'm|we|we're)\b/u.test(plain) &&
        /\band\s+(?:am|was|have|had)\s+\p{L}/iu.test(rest)
      ) {
        return text
      }
      return rest
    }
  }
  return text
}

/** Removes a final stop, comma or ellipsis (a question mark stays with a question). */
export function stripEnd(text: string): string {
  let out = text.trim()
  let previous = ''
  while (previous !== out) {
    previous = out
    out = out.replace(/[\s.,;:!…]+$/u, '').replace(/^(.*?)[.,;:!…]+(["”’)\]»]+)$/u, '$1$2')
  }
  // "¡¡Creo que…!!" without its closing marks: the opening ones go too.
  return out.includes('!') ? out : out.replace(/^¡+\s*/u, '')
}

/** Ends a sentence with a full stop unless it already ends with ! or ?. */
export function endSentence(text: string): string {
  // (Greek asks with ";": after Greek letters it is the question mark, and stays.)
  if (/\p{Script=Greek}[^;]*[;\u037e]$/u.test(text.trim())) return text.trim()
  const trimmed = text.trim().replace(/[\s,;:、，]+$/u, '')
  // ("…言えませんでした。", "ماذا يعني ذلك لك؟": other scripts' own stops end a sentence too.)
  // (Armenian ends on "։", Amharic on "።" or "፧", Burmese on "။".)
  if (/[.!?。！？؟।։።፧။។]["”’')\]»」』]*$/u.test(trimmed)) return trimmed.replace(/…$/u, '.')
  // (Thai and Lao end a sentence with a space and no mark, Khmer with "។"; the drafts still put a
  // Latin stop after theirs, which the coach reads their sentences by: without it a whole Thai
  // pitch was one sentence, and twelve were heard as trades.)
  // Japanese and Chinese end on their own full stop, not on a Latin one.
  // (Hindi and Bengali end on the danda: "…মনে পড়ল." put a Latin stop after Bengali words.)
  const stop = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]["”’')\]»」』]*$/u.test(
    trimmed,
  )
    ? '。'
    : /[\p{Script=Bengali}\p{Script=Devanagari}][\p{M}"”’')\]»]*$/u.test(trimmed)
      ? '।'
      : /\p{Script=Armenian}[\p{M}"”’')\]»]*$/u.test(trimmed)
        ? '։'
        : /\p{Script=Ethiopic}[\p{M}"”’')\]»]*$/u.test(trimmed)
          ? '።'
          : /\p{Script=Myanmar}[\p{M}"”’')\]»]*$/u.test(trimmed)
            ? '။'
            : '.'
  return trimmed.replace(/…$/u, '') + stop
}

/** A phrase as its own sentence: capital first, one stop at the end. */
export function asSentence(text: string): string {
  return capitalise(endSentence(text.replace(PUNCT_RUN, collapsePunctuation)))
}

/** Where the outermost bracket still open at the end of the text opens, else -1. */
function unclosedBracket(text: string): number {
  const opened: number[] = []
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') opened.push(i)
    else if (text[i] === ')') opened.pop()
  }
  return opened[0] ?? -1
}

/**
 * Cuts a long answer to at most `maxWords`, at a sentence end if one is near, else at a clause
 * boundary (a comma, "and", "because"…), never mid-phrase when it can help it.
 */
export function shorten(text: string, maxWords: number): string {
  if (countWords(text) <= maxWords) return text
  const raw = shortenRaw(text, maxWords)
  // ("…90% are noise (flapping healthchecks.": a cut inside brackets the person opened ends
  // before them.)
  // (A cut that is all inside one, "(aside (aside inside)", says it without the bracket.)
  let cut = raw
  for (let open = unclosedBracket(cut); open >= 0; open = unclosedBracket(cut)) {
    cut = open > 0 ? cut.slice(0, open).trimEnd() : cut.slice(1).trimStart()
  }
  // Whole sentences kept as typed end where the person ended them ("…before coming in.").
  if (text.startsWith(cut) && /^[.!?…]/u.test(text.slice(cut.length))) return cut
  return withoutDanglingWord(cut)
}

const VERB_FORMS = new Set(['PastTense', 'Infinitive', 'PresentTense'])

/** "…in books, and" is no ending: a cut never leaves a conjunction or article at the end. */
function withoutDanglingWord(text: string): string {
  // "the roof come in", "she gave up": a particle after its verb belongs to it.
  const particle = /\s(\p{L}+)\s+(?:in|on|up|out|off|down|back|over)$/iu.exec(stripEnd(text))
  if (particle && lexiconTags((particle[1] ?? '').toLowerCase()).some((t) => VERB_FORMS.has(t))) {
    return stripEnd(text)
  }
  // ("…the teacher gave her an A": a capital letter after an article is the letter, a grade.)
  if (/\s(?:an?|the)\s+\p{Lu}$/u.test(stripEnd(text))) return stripEnd(text)
  const kept = withoutLastWords(
    stripEnd(text),
    // "…a folder of 14 emails she": a subject pronoun cut from its verb dangles too.
    // ("…(illegal to sell under 4 inches but whatever) and then": what came then was cut.)
    /[\s,;:]+(?:(?:and|but|so) then|and|or|but|so|because|with|of|to|the|a|an|for|in|on|at|who|which|whose|even|just|especially|esp|she|he|they|we)$/iu,
    0,
    stripEnd,
  )
  // "…have no idea what they're good at": the clause that needed its "at" goes with it ("…have
  // no idea what they're good" is no English).
  const dropped = stripEnd(text).slice(kept.length)
  if (/^[\s,;:]+(?:with|of|to|for|in|on|at|about|from)\b/iu.test(dropped)) {
    const open = /\s+(?:what|where|who|which|whom)\s+(?:\S+\s+){0,5}\S+$/iu.exec(kept)
    if (open && countWords(kept.slice(0, open.index)) >= 5)
      return stripEnd(kept.slice(0, open.index))
  }
  return kept
}

// "I've stood in gallery 262 for nine years.": a start this short sets the scene, no more.
const SHORT_START = 10
// "My mother ran a salon on Bellaire Blvd for 22 years.", "I worked nights in a Tesco at 19.": a
// first line that only says for how long, or how old, sets the scene however long it is.
const SCENE_ENDING =
  /\b(?:for (?:\d+|a few|many|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty) (?:years?|yrs?|decades?)|at (?:age )?\d{1,2})[.!]?$/iu

function setsTheScene(sentence: string): boolean {
  return countWords(sentence) <= 14 && SCENE_ENDING.test(sentence.trim())
}

function shortenRaw(text: string, maxWords: number): string {
  const sentences = splitSentences(text)
  let kept = ''
  for (const sentence of sentences) {
    const next = kept ? `${kept} ${sentence}` : sentence
    if (countWords(next) > maxWords) {
      // "I drive the 42." alone says nothing: a very short start takes the next sentence too,
      // cut at a clause boundary if it must be.
      // (Never a scrap: "In 2015." or "In it, no clothes almost." is no more of the story.)
      // (After a scene-setting line, only what fits: the lines after the moment need their room.)
      const scene = countWords(kept) >= SHORT_START && kept === sentences[0] && setsTheScene(kept)
      // (A cut may run a little over its words; after a scene, it is asked for less, to fit.)
      const room = maxWords - countWords(kept)
      const more =
        countWords(kept) < SHORT_START
          ? cutAtBoundary(sentence, room, !kept)
          : scene
            ? cutAtBoundary(sentence, Math.floor(room / 1.4), false)
            : ''
      const fits = !scene || countWords(`${kept} ${more}`) <= maxWords
      if (!kept || (fits && countWords(more) >= 5 && hasMainClause(withoutRelatives(more)))) {
        kept = `${kept} ${more}`.trim()
      }
      break
    }
    kept = next
  }
  if (kept && countWords(kept) >= Math.min(6, maxWords / 2)) return stripEnd(kept)
  return stripEnd(cutAtBoundary(sentences[0] ?? text, maxWords))
}

// The forms of "be" a clause may not end on without what they link to.
const LINKING = "is|was|were|are|am|be|been|’s|'s"
const IS_LINKING = new RegExp(`^(?:${LINKING})$`, 'iu')
// ("…I thought office hours meant" (when…): a meaning cut from what it meant.)
const ENDS_ON_LINKING = new RegExp(String.raw`\b(?:${LINKING}|meant|means)$`, 'iu')
// ("…who I was", "…than it was": a clause that has what it needs.)
const LINKED_BY_CLAUSE = new RegExp(
  String.raw`\b(?:who|what|where|how|as|than|whoever|wherever)\s+(?:\S+\s+){0,2}(?:${LINKING})$`,
  'iu',
)

/** "The best day was", "My favourite part is": a linking verb cut from what it links to. */
function endsOnLinkingVerb(candidate: string): boolean {
  return ENDS_ON_LINKING.test(candidate) && !LINKED_BY_CLAUSE.test(candidate)
}

/** "…on my library's tables; one by one": the part after a semicolon or dash has no verb. */
function verblessAfterPause(candidate: string): boolean {
  const after = /[;—]\s*([^;—]*)$/u.exec(candidate)?.[1]
  return after !== undefined && !tagTerms(after).some((term) => term.tags.has('Verb'))
}

/** "…know their own numbers, not": a "not" cut from what it denies says nothing. */
export function endsOnDenial(candidate: string): boolean {
  return /\b(?:not|no|never)$/iu.test(candidate)
}

/**
 * "…on highway 212 because the nearest labor": a cut inside a "because …" (or "when …") that has
 * not reached its verb leaves half a reason.
 */
export function endsInVerblessClause(candidate: string): boolean {
  const match = /\b(?:because|when|if|although|though|whereas)\s+([^,;]*)$/iu.exec(candidate)
  if (!match) return false
  return !tagTerms(match[1] ?? '').some((t) => t.tags.has('Verb'))
}

/** "…a man who said he was from her bank" without its "who…": what is left has the main verb. */
export function withoutRelatives(text: string): string {
  return text.replace(/\s(?:who|which|whose)\s[^,;]*/giu, '')
}

const TOLD =
  /\b(?:told|asked|said|says|explained|admitted|confessed|texted|wrote|whispered|mentioned)\b/iu

/** Whether a cut keeps a verb of telling while what was told ("that…", a quotation) is cut off. */
function toldWithoutWhat(kept: string, rest: string): boolean {
  if (!TOLD.test(kept) || /["“”‘]/u.test(kept)) return false
  // ("My 15-year-old told me." with what she told cut: "told me she and her friends hang out…";
  // "she texted me and I had to call…" told all it needed.)
  const toldMe =
    /\b(?:told|asked|texted|wrote)\s+(?:me|us|him|her|them)(\s+(?:she|he|they|we|i|it))?[.!…]*$/iu.exec(
      kept.trim(),
    )
  if (
    toldMe !== null &&
    (toldMe[1] !== undefined ||
      /^\s+(?:that|how|what|why|about|she|he|they|we|i|it)\b/iu.test(rest))
  ) {
    return true
  }
  const after = kept.slice((TOLD.exec(kept)?.index ?? 0) + 1)
  if (/\bthat\b/iu.test(after)) return false
  return /^[\s,;—]*(?:[^\s.]+\s+){0,5}?(?:that\b|["“‘]|'(?=\p{L}))/iu.test(rest)
}

/** What follows an "and" is one more thing of a list ("a sandwich, and left…"), no clause. */
function joinsAThing(after: string): boolean {
  const item = after.split(/[,;.!?—]/u)[0] ?? ''
  return (
    /^(?:a|an|the|some|his|her|my|our|their|two|three|four)\s/iu.test(item) &&
    countWords(item) <= 3 &&
    !tagTerms(item).some((term) => term.tags.has('Verb'))
  )
}

/**
 * Whether a comma between `before` and `after` is one between the things of a list: two names
 * ("Gujarati, Punjabi"), two figures ("4, 5, 6 grandchildren"). "Edith, 84, gave" and "a nan,
 * 67, raising" are a name, an age and what follows. (Words in lower case are left alone: "came
 * back full, loud, like…" and "to ask, quietly, whether…" read the same.)
 */
function insideList(before: string, after: string): boolean {
  const lastWord = /[\p{L}\p{N}’'-]+$/u.exec(before)?.[0] ?? ''
  const nextWord = /^[\p{L}\p{N}’'-]+/u.exec(after)?.[0] ?? ''
  const kind = (word: string) =>
    /^\p{N}+$/u.test(word) ? 'figure' : /^\p{Lu}/u.test(word) ? 'name' : 'word'
  if (lastWord !== '' && kind(lastWord) !== 'word' && kind(lastWord) === kind(nextWord)) return true
  // ("Museums are loud, bright and crowded": a comma between two words that say what a thing is,
  // the next one closed by "and" or another comma; "…are loud, bright." says half of it.)
  return (
    /^[\p{L}’'-]+(?:,\s|\s+(?:and|or)\s)/u.test(after) &&
    [lastWord, nextWord].every((word) => onlyDescribes(tagTerms(word.toLowerCase())[0]))
  )
}

/**
 * "The week after the paper closed", "When I got there": a time said before the sentence's own
 * clause, cut from it, tells nothing happening ("The week after the paper closed." was said).
 */
const FRONTED_TIME =
  /^(?:(?:the|that|one|last|a|every)\s+(?:\p{L}+\s+)?(?:day|week|night|morning|evening|year|month|time|summer|winter|spring|autumn|fall|moment|minute|second)\s+|right\s+|just\s+|soon\s+|long\s+)?(?:after|before|since|when|whenever|while|once|until|till|as soon as)\s[^,;]*$/iu

const APPOSITIVE_NAME = String.raw`\p{Lu}[\p{Ll}’'-]+(?:\s+\p{Lu}[\p{Ll}’'-]+)?`
const NAME_OPENS = new RegExp(`^${APPOSITIVE_NAME},\\s+\\p{Ll}`, 'u')
const NAME_CLOSES = new RegExp(`\\p{Ll}[\\p{Ll}’'-]*,\\s+${APPOSITIVE_NAME}$`, 'u')

/**
 * Whether a comma opens or closes a name set between commas ("our pickers, Kelly, asleep"); names
 * in a list ("20 people around it, Afghan, Syrian, Eritrean") are none.
 */
function aroundAppositiveName(before: string, after: string): boolean {
  return NAME_OPENS.test(after) || (NAME_CLOSES.test(before) && /^\p{Ll}/u.test(after))
}

function insideRelative(before: string, after: string): boolean {
  // (What comes after the "who…" is the clause's own verb: "could wear it", "sang"; not "which
  // isn't true, sometimes I think…", a comment on all of it.)
  const goesOn = (rest: string) => {
    const [next] = tagTerms(rest.split(/\s+/u).slice(0, 6).join(' '))
    return next !== undefined && next.tags.has('Verb') && !next.tags.has('Gerund')
  }
  const opens = /^(?:who|whose)\b[^,.;!?]*,\s+(\p{Ll}.*)$/u.exec(after)
  if (opens !== null && goesOn(opens[1] ?? '')) return true
  return /,\s(?:who|whose)\b[^,.;!?]*$/u.test(before) && /^\p{Ll}/u.test(after) && goesOn(after)
}

/** A sentence cut at its last clause boundary within the budget (a comma, "and", "because"…). */
function cutAtBoundary(sentence: string, maxWords: number, wordCut = true): string {
  // A sentence only a little too long is kept whole rather than cut mid-thought.
  const stretch = maxWords + Math.min(8, Math.ceil(maxWords * 0.4))
  if (countWords(sentence) <= stretch) return sentence
  const boundaries = [
    ...sentence.matchAll(/,\s|;\s|\s—\s|\s(?:and|but|because|so|while|when|until)\s/gu),
  ]
  const candidates: string[] = []
  // Longer cuts, kept for a sentence whose verb comes late.
  const later: string[] = []
  const toldCuts: string[] = []
  const toldLater: string[] = []
  for (const boundary of boundaries) {
    const candidate = sentence.slice(0, boundary.index)
    // "A first officer told me in the crew car, after a night rotation": a cut stops before what
    // was told only when no other cut says the sentence.
    const told = toldWithoutWhat(candidate, sentence.slice(boundary.index))
    // "The best day of 4th grade was" (when…): a cut never leaves "was" without what it was;
    // ("…tables; one by one" (, she told me…): nor a last part after a semicolon with no verb.)
    if (endsOnLinkingVerb(candidate) || verblessAfterPause(candidate)) continue
    if (countWords(candidate) > stretch) {
      ;(told ? toldLater : later).push(candidate)
      continue
    }
    // "by between 3p and £41": the "and" of "between … and …" joins two amounts, not clauses.
    if (/\sand\s/u.test(boundary[0]) && /\bbetween\s+\S+$/iu.test(candidate)) continue
    // "…and I only found out because the hall smelled": "only" points at the reason after it,
    // which a cut there would drop ("…and I only found out." says something else).
    if (
      /\s(?:because|when|until)\s/u.test(boundary[0]) &&
      /\bonly\s+(?:\S+\s+){0,2}\S+$/iu.test(candidate)
    )
      continue
    // "took a yoghurt and a sandwich, and left a note": an "and" joining two things is inside
    // one list, not between clauses.
    if (
      /\sand\s/u.test(boundary[0]) &&
      joinsAThing(sentence.slice(boundary.index + boundary[0].length))
    )
      continue
    // "…and for Gujarati, Punjabi, Tamil etc.": a comma between two names or two figures is
    // inside a list, and a cut there says half of it.
    if (/^,/u.test(boundary[0]) && insideList(candidate, sentence.slice(boundary.index + 2)))
      continue
    // "I found one of our pickers, Kelly, asleep in her car…": a name set between commas belongs
    // to the words around it; a cut on either side of it leaves what was found unsaid.
    if (
      /^,/u.test(boundary[0]) &&
      aroundAppositiveName(candidate, sentence.slice(boundary.index + 2))
    )
      continue
    // "…make it so her son, who had a stroke at 52, could wear it": a "who…" set between commas
    // inside a clause that goes on after it; a cut before it or inside it leaves that clause's
    // verb unsaid ("…so her son.").
    if (/^,/u.test(boundary[0]) && insideRelative(candidate, sentence.slice(boundary.index + 2)))
      continue
    if (told) {
      toldCuts.push(candidate)
      continue
    }
    if (endsOnDenial(candidate)) continue
    if (/^,/u.test(boundary[0]) && FRONTED_TIME.test(candidate)) continue
    // 'and then said "you people count our crabs…': a cut never leaves a quotation open.
    if (countWords(candidate) >= 5 && !hasOpenQuote(candidate) && !endsInVerblessClause(candidate))
      candidates.push(candidate)
  }
  // "In 2017, my first year volunteering at the library" is no sentence: when the whole has a
  // main clause, the cut keeps one (the longest cut that does; else the longest).
  // ("On 24 June 2018 my son Callum, who was 13": the verb of a "who…" is not the sentence's; a
  // cut a little over the budget that reaches the verb is better than one that never does.)
  const needsClause =
    (candidates.length > 0 || later.length > 0 || toldCuts.length > 0) &&
    hasMainClause(withoutRelatives(sentence))
  const withClause = (candidate: string) => hasMainClause(withoutRelatives(candidate))
  const cut = needsClause
    ? (candidates.findLast(withClause) ??
      later.find((candidate) => !hasOpenQuote(candidate) && withClause(candidate)) ??
      toldCuts.findLast(withClause) ??
      toldLater.find((candidate) => !hasOpenQuote(candidate) && withClause(candidate)) ??
      candidates.at(-1))
    : (candidates.at(-1) ?? toldCuts.at(-1))
  if (cut) return cut
  if (!wordCut) return ''
  // No boundary near: cut at a word (the person's commas kept), before a "who…" or "which…" it
  // cannot finish, and never leaving a preposition, article or conjunction hanging.
  let words = sentence.split(/\s+/u).slice(0, maxWords)
  // Only a phrase that names people or things can stop before its "who": "a man who hadn't
  // spoken in months sang" needs its verb.
  const relative = words.findLastIndex((word) => /^(who|which|whose)$/iu.test(word))
  if (relative >= 4 && classify(sentence) === 'noun-phrase') words = words.slice(0, relative)
  // "I got to the final": an adjective cut from its noun dangles too.
  const dangling = ['Preposition', 'Determiner', 'Conjunction', 'Possessive', 'Adjective']
  const plain = (word: string | undefined) => (word ?? '').toLowerCase().replace(/[^\p{L}’']/gu, '')
  while (words.length > 3) {
    const last = plain(words.at(-1))
    if (!dangling.some((tag) => lexiconTags(last).includes(tag))) break
    // ("…the teacher gave her an A": a capital letter after an article is the letter, a grade.)
    if (/^\p{Lu}[.!?]*$/u.test(words.at(-1) ?? '') && /^(?:an?|the)$/iu.test(plain(words.at(-2))))
      break
    // "went down", "gave up": a particle after its verb belongs to it.
    const before = lexiconTags(plain(words.at(-2)))
    if (before.some((tag) => VERB_FORMS.has(tag))) break
    words = words.slice(0, -1)
  }
  // ("…the council voted itself a 30%": a figure keeps the thing it counts.)
  const counted = sentence.split(/\s+/u)[words.length]
  if (
    /^[£$€]?\d[\d.,]*[%k]?$/iu.test(words.at(-1) ?? '') &&
    counted !== undefined &&
    /^\p{Ll}+[.,;!?]*$/u.test(counted) &&
    lexiconTags(plain(counted)).some((tag) => tag === 'Singular' || tag === 'Plural')
  ) {
    words = [...words, counted.replace(/[,;]+$/u, '')]
  }
  // "…came in on the Tuesday looking" (for help): a verb cut from the preposition it takes goes.
  const next = plain(sentence.split(/\s+/u)[words.length])
  if (
    words.length > 4 &&
    /^\p{Ll}+ing$/u.test(words.at(-1) ?? '') &&
    // ("…he was thinking" (about): the "was" would be left without it.)
    !IS_LINKING.test(plain(words.at(-2))) &&
    lexiconTags(next).includes('Preposition')
  ) {
    words = words.slice(0, -1)
  }
  const cutText = words.join(' ')
  // "…after a live stream: 'i watched you center clay for 20 min": a cut inside a quotation
  // stops before the quotation instead.
  if (hasOpenQuote(cutText)) {
    const opening = Math.max(
      ...[...cutText.matchAll(/(?:^|[\s(])["“'‘](?=\p{L})/gu)].map((m) => m.index ?? 0),
    )
    const before = cutText.slice(0, opening).replace(/[\s,;:–—-]+$/u, '')
    if (countWords(before) >= 4) return before
  }
  return cutText
}
