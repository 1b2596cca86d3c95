// The persist middleware's storage: reads saved drafts defensively and never lets a bad value be
// silently overwritten. A value that cannot be read is copied to a backup key first.
import type { PersistStorage, StorageValue } from 'zustand/middleware'
import { STORED_VERSION } from '@/domain/draft/migrations'
import type { SafeStorage } from '@/lib/safe-storage'

export function backupKeyFor(key: string): string {
  return `${key}:backup`
}

export function createDraftPersistStorage<S>(storage: SafeStorage): PersistStorage<S> {
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
      const envelope = parsed as Partial<StorageValue<S>> | undefined
      const isEnvelope =
        typeof envelope === 'object' &&
        envelope !== null &&
        typeof envelope.state === 'object' &&
        envelope.state !== null
      const backupKey = backupKeyFor(name)
      if (!isEnvelope) {
        storage.setItem(backupKey, raw)
        storage.report({ kind: 'corrupt', backupKey, raw })
        return null
      }
      if (typeof envelope.version === 'number' && envelope.version > STORED_VERSION) {
        storage.setItem(backupKey, raw)
        storage.report({ kind: 'too-new', backupKey, raw })
        return null
      }
      return { state: envelope.state as S, version: envelope.version ?? 0 }
    },
    setItem(name, value) {
      storage.setItem(name, JSON.stringify(value))
    },
    removeItem(name) {
      storage.removeItem(name)
    },
  }
}
