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
