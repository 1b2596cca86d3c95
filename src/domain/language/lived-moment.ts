// A moment typed as a question to the listener is the person's own experience asked back: "do you
// know what it's like to eat christmas dinner at a flying j by yourself? i did it 9 years
// running." The pitch has one question of its own, so the moment says it as lived ("I know what
// it's like to eat christmas dinner at a flying j by myself."); dropped, the next line points at
// nothing ("I did it 9 years running."). Only English's closed classes are listed here (pronouns,
// conjunctions); whether a word is a participle is the tagger's call. Pure; never throws.
import { capitalise } from './english'
import { tagTerms } from './nlp'

const END = String.raw`\s*\?+[\s)]*$`
const LISTENER = String.raw`(?:you|u|ya)`

// "do you know what it's like to…", "you know what it feels like when…"
const KNOW_WHAT_LIKE = new RegExp(
  String.raw`^(?:(?:do|did)\s+)?${LISTENER}\s+(?:ever\s+)?know\s+what\s+it(?:['’]?s|\s+is|\s+(was|feels|felt))\s+like\s+(\S.*?)${END}`,
  'iu',
)
// "you know when a little boy screams the whole salon down?", "you know that feeling when…"
const KNOW_WHEN = new RegExp(
  String.raw`^(?:(?:do|did)\s+)?${LISTENER}\s+know\s+(that\s+(?:feeling|moment)\s+)?(when|how)\s+(\S.*?)${END}`,
  'iu',
)
// "have you ever sat in a waiting room for six hours?", "ever been ghosted by a recruiter?"
const EVER_DONE = new RegExp(
  String.raw`^(?:(?:have|has)\s+${LISTENER}\s+ever|ever)\s+(\S+)\s+(\S.*?)${END}`,
  'iu',
)

// After these, the listener's "you" was the one doing: "when you walk in" → "when I walk in"
// (and after a comma: "…the bus is late, you wait" → "…I wait").
const BEFORE_SUBJECT = new Set([
  ',',
  'and',
  'but',
  'or',
  'so',
  'when',
  'whenever',
  'while',
  'if',
  'because',
  'cause',
  'cos',
  'that',
  'until',
  'till',
  'before',
  'after',
  'where',
  'how',
  'then',
  'as',
  'since',
  'once',
  'who',
])

const OWN: Record<string, string> = {
  your: 'my',
  ur: 'my',
  yours: 'mine',
  yourself: 'myself',
  "you're": "I'm",
  'you’re': 'I’m',
  youre: "I'm",
  "you've": "I've",
  'you’ve': 'I’ve',
  "you'd": "I'd",
  'you’d': 'I’d',
  "you'll": "I'll",
  'you’ll': 'I’ll',
}
const AFTER_I: Record<string, string> = { are: 'am', were: 'was', "aren't": 'am not' }

/** The listener's words turned to the speaker's: "by yourself" → "by myself". */
function asOwn(text: string): string {
  const words = text.split(/(\s+)/u)
  let previous = ''
  let wasI = false
  return words
    .map((word) => {
      if (/^\s+$/u.test(word)) return word
      const bare = word.replace(/[,.;:!]+$/u, '')
      const tail = word.slice(bare.length)
      const key = bare.toLowerCase()
      let out = bare
      const own = OWN[key]
      if (own !== undefined) out = own
      else if (key === 'you' || key === 'u' || key === 'ya') {
        out = previous === '' || BEFORE_SUBJECT.has(previous) ? 'I' : 'me'
      } else if (wasI && AFTER_I[key] !== undefined) out = AFTER_I[key]
      wasI = out === 'I'
      previous = tail === '' ? key : ','
      return out + tail
    })
    .join('')
}

function hasListener(text: string): boolean {
  return /\b(?:you|u|ya|your|ur|yours|yourself|you['’](?:re|ve|d|ll)|youre)\b/iu.test(text)
}

function isParticiple(word: string): boolean {
  if (/^(?:been|had|got|gotten)$/iu.test(word)) return true
  const [term] = tagTerms(`I have ${word}`).slice(2)
  return term !== undefined && (term.tags.has('PastTense') || term.tags.has('Participle'))
}

/**
 * "I do.", "I have, twice.", "Yep, me.": a line that only answers the question before it, and says
 * nothing once the question is gone (a moment told "I do. He was 6." answered nobody).
 */
export const BARE_ANSWER =
  /^(?:(?:yes|yeah|yep|yup)[,!.]*\s*)?(?:i\s+(?:do|did|have|had|am|was|know)|me(?:\s+too)?|yes|yeah|yep|yup)(?:,?\s+(?:too|once|twice|myself|though|sadly|unfortunately))?[.!…]*$/iu

// "That was Alfie, 6, last May.", "I did it 9 years running.", "I do.": a line that leans on the
// question before it.
const LEANS_ON_IT = new RegExp(
  String.raw`^(?:(?:that|this|it)(?:['’]s|\s+(?:was|is|were|happened|happens)\b)|i\s+(?:did|do|lived|had|have)\s+(?:it|that|this)\b)|${BARE_ANSWER.source}`,
  'iu',
)

/**
 * The sentence said as the person's own, or null when it is no such question. `next` is the
 * sentence after it (none when the question is the whole moment): a question the moment goes on
 * without ("…? Her son was named Isaiah.") is left to the pitch's one question, as before.
 */
export function livedMoment(sentence: string, next?: string): string | null {
  if (next !== undefined && !LEANS_ON_IT.test(next)) return null
  // (The person's own apostrophe, straight or curly.)
  const apostrophe = sentence.includes('’') ? '’' : "'"
  const like = KNOW_WHAT_LIKE.exec(sentence)
  if (like) {
    const [, verb, rest = ''] = like
    const it = verb === undefined ? `it${apostrophe}s` : `it ${verb.toLowerCase()}`
    return `I know what ${it} like ${asOwn(rest)}.`
  }
  const when = KNOW_WHEN.exec(sentence)
  if (when) {
    const [, feeling, how = 'when', rest = ''] = when
    if (feeling === undefined && !hasListener(rest)) return `${capitalise(rest)}.`
    return `I know ${feeling?.toLowerCase() ?? ''}${how.toLowerCase()} ${asOwn(rest)}.`
  }
  const ever = EVER_DONE.exec(sentence)
  const [, done = '', rest = ''] = ever ?? []
  if (ever && isParticiple(done)) return `I${apostrophe}ve ${done.toLowerCase()} ${asOwn(rest)}.`
  return null
}
