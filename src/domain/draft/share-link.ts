// A whole draft in a URL fragment. The fragment never reaches a server, so a shared link keeps
// the person's words between them and whoever they send it to. Links are untrusted input: they
// are size-checked before and after decompressing and read through the same migrations as
// saved data.
import { compressToEncodedURIComponent } from 'lz-string'
import { decompressUriSafe } from './bounded-decompress'
import { hasContent, type Draft } from './draft'
import { STORED_VERSION, migrateStoredState } from './migrations'
import { SHARE_PARAM } from './share-fragment'

/** The link format. Bump it only when the payload layout (not the draft) changes. */
export const SHARE_LINK_FORMAT = 1

// The largest legitimate draft (every field full of hard-to-compress text) encodes to well under
// these; anything bigger was not made by this app.
export const MAX_LINK_CHARS = 200_000
export const MAX_PAYLOAD_JSON_CHARS = 200_000

export type DecodeFailure = 'malformed' | 'too-large' | 'too-new' | 'empty'

export type DecodeResult = { ok: true; draft: Draft } | { ok: false; reason: DecodeFailure }

const PREFIX = `${SHARE_PARAM}=v`

function isEmptyValue(value: unknown): boolean {
  if (value === '' || value === 0) return true
  if (Array.isArray(value)) return value.length === 0
  return typeof value === 'object' && value !== null && Object.keys(value).length === 0
}

/**
 * Drops what the draft does not need to travel (empty answers, empty lists, zero counters):
 * reading the link fills them back in from defaults, as for saved data.
 */
function compactDraft(draft: Draft): Record<string, unknown> {
  const answers: Record<string, unknown> = {}
  for (const [field, value] of Object.entries(draft.answers)) {
    if (!isEmptyValue(value)) answers[field] = value
  }
  const compact: Record<string, unknown> = {}
  for (const [part, value] of Object.entries(draft)) {
    if (part !== 'answers' && !isEmptyValue(value)) compact[part] = value
  }
  compact.answers = answers
  return compact
}

/** The fragment (without '#') that carries the draft: `draft=v1.<compressed JSON>`. */
export function encodeShareLink(draft: Draft): string {
  const payload = JSON.stringify({ version: STORED_VERSION, draft: compactDraft(draft) })
  return `${PREFIX}${SHARE_LINK_FORMAT}.${compressToEncodedURIComponent(payload)}`
}

function stripHash(fragment: string): string {
  return fragment.startsWith('#') ? fragment.slice(1) : fragment
}

// Chat apps and mail clients sometimes percent-encode characters the link never needed encoded.
function undoPercentEncoding(text: string): string | null {
  if (!text.includes('%')) return text
  try {
    return decodeURIComponent(text)
  } catch {
    return null
  }
}

/** Reads a fragment (with or without '#'). Never throws: every failure is a reason. */
export function decodeShareLink(fragment: string): DecodeResult {
  if (typeof fragment !== 'string') return { ok: false, reason: 'malformed' }
  if (fragment.length > MAX_LINK_CHARS) return { ok: false, reason: 'too-large' }
  const text = undoPercentEncoding(stripHash(fragment).trim())
  if (text === null) return { ok: false, reason: 'malformed' }
  if (!text.startsWith(`${SHARE_PARAM}=`)) return { ok: false, reason: 'empty' }
  const match = /^draft=v(\d{1,6})\.(.*)$/su.exec(text)
  if (!match) return { ok: false, reason: 'malformed' }
  const format = Number(match[1])
  const body = match[2] ?? ''
  if (format > SHARE_LINK_FORMAT) return { ok: false, reason: 'too-new' }
  if (format < 1) return { ok: false, reason: 'malformed' }
  if (body === '') return { ok: false, reason: 'empty' }

  const unpacked = decompressUriSafe(body, MAX_PAYLOAD_JSON_CHARS)
  if (!unpacked.ok) return unpacked
  let payload: unknown
  try {
    payload = JSON.parse(unpacked.text)
  } catch {
    return { ok: false, reason: 'malformed' }
  }
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    return { ok: false, reason: 'malformed' }
  }
  const { version, draft } = payload as Record<string, unknown>
  if (typeof version === 'number' && version > STORED_VERSION)
    return { ok: false, reason: 'too-new' }
  if (typeof version !== 'number' || !Number.isSafeInteger(version)) {
    return { ok: false, reason: 'malformed' }
  }
  const migrated = migrateStoredState(draft, version)
  if (!migrated.ok) return migrated
  if (!hasContent(migrated.draft)) return { ok: false, reason: 'empty' }
  return { ok: true, draft: migrated.draft }
}
