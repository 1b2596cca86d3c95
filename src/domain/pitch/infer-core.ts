// A core word for a person who gave neither a core word nor a theme. Without one, every opening
// would land on "That's why it matters to me", which shares nothing with how it began. A coach
// would listen for the word the person keeps coming back to: the thing named in more than one
// answer ("Things were built to be repaired" … "maybe a repair shop" → "repair").
import { tagTerms, type TaggedTerm } from '../language/nlp'
import { isVerbOnly, lexiconTags, namesPeopleOrByEnding } from '../language/lexicon'
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

const AFFECTED = FIELDS.indexOf('affected')

// Nouns that are in every answer and about nothing: never a pitch's last word.
const EMPTY_NOUNS = new Set(
  'here there people person men women man woman guys kids thing things stuff way ways time times year years day days week weeks month months lot lots kind part bit something everything nothing anything someone everyone anyone nobody somebody anybody everybody one ones place world life'.split(
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
  return IDEA_ENDING.test(word) || /(?:ment|ance|ence|tion|sion|ing)$/u.test(word)
}

type Candidate = { word: string; fields: Set<number>; first: number }

// Verbs that say no more than that something happens: "It comes down to doing." names nothing.
// (Spelled out: "getting", "making", "having" drop or double a letter before "-ing".)
const LIGHT_VERB =
  /^(?:being|doing|thinking|knowing|having|getting|going|making|saying|trying|looking|coming|wanting|feeling|needing|seeing|taking|putting|giving|keeping|letting|starting)$/u

/**
 * "loneliness", "dignity": made to name an idea, so "a community" is still about one ("an
 * apartment", "a station", "a conference" are things).
 */
// (A stem before the ending: "city" and "ship" end so and are things: "For me, it's about city.")
const IDEA_ENDING = /\p{L}{2}(?:ness|ity|ship|dom|hood|ism)$/u

/** Where the words describing term i begin ("gas station burritos", "a good burrito"). */
function describedFrom(terms: readonly TaggedTerm[], i: number): number {
  let k = i - 1
  while (
    k >= 0 &&
    !/^(?:no|any|some)$/u.test(terms[k]?.normal ?? '') &&
    (terms[k]?.tags.has('Adjective') || terms[k]?.tags.has('Noun')) &&
    !terms[k]?.tags.has('Possessive') &&
    !terms[k]?.tags.has('Pronoun') &&
    !terms[k]?.tags.has('Value')
  )
    k -= 1
  return k
}

const DETERMINER_BEFORE = /^(?:a|an|the|no|more|less|fewer|some|any|our|my|their|your|his|her)$/u

/**
 * The noun the person names in at least two different answers, said as they said it; '' when no
 * word comes back or the word is only a thing counted ("my shop", "16 rooms", "nail salons":
 * "It's about salon." is not English, and "One word: salon." names no why). Ties go to the word
 * in the earlier answer of FIELDS, then the earlier word.
 */
export function inferCore(answers: Answers): string {
  const candidates = new Map<string, Candidate>()
  const seen = new Map<string, Set<number>>()
  const namesMoreThanPeople = new Set<string>()
  const saidAsHead = new Set<string>()
  // ("a burrito", "every salon", "40k new battery", "weddings": a word the person counts is a
  // thing in the story, and "It's about burrito." or "What does a burrito mean to you?" is no
  // pitch; such answers open on the problem as typed instead.)
  const countable = new Set<string>()
  // ("less waste", "more shade", "much help": said so, a word is a thing never counted.)
  const quantified = new Set<string>()
  // ("without killing everything", "stop wasting": a doing the person wants gone is no word to land
  // on; "That stayed with me: it was about killing." was said of a bee rescue.)
  const against = new Set<string>()
  const beforeOne = new Set<string>()
  const doneBySomeone = new Set<string>()
  const namedSo = new Set<string>()
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
      if (/^(?:without|stop|stopping)$/u.test(terms[i - 1]?.normal ?? '')) {
        against.add(key)
      }
      // ("the construction guys", "construction workers": a word that only says which people
      // names who it is for, not what it is about.)
      const next = terms[i + 1]
      if (next === undefined || !namesPeopleOrByEnding(next.normal)) namesMoreThanPeople.add(key)
      // ("gas station burritos", "a gas station burrito": a word said only before the noun it
      // describes names which kind of that thing, never what the pitch is about.)
      // ("No more feed sacks by the road": after a determiner, the tagger reads "sacks" as a verb
      // in a line with no other; "feed" still only says which sacks.)
      const nounAfter =
        next !== undefined &&
        !next.tags.has('Pronoun') &&
        (next.tags.has('Noun') ||
          (next.tags.has('PresentTense') &&
            next.normal.endsWith('s') &&
            DETERMINER_BEFORE.test(terms[i - 1]?.normal ?? '')))
      // ("you ring 6 and 5 don't ring back", "you ring a plumber": a word said only after who does
      // it is a verb, whatever the tagger made of it; "It's about ring." was said.)
      const doer = terms[i - 1]
      if (
        doer !== undefined &&
        (/^(?:i|you|we|they|he|she)$/u.test(doer.normal) ||
          doer.tags.has('Modal') ||
          /^(?:don't|doesn't|didn't|can't|won't|never)$/u.test(doer.normal.replace('’', "'")))
      )
        doneBySomeone.add(key)
      else namedSo.add(key)
      // ("a hearing service", "hearing loss": before one thing or an idea, an -ing word can be what
      // it is about; only ever before things counted, "nursing homes", it says which ones.)
      if (nounAfter && !next.tags.has('Plural')) beforeOne.add(key)
      if (!nounAfter) {
        saidAsHead.add(key)
        if (
          /^(?:less|more|much|enough)$/u.test(terms[i - 1]?.normal ?? '') &&
          !term.tags.has('Plural')
        ) {
          quantified.add(key)
        }
        const before = terms[describedFrom(terms, i)]
        if (
          term.tags.has('Plural') ||
          (before !== undefined &&
            (before.tags.has('Value') || /^(?:a|an|another|each|every)$/u.test(before.normal)))
        ) {
          countable.add(key)
        }
      }
      const fields = seen.get(key) ?? new Set<number>()
      // (Who it affects and who it is for answer one question twice: "families in older rental
      // housing" said in both is no word the person keeps coming back to.)
      fields.add(field === 'forWhom' ? AFFECTED : fieldIndex)
      seen.set(key, fields)
      // Said as a thing somewhere ("a repair shop", "a hearing service"): it can be the word.
      // ("people facing eviction", "boys carrying knives": an -ing word between the people it
      // tells of and what it is done to is what they do; "patients waiting hours" still wait.)
      const object = terms[i + 1]
      // ("she was losing it": after a form of "be", an -ing word is what someone is doing;
      // "finishing my degree" too, with whose or which thing it is done to.)
      const doing =
        /ing$/u.test(word) &&
        (terms[i - 1]?.tags.has('Copula') === true ||
          terms[i + 1]?.tags.has('Possessive') === true ||
          terms[i + 1]?.tags.has('Determiner') === true ||
          // ("shelters keep calling me": done to someone.)
          /^(?:me|him|her|them|us|you)$/u.test(terms[i + 1]?.normal ?? '') ||
          terms[i - 1]?.tags.has('Auxiliary') === true ||
          // ("vets who stopped calling people back": after a verb, what they stopped doing.)
          // ("people think farming is just a business": after a verb of thinking it is a thing.)
          /^(?:stop|stops|stopped|keep|keeps|kept|quit|quits|start|starts|started|begin|began|finish|finished|avoid|avoided|miss|missed|enjoy|enjoyed|hate|hated|try|tried)$/u.test(
            terms[i - 1]?.normal ?? '',
          ) ||
          // ("replacing paid textbooks with…", "painting shop shutters…": an answer that opens on
          // an -ing word and the things it is done to says what the person does; "It comes down to
          // replacing." was said. "hearing loss" names one thing, and stays about hearing.)
          (i === 0 && doneToThings(terms.slice(1, 4))) ||
          // ("data people working on energy": what the people named do.)
          (namesPeopleOrByEnding(terms[i - 1]?.normal ?? '') &&
            terms[i + 1]?.tags.has('Preposition') === true) ||
          (terms[i - 1]?.tags.has('Noun') === true &&
            object !== undefined &&
            // ("the companies losing them": a pronoun is done to as well.)
            (object.tags.has('Noun') || object.tags.has('Determiner')) &&
            !object.tags.has('Duration') &&
            !object.tags.has('Value') &&
            (!object.tags.has('Pronoun') || /^(?:them|him|her|us|me|it)$/u.test(object.normal))))
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
    if (candidate.fields.size < 2 || against.has(stemOf(candidate.word))) continue
    // ("It's about nurse.", "It's about cousin.": a person is who it is for, never the word.)
    if (namesPeopleOrByEnding(candidate.word) || LIGHT_VERB.test(candidate.word)) continue
    if (!namesMoreThanPeople.has(stemOf(candidate.word))) continue
    const key = stemOf(candidate.word)
    if (doneBySomeone.has(key) && !namedSo.has(key)) continue
    // (An idea keeps its place: "hearing loss", "a hearing service" are about hearing.)
    // (But "gas station burritos" is about no station.)
    const keepsPlace =
      IDEA_ENDING.test(candidate.word) || (/ing$/u.test(candidate.word) && beforeOne.has(key))
    if (!saidAsHead.has(stemOf(candidate.word)) && !keepsPlace) continue
    // ("know": a word that is only ever a verb names nothing.)
    if (isVerbOnly(candidate.word)) continue
    if (!IDEA_ENDING.test(candidate.word) && countable.has(stemOf(candidate.word))) continue
    if (!saidAsThing(candidate.word)) continue
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
  return best === null ? oneWordProblem(answers) : best.word

  /**
   * A word made to name an idea or a doing, one the lexicon knows is never counted ("water",
   * "research"), or one the person said so ("less waste"). A bare word in typed answers tells no
   * thing from an idea: "clean creek", "scooter battery dies" drop their articles as "heat" never
   * had one.
   */
  function saidAsThing(word: string): boolean {
    return (
      namesAnIdea(word) || quantified.has(stemOf(word)) || lexiconTags(word).includes('Uncountable')
    )
  }
}

/** "paid textbooks", "shop shutters": things counted, right after the doing. */
function doneToThings(after: readonly TaggedTerm[]): boolean {
  for (const term of after) {
    if (term.tags.has('Plural')) return true
    // ("paid textbooks": a participle before the things says which ones.)
    const describes = ['Adjective', 'Noun', 'Determiner', 'PastTense', 'Participle']
    if (!describes.some((tag) => term.tags.has(tag))) return false
  }
  return false
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
