// How long a text takes to say, in English words' worth, in any script. Kept out of text.ts: only
// the steps that compose or review a pitch need it, and the first screen loads text.ts.
import { countWords } from './text'

// Chinese and Japanese write no spaces between words: a run of their characters is not one word.
// Said aloud, about two characters take the time of an English word (some 300 characters a
// minute against 150 words), so each two count as one.
const WRITTEN_WITHOUT_SPACES = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu

// Thai, Lao, Khmer and Burmese write no spaces between words either; a space there ends a clause
// or a sentence (a Thai pitch of some 160 words was counted as 25, and ran over two minutes). The
// platform's own word breaker (Intl.Segmenter, in every browser this app supports and in Node)
// finds their words; their words are short, and about two take the time of an English one.
const SEGMENTED = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u
const SEGMENTED_RUN = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{M}]+/gu

// (Made once, on the first text in one of these scripts.)
let segmenter: Intl.Segmenter | undefined

/** The words of a run of Thai, Lao, Khmer or Burmese, by the platform's word breaker. */
function segmentedWords(run: string): number {
  // (Without one, a word of these scripts is about four characters long.)
  if (typeof Intl.Segmenter !== 'function') return Math.max(1, Math.round(run.length / 4))
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' })
  let words = 0
  for (const part of segmenter.segment(run)) {
    if (part.isWordLike === true) words += 1
  }
  return words
}

/** Words as spoken time counts them, in any script. */
export function spokenWords(text: string): number {
  const characters = text.match(WRITTEN_WITHOUT_SPACES)?.length ?? 0
  const runs = SEGMENTED.test(text) ? (text.match(SEGMENTED_RUN) ?? []) : []
  if (characters === 0 && runs.length === 0) return countWords(text)
  const rest = text.replace(WRITTEN_WITHOUT_SPACES, ' ').replace(SEGMENTED_RUN, ' ')
  const segmented = runs.reduce((sum, run) => sum + segmentedWords(run), 0)
  return countWords(rest) + Math.round(characters / 2) + Math.round(segmented / 2)
}

/**
 * Text written without spaces, cut to what `max` words take to say: whole sentences while they
 * fit, else the first sentence to its last pause (、，) that fits; never mid-clause when a pause
 * is there to cut at.
 */
export function shortenSpoken(text: string, max: number): string {
  if (spokenWords(text) <= max) return text
  const sentences = text.match(/[^。！？!?]+[。！？!?]?/gu) ?? [text]
  let kept = ''
  for (const sentence of sentences) {
    if (spokenWords(kept + sentence) > max) break
    kept += sentence
  }
  if (kept !== '') return kept.trim()
  const first = sentences[0] ?? text
  // (In Thai, Lao, Khmer and Burmese a space is the pause.)
  const clauses = SEGMENTED.test(first)
    ? (first.match(/\S+\s*/gu) ?? [first])
    : (first.match(/[^、，,]+[、，,]?/gu) ?? [first])
  let said = ''
  for (const clause of clauses) {
    if (said !== '' && spokenWords(said + clause) > max) break
    said += clause
  }
  return said.replace(/[、，,]\s*$/u, '').trim()
}
