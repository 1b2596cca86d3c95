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
