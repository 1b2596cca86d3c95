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
  { ok: true; draft: Draft; fromVersion: number } | { ok: false; reason: 'malformed' | 'too-new' }

export function migrateStoredState(state: unknown, version: unknown): MigrateResult {
  if (typeof state !== 'object' || state === null || Array.isArray(state)) {
    return { ok: false, reason: 'malformed' }
  }
  const fromVersion = typeof version === 'number' && Number.isSafeInteger(version) ? version : 0
  if (fromVersion > STORED_VERSION) return { ok: false, reason: 'too-new' }
  if (fromVersion < 0) return { ok: false, reason: 'malformed' }
  let current = state as Record<string, unknown>
  for (let v = fromVersion; v < STORED_VERSION; v++) {
    const upgrade = UPGRADES[v]
    if (upgrade) current = upgrade(current)
  }
  return { ok: true, draft: sanitizeDraft(current), fromVersion }
}
