// Saved drafts from every version that ever shipped upgrade to the current one. The persisted
// store, share links and imported files all come through migrateStoredState.
import { sanitizeDraft, type Draft } from './draft'

export const STORED_VERSION = 1

type Upgrade = (old: Record<string, unknown>) => Record<string, unknown>

// Key n upgrades version n to n + 1. Never edit an entry that has shipped.
// Version 0 is the unversioned shape some early prototypes wrote: the answers at the top level.
const UPGRADES: Record<number, Upgrade> = {
  0: (old) => ('answers' in old ? old : { answers: old }),
}

export type MigrateResult =
  | {
      ok: true
      draft: Draft
      fromVersion: number
      /** False when the saved data held something the draft could not keep (say, answers as a
       * string, an unknown step, a lone surrogate): whoever replaces it must keep a copy first. */
      lossless: boolean
    }
  | { ok: false; reason: 'malformed' | 'too-new' }

// Deeper than any draft: past this the data is not ours, and is treated as not read in full.
const MAX_COMPARE_DEPTH = 12

function isNothing(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return true
  if (Array.isArray(value)) return value.length === 0
  return typeof value === 'object' && Object.keys(value).length === 0
}

/**
 * True when everything in `input` is in `output` unchanged: only missing or empty parts were
 * filled from defaults. Anything dropped, renamed, cut or cleaned makes it false.
 */
export function keepsEverything(input: unknown, output: unknown, depth = 0): boolean {
  if (isNothing(input)) return true
  if (depth > MAX_COMPARE_DEPTH) return false
  if (typeof input !== 'object' || input === null) return Object.is(input, output)
  if (Array.isArray(input)) {
    return (
      Array.isArray(output) &&
      input.length === output.length &&
      input.every((value, i) => keepsEverything(value, output[i], depth + 1))
    )
  }
  if (typeof output !== 'object' || output === null || Array.isArray(output)) return false
  const record = output as Record<string, unknown>
  return Object.entries(input).every(([key, value]) =>
    keepsEverything(value, Object.hasOwn(record, key) ? record[key] : undefined, depth + 1),
  )
}

export function migrateStoredState(state: unknown, version: unknown): MigrateResult {
  // Any number above ours (1e21 and Infinity too) was written by a newer app, not damaged.
  if (typeof version === 'number' && version > STORED_VERSION)
    return { ok: false, reason: 'too-new' }
  if (typeof state !== 'object' || state === null || Array.isArray(state)) {
    return { ok: false, reason: 'malformed' }
  }
  // No version (or not a number) is the unversioned prototype shape; 1.5 or NaN is damage.
  const fromVersion = typeof version === 'number' ? version : 0
  if (!Number.isSafeInteger(fromVersion)) return { ok: false, reason: 'malformed' }
  if (fromVersion < 0) return { ok: false, reason: 'malformed' }
  let current = state as Record<string, unknown>
  for (let v = fromVersion; v < STORED_VERSION; v++) {
    const upgrade = UPGRADES[v]
    if (upgrade) current = upgrade(current)
  }
  const draft = sanitizeDraft(current)
  return { ok: true, draft, fromVersion, lossless: keepsEverything(current, draft) }
}
