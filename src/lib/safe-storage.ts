// Browser storage, reached only through try/catch. Blocked storage (private modes, sandboxed or
// third-party iframes), full storage and corrupt values all leave the app working in memory.

export type StorageProblem =
  | { kind: 'unavailable' } // storage cannot be used at all: the draft lives in memory only
  | { kind: 'write-failed' } // a save failed (quota): newer words are in memory only
  | { kind: 'corrupt'; backupKey: string; raw: string } // saved data could not be read
  | { kind: 'too-new'; backupKey: string; raw: string } // saved by a newer version of the app
  | { kind: 'partly-read'; backupKey: string; raw: string } // read, but not all of it was kept

type Listener = (problem: StorageProblem) => void

export type SafeStorage = {
  getItem(key: string): string | null
  /** True when the value is in the browser's storage; false when it is kept in memory only. */
  setItem(key: string, value: string): boolean
  /** Keeps a value in memory only (the saved one must not be written over). */
  keepInMemory(key: string, value: string): void
  removeItem(key: string): void
  /** False while the key's latest value lives in memory only (a save failed, or was held). */
  isSaved(key: string): boolean
  /** Told whenever a key goes from saved to in-memory-only or back. */
  onSavedChange(listener: () => void): () => void
  /** True when saved data can be read (and, storage permitting, written). */
  readonly isPersistent: boolean
  report(problem: StorageProblem): void
  onProblem(listener: Listener): () => void
  /** The same array until a new problem arrives. */
  problems(): readonly StorageProblem[]
}

const PROBE_KEY = '__why-card-probe__'

/**
 * The browser's storage if it can be read, and whether a write worked. A full storage (quota)
 * still reads: the saved draft is shown, and only saving is reported as failing.
 */
function probe(
  getStorage: () => Storage | undefined,
): { storage: Storage; writes: boolean } | null {
  let storage: Storage | undefined
  try {
    storage = getStorage()
    if (!storage) return null
    storage.getItem(PROBE_KEY)
  } catch {
    return null
  }
  try {
    storage.setItem(PROBE_KEY, '1')
    storage.removeItem(PROBE_KEY)
    return { storage, writes: true }
  } catch {
    return { storage, writes: false }
  }
}

export function createSafeStorage(
  getStorage: () => Storage | undefined = () => globalThis.localStorage,
): SafeStorage {
  const memory = new Map<string, string>()
  const listeners = new Set<Listener>()
  const savedListeners = new Set<() => void>()
  // Replaced, never mutated, so React's useSyncExternalStore sees each change.
  let seen: readonly StorageProblem[] = []
  const probed = probe(getStorage)
  const backing = probed?.storage ?? null

  function report(problem: StorageProblem) {
    // Each kind of problem is told once; a person does not need the same notice on every key.
    if (seen.some((p) => p.kind === problem.kind)) return
    seen = [...seen, problem]
    for (const listener of listeners) listener(problem)
  }

  function remember(key: string, value: string) {
    const wasSaved = !memory.has(key)
    memory.set(key, value)
    if (wasSaved) for (const listener of savedListeners) listener()
  }

  function forget(key: string) {
    if (memory.delete(key)) for (const listener of savedListeners) listener()
  }

  if (!backing) report({ kind: 'unavailable' })
  else if (!probed?.writes) report({ kind: 'write-failed' })

  return {
    isPersistent: backing !== null,
    getItem(key) {
      if (memory.has(key)) return memory.get(key) ?? null
      if (!backing) return null
      try {
        return backing.getItem(key)
      } catch {
        return null
      }
    },
    setItem(key, value) {
      if (backing) {
        try {
          backing.setItem(key, value)
          forget(key)
          return true
        } catch {
          report({ kind: 'write-failed' })
        }
      }
      remember(key, value)
      return false
    },
    keepInMemory: remember,
    removeItem(key) {
      forget(key)
      try {
        backing?.removeItem(key)
      } catch {
        // Nothing to do: the value is gone from memory, which is what the app reads first.
      }
    },
    isSaved: (key) => !memory.has(key),
    onSavedChange(listener) {
      savedListeners.add(listener)
      return () => savedListeners.delete(listener)
    },
    report,
    onProblem(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    problems: () => seen,
  }
}
