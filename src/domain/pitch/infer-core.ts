// A core word for a person who gave neither a core word nor a theme. Without one, every opening
// would land on "That's why it matters to me", which shares nothing with how it began. A coach
// would listen for the word the person keeps coming back to: the thing named in more than one
// answer ("Things were built to be repaired" … "maybe a repair shop" → "repair").
import { tagTerms, type TaggedTerm } from '../language/nlp'
import { isVerbOnly, lexiconTags, namesPeopleOrByEnding, readsAsVerbToo } from '../language/lexicon'
import type { Answers } from './answers'

/** The answers read for the word, in the order a tie is settled: what they do, then the problem. */
const FIELDS = [
  'workOn',
  'problem',
  'belief',
  'spark',
  'mistake',
  'betterWorld',
  'affected',
  'forWhom',
  'whyNow',
] as const satisfies ReadonlyArray<keyof Answers>

// Nouns that are in every answer and about nothing: never a pitch's last word.
const EMPTY_NOUNS = new Set(
  'people person men women man woman guys kids thing things stuff way ways time times year years day days week weeks month months lot lots kind part bit something everything nothing anything someone everyone anyone nobody somebody anybody everybody one ones place world life'.split(
    ' ',
  ),
)

/** "repaired", "repairs", "repairing" → "repair": enough to hear the same word again. */
function stemOf(word: string): string {
  const lower = word.toLowerCase()
  for (const [ending, replacement] of [
    ['ies', 'y'],
    ['ing', ''],
    ['ed', ''],
    ['es', ''],
    ['s', ''],
  ] as const) {
    if (lower.endsWith(ending) && lower.length - ending.length >= 4) {
      return lower.slice(0, lower.length - ending.length) + replacement
    }
  }
  return lower
}

/**
 * "loneliness", "dignity", "waiting": a word made to name an idea or a doing is what a story is
 * about; a thing said in two answers ("my shop", "6 minutes per call") is where it is set ("It
 * comes down to call." says nothing), a word to land on only when no idea comes back.
 */
function namesAnIdea(word: string): boolean {
  return /(?:ness|ity|ment|ship|dom|hood|ance|ence|ism|ing)$/u.test(word)
}

type Candidate = { word: string; fields: Set<number>; first: number }

// Verbs that say no more than that something happens: "It comes down to doing." names nothing.
const LIGHT_VERB =
  /^(?:do|think|know|have|get|go|make|say|try|look|come|want|feel|need|see|take)ing$/u

/**
 * How a word is said here: as a thing on its own ("less waste", "clean water",
 * "the waiting"), not only as one of many ("my shop", "16 rooms", "per call", "nail salons",
 * "wedding dresses"): "It's about salon." is not English, "It's about waste." is.
 */
function wordUse(terms: readonly TaggedTerm[], i: number): 'mass' | 'counted' | 'doing' {
  const term = terms[i]
  // ("gas station burritos", "a good burrito": the words that describe it are passed over.)
  let k = i - 1
  while (
    k >= 0 &&
    !/^(?:no|any|some)$/u.test(terms[k]?.normal ?? '') &&
    (terms[k]?.tags.has('Adjective') || terms[k]?.tags.has('Noun')) &&
    !terms[k]?.tags.has('Possessive') &&
    !terms[k]?.tags.has('Pronoun')
  )
    k -= 1
  const before = terms[k]
  const after = terms[i + 1]
  if (term === undefined || term.tags.has('Plural')) return 'counted'
  if (/ing$/u.test(term.normal)) return 'mass'
  // ("they don't interview well", "musicians play 4 gigs": said as a doing, neither.)
  if (term.tags.has('Verb')) return 'doing'
  const counted =
    before !== undefined &&
    (['Determiner', 'Possessive', 'Value'].some((tag) => before.tags.has(tag)) ||
      /^(?:per|each|every|another|which|no)$/u.test(before.normal))
  // ("musicians here play 4 gigs", "to play music": a word the lexicon knows as a verb, with
  // nothing to count it, is the doing, however the tagger read it.)
  if (!counted && readsAsVerbToo(term.normal)) {
    return 'doing'
  }
  // ("type 1 diabetes", "nail salon": a word before a number or a noun names a kind of it.)
  const modifier =
    after !== undefined &&
    (after.tags.has('Value') || (after.tags.has('Noun') && !after.tags.has('Pronoun')))
  return counted || modifier ? 'counted' : 'mass'
}

/**
 * The noun the person names in at least two different answers, said as they said it; '' when no
 * word comes back. Ties go to the word in the earlier answer of FIELDS, then the earlier word.
 */
export function inferCore(answers: Answers): string {
  return inferCoreReading(answers).word
}

/**
 * The inferred word, and whether the person said it only as one of many ("my shop", "16 rooms",
 * "nail salons"): such a word is said as theirs ("One word: salon."), never as an idea ("It's
 * about salon." is not English).
 */
