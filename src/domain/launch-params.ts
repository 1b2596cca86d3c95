// Options a page can pass in the query string (used by course-page embeds). Untrusted: every
// value is validated and a bad one falls back to its default.
import { isSituation, type Situation } from './answers'

export type LaunchParams = {
  embed: boolean
  /** Keeps each course's draft apart; null for the default draft. */
  namespace: string | null
  situation: Situation | null
}

const NAMESPACE = /^[A-Za-z0-9_-]{1,40}$/

export function parseLaunchParams(search: string): LaunchParams {
  let params: URLSearchParams
  try {
    params = new URLSearchParams(search)
  } catch {
    params = new URLSearchParams()
  }
  const ns = params.get('ns')
  const situation = params.get('situation')
  return {
    embed: params.get('embed') === '1',
    namespace: ns !== null && NAMESPACE.test(ns) ? ns : null,
    situation: isSituation(situation) ? situation : null,
  }
}
