// Whether a short phrase is said in English, for text too short for the language detector (which
// reads fewer than a dozen words as English by default): "a sounding board", "Experts to invite",
// "Customers who share the cause" typed among Danish or Dutch answers.
import { lexiconTags } from './lexicon'

// Tags compromise gives words of other languages too: "de", "des" and "du" are determiners in
// names ("de la Cruz"), "que" a place, "nel" a first name.
const NOT_READ = /^(?:FirstName|FemaleName|MaleName|LastName|Place|Abbreviation|Person)$/u
const SHARED = new Set(['de', 'des', 'du', 'la', 'le', 'el', 'los', 'las', 'di', 'da', 'en'])
// Small words only English uses this way: one of them among words English knows settles it.
const ENGLISH_ONLY = new Set(['the', 'to', 'who', 'and', 'with', 'of', 'for', 'worth', 'from'])

function englishWord(word: string, known: ReadonlySet<string>): boolean {
  if (known.has(word)) return true
  if (SHARED.has(word)) return false
  const tagged = (w: string) => lexiconTags(w).some((tag) => !NOT_READ.test(tag))
  return tagged(word) || (/s$/u.test(word) && tagged(word.slice(0, -1)))
}

/**
 * The phrase is English: every word is one English knows (compromise's lexicon, or `known`, the
 * app's own English words), or two in three are and one of them is a small word only English
 * uses ("Books and ideas to read"). "partners bij de woningcorporatie" and "alguien con quien
 * hablar / sounding board" are not.
 */
export function saidInEnglish(phrase: string, known: ReadonlySet<string> = new Set()): boolean {
  const words = phrase.toLowerCase().match(/\p{L}+(?:['’]\p{L}+)*/gu) ?? []
  if (words.length === 0) return false
  const english = words.filter((word) => englishWord(word, known))
  if (english.length === words.length) return true
  return english.length * 3 >= words.length * 2 && english.some((word) => ENGLISH_ONLY.has(word))
}
