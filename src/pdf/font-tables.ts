// The PDF engine's font reader (fontkit) keeps a WOFF font's tables compressed and inflates a
// table anew on every read. Making a PDF embeds a subset of the font glyph by glyph, and every
// glyph reads the whole 'glyf' table again: most of a warm "Download PDF" went there. Once a card
// font has loaded, each table it reads is kept inflated: the same bytes, inflated once.
// Anything that does not look like fontkit's WOFF font is left alone.

type TableStream = { buffer?: unknown; constructor: unknown }
type WoffFont = {
  type?: unknown
  stream?: unknown
  _getTableStream?: (this: WoffFont, tag: string) => TableStream | null
}

const kept = new WeakSet<object>()

export function keepTablesInflated(font: unknown): void {
  if (typeof font !== 'object' || font === null || kept.has(font)) return
  const woff = font as WoffFont
  const read = woff._getTableStream
  if (woff.type !== 'WOFF' || typeof read !== 'function') return
  kept.add(font)
  const inflated = new Map<
    string,
    { buffer: Uint8Array; Stream: new (buffer: Uint8Array) => TableStream }
  >()
  woff._getTableStream = function (tag) {
    const table = inflated.get(tag)
    if (table) return new table.Stream(table.buffer)
    const stream = read.call(this, tag)
    // A table stored uncompressed is read from the font's own stream: nothing to keep.
    if (stream && stream !== this.stream && stream.buffer instanceof Uint8Array)
      inflated.set(tag, {
        buffer: stream.buffer,
        Stream: stream.constructor as new (buffer: Uint8Array) => TableStream,
      })
    return stream
  }
}

// The card is laid out anew for the idle warm-up, each "Download PDF" and each edit, and most of
// its strings are the same each time. Shaping a string (glyphs, ligatures, kerning) depends only
// on the string, the font and the options, so a string shaped once with a font is remembered;
// each caller gets its own copy of the arrays.
type GlyphRunLike = { glyphs: unknown[]; positions: object[] }
type ShapingFont = {
  layout?: (this: ShapingFont, text: unknown, ...rest: unknown[]) => GlyphRunLike
}

const LAYOUTS_KEPT = 4000
const shaped = new WeakSet<object>()
/** Off only in the test that checks remembering changes no byte of the PDF. */
export const layoutMemo = { enabled: true }

export function rememberLayouts(font: unknown): void {
  if (typeof font !== 'object' || font === null || shaped.has(font)) return
  const target = font as ShapingFont
  const layout = target.layout
  if (typeof layout !== 'function') return
  shaped.add(font)
  const runs = new Map<string, GlyphRunLike>()
  target.layout = function (text, ...rest) {
    if (typeof text !== 'string' || !layoutMemo.enabled) return layout.call(this, text, ...rest)
    const key = `${JSON.stringify(rest)}\u0000${text}`
    let run = runs.get(key)
    if (!run) {
      run = layout.call(this, text, ...rest)
      if (runs.size >= LAYOUTS_KEPT) runs.clear()
      runs.set(key, run)
    }
    const copy = Object.create(run) as GlyphRunLike
    copy.glyphs = run.glyphs.slice()
    copy.positions = run.positions.map((p) =>
      Object.assign(Object.create(Object.getPrototypeOf(p) as object) as object, p),
    )
    return copy
  }
}

// Each PDF embeds, for every font it uses, a subset of that font holding just the glyphs drawn,
// and building the subset (walking and copying each glyph, rebuilding the tables) is the same
// work every time the same glyphs are asked for. The subset's bytes depend only on the font and
// the glyph ids in the order they were included, so they are kept by that list; a PDF with any
// other glyph, or the same glyphs in another order, builds its own. Encoding also includes the
// parts of composite glyphs (e.g. an accented letter), which is replayed on the subset too.
type FontSubset = {
  glyphs: number[]
  mapping: Record<number, number>
  encode: (this: FontSubset) => Uint8Array
}
type SubsettingFont = { createSubset?: (this: SubsettingFont) => FontSubset }

const SUBSETS_KEPT = 16
const subsetting = new WeakSet<object>()

export function rememberSubsets(font: unknown): void {
  if (typeof font !== 'object' || font === null || subsetting.has(font)) return
  const target = font as SubsettingFont
  const createSubset = target.createSubset
  if (typeof createSubset !== 'function') return
  subsetting.add(font)
  const encoded = new Map<string, { bytes: Uint8Array; glyphs: number[] }>()
  target.createSubset = function () {
    const subset = createSubset.call(this)
    const encode = subset.encode
    if (typeof encode !== 'function' || !Array.isArray(subset.glyphs)) return subset
    subset.encode = function () {
      if (!layoutMemo.enabled) return encode.call(this)
      const key = this.glyphs.join(',')
      const kept = encoded.get(key)
      if (kept) {
        for (const glyph of kept.glyphs.slice(this.glyphs.length)) {
          this.mapping[glyph] = this.glyphs.length
          this.glyphs.push(glyph)
        }
        return kept.bytes.slice()
      }
      const bytes = encode.call(this)
      if (encoded.size >= SUBSETS_KEPT) encoded.clear()
      encoded.set(key, { bytes: bytes.slice(), glyphs: this.glyphs.slice() })
      return bytes
    }
    return subset
  }
}
