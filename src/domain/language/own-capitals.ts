// Names the person wrote with a capital in one answer and without in another ("My best friend
// Rumpa…" and "…where rumpa could be in the lab"): the drafts say them as the person wrote them
// most often, which is how a name is said.
import { lexiconTags } from './lexicon'
import { tagTerms } from './nlp'

/** A word the lexicon files as a name or a place, or does not know at all, can be a name. */
const NAME_TAGS = /Name|Place|City|Country|Region|Organization/u

const DETERMINER = /^(?:the|a|an|my|our|your|his|her|their|this|that|every|each|good|big|old)$/iu

// "Courtroom", "University": shapes of common nouns the lexicon does not list one by one.
const COMMON_ENDING = /(?:room|house|ity|tion|sion|ing|ness|ment|ship|hood|ism|ist|ure|ance|ence)$/u

// How often it was written with a capital before a plural word in lower case ("Deaf workers").
type Counts = { capital: number; lower: number; as: string; letters: number; people: number }

// Tags of words that never name a people, whatever their capital ("Now", "For", "Looking").
const NOT_A_PEOPLE = new Set([
  'Preposition',
  'Conjunction',
  'Adverb',
  'Determiner',
  'Pronoun',
  'Gerund',
  'Copula',
  'Modal',
  'Auxiliary',
  'QuestionWord',
  'Comparative',
  'Superlative',
  // ("Sunday mornings": a day is written with its capital anyway, and is no one's name.)
  'WeekDay',
  'Month',
  'Date',
  'Holiday',
])

/**
 * The names in the person's answers, by their lower-case form ("rumpa" → "Rumpa"): words written
 * with a capital inside a sentence more often than without. An answer typed in capitals or in
 * title case ("My Buddy Ray Dean") says nothing about which words are names, and is not read.
 */
export function ownCapitalsIn(answers: readonly string[]): Map<string, string> {
  const counts = new Map<string, Counts>()
  const count = (lower: string): Counts => {
    const known = counts.get(lower)
    if (known) return known
    const fresh = { capital: 0, lower: 0, as: '', letters: 0, people: 0 }
    counts.set(lower, fresh)
    return fresh
  }
  for (const answer of answers) {
    const words = answer.split(/\s+/u).filter((word) => /\p{L}/u.test(word))
    const capitals = words.filter((word) => /^["“'‘(]*\p{Lu}/u.test(word)).length
    if (words.length === 0 || capitals * 2 > words.length) continue
    const capsIn = new Set<string>()
    words.forEach((raw, i) => {
      const word = raw.replace(/^["“'‘(]+|[^\p{L}’'-]+$/gu, '')
      if (!/^\p{L}[\p{L}’'-]*$/u.test(word)) return
      const lower = word.toLowerCase()
      // "i was on SNAP myself", "families on SNAP": a word in capitals typed so in more than one
      // answer is a name (a programme, a firm's letters), not a word shouted for weight.
      if (/^\p{Lu}{3,6}$/u.test(word)) {
        // (Once per answer: "only BUTTON BUTTON BUTTON" is words said, not a name.)
        if (!capsIn.has(lower)) count(lower).letters += 1
        capsIn.add(lower)
        return
      }
      if (word === lower) {
        count(lower).lower += 1
        return
      }
      // The first word of an answer or of a sentence has its capital from where it stands.
      const previous = words[i - 1]
      // ("…hear them.** Strobe + bed-shaker alarms…": a sentence in bold ends on its stars.)
      if (previous === undefined || /[.!?:…]["”’)*_]*$/u.test(previous)) return
      // ("(beat) Invisible work is still work.": a direction in brackets opens no sentence.)
      if (/^\([^()]*\)$/u.test(previous) && (i === 1 || /[.!?…]["”’)]*$/u.test(words[i - 2] ?? '')))
        return
      // "the Street", "a good Suit": a common word given a capital for weight, not a name.
      if (DETERMINER.test(previous)) return
      // "Elm Street", "Twin Cities": a common word is part of a name only beside the rest of it.
      if (/^["“'‘(]*\p{Lu}/u.test(previous) && !/^I$/u.test(previous)) return
      if (!/^\p{Lu}\p{Ll}/u.test(word) || word.length < 3) return
      const entry = count(lower)
      entry.capital += 1
      entry.as = word
      const next = words[i + 1] ?? ''
      if (/^\p{Ll}+$/u.test(next) && tagTerms(`the ${next}`)[1]?.tags.has('Plural') === true)
        entry.people += 1
    })
  }
  const names = new Map<string, string>()
  for (const [lower, { capital, lower: lowered, as, letters, people }] of counts) {
    if (letters >= 2 && lowered === 0 && capital === 0) {
      names.set(lower, lower.toUpperCase())
      continue
    }
    // (Never written in lower case, a name is still lowered by the drafts when its answer is
    // said after a stem: "I want a world where Rumpa could be in the lab".)
    // A word the lexicon does not know is a name when written as often with a capital as
    // without; one it knows ("Grace", "Hope") only when written with one more often.
    const tags = lexiconTags(lower)
    // ("portraits of Polish builders in Ireland", "for Black women in tech": a word the lexicon
    // knows as a common one is the person's name for a people when they only ever write it with
    // a capital, inside a sentence.)
    if (
      tags.length > 0 &&
      !tags.some((tag) => NAME_TAGS.test(tag)) &&
      (lowered > 0 || people === 0 || tags.some((tag) => NOT_A_PEOPLE.has(tag)))
    )
      continue
    const tie = capital === lowered && (tags.length > 0 || COMMON_ENDING.test(lower))
    if (capital === 0 || capital < lowered || tie) continue
    names.set(lower, as)
  }
  return names
}

/** The text with each name written as the person most often wrote it. */
export function withOwnCapitals(text: string, names: ReadonlyMap<string, string>): string {
  if (names.size === 0) return text
  // ("Don Chuy": the "don" of "I don’t" is no name; "don’s van" is his.)
  return text.replace(
    /(?<![\p{L}\p{N}’'-])\p{Ll}\p{L}*(?![\p{L}\p{N}]|[’'](?!s(?![\p{L}]))\p{L})/gu,
    (word) => names.get(word) ?? word,
  )
}
