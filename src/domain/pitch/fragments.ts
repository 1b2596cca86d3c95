// Turning what a person typed into a clean fragment that fits inside a sentence, and filling
// sentence templates with such fragments. Pure; never throws.
import { normalizeText } from '../text/text'

const TRAILING = /[\s.,;:!?…。、]+$/u
const LEADING = /^[\s.,;:!?…\-–—•*]+/u
const PUNCT_RUN = /([.,;:!?])(?:\s*[.,;:!?])+/gu
const CLOSING_QUOTE = /^(.*?)[.,;:!?…]+([”’"')\]»]+)$/u

function stripLeadIn(text: string, leadIns: readonly string[]): string {
  const lower = text.toLowerCase()
  for (const leadIn of leadIns) {
    if (lower.startsWith(leadIn + ' ') || lower.startsWith(leadIn + ',')) {
      return text.slice(leadIn.length).replace(LEADING, '')
    }
  }
  return text
}

function lowercaseCommonStarter(text: string, starters: ReadonlySet<string>): string {
  const firstWord = /^[\p{L}’']+/u.exec(text)?.[0]
  if (!firstWord || firstWord.length < 2) return text
  const rest = firstWord.slice(1)
  const isCapitalised = firstWord[0] !== firstWord[0]?.toLowerCase() && rest === rest.toLowerCase()
  if (isCapitalised && starters.has(firstWord.toLowerCase())) {
    return firstWord.toLowerCase() + text.slice(firstWord.length)
  }
  return text
}

export type FragmentRules = {
  lowercaseStarters: ReadonlySet<string>
  leadIns?: readonly string[]
}

/**
 * A typed answer made ready to sit inside a sentence: trimmed, no leading or trailing
 * punctuation, no doubled punctuation, no redundant lead-in, a common first word lowercased.
 * Returns '' when nothing speakable is left.
 */
export function cleanFragment(raw: string, rules: FragmentRules): string {
  let text = normalizeText(raw)
    .replace(/\.{3,}/gu, '…')
    .replace(/…+/gu, '…')
    .replace(PUNCT_RUN, '$1')
  text = text.replace(LEADING, '')
  if (rules.leadIns) text = stripLeadIn(text, rules.leadIns)
  let previous = ''
  while (previous !== text) {
    previous = text
    text = text.replace(TRAILING, '').replace(CLOSING_QUOTE, '$1$2')
  }
  text = lowercaseCommonStarter(text, rules.lowercaseStarters)
  return /[\p{L}\p{N}]/u.test(text) ? text : ''
}

function capitaliseFirst(text: string): string {
  const match = /\p{L}/u.exec(text)
  if (!match) return text
  const i = match.index
  const ch = text.slice(i, i + match[0].length)
  return text.slice(0, i) + ch.toUpperCase() + text.slice(i + ch.length)
}

/**
 * Fills a sentence template such as "I believe {belief}." Returns null when any slot it needs is
 * empty, so the caller can skip the sentence or fall back to another one.
 */
export function fillTemplate(
  template: string,
  slots: Readonly<Record<string, string>>,
): string | null {
  let missing = false
  // One pass with a callback: text inside a fragment that looks like {slot} is never re-filled.
  const filled = template.replace(/\{(\w+)\}/g, (_match, key: string) => {
    const value = slots[key] ?? ''
    if (value === '') missing = true
    return value
  })
  if (missing) return null
  return capitaliseFirst(filled.replace(PUNCT_RUN, '$1').replace(/\s+/gu, ' ').trim())
}

/** The first template of the list that can be filled, or null. */
export function firstFilled(
  templates: readonly string[],
  slots: Readonly<Record<string, string>>,
): string | null {
  for (const template of templates) {
    const sentence = fillTemplate(template, slots)
    if (sentence !== null) return sentence
  }
  return null
}

export function joinSentences(sentences: ReadonlyArray<string | null>): string {
  return sentences.filter((s): s is string => s !== null && s !== '').join(' ')
}
