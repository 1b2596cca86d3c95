// Word-level part-of-speech lookups from compromise's own lexicon, without running its tagger.
// A lookup is a hash-map read, so callers can ask about every word of a long paste and stay fast;
// running the full tagger costs milliseconds per sentence. Same library and lazy-loading rule as
// nlp.ts: only the steps that write or review a pitch reach this module.
import nlp from 'compromise'

type Lexicon = Record<string, string | string[] | undefined>

let lexicon: Lexicon | null | undefined

function load(): Lexicon | null {
  if (lexicon !== undefined) return lexicon
  try {
    const model = nlp.model() as { one?: { lexicon?: Lexicon } }
    lexicon = model.one?.lexicon ?? null
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

/** A number written as a word: "twelve", "forty", "hundred", "thirty-nine", "a dozen" not included. */
export function isNumberWord(word: string): boolean {
  if (word.includes('-')) return word.split('-').every((part) => isNumberWord(part))
  return hasLexiconTag(word, 'Cardinal') || hasLexiconTag(word, 'Multiple')
}

/** A noun for a person or people ("nurse", "farmers", "grandmother"), as the lexicon knows it. */
export function isPersonNoun(word: string): boolean {
  return hasLexiconTag(word, 'Actor')
}
