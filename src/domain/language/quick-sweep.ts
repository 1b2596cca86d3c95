// compromise's post-tagger picks, for every clause it tags, the patterns that may apply by
// walking all ~730 keys of its pattern index and asking the clause's word set for each; with a
// dozen short answers tagged per draft set, that walk was an eighth of composing. This is the
// same selection walked from the other side (the clause's few words looked up in the index),
// keeping the library's order of patterns, so every tag comes out as the library's own sweep
// makes it (tests/domain/language/quick-sweep.test.ts runs both on the same texts).

/** A pattern as the library's sweep index holds it (only the fields the selection reads). */
type Pattern = {
  match: string
  needs: readonly string[]
  wants: readonly string[]
  minWant: number
  minWords: number
  ifNo?: readonly string[]
  unTag?: unknown
}
type Net = { hooks: Record<string, readonly Pattern[]>; always: readonly Pattern[] }
type Found = Pattern & { pointer: number[] }
type Methods = {
  one: {
    cacheDoc(document: unknown[][]): ReadonlyArray<ReadonlySet<string>>
    match(document: unknown[][], pattern: Pattern): { ptrs: number[][] }
    bulkMatch: BulkMatch
  }
}
type BulkMatch = (
  document: unknown[][],
  net: Net,
  methods: Methods,
  opts?: { matchOne?: boolean },
) => Found[]

// Each index key's place in the library's own key order, and each pattern's match as a number
// (the library keeps the first pattern of each match text), made once per index.
type Ranked = {
  keys: string[]
  rank: Map<string, number>
  /** For each key, its patterns' match numbers, in the same order as net.hooks[key]. */
  ids: Int32Array[]
  /** Per match number, the selection that last took it (a clause's number, never reset). */
  taken: Uint32Array
}
const ranks = new WeakMap<Net, Ranked>()
let selection = 0

function rankOf(net: Net): Ranked {
  let known = ranks.get(net)
  if (!known) {
    const keys = Object.keys(net.hooks)
    const numbers = new Map<string, number>()
    const ids = keys.map((key) =>
      Int32Array.from(net.hooks[key] ?? [], (pattern) => {
        let id = numbers.get(pattern.match)
        if (id === undefined) {
          id = numbers.size
          numbers.set(pattern.match, id)
        }
        return id
      }),
    )
    known = {
      keys,
      rank: new Map(keys.map((key, i) => [key, i])),
      ids,
      taken: new Uint32Array(numbers.size),
    }
    ranks.set(net, known)
  }
  return known
}

/** The patterns worth trying on one clause, in the order the library's sweep would try them. */
function candidates(net: Net, haves: ReadonlySet<string>, termCount: number): Pattern[] {
  const { keys, rank, ids, taken } = rankOf(net)
  const present: number[] = []
  for (const have of haves) {
    const at = rank.get(have)
    if (at !== undefined) present.push(at)
  }
  present.sort((a, b) => a - b)
  // A fresh mark for this clause: a match taken under an older mark is free again. (After 2^32
  // clauses the marks wrap; the table is cleared then, so no old mark can look fresh.)
  selection = (selection + 1) >>> 0
  if (selection === 0) {
    taken.fill(0)
    selection = 1
  }
  const out: Pattern[] = []
  for (const at of present) {
    const patterns = net.hooks[keys[at] as string] ?? []
    const numbers = ids[at] as Int32Array
    for (let i = 0; i < patterns.length; i += 1) {
      const id = numbers[i] as number
      if (taken[id] === selection) continue
      taken[id] = selection
      const pattern = patterns[i] as Pattern
      if (termCount < pattern.minWords) continue
      if (!pattern.needs.every((need) => haves.has(need))) continue
      if (pattern.ifNo?.some((no) => haves.has(no))) continue
      if (pattern.wants.length > 0 && !wantsEnough(pattern, haves)) continue
      out.push(pattern)
    }
  }
  for (const pattern of net.always) if (termCount >= pattern.minWords) out.push(pattern)
  return out
}

function wantsEnough(pattern: Pattern, haves: ReadonlySet<string>): boolean {
  let found = 0
  for (const want of pattern.wants) {
    if (haves.has(want)) found += 1
    if (found >= pattern.minWant) return true
  }
  return found >= pattern.minWant
}

/** The library's `bulkMatch`, selecting patterns from the clause's side. Same results, same order. */
export const quickBulkMatch: BulkMatch = (document, net, methods, opts = {}) => {
  const docCache = methods.one.cacheDoc(document)
  const results: Found[] = []
  for (let n = 0; n < document.length; n += 1) {
    const sentence = document[n] as unknown[]
    for (const pattern of candidates(net, docCache[n] ?? new Set(), sentence.length)) {
      const res = methods.one.match([sentence], pattern)
      if (res.ptrs.length === 0) continue
      for (const ptr of res.ptrs) {
        ptr[0] = n
        const found: Found = Object.assign({}, pattern, { pointer: ptr })
        if (pattern.unTag !== undefined) found.unTag = pattern.unTag
        results.push(found)
      }
      if (opts.matchOne === true) return [results[0] as Found]
    }
  }
  return results
}

let libraryOwn: BulkMatch | null = null

/** Puts the quick selection in place of the library's (once); returns the library's own. */
// (The library types its world as a bare object.)
export function installQuickSweep(world: object): BulkMatch {
  const { methods } = world as { methods: Methods }
  if (methods.one.bulkMatch !== quickBulkMatch) {
    libraryOwn = methods.one.bulkMatch
    methods.one.bulkMatch = quickBulkMatch
  }
  return libraryOwn ?? quickBulkMatch
}
