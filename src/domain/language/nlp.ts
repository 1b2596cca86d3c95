// The natural-language library under the composer and the coach: compromise (part-of-speech
// tags, sentences, numbers). Importing this module brings about 140 KB gzip, so only the steps
// that write or review a pitch (which load on demand) may reach it; the first screen never does.
import nlp from 'compromise'
import { installQuickSweep } from './quick-sweep'

/** One term as the tagger sees it: its text, lower-cased normal form and tags. */
export type TaggedTerm = { text: string; normal: string; tags: ReadonlySet<string> }

// The same text is tagged many times while composing (an answer's form, its first word, where
// to cut it, the core word in each opening, and again for every opening and keystroke): each
// text is parsed once and its terms remembered.
const tagged = new Map<string, readonly TaggedTerm[]>()
const TAGGED_LIMIT = 1500

installQuickSweep(nlp.world())

/**
 * A word that only says what a thing is ("loud", "bright"), never names one: where the words of
 * a list like "loud, bright and crowded" are cut apart, half of what was said is lost.
 */
export function onlyDescribes(term: TaggedTerm | undefined): boolean {
  return term !== undefined && term.tags.has('Adjective') && !term.tags.has('Noun')
}

/** Tags each term of a fragment or sentence. Never throws: an empty list on any failure. */
export function tagTerms(text: string): TaggedTerm[] {
  const known = tagged.get(text)
  if (known) return [...known]
  const terms = tagUncached(text)
  if (tagged.size >= TAGGED_LIMIT) tagged.clear()
  tagged.set(text, terms)
  return [...terms]
}

// The library's own steps after tokenizing, without the ones nothing here reads: the chunker
// (noun and verb phrases, about a sixth of the parse) and typeahead. The rest run as `nlp()` runs
// them, so every term gets the tags it would get there.
const UNREAD_STEPS = new Set(['chunks', 'typeahead', 'alias', 'normal', 'machine', 'contractions'])
let tagSteps: string[] | null = null

function parse(text: string) {
  tagSteps ??= nlp.hooks().filter((step: string) => !UNREAD_STEPS.has(step))
  return nlp.tokenize(text).compute(tagSteps)
}

function tagUncached(text: string): TaggedTerm[] {
  try {
    // The document's own term lists: reading them is cheaper than `.json()`, which copies every
    // term into a new object (about a third of the tagging time on a long answer).
    const sentences = parse(text).docs as ReadonlyArray<
      ReadonlyArray<{ text: string; normal?: string; tags?: ReadonlySet<string> }>
    >
    const out: TaggedTerm[] = []
    for (const sentence of sentences) {
      for (const term of sentence) {
        // The parse is thrown away after this: its own tag sets are kept rather than copied.
        const tags =
          term.tags instanceof Set ? (term.tags as Set<string>) : new Set(term.tags ?? [])
        const previous = out.at(-1)
        if (term.text === '' && previous) {
          for (const tag of tags) (previous.tags as Set<string>).add(tag)
          continue
        }
        out.push({ text: term.text, normal: term.normal ?? term.text.toLowerCase(), tags })
      }
    }
    return out
  } catch {
    return []
  }
}

type Conjugation = {
  Infinitive?: unknown
  PresentTense?: unknown
  PastTense?: unknown
  Participle?: unknown
  Gerund?: unknown
}

// Conjugating parses the word as a whole document: the same few verbs ("being", "feel", "have")
// are asked about again and again, so each word is conjugated once.
const conjugations = new Map<string, Conjugation | null>()
const CONJUGATIONS_LIMIT = 2000

function conjugationOf(verb: string): Conjugation | null {
  const known = conjugations.get(verb)
  if (known !== undefined) return known
  let forms: Conjugation | null = null
  try {
    forms = (nlp(verb).verbs().conjugate() as ReadonlyArray<Conjugation>)[0] ?? null
  } catch {
    forms = null
  }
  if (conjugations.size >= CONJUGATIONS_LIMIT) conjugations.clear()
  conjugations.set(verb, forms)
  return forms
}

/** The form after "he", "she" or "nobody" ("talk" → "talks"), or null when it is no verb. */
export function presentTenseOf(verb: string): string | null {
  const present = conjugationOf(verb)?.PresentTense
  return typeof present === 'string' && /^\p{L}+$/u.test(present) ? present : null
}

