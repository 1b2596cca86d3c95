// A language's name in another language, from the runtime's own Intl.DisplayNames: no list to
// keep. Pure; no imports, so the first screen and the coach can both use it.

/** "Swedish", "Bengali": the runtime's name for `tag` in `locale`; undefined when it has none. */
export function languageDisplayName(tag: string, locale: string): string | undefined {
  try {
    const name = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' }).of(tag)
    return name === undefined || name === '' || name === tag ? undefined : name
  } catch {
    // (A runtime without Intl.DisplayNames, or a tag it cannot read.)
    return undefined
  }
}
