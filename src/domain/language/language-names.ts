// The names of the languages people here write in, in English ("english", "spanish", "tagalog"),
// from Intl.DisplayNames over the languages the app detects: no word list to keep. Pure.
import { DETECTED_TAGS } from './detect-language'

let names: ReadonlySet<string> | undefined

/** Each word of each language's English name, lower case ("haitian", "creole"). */
export function languageNameWords(): ReadonlySet<string> {
  if (names !== undefined) return names
  let words: string[] = []
  try {
    const display = new Intl.DisplayNames(['en'], { type: 'language' })
    words = ['en', ...DETECTED_TAGS]
      .flatMap((tag) => display.of(tag)?.split(/\s+/u) ?? [])
      .map((word) => word.toLowerCase().replace(/[^\p{L}']/gu, ''))
      .filter(Boolean)
  } catch {
    // (A runtime without Intl.DisplayNames: no language is named.)
  }
  names = new Set(words)
  return names
}
