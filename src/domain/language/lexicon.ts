// Word-level part-of-speech lookups from compromise's own lexicon, without running its tagger.
// A lookup is a hash-map read, so callers can ask about every word of a long paste and stay fast;
// running the full tagger costs milliseconds per sentence. Same library and lazy-loading rule as
// nlp.ts: only the steps that write or review a pitch reach this module.
import nlp from 'compromise'

type Lexicon = Record<string, string | string[] | undefined>

let lexicon: Lexicon | null | undefined
// Words the tagger decides between two readings by context ("trust": Noun|Verb).
let switches: Record<string, string | undefined> | null = null
// The tagger's guesses for words its lexicon lacks, by ending, indexed by the ending's length.
let suffixPatterns: ReadonlyArray<Record<string, string | undefined> | undefined> = []

function load(): Lexicon | null {
  if (lexicon !== undefined) return lexicon
  try {
    const model = nlp.model() as {
      one?: { lexicon?: Lexicon }
      two?: {
        switches?: Record<string, string | undefined>
        suffixPatterns?: Array<Record<string, string | undefined> | undefined>
      }
    }
    lexicon = model.one?.lexicon ?? null
    switches = model.two?.switches ?? null
    suffixPatterns = model.two?.suffixPatterns ?? []
  } catch {
    lexicon = null
  }
  return lexicon
}

const NONE: readonly string[] = []

/** The tags compromise's lexicon gives a lower-case word ("people" → Plural, Actor). */
export function lexiconTags(word: string): readonly string[] {
  const lexicon = load()
  // Own keys only: "toString" or "constructor" typed as an answer must not reach the prototype.
  if (!lexicon || !Object.prototype.hasOwnProperty.call(lexicon, word)) return NONE
  const entry = lexicon[word]
  if (typeof entry === 'string') return [entry]
  return Array.isArray(entry) ? entry : NONE
}

/** Whether the lexicon tags the lower-case word with `tag`. */
export function hasLexiconTag(word: string, tag: string): boolean {
  return lexiconTags(word).includes(tag)
}

/** The two readings the tagger decides between by context ("Noun|Verb"), for a loaded lexicon. */
function switchOf(word: string): string | undefined {
  return switches && Object.prototype.hasOwnProperty.call(switches, word)
    ? switches[word]
    : undefined
}

/**
 * A verb the lexicon knows only as an action ("remember", "breathe", "guide"), never as a thing:
 * "trust", "stay" or "hope" can be nouns too, and stay nouns.
 */
export function isVerbOnly(word: string): boolean {
  if (!hasLexiconTag(word, 'Infinitive')) return false
  const either = switchOf(word)
  return either === undefined || !/\b(Noun|Singular|Plural|Uncountable)\b/u.test(either)
}

/** A word the lexicon reads as a verb, alone or as one of two readings ("bang": Noun|Verb). */
export function readsAsVerbToo(word: string): boolean {
  if (hasLexiconTag(word, 'Infinitive')) return true
  const either = switchOf(word)
  return either !== undefined && /\bVerb\b/u.test(either)
}

/** A number written as a word: "twelve", "forty", "hundred", "thirty-nine", "a dozen" not included. */
export function isNumberWord(word: string): boolean {
  if (word.includes('-')) return word.split('-').every((part) => isNumberWord(part))
  return hasLexiconTag(word, 'Cardinal') || hasLexiconTag(word, 'Multiple')
}

// Compromise's lexicon tags many nouns for people as Actor ("farmer", "tenant", "refugee") but
// not every one people here name most: "nurse" is a verb to it, "kid" and "student" plain nouns,
// "senior" and "patient" adjectives. These are the gaps read in the answers people type (who
// lives with a problem, who is better off); a noun for a thing never belongs here.
const PEOPLE_THE_LEXICON_MISSES = new Set(
  (
    'kid nurse senior student guy teen patient renter trucker elder newcomer caregiver retiree ' +
    'grad freshman junior buddy neighbour neighbor resident client volunteer sibling cousin nan ' +
    'gran learner intern founder owner staff crew folk adult victim widow migrant voter reader ' +
    'viewer listener fan rider commuter passenger traveller dentist paramedic engineer fisherman ' +
    'miner vet butty'
  ).split(' '),
)

/** A noun for a person or people ("nurse", "farmers", "grandmother"), as the lexicon knows it. */
export function isPersonNoun(word: string): boolean {
  return hasLexiconTag(word, 'Actor')
}

/**
 * The same, with the people the lexicon misses: asked only where a problem is read for who it
 * is about ("nurses are exhausted"), so every other reading keeps the lexicon's own answer.
 */
export function namesPeopleWord(word: string): boolean {
  return formsOf(word).some((form) => isPersonNoun(form) || PEOPLE_THE_LEXICON_MISSES.has(form))
}

/**
 * The same, and a word the lexicon lacks that the tagger reads as a person by its ending
 * ("arborists", "ethnologists": guessed as the tagger guesses "-ist", "-logist", "-keeper"): asked
 * where a pitch is read for who is better off, which meets job titles no lexicon lists.
 */
export function namesPeopleOrByEnding(word: string): boolean {
  return namesPeopleWord(word) || formsOf(word).some(endsAsPerson)
}

function endsAsPerson(word: string): boolean {
  const lexicon = load()
  if (!lexicon || Object.prototype.hasOwnProperty.call(lexicon, word)) return false
  // (Longest ending first, as the tagger reads them; the word is longer than its ending, so
  // "mist" alone is not a "-mist".)
  for (let length = Math.min(word.length - 3, suffixPatterns.length - 1); length > 0; length -= 1) {
    const patterns = suffixPatterns[length]
    const ending = word.slice(-length)
    if (patterns && Object.prototype.hasOwnProperty.call(patterns, ending)) {
      return patterns[ending] === 'Actor'
    }
  }
  return false
}

/**
 * A person or people named by a noun in any number or possessive ("chefs", "my nan's", "the
 * inspectors'"): the lexicon lists singulars, and the tagger's plural rules are undone here so a
 * lookup stays a hash-map read.
 */
export function namesPersonNoun(word: string): boolean {
  return formsOf(word).some((form) => isPersonNoun(form) || TYPED_FRIENDS.has(form))
}

// ("my bff skipped our prom bc her mom…": the friend people text about is someone, as "my friend"
// is; the lexicon knows none of these spellings.)
const TYPED_FRIENDS = new Set(['bff', 'bestie', 'bestfriend', 'bf', 'gf'])

/** The word without its possessive, and the singulars it may be the plural of. */
function formsOf(word: string): string[] {
  const bare = word.replace(/(?:'s|s')$/u, (end) => (end === "s'" ? 's' : ''))
  return [bare, ...singularsOf(bare)]
}

function singularsOf(plural: string): string[] {
  if (plural.length < 4 || !plural.endsWith('s')) {
    return plural.endsWith('men') ? [`${plural.slice(0, -3)}man`] : []
  }
  const forms = [plural.slice(0, -1)]
  if (plural.endsWith('ies')) forms.push(`${plural.slice(0, -3)}y`)
  if (plural.endsWith('es')) forms.push(plural.slice(0, -2))
  if (plural.endsWith('ves')) forms.push(`${plural.slice(0, -3)}f`, `${plural.slice(0, -3)}fe`)
  return forms
}
