// Options a page can pass in the query string (used by course-page embeds). Untrusted: every
// value is validated, a bad one falls back to its default, and nothing here throws. A value
// that was given but rejected comes back as a warning so the app can tell the coach once.
import { isSituation, type Situation } from '../pitch/answers'

/** What the host page may receive beyond step numbers: 'pitch' opts in to the pitch texts. */
export type SharePolicy = 'pitch' | null

export type LaunchParams = {
  embed: boolean
  /** Keeps each course's draft apart; null for the default draft. */
  namespace: string | null
  situation: Situation | null
  /** A colour for buttons and highlights, normalised to lowercase #rrggbb. */
  accent: string | null
  share: SharePolicy
  /** The host page's origin (scheme://host[:port]), where embed messages go. */
  origin: string | null
  /** Given values that were not valid, for a console warning; never shown to the learner. */
  warnings: readonly LaunchWarning[]
}

export type LaunchParam = 'embed' | 'ns' | 'situation' | 'accent' | 'share' | 'origin'
export type LaunchWarning = { param: LaunchParam; value: string }

const NAMESPACE = /^[A-Za-z0-9_-]{1,40}$/
// '#' starts a URL fragment, so a coach who writes ?accent=#7a3 by hand loses the colour to the
// fragment; the bare form (accent=7a3) is accepted as well as the encoded one (accent=%237a3).
const HEX_COLOUR = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i
// Long enough for any real origin; stops a pasted page of text from being parsed as a URL.
const MAX_ORIGIN_LENGTH = 300
// Warnings quote the bad value; a hostile link should not be able to flood the console.
const MAX_QUOTED = 60

export function parseLaunchParams(search: string): LaunchParams {
  let params: URLSearchParams
  try {
    params = new URLSearchParams(search)
  } catch {
    params = new URLSearchParams()
  }
  const warnings: LaunchWarning[] = []
  function read<T>(param: LaunchParam, parse: (raw: string) => T | null): T | null {
    const raw = params.get(param)
    if (raw === null || raw === '') return null
    const value = parse(raw)
    if (value === null) warnings.push({ param, value: raw.slice(0, MAX_QUOTED) })
    return value
  }

  const embed = read('embed', (raw) => (raw === '1' || raw === '0' ? raw === '1' : null)) ?? false
  const namespace = read('ns', (raw) => (NAMESPACE.test(raw) ? raw : null))
  const situation = read('situation', (raw) => (isSituation(raw) ? raw : null))
  const accent = read('accent', parseHexColour)
  const share = read('share', (raw): SharePolicy => (raw === 'pitch' ? 'pitch' : null))
  const origin = read('origin', parseOrigin)
  return { embed, namespace, situation, accent, share, origin, warnings }
}

/** '#7a3', '7A3', '#77aa33' → '#77aa33'; anything else → null. */
export function parseHexColour(value: string): string | null {
  const match = HEX_COLOUR.exec(value.trim())
  const digits = match?.[1]?.toLowerCase()
  if (!digits) return null
  const full = digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits
  return `#${full}`
}

/**
 * An http(s) origin, as the browser writes it (lowercase host, default port dropped), or null.
 * Paths, queries, user names and other schemes are refused rather than trimmed: a value that is
 * not plainly an origin is more likely a mistake than something to guess at.
 */
export function parseOrigin(value: string): string | null {
  if (value.length > MAX_ORIGIN_LENGTH) return null
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return null
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null
  if (url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '')
    return null
  if (url.pathname !== '/' || url.hostname === '') return null
  // new URL('https://a.com') and new URL('https://a.com/') both have pathname '/'; anything
  // else with a path was refused above, so the origin stands for exactly what was given.
  return url.origin
}

/** One line per rejected value, for console.warn. */
export function describeLaunchWarning(warning: LaunchWarning): string {
  const expected: Record<LaunchParam, string> = {
    embed: '1 or 0',
    ns: '1 to 40 letters, digits, "-" or "_"',
    situation: 'job, business, work-project, cause or creative',
    accent: 'a hex colour such as 7a3 or 2f6f73 (write # as %23, or leave it out)',
    share: 'pitch',
    origin: 'an http(s) origin such as https://courses.example.com',
  }
  return `Why Card: ignored ${warning.param}=${JSON.stringify(warning.value)}; expected ${expected[warning.param]}.`
}