/** The -ing form of a verb ("remember" → "remembering"), or null when it is not one. */
export function gerundOf(verb: string): string | null {
  const gerund = conjugationOf(verb)?.Gerund
  return typeof gerund === 'string' && /^\p{L}+$/u.test(gerund) ? gerund : null
}

/**
 * The -ing form of a word known to be used as a verb ("open" in "open the garage back up" →
 * "opening"): alone, the library reads "open" as an adjective and conjugates nothing.
 */
export function gerundOfVerb(verb: string): string | null {
  const gerund = gerundOf(verb) ?? conjugationOf(`to ${verb}`)?.Gerund
  return typeof gerund === 'string' && /^\p{L}+$/u.test(gerund) ? gerund : null
}

// Quality nouns the library does not derive ("fair" → "fair"): "It comes down to fair." was said.
export const QUALITY_NOUNS_MISSED: ReadonlyMap<string, string> = new Map([['fair', 'fairness']])

/**
 * The noun an adjective names as a quality, when it has one of the common quality endings
 * ("honest" → "honesty", "simple" → "simplicity", "free" → "freedom"); null otherwise ("safe",
 * "calm" → "calmness" and "true" → "trueness" are not words a person would say).
 */
export function qualityNounOf(adjective: string): string | null {
  const missed = QUALITY_NOUNS_MISSED.get(adjective)
  if (missed !== undefined) return missed
  try {
    const doc = nlp(adjective)
    if (!doc.has('#Adjective') || doc.has('#Verb')) return null
    const noun = (doc.adjectives() as unknown as { toNoun(): { text(): string } }).toNoun().text()
    // "near" → "narity" is the library's guess, not a word: the noun keeps the adjective's start.
    // ("plain" → "plainty" is a guess too: "-ty" follows "loyal", "cruel", "safe", not "plain".)
    const guessedTy = noun === `${adjective}ty` && !/[le]$/u.test(adjective)
    return /^\p{L}+(?:ity|ty|dom|ence|ance|ery|esty)$/u.test(noun) &&
      noun !== adjective &&
      !guessedTy &&
      noun.startsWith(adjective.slice(0, 2))
      ? noun
      : null
  } catch {
    return null
  }
}

/** The plural of a noun ("mentor" → "mentors"), or null when the tagger makes none of it. */
export function pluralOf(noun: string): string | null {
  try {
    const plural = (nlp(noun).nouns() as unknown as { toPlural(): { text(): string } })
      .toPlural()
      .text()
    return /^\p{L}+$/u.test(plural) && plural !== noun ? plural : null
  } catch {
    return null
  }
}

const PARTICIPLES_MISSED: Record<string, string> = {
  bear: 'borne',
  become: 'become',
  come: 'come',
  overcome: 'overcome',
  run: 'run',
  spring: 'sprung',
}

/**
 * The plain, past and participle forms of a verb given in any form ("asking" → ask / asked /
 * asked, "giving" → give / gave / given), or null when the tagger reads no verb in it.
 */
export function verbFormsOf(
  verb: string,
): { plain: string; past: string; participle: string } | null {
  const forms = conjugationOf(verb)
  const plain = forms?.Infinitive
  const past = forms?.PastTense
  // The library names a participle only where it differs from the simple past, and misses a few
  // that do ("Have you ever bore witness?").
  const participle =
    forms?.Participle ?? (typeof plain === 'string' ? PARTICIPLES_MISSED[plain] : undefined) ?? past
  const word = /^\p{L}+$/u
  return typeof plain === 'string' &&
    typeof past === 'string' &&
    typeof participle === 'string' &&
    word.test(plain) &&
    word.test(past) &&
    word.test(participle)
    ? { plain, past, participle }
    : null
}

/**
 * Whether a word is a verb's participle, read as a verb after "they" ("left" → leave, "stuck" →
 * stick), where alone the tagger reads it as an adjective and gives no forms.
 */
export function participleAfterThey(word: string): boolean {
  if (!/^\p{L}+$/u.test(word)) return false
  const forms = conjugationOf(`they ${word}`)
  const plain = forms?.Infinitive
  const participle =
    forms?.Participle ??
    (typeof plain === 'string' ? PARTICIPLES_MISSED[plain] : undefined) ??
    forms?.PastTense
  return participle === word && plain !== word
}
