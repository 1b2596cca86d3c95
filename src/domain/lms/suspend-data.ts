// The draft in cmi.suspend_data, which SCORM 1.2 caps at 4,096 characters. The draft is
// compressed (lz-string, URI-safe alphabet: plain ASCII that every LMS stores unchanged). When
// the whole draft does not fit, what matters most goes first: the answers and the edited pitch;
// the people log and practice times then stay only in the browser. The LMS copy carries its own
// time, so a later launch can tell it from an older or newer browser copy.
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string'
import type { Draft } from '../draft/draft'
import { STORED_VERSION, migrateStoredState } from '../draft/migrations'

/** SCORM 1.2's CMIString4096. */
export const SUSPEND_DATA_LIMIT = 4096

/** Marks suspend data written by this app (and its layout), so other data is never misread. */
export const SUSPEND_DATA_PREFIX = 'wc1.'

/**
 * How much of the draft the LMS holds, from all of it down to none of the words:
 * - all: everything.
 * - answers-and-pitch: the answers, the edited pitch and the choices; not the people log or the
 *   practice times.
 * - answers: the answers and choices only; the pitch edits stay in the browser too.
 * - none: not even the answers fit (only possible with text that does not compress); the LMS
 *   holds the step and the time, the words stay in the browser.
 */
export const KEPT_LEVELS = ['all', 'answers-and-pitch', 'answers', 'none'] as const
export type Kept = (typeof KEPT_LEVELS)[number]

export type LmsCopy = {
  /** The draft as the LMS holds it; parts it does not hold are empty (see `kept`). */
  draft: Draft
  kept: Kept
  /** When it was written (ms since the epoch, the writer's clock). */
  savedAt: number
}

export type EncodedSuspendData = { data: string; kept: Kept }

function isEmptyValue(value: unknown): boolean {
  if (value === '' || value === 0) return true
  if (Array.isArray(value)) return value.length === 0
  return typeof value === 'object' && value !== null && Object.keys(value).length === 0
}

/** Only what is not a default travels; reading fills the rest back in from defaults. */
function compact(record: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(record)) {
    if (!isEmptyValue(value)) out[key] = value
  }
  return out
}

function partOf(draft: Draft, kept: Kept): Record<string, unknown> {
  const { answers, pitchEdits, variant, invitationVariant, stepId, cardSize, practice, people } =
    draft
  const base = { variant, invitationVariant, stepId, cardSize }
  const words = { answers: compact(answers) }
  switch (kept) {
    case 'all':
      return compact({ ...base, ...words, pitchEdits, practice, people })
    case 'answers-and-pitch':
      return compact({ ...base, ...words, pitchEdits })
    case 'answers':
      return compact({ ...base, ...words })
    case 'none':
      return compact({ stepId })
  }
}

/**
 * Text that people write compresses to about two thirds of its length here; JSON this many times
 * over the limit cannot fit, and compressing it (a full people log is almost two million
 * characters) would hold up the page for seconds on every save.
 */
const MAX_EXPANSION = 16

function pack(draft: Draft, kept: Kept, savedAt: number, limit: number): string | null {
  const payload = { v: STORED_VERSION, t: Math.round(savedAt), k: kept, d: partOf(draft, kept) }
  const json = JSON.stringify(payload)
  if (json.length > limit * MAX_EXPANSION) return null
  return SUSPEND_DATA_PREFIX + compressToEncodedURIComponent(json)
}

/**
 * The suspend data for a draft: as much of it as fits in `limit` characters, most important
 * first. `savedAt` is passed in so this stays free of a clock.
 */
export function encodeSuspendData(
  draft: Draft,
  savedAt: number,
  limit = SUSPEND_DATA_LIMIT,
): EncodedSuspendData {
  for (const kept of KEPT_LEVELS) {
    const data = pack(draft, kept, savedAt, limit)
    if (data !== null && data.length <= limit) return { data, kept }
  }
  // Even the step alone is over a (tiny, test-only) limit: write nothing the LMS would refuse.
  return { data: '', kept: 'none' }
}

export type SuspendDataFailure = 'empty' | 'foreign' | 'malformed' | 'too-new'
export type DecodedSuspendData =
  { ok: true; copy: LmsCopy } | { ok: false; reason: SuspendDataFailure }

function isKept(value: unknown): value is Kept {
  return typeof value === 'string' && (KEPT_LEVELS as readonly string[]).includes(value)
}

/**
 * Reads suspend data back. Never throws. The LMS is trusted more than a link, but its data is
 * still read as untrusted: the size is checked before decompressing (4,096 characters of input
 * bound the output to a few megabytes at most) and the draft goes through the same migrations
 * and sanitising as saved data.
 */
export function decodeSuspendData(raw: string): DecodedSuspendData {
  if (typeof raw !== 'string' || raw.trim() === '') return { ok: false, reason: 'empty' }
  if (!raw.startsWith(SUSPEND_DATA_PREFIX)) return { ok: false, reason: 'foreign' }
  // Some LMSs allow more than SCORM 1.2 does; this app never writes more than the limit.
  if (raw.length > SUSPEND_DATA_LIMIT * 2) return { ok: false, reason: 'malformed' }
  let payload: unknown
  try {
    const text = decompressFromEncodedURIComponent(raw.slice(SUSPEND_DATA_PREFIX.length))
    if (!text) return { ok: false, reason: 'malformed' }
    payload = JSON.parse(text)
  } catch {
    return { ok: false, reason: 'malformed' }
  }
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    return { ok: false, reason: 'malformed' }
  }
  const { v, t, k, d } = payload as Record<string, unknown>
  if (typeof v !== 'number' || !isKept(k) || typeof t !== 'number' || !Number.isFinite(t)) {
    return { ok: false, reason: 'malformed' }
  }
  const migrated = migrateStoredState(d, v)
  if (!migrated.ok) return migrated
  return { ok: true, copy: { draft: migrated.draft, kept: k, savedAt: t } }
}

/**
 * The LMS copy made whole again with the browser's copy of the parts the LMS could not hold
 * (people log, practice times, pitch edits). On a new device those parts are simply empty.
 */
export function completeFromBrowser(copy: LmsCopy, browser: Draft): Draft {
  const { draft, kept } = copy
  switch (kept) {
    case 'all':
      return draft
    case 'answers-and-pitch':
      return { ...draft, people: browser.people, practice: browser.practice }
    case 'answers':
      return {
        ...draft,
        pitchEdits: browser.pitchEdits,
        people: browser.people,
        practice: browser.practice,
      }
    case 'none':
      return { ...browser, stepId: draft.stepId }
  }
}
