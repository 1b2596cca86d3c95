// Who or what a moment is about, to come back to at the end. A person who gave neither a core
// word nor a theme has no word for the pitch to land on, and "That's why it matters to me."
// shares nothing with how it began. A speaker in that place ends on the moment they told: "A
// beekeeper emailed my supervisor…" … "I still think about that beekeeper."
import { namesPeopleWord, readsAsVerbToo } from '../language/lexicon'
import { tagTerms, type TaggedTerm } from '../language/nlp'
import { countWords } from '../text/text'

const POINTERS: Record<string, 'that' | 'own'> = {
  a: 'that',
  an: 'that',
  the: 'that',
  this: 'that',
  my: 'own',
  our: 'own',
  // ("I drive one aunty every week": she is "that aunty".)
  one: 'that',
}

// Nouns a moment passes through on the way ("in a row", "a break", "the end"; "didn't speak to a
// soul"): never the one it is about.
const PASSING =
  /^(?:row|break|bit|lot|way|time|end|start|moment|day|night|week|month|year|thing|stuff|kind|part|while|point|place|one|number|couple|half|minute|hour|soul)s?$/u

const MAX_WORDS = 3

// Words for someone that the tagger files as adjectives: "a regular", "a local".
const PEOPLE_ADJECTIVES = /^(?:regular|local|native|newcomer|veteran|senior|junior)$/u

// Words that say which one, meaningful only where they were first said.
const SAYS_WHICH = /^(?:same|other|very|whole|only|first|last|next|one)$/u

type Found = { text: string; person: boolean }

