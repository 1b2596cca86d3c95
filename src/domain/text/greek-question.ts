// Greek asks with ";" (or U+037E, the same mark): after a Greek word, before a space or the end,
// it is the question mark. Read by the composer and the coach alike; kept out of text.ts, which
// the first screen loads.
export const GREEK_QUESTION = /(?<=\p{Script=Greek}["”’)»]*)[;\u037e](?=["”’)»']*\.?(?:\s|$))/gu
