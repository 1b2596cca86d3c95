// Words someone else said, quoted inside a story ('the site foreman looked at me and said "are you
// lost hen?"', '"¿y su esposo no viene?", me preguntó'), are no request of the speaker's: the trade
// check reads the pitch with them blanked out. The blanked text keeps every offset, so spans
// found in it still index the person's own text. Pure; never throws.

// A verb of saying, in the languages the coach reads, before or after the quotation.
const SAYING =
  /(?:said|says|asked|asks|told|tells|goes|went|was like|were like|is like|yelled|shouted|screamed|whispered|texted|wrote|writes|replied|answered|snapped|laughed|cried|muttered|sighed|dijo|dice|decía|preguntó|pregunta|sagte|sagt|fragte|fragt|meinte|a dit|m'a dit|disait|demand[ée]|disse|diz|perguntou|ha detto|mi ha detto|chiese|zei|zegt|vroeg|powiedział[a]?|zapytał[a]?|sa|sade|frågade|sagde|spurgte|spurte|dedi|sordu|bilang|kata|berkata|řekl[a]?|a spus|a întrebat|sanoi|kysyi)/u
const SAYING_BEFORE = new RegExp(
  // ('the client said, nicely but still, "…"': a few words may come between; 'spurgte en ung
  // leder om jeg "kunne følge med i Figma"': who asked, and whether, may take six.)
  `(?<![\\p{L}'])${SAYING.source}(?:[\\s,]+[\\p{L}']+){0,6}?\\s*[:,]?\\s*$`,
  'iu',
)
const SAYING_AFTER = new RegExp(
  `^\\s*[,.!?]?\\s*(?:\\p{L}+\\s+){0,2}?${SAYING.source}(?![\\p{L}])`,
  'iu',
)
// "I always say "call me first"": the speaker's own standing words may be their ask.
const SPEAKER_NOW =
  /(?<![\p{L}'])(?:i|we)\s+(?:always\s+|just\s+|usually\s+)?(?:say|tell|ask)\s*[:,]?\s*$/iu

// A quotation in double marks, guillemets or low-high marks, or in single marks after a space.
const QUOTATION =
  /"[^"\n]{2,400}"|“[^”\n]{2,400}”|«[^»\n]{2,400}»|„[^“”\n]{2,400}[“”]|(?<=^|[\s(])'[^'\n]{3,300}'(?=$|[\s.,!?;:)])/gu

/** The text with every quotation someone else said blanked (spaces, the marks kept). */
export function withoutOthersWords(text: string): string {
  if (!/["“«„']/u.test(text)) return text
  let out = text
  for (const match of text.matchAll(QUOTATION)) {
    const start = match.index
    const end = start + match[0].length
    const before = text.slice(Math.max(0, start - 60), start)
    const after = text.slice(end, end + 40)
    if (SPEAKER_NOW.test(before)) continue
    if (!SAYING_BEFORE.test(before) && !SAYING_AFTER.test(after)) continue
    out = out.slice(0, start + 1) + ' '.repeat(end - start - 2) + out.slice(end - 1)
  }
  return out
}
