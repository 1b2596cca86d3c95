// The same draft open in two tabs. Each tab saves every change, and the browser tells the other
// tabs through a `storage` event. When this tab has nothing of its own that is not saved, the
// other tab's words are taken over at once (the open step re-seeds its form). When both tabs
// have changed the draft, this tab stops saving, so it cannot silently overwrite the other
// tab's words, and the person chooses.
import { createStore, type StoreApi } from 'zustand/vanilla'
import type { PersistStorage } from 'zustand/middleware'
import { isSameDraft } from '@/domain/draft/compare-drafts'
import { emptyDraft, type Draft } from '@/domain/draft/draft'
import { migrateStoredState } from '@/domain/draft/migrations'
import type { SafeStorage } from '@/lib/safe-storage'
import { pickDraft, type DraftStore } from './draft-store'

export type CrossTabState = {
  status: 'in-sync' | 'changed-elsewhere'
  /** Grows each time another tab's words replace this tab's: the open step must re-seed. */
  revision: number
}

export type CrossTabSync = {
  state: StoreApi<CrossTabState>
  /** Takes the other tab's latest words, dropping what this tab typed since the conflict. */
  loadNewer(): void
  /** Saves this tab's words over the other tab's. */
  keepThis(): void
  stop(): void
}

/** A saved value (from a storage event) read into a draft, or null if it cannot be read. */
function readSaved(raw: string | null): Draft | null {
  if (raw === null) return emptyDraft()
  try {
    const parsed: unknown = JSON.parse(raw)
    if (typeof parsed !== 'object' || parsed === null) return null
    const { state, version } = parsed as Record<string, unknown>
    const migrated = migrateStoredState(state, version)
    return migrated.ok ? migrated.draft : null
  } catch {
    return null
  }
}

export function startCrossTabSync(
  store: DraftStore,
  key: string,
  storage: SafeStorage,
  // No window outside a browser (PDF tests run in node): then there are no other tabs either.
  target: Pick<Window, 'addEventListener' | 'removeEventListener'> | undefined = globalThis.window,
): CrossTabSync {
  const state = createStore<CrossTabState>()(() => ({ status: 'in-sync', revision: 0 }))
  let latest: Draft | null = null
  // persist is missing only if zustand found no storage at all; then there is nothing to guard.
  const persistApi = store.persist as DraftStore['persist'] | undefined
  const saved: PersistStorage<Draft> | undefined = persistApi?.getOptions().storage

  // While the person has not chosen, this tab's saves are held back (its words stay on screen).
  if (persistApi && saved) {
    persistApi.setOptions({
      storage: {
        getItem: (name) => saved.getItem(name),
        removeItem: (name) => saved.removeItem(name),
        setItem: (name, value) => {
          if (state.getState().status === 'changed-elsewhere') return
          return saved.setItem(name, value)
        },
      },
    })
  }

  function take(draft: Draft) {
    // Where each tab is in the wizard stays its own; only the words travel.
    const { stepId } = store.getState()
    store.getState().replaceDraft({ ...draft, stepId })
    state.setState((s) => ({ status: 'in-sync', revision: s.revision + 1 }))
  }

  function onStorage(event: StorageEvent) {
    if (event.key !== key || event.newValue === null) return
    const theirs = readSaved(event.newValue)
    // A value this version cannot read (say, a newer app in another tab) is left alone.
    if (!theirs) return
    latest = theirs
    const mine = pickDraft(store.getState())
    if (isSameDraft(mine, theirs)) {
      if (state.getState().status !== 'in-sync') state.setState({ status: 'in-sync' })
      return
    }
    const before = readSaved(event.oldValue)
    const hasOwnChanges = before === null || !isSameDraft(mine, before)
    if (state.getState().status === 'in-sync' && !hasOwnChanges) take(theirs)
    else state.setState({ status: 'changed-elsewhere' })
  }

  if (storage.isPersistent) target?.addEventListener('storage', onStorage)

  return {
    state,
    loadNewer() {
      state.setState({ status: 'in-sync' })
      if (latest) take(latest)
    },
    keepThis() {
      state.setState({ status: 'in-sync' })
      // An empty update makes persist save the whole current draft.
      store.setState({})
    },
    stop() {
      target?.removeEventListener('storage', onStorage)
      if (persistApi && saved) persistApi.setOptions({ storage: saved })
    },
  }
}
