// Browser storage, reached only through try/catch. Blocked storage (private modes, sandboxed or
// third-party iframes), full storage and corrupt values all leave the app working in memory.

export type StorageProblem =
  | { kind: 'unavailable' } // storage cannot be used at all: the draft lives in memory only
  | { kind: 'write-failed' } // a save failed (quota): newer words are in memory only
  | { kind: 'corrupt'; backupKey: string; raw: string } // saved data could not be read
  | { kind: 'too-new'; backupKey: string; raw: string } // saved by a newer version of the app

type Listener = (problem: StorageProblem) => void

export type SafeStorage = {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
  removeItem(key: string): void
  readonly isPersistent: boolean
  report(problem: StorageProblem): void
  onProblem(listener: Listener): () => void
  /** The same array until a new problem arrives. */
  problems(): readonly StorageProblem[]
}

function probe(getStorage: () => Storage | undefined): Storage | null {
  try {
    const storage = getStorage()
    if (!storage) return null
    const key = '__why-card-probe__'
    storage.setItem(key, '1')
    storage.removeItem(key)
    return storage
  } catch {
    return null
  }
}

export function createSafeStorage(
  getStorage: () => Storage | undefined = () => globalThis.localStorage,
): SafeStorage {
  const memory = new Map<string, string>()
  const listeners = new Set<Listener>()
  // Replaced, never mutated, so React's useSyncExternalStore sees each change.
  let seen: readonly StorageProblem[] = []
  const backing = probe(getStorage)

  function report(problem: StorageProblem) {
    // Each kind of problem is told once; a person does not need the same notice on every key.
    if (seen.some((p) => p.kind === problem.kind)) return
    seen = [...seen, problem]
    for (const listener of listeners) listener(problem)
  }

  if (!backing) report({ kind: 'unavailable' })

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
          memory.delete(key)
          return
        } catch {
          report({ kind: 'write-failed' })
        }
      }
      memory.set(key, value)
    },
    removeItem(key) {
      memory.delete(key)
      try {
        backing?.removeItem(key)
      } catch {
        // Nothing to do: the value is gone from memory, which is what the app reads first.
      }
    },
    report,
    onProblem(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    problems: () => seen,
  }
}
