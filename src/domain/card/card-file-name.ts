// The PDF's file name, from the person's name: "Ada Lovelace" → ada-lovelace-why-card.pdf.
// Plain ASCII, because a file travels through mail clients, phones and old file systems that
// mangle anything else. Pure.

const SUFFIX = 'why-card.pdf'
const MAX_SLUG = 48

// Letters that Unicode does not decompose into a base letter plus an accent.
const FOLDS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ŋ: 'ng',
}

function foldToAscii(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþıŋ]/gu, (char) => FOLDS[char] ?? char)
}

/** `ada-lovelace-why-card.pdf`, or `why-card.pdf` when the name leaves nothing usable. */
export function cardFileName(name: string): string {
  let slug = foldToAscii(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (slug.length > MAX_SLUG) {
    // Cut at a word boundary when there is one, so the name is not chopped mid-word.
    const cut = slug.slice(0, MAX_SLUG)
    const lastDash = cut.lastIndexOf('-')
    slug = (lastDash > 0 ? cut.slice(0, lastDash) : cut).replace(/-+$/g, '')
  }
  return slug === '' ? SUFFIX : `${slug}-${SUFFIX}`
}