const TITLED_NAME = /\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+\p{Lu}[\p{L}’'-]+/gu

function bare(text: string): string {
  return text.replace(/[^\p{L}\p{N}'’-]+$/u, '').replace(/^[^\p{L}\p{N}\p{Sc}]+/u, '')
}

function endsPhrase(term: TaggedTerm): boolean {
  return /[^\p{L}\p{N}'’]$/u.test(term.text.trim())
}

function isNoun(term: TaggedTerm): boolean {
  const { tags } = term
  return (
    tags.has('Noun') &&
    !tags.has('Pronoun') &&
    !tags.has('Date') &&
    !tags.has('Duration') &&
    !tags.has('Value') &&
    // ("a pallet count nobody checked": "nobody" begins what is said of it.)
    !/^(?:nobody|somebody|someone|anyone|anybody|everyone|everybody|no-one)$/u.test(term.normal) &&
    // (A capital is a name; "sister" in "my sister Ana" is tagged as part of hers.)
    !(tags.has('ProperNoun') && /^\p{Lu}/u.test(term.text)) &&
    !tags.has('Verb')
  )
}

/** The noun phrase that starts at `i` ("a florist client", "my grandmother"), if one does. */
function phraseAt(terms: readonly TaggedTerm[], i: number): Found | null {
  const pointer = POINTERS[terms[i]?.normal ?? '']
  if (pointer === undefined || endsPhrase(terms[i] as TaggedTerm)) return null
  const words: TaggedTerm[] = []
  for (let j = i + 1; j < terms.length && words.length < MAX_WORDS; j++) {
    const term = terms[j] as TaggedTerm
    // ("my 14 yo cousin": her age is said where she was first told of.)
    if (/^\d+$/u.test(term.text) && /^(?:yo|y\/o|yr|yrs)$/iu.test(terms[j + 1]?.text ?? '')) {
      j += 1
      continue
    }
    // ("my resume my friend said…": another "my" starts another phrase.)
    if (POINTERS[term.normal] !== undefined) break
    // ("a £300 bassinet": the price is part of what it was.)
    const fits = isNoun(term) || term.tags.has('Adjective') || /^\p{Sc}?\d/u.test(term.text)
    // ("found my mom's grocery list in her coat pocket": a thing someone owns is no one seen doing.)
    const seen =
      SEEN_DOING.test(terms[i - 1]?.normal ?? '') && !words.some((w) => /['’]s$/u.test(w.text))
    if (!fits || actsAfterPerson(words, term, terms[j + 1], seen)) break
    words.push(term)
    if (endsPhrase(term)) break
  }
  // "my boy Malik": the name is who he is.
  const next = terms[i + 1 + words.length]
  if (
    words.length > 0 &&
    !endsPhrase(words[words.length - 1] as TaggedTerm) &&
    next !== undefined &&
    /^\p{Lu}/u.test(next.text) &&
    (next.tags.has('FirstName') ||
      next.tags.has('Person') ||
      // ("My neighbour Bill, 81,": the tagger knows "neighbor" as a person, not "neighbour".)
      (next.tags.has('ProperNoun') &&
        isPersonWord(words[words.length - 1] as TaggedTerm) &&
        !next.tags.has('Place') &&
        !next.tags.has('Organization')))
  ) {
    // ("a fella Mr Okafor": a title is said with the name after it.)
    const after = terms[i + 2 + words.length]
    if (!next.tags.has('Honorific')) return { text: bare(next.text), person: true }
    if (after !== undefined && /^\p{Lu}/u.test(after.text)) {
      return { text: `${next.text} ${bare(after.text)}`, person: true }
    }
  }
  // ("my favourite char kway teow uncle at…": a name longer than the words kept is pointed back at
  // by its last noun, "that uncle"; "my favourite char kway" named a dish that was never there.)
  let longer = i + 1 + words.length
  while (
    words.length === MAX_WORDS &&
    longer < terms.length &&
    longer < i + 1 + MAX_WORDS + 4 &&
    isNoun(terms[longer] as TaggedTerm) &&
    !/^\p{Lu}/u.test((terms[longer] as TaggedTerm).text)
  ) {
    longer += 1
  }
  if (longer > i + 1 + words.length) {
    const head = terms[longer - 1] as TaggedTerm
    const person = isPersonWord(head)
    const word = bare(head.text).toLowerCase()
    if (word.length < 3 || PASSING.test(word)) return null
    return { text: `${head.tags.has('Plural') ? 'those' : 'that'} ${word}`, person }
  }
  // ("lost a regular to suicide": a word for someone that is an adjective too is who it was.)
  const [only] = words
  const after = terms[i + 2]
  if (
    words.length === 1 &&
    only !== undefined &&
    pointer === 'that' &&
    PEOPLE_ADJECTIVES.test(only.normal) &&
    (after === undefined || !isNoun(after))
  ) {
    return { text: `that ${bare(only.text).toLowerCase()}`, person: true }
  }
  // ("the same man knocks…": pointed back at, he is "that man".)
  while (words.length > 1 && SAYS_WHICH.test((words[0] as TaggedTerm).normal)) words.shift()
  // The phrase ends on its noun ("my old shed", not "my old").
  while (words.length > 0 && !isNoun(words[words.length - 1] as TaggedTerm)) words.pop()
  const head = words[words.length - 1]
  // ("a patient's daughter": the one whose daughter it was is part of her name here.)
  if (head === undefined || /['’]s$/u.test(bare(head.text))) return null
  const headWord = bare(head.text).toLowerCase()
  // ("A young couple came in": two people, not "a couple of days".)
  const couple = headWord === 'couple' && terms[i + 1 + words.length]?.normal !== 'of'
  if (headWord.length < 3 || (PASSING.test(headWord) && !couple)) return null
  const plural = head.tags.has('Plural')
  const lead = pointer === 'own' ? (terms[i] as TaggedTerm).normal : plural ? 'those' : 'that'
  const said = words.map((w) => bare(w.text)).join(' ')
  // ("a 14 year old" is someone, as a "kid" is.)
  const person =
    couple || head.tags.has('Actor') || namesPeopleWord(headWord) || /\byear[- ]olds?$/u.test(said)
  return { text: `${lead} ${said}`, person }
}

function isPersonWord(term: TaggedTerm): boolean {
  return term.tags.has('Actor') || namesPeopleWord(bare(term.text).toLowerCase())
}

/**
 * "a kid bang on a piano": after a person, a word that is a verb too, followed by "on", "a",
 * "the" or "her", is what the person does (the tagger read "bang" as a noun, and the moment
 * ended on "that kid bang").
 */
function actsAfterPerson(
  words: readonly TaggedTerm[],
  term: TaggedTerm,
  next: TaggedTerm | undefined,
  seen = false,
): boolean {
  const before = words[words.length - 1]
  if (before === undefined || endsPhrase(before)) return false
  // ("saw a rookie jackknife on I-70", "find a turtle tangle up inna net": what was seen is what
  // it did, whoever or whatever did it.)
  const person = seen || isPersonWord(before)
  if (!person || !readsAsVerbToo(bare(term.text).toLowerCase())) return false
  // ("a woman read her denial letter": a possessive begins what she did it to.)
  return (
    next !== undefined &&
    (next.tags.has('Preposition') ||
      next.tags.has('Determiner') ||
      (seen && next.tags.has('Particle')) ||
      /^(?:her|his|their|my|our|your)$/u.test(next.normal))
  )
}

/**
 * The person or thing the told moment is about, said so it can be pointed back at ("that
 * beekeeper", "my grandmother", "those rings"); null when none is named. A person anywhere in the
 * first two sentences comes first; else a thing in the first.
 */
export function momentCallback(told: string, whole = told): string | null {
  // ("Mrs. Duda": a title's full stop ends no sentence.)
  // ("I was one of them. 2014. A guard named Mr Willis taught me chess…": a start of a few words
  // sets the scene; the one the moment is about comes in the sentence after.)
  const all = told.split(/(?<!\b(?:Mr|Mrs|Ms|Dr|St)\.)(?<=[.!?])\s+/u)
  const sentences = all.slice(0, countWords(all.slice(0, 2).join(' ')) <= 8 ? 3 : 2)
  let thing: string | null = null
  let person: string | null = null
  // ("One of my cooks, Miss Ruby, made her own cornbread": the name said after the people it is
  // one of is who the moment is about, not "my cooks".)
  let byPhrase = ''
  const named = (name: string, sentence: string) => {
    if (person === null || (byPhrase !== '' && sentence.includes(`${byPhrase}, ${name}`))) {
      person = name
      byPhrase = ''
    }
  }
  for (const [index, typed] of sentences.entries()) {
    // ('…asked "does this mean my husband can't have the surgery?"': the husband in someone
    // else's words is theirs, not the teller's; what they said is no one to come back to.)
    const sentence = typed.replace(/"[^"]*"|“[^”]*”/gu, ' ')
    const terms = tagTerms(sentence)
    // "Mrs. Duda, 83, came in…", "Mr Pritchard next door was found…": a name with its title is
    // who the moment is about, said as the teller said it ("I still think about Mrs. Duda.").
    const titled = [...sentence.matchAll(TITLED_NAME)].map((m) => m[0])
    let nextTitled = 0
    for (let i = 0; i < terms.length; i++) {
      if (
        // (The tagger reads "Miss" before a name as the verb.)
        ((terms[i] as TaggedTerm).tags.has('Honorific') ||
          (terms[i] as TaggedTerm).text === 'Miss') &&
        /^\p{Lu}/u.test(terms[i + 1]?.text ?? '')
      ) {
        const name = titled[nextTitled++]?.replace(/['’]s$/u, '')
        if (name !== undefined) {
          if (WITNESSED.test(terms[i - 1]?.normal ?? '')) return name
          named(name, sentence)
          continue
        }
      }
      // ("Kid named Jalen been coming to my shop…", "Ethan, 14, was sent home…": a person named
      // is who the moment is about, before the shop or the toilet it happened in.)
      // (A title is said with its name, above: "Mr" alone is no one.)
      const term = terms[i] as TaggedTerm
      if (
        (term.tags.has('FirstName') ||
          term.tags.has('Person') ||
          /^(?:named|called)$/u.test(terms[i - 1]?.normal ?? '')) &&
        !term.tags.has('Honorific') &&
        !term.tags.has('Place') &&
        !term.tags.has('Pronoun') &&
        !term.tags.has('Determiner') &&
        /^\p{Lu}\p{Ll}/u.test(term.text)
      ) {
        // ("Rosa's favorite blouse": the one who owned it, "Rosa", is who is thought about.)
        named(bare(term.text).replace(/['’]s$/u, ''), sentence)
      }
      const found = phraseAt(terms, i)
      if (found === null) continue
      // ("me and my wife were swapping days off": who the teller did it with is not who the
      // moment is about.)
      // (Unless the moment, as the person typed it, goes on about them: "my brother and i had a
      // world we built… after he died".)
      const at = whole.toLowerCase().indexOf(found.text.toLowerCase())
      const later = at < 0 ? all.slice(index + 1).join(' ') : whole.slice(at + found.text.length)
      if (found.person && withTheTeller(terms, i) && !/\b(?:he|she|him|her)\b/iu.test(later)) {
        continue
      }
      if (found.person) {
        // "We represented a landlord and I watched a woman with two toddlers get evicted": the
        // one the teller watched is the one the moment is about.
        if (WITNESSED.test(terms[i - 1]?.normal ?? '')) return found.text
        if (person === null) {
          person = found.text
          byPhrase = found.text
        }
      }
      if (index === 0) thing ??= found.text
    }
  }
  return person ?? thing
}

/** "me and my wife", "my wife and I": a person named beside the teller, as one subject. */
function withTheTeller(terms: readonly TaggedTerm[], i: number): boolean {
  const before = `${terms[i - 2]?.normal ?? ''} ${terms[i - 1]?.normal ?? ''}`
  if (/^(?:me|i) and$/u.test(before)) return true
  const after = terms.slice(i + 1, i + 5).map((term) => term.normal)
  const and = after.indexOf('and')
  return and >= 0 && /^(?:i|me)$/u.test(after[and + 1] ?? '')
}

/** "saw", "find": a verb of seeing, whose object may come with what it did. */
const SEEN_DOING =
  /^(?:saw|see|seen|watched|watch|noticed|notice|heard|hear|found|find|caught|spotted)$/u

/** Seeing or meeting someone: the one seen is who a moment is about. */
const WITNESSED = /^(?:watched|saw|met|noticed|heard|found|held|hugged|helped)$/u
