// Recognising a share link's fragment without loading the codec: the first screen checks every
// URL, but only a link that carries a draft needs lz-string and the migrations behind it.

export const SHARE_PARAM = 'draft'

/** True when a URL fragment carries a draft (well formed or not), as opposed to an in-page anchor. */
export function isShareFragment(fragment: string): boolean {
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment
  return text.trimStart().startsWith(`${SHARE_PARAM}=`)
}
