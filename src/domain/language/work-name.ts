// The name of what a person works on, kept as they wrote it. "Charm City Diaper Bank" and "No Mow
// Campus" are typed in title case because they are names, not because the person types every
// answer that way; "Koor, remote rehearsal for choirs" is a name the tagger has never seen. The
// reading lowers all three (title case undone, an unknown word read as a common noun), so the
// drafts said "I'm working on charm city diaper bank" and "…on koor, remote rehearsal…".
import type { ReadAnswer } from './english'
import { tagTerms } from './nlp'

// Small words a title leaves in lower case ("Friends of the Ferry", "Bread and Roses").
const TITLE_SMALL = /^(?:of|the|and|for|a|an|in|on|to|at|by|&|de|la|le|del|da|du|van|von)$/u
// The words that open a reading without naming anything ("Maybe, a podcast", "Honestly, a book").
const OPENS_NO_NAME = /^(?:Adverb|Conjunction|Preposition|Pronoun|Modal)$/u
// ("Something, idk": the tagger files these as nouns; they name nothing.)
const INDEFINITE = /^(?:something|anything|nothing|everything|someone|somewhere|idk|dunno)$/iu
const VERB_TAGS = /^(?:Verb|Gerund|Infinitive|PresentTense|PastTense|Imperative)$/u
// The words after which a capitalised verb is a doing ("Writing My First Novel", "Start A Podcast").
const DETERMINER = /^(?:a|an|the|my|our|your|his|her|their)$/iu
const QUANTIFIER = /^(?:some|more)$/iu

/** The typed name at the start of a "what you work on" answer, or null when it opens on none. */
export function typedWorkName(typed: string): string | null {
  const trimmed = typed.trim()
  // The name runs to its description: "Koor, …", "Mended: …", "Àlọ́ – a story app…", "(…)".
  const [segment = '', ...rest] = trimmed.split(/\s*(?:,|:|\s[-–—]\s|\()\s*/u)
  const words = segment.split(/\s+/u).filter((word) => word !== '')
  if (words.length === 0 || words.length > 5) return null
  // Shouted words are no title; "I", "We" open a sentence, not a name.
  if (words.every((word) => word === word.toUpperCase())) return null
  if (/^(?:I|I[’']m|We|We[’']re|My|Our)$/u.test(words[0] ?? '')) return null
  const capitalised = words.every(
    (word, i) => /^\p{Lu}/u.test(word) || (i > 0 && TITLE_SMALL.test(word)),
  )
  if (!capitalised) return null
  const [first] = tagTerms(segment.toLowerCase())
  if (!first) return null
  // "Writing My First Novel", "Start A Podcast": a doing typed in title case, said as a doing.
  // ("Charm City Diaper Bank": a verb's spelling before a noun is a name's first word.)
  // ("Rolling Atlas, verified accessible travel": an -ing word with what it is after it is a
  // name's; "Writing Poems" alone is a doing.)
  const second = words[1] ?? ''
  const doing =
    (first.tags.has('Gerund') && (rest.length === 0 || DETERMINER.test(second))) ||
    ([...first.tags].some((tag) => VERB_TAGS.test(tag)) &&
      (DETERMINER.test(second) || QUANTIFIER.test(second)))
  if (doing) return null
  // A word that opens a sentence opens no name ("Maybe, …", "Honestly A Podcast", "Something,
  // …"); nor does "a": "A Book Of Poems" describes. One capital word is a name only before its
  // description.
  if ([...first.tags].some((t) => OPENS_NO_NAME.test(t)) || /^an?$/iu.test(words[0] ?? ''))
    return null
  if (words.length === 1 && (rest.length === 0 || INDEFINITE.test(words[0] ?? ''))) return null
  // ("Maybe A Book Of Poems, Maybe Something Else, Not Sure": an answer typed all in capitals
  // says nothing of which words name.)
  const after = rest.join(' ').match(/\p{L}[\p{L}’']*/gu) ?? []
  if (after.length >= 2 && after.every((word) => /^\p{Lu}/u.test(word) || TITLE_SMALL.test(word)))
    return null
  return segment
}

/** The reading with the work's typed name given back its capitals, wherever it was lowered. */
export function withWorkName(read: ReadAnswer, typed: string): ReadAnswer {
  const name = typedWorkName(typed)
  if (name === null) return read
  const lower = name.toLowerCase()
  const restore = (text: string) =>
    text.slice(0, name.length).toLowerCase() === lower ? name + text.slice(name.length) : text
  const text = restore(read.text)
  // "PayDay, invoice tracking for African SMEs": a name and what it is, said as a thing (the
  // tagger read "tracking" as a verb, and the drafts said the answer bare, as if a sentence).
  const described = text.slice(name.length)
  // ("Scopa, a small game about… a grandparent who is forgetting": what it is, with an article,
  // may hold a verb of its own.)
  const thing =
    read.form !== 'noun-phrase' &&
    /^\s*(?:,|:|[-–—])\s/u.test(described) &&
    (/^\s*(?:,|:|[-–—])\s+(?:a|an|the|my|our)\s/iu.test(described) ||
      !/\b(?:I|I[’']m|we|we[’']re|it[’']s|they|is|are|was|were|will|has|have)\b/iu.test(described))
  if (text === read.text && restore(read.head) === read.head && !thing) return read
  return {
    ...read,
    ...(thing ? { form: 'noun-phrase' as const } : {}),
    text,
    head: restore(read.head),
    sentences: read.sentences.map((sentence, i) => (i === 0 ? restore(sentence) : sentence)),
  }
}
