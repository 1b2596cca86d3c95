// The persist middleware's storage: reads saved drafts defensively and never lets a bad value be
// silently overwritten. Saved data the app cannot read in full (damaged, made by a newer
// version, or holding something the draft cannot keep) is copied to a backup key before anything
// is written over it; if even the copy cannot be saved, the saved value is left alone and the
// session's words stay in memory (the app warns before the tab closes).
import type { PersistStorage, StorageValue } from 'zustand/middleware'
import { STORED_VERSION, migrateStoredState } from '@/domain/draft/migrations'
import type { Draft } from '@/domain/draft/draft'
import type { SafeStorage } from '@/lib/safe-storage'

export function backupKeyFor(key: string): string {
  return `${key}:backup`
}

/** An earlier, different backup is moved here rather than lost. */
export function previousBackupKeyFor(key: string): string {
  return `${key}:backup:previous`
}

/** Copies `raw` to the backup key; false when the copy is not safely in storage. */
function backUp(storage: SafeStorage, name: string, raw: string): boolean {
  const backupKey = backupKeyFor(name)
  const earlier = storage.getItem(backupKey)
  if (earlier === raw) return storage.isSaved(backupKey)
  if (earlier !== null && !storage.setItem(previousBackupKeyFor(name), earlier)) return false
  return storage.setItem(backupKey, raw)
}

export type DraftPersistStorage<S> = PersistStorage<S> & {
  /** Writes a save that is still waiting, now (before the page unloads, say). */
  flush(): void
  /** Drops a save that is still waiting (another tab's words must not be written over). */
  cancel(): void
}

export type DraftPersistOptions = {
  /**
   * Saves wait this long after the last change, so typing does not serialise and store the whole
   * draft (people log included) on every key; 0 saves at once.
   */
  delayMs?: number
}

export function createDraftPersistStorage<S extends Draft = Draft>(
  storage: SafeStorage,
  options: DraftPersistOptions = {},
): DraftPersistStorage<S> {
  const delayMs = options.delayMs ?? 0
  // Names whose saved value could not be backed up: never written over in this session.
  const guarded = new Set<string>()
  let pending: { name: string; value: StorageValue<S> } | null = null
  let timer: ReturnType<typeof setTimeout> | null = null

  function write(name: string, value: StorageValue<S>) {
    const text = JSON.stringify(value)
    if (guarded.has(name)) storage.keepInMemory(name, text)
    else storage.setItem(name, text)
  }

  function cancel() {
    if (timer !== null) clearTimeout(timer)
    timer = null
    pending = null
  }

  function flush() {
    const waiting = pending
    cancel()
    if (waiting) write(waiting.name, waiting.value)
  }

  function setAside(name: string, raw: string, kind: 'corrupt' | 'too-new' | 'partly-read') {
    const backupKey = backupKeyFor(name)
    if (!backUp(storage, name, raw)) guarded.add(name)
    storage.report({ kind, backupKey, raw })
  }

  return {
    getItem(name) {
      const raw = storage.getItem(name)
      if (raw === null) return null
      let parsed: unknown
      try {
        parsed = JSON.parse(raw)
      } catch {
        parsed = undefined
      }
      const envelope = parsed as Partial<StorageValue<unknown>> | undefined
      const isEnvelope =
        typeof envelope === 'object' &&
        envelope !== null &&
        !Array.isArray(envelope) &&
        typeof envelope.state === 'object' &&
        envelope.state !== null
      if (!isEnvelope) {
        setAside(name, raw, 'corrupt')
        return null
      }
      const migrated = migrateStoredState(envelope.state, envelope.version)
      if (!migrated.ok) {
        setAside(name, raw, migrated.reason === 'too-new' ? 'too-new' : 'corrupt')
        return null
      }
      if (!migrated.lossless) setAside(name, raw, 'partly-read')
      // Already the current version: persist has nothing left to migrate.
      return { state: migrated.draft as S, version: STORED_VERSION }
    },
    setItem(name, value) {
      if (delayMs <= 0) {
        write(name, value)
        return
      }
      if (pending && pending.name !== name) flush()
      pending = { name, value }
      if (timer !== null) clearTimeout(timer)
      timer = setTimeout(flush, delayMs)
    },
    removeItem(name) {
      if (pending?.name === name) cancel()
      storage.removeItem(name)
    },
    flush,
    cancel,
  }
}
