// Which language a person wrote in. Short texts fool every detector, so the answers are judged
// together, and anything unsure is English (the language the drafts are written in).
import { franc } from 'franc-min'

/** ISO 639-3 codes franc returns, for the languages people here write in, as BCP 47 tags. */
const TAGS: Record<string, string> = {
  eng: 'en',
  spa: 'es',
  fra: 'fr',
  deu: 'de',
  por: 'pt',
  ita: 'it',
  nld: 'nl',
  pol: 'pl',
}

const CANDIDATES = Object.keys(TAGS)

// Every composition (each opening, each keystroke) asks about the same answers again.
const detected = new Map<string, string>()

/** The primary language of the texts together: a BCP 47 tag, 'en' when unsure. Never throws. */
export function detectLanguage(texts: readonly string[]): string {
  const key = texts.join('\u0000')
  const known = detected.get(key)
  if (known) return known
  const language = detectUncached(texts)
  if (detected.size >= 200) detected.clear()
  detected.set(key, language)
  return language
}

function detectUncached(texts: readonly string[]): string {
  const joined = texts
    .map((text) => text.trim())
    .filter(Boolean)
    .join('. ')
  // Fewer than a dozen words: no detector is reliable, so trust the default. Only answers of a
  // few words count: "voices fading. Dad. now. singing. silence" is a list of labels, and a
  // detector reads labels as any language at all.
  const inSentences = texts
    .map((text) => text.trim().split(/\s+/u).filter(Boolean).length)
    .filter((n) => n >= 4)
    .reduce((sum, n) => sum + n, 0)
  if (inSentences < 12) return 'en'
  try {
    const code = franc(joined, { only: CANDIDATES, minLength: 20 })
    return TAGS[code] ?? 'en'
  } catch {
    return 'en'
  }
}