export function inferCoreReading(answers: Answers): { word: string; counted: boolean } {
  const candidates = new Map<string, Candidate>()
  const seen = new Map<string, Set<number>>()
  const asMass = new Set<string>()
  const asCounted = new Set<string>()
  const namesMoreThanPeople = new Set<string>()
  const saidAsHead = new Set<string>()
  let position = 0
  FIELDS.forEach((field, fieldIndex) => {
    const text = typeof answers[field] === 'string' ? answers[field] : ''
    if (!text.trim()) return
    const terms = tagTerms(text.slice(0, 600))
    for (const [i, term] of terms.entries()) {
      position += 1
      const word = term.normal.replace(/[^\p{L}-]/gu, '')
      if (word.length < 4 || term.tags.has('Pronoun') || term.tags.has('ProperNoun')) continue
      const content = ['Noun', 'Verb', 'Adjective'].some((tag) => term.tags.has(tag))
      if (!content || term.tags.has('Auxiliary') || term.tags.has('Copula')) continue
      const key = stemOf(word)
      const use = wordUse(terms, i)
      if (use === 'mass') asMass.add(key)
      if (use === 'counted') asCounted.add(key)
      // ("the construction guys", "construction workers": a word that only says which people
      // names who it is for, not what it is about.)
      const next = terms[i + 1]
      if (next === undefined || !namesPeopleOrByEnding(next.normal)) namesMoreThanPeople.add(key)
      // ("gas station burritos", "a gas station burrito": a word said only before the noun it
      // describes names which kind of that thing, never what the pitch is about.)
      if (next === undefined || !next.tags.has('Noun') || next.tags.has('Pronoun')) {
        saidAsHead.add(key)
      }
      const fields = seen.get(key) ?? new Set<number>()
      fields.add(fieldIndex)
      seen.set(key, fields)
      // Said as a thing somewhere ("a repair shop", "a hearing service"): it can be the word.
      // ("people facing eviction", "boys carrying knives": an -ing word between the people it
      // tells of and what it is done to is what they do; "patients waiting hours" still wait.)
      const object = terms[i + 1]
      const doing =
        /ing$/u.test(word) &&
        (terms[i - 1]?.tags.has('Noun') ?? false) &&
        object !== undefined &&
        (object.tags.has('Noun') || object.tags.has('Determiner')) &&
        !object.tags.has('Duration') &&
        !object.tags.has('Value') &&
        !object.tags.has('Pronoun')
      const thing =
        (term.tags.has('Singular') || term.tags.has('Uncountable') || /ing$/u.test(word)) &&
        !term.tags.has('Plural') &&
        !doing
      if (thing && !EMPTY_NOUNS.has(word) && !candidates.has(key)) {
        candidates.set(key, { word, fields, first: position })
      }
    }
  })
  let best: Candidate | null = null
  for (const candidate of candidates.values()) {
    if (candidate.fields.size < 2) continue
    // ("It's about nurse.", "It's about cousin.": a person is who it is for, never the word.)
    if (namesPeopleOrByEnding(candidate.word) || LIGHT_VERB.test(candidate.word)) continue
    if (!namesMoreThanPeople.has(stemOf(candidate.word))) continue
    // (An idea keeps its place: "hearing loss", "a hearing service" are about hearing.)
    if (!saidAsHead.has(stemOf(candidate.word)) && !namesAnIdea(candidate.word)) continue
    const earliest = (c: Candidate) => Math.min(...c.fields)
    // (An idea first; between two ideas or two things, the word said in more answers, then the
    // earlier one.)
    const idea = namesAnIdea(candidate.word)
    const bestIdea = best !== null && namesAnIdea(best.word)
    if (
      best === null ||
      (idea && !bestIdea) ||
      (idea === bestIdea &&
        (candidate.fields.size > best.fields.size ||
          (candidate.fields.size === best.fields.size &&
            (earliest(candidate) < earliest(best) ||
              (earliest(candidate) === earliest(best) && candidate.first < best.first)))))
    ) {
      best = candidate
    }
  }
  if (best === null) return { word: oneWordProblem(answers), counted: false }
  const counted =
    !namesAnIdea(best.word) &&
    !/ing$/u.test(best.word) &&
    !isVerbOnly(best.word) &&
    !asMass.has(stemOf(best.word)) &&
    asCounted.has(stemOf(best.word)) &&
    !lexiconTags(best.word).includes('Uncountable')
  return { word: best.word, counted }
}

/**
 * "grief": a problem typed as one word names what the pitch is about, though no other answer says
 * it again ("It's about this: grief." opened a pitch that then landed on nothing).
 */
function oneWordProblem(answers: Answers): string {
  const text = typeof answers.problem === 'string' ? answers.problem.trim() : ''
  if (!/^\p{L}+[.!]?$/u.test(text)) return ''
  const [term] = tagTerms(text)
  if (term === undefined) return ''
  const word = term.normal.replace(/[^\p{L}-]/gu, '')
  if (word.length < 4 || EMPTY_NOUNS.has(word)) return ''
  // ("heat", "rent": the tagger reads one word alone as an order; the lexicon knows it as a thing.
  // "songs": a plural names what it is about as well.)
  const thing =
    (term.tags.has('Noun') && !term.tags.has('Pronoun')) ||
    lexiconTags(word).some((tag) => tag === 'Singular' || tag === 'Uncountable')
  return thing ? word : ''
}
