// How long a text takes to say, in English words' worth, in any script. Kept out of text.ts: only
// the steps that compose or review a pitch need it, and the first screen loads text.ts.
import { countWords } from './text'

// Chinese and Japanese write no spaces between words: a run of their characters is not one word.
// Said aloud, about two characters take the time of an English word (some 300 characters a
// minute against 150 words), so each two count as one.
const WRITTEN_WITHOUT_SPACES = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu

/** Words as spoken time counts them, in any script. */
export function spokenWords(text: string): number {
  const characters = text.match(WRITTEN_WITHOUT_SPACES)?.length ?? 0
  if (characters === 0) return countWords(text)
  return countWords(text.replace(WRITTEN_WITHOUT_SPACES, ' ')) + Math.round(characters / 2)
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
  const clauses = first.match(/[^、，,]+[、，,]?/gu) ?? [first]
  let said = ''
  for (const clause of clauses) {
    if (said !== '' && spokenWords(said + clause) > max) break
    said += clause
  }
  return said.replace(/[、，,]$/u, '').trim()
}
