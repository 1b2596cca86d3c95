// Reads lz-string's URI-safe format (compressToEncodedURIComponent) with a ceiling on the output.
// lz-string's own decompressor has none: a crafted link of a few kilobytes can expand
// quadratically into hundreds of megabytes and freeze the tab before any size check runs.
// This is the same algorithm (lz-string 1.5, MIT) with the output counted as it grows.

const URI_SAFE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$'
const RESET_VALUE = 32 // 6 bits a character

const CHAR_VALUE: ReadonlyMap<string, number> = new Map(
  Array.from(URI_SAFE, (ch, i) => [ch, i] as const),
)

export type BoundedDecompressResult =
  { ok: true; text: string } | { ok: false; reason: 'malformed' | 'too-large' }

class TooLarge extends Error {}
class Malformed extends Error {}

export function decompressUriSafe(input: string, maxChars: number): BoundedDecompressResult {
  if (input === '') return { ok: false, reason: 'malformed' }
  // A space is what a '+' becomes when a link passes through form encoding.
  const data = input.replace(/ /g, '+')
  const values: number[] = []
  for (const ch of data) {
    const value = CHAR_VALUE.get(ch)
    if (value === undefined) return { ok: false, reason: 'malformed' }
    values.push(value)
  }
  try {
    return { ok: true, text: decompressValues(values, maxChars) }
  } catch (error) {
    if (error instanceof TooLarge) return { ok: false, reason: 'too-large' }
    if (error instanceof Malformed) return { ok: false, reason: 'malformed' }
    throw error
  }
}

function decompressValues(values: readonly number[], maxChars: number): string {
  const length = values.length
  let val = values[0] ?? 0
  let position = RESET_VALUE
  let index = 1

  function readBits(count: number): number {
    let bits = 0
    let power = 1
    const maxpower = 2 ** count
    while (power !== maxpower) {
      const resb = val & position
      position >>= 1
      if (position === 0) {
        position = RESET_VALUE
        val = values[index++] ?? 0
      }
      bits |= (resb > 0 ? 1 : 0) * power
      power <<= 1
    }
    return bits
  }

  const dictionary: string[] = ['', '', '']
  let enlargeIn = 4
  let numBits = 3
  let total = 0
  const result: string[] = []

  function push(entry: string) {
    total += entry.length
    if (total > maxChars) throw new TooLarge()
    result.push(entry)
  }

  let first: string
  switch (readBits(2)) {
    case 0:
      first = String.fromCharCode(readBits(8))
      break
    case 1:
      first = String.fromCharCode(readBits(16))
      break
    default:
      throw new Malformed()
  }
  dictionary[3] = first
  let w = first
  push(first)

  for (;;) {
    // Ran out of input before the end marker: a cut-off link.
    if (index > length) throw new Malformed()
    let c = readBits(numBits)
    if (c === 0 || c === 1) {
      dictionary.push(String.fromCharCode(readBits(c === 0 ? 8 : 16)))
      c = dictionary.length - 1
      enlargeIn--
    } else if (c === 2) {
      return result.join('')
    }
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits
      numBits++
    }
    let entry: string
    const known = c >= 3 ? dictionary[c] : undefined
    if (known !== undefined) entry = known
    else if (c === dictionary.length) entry = w + w.charAt(0)
    else throw new Malformed()
    push(entry)
    dictionary.push(w + entry.charAt(0))
    enlargeIn--
    w = entry
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits
      numBits++
    }
  }
}
