// A core word for a person who gave neither a core word nor a theme. Without one, every opening
// would land on "That's why it matters to me", which shares nothing with how it began. A coach
// would listen for the word the person keeps coming back to: the thing named in more than one
// answer ("Things were built to be repaired" … "maybe a repair shop" → "repair").
import { tagTerms } from '../language/nlp'
import { lexiconTags } from '../language/lexicon'
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

/**
 * The noun the person names in at least two different answers, said as they said it; '' when no
 * word comes back. Ties go to the word in the earlier answer of FIELDS, then the earlier word.
 */
export function inferCore(answers: Answers): string {
  const candidates = new Map<string, Candidate>()
  const seen = new Map<string, Set<number>>()
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
  return best?.word ?? oneWordProblem(answers)
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
