// The app's stores, wired in one place. Nothing runs on import: main.tsx calls createAppStores
// once with the browser's values and hands the result to the React tree (app-stores-context),
// and a test makes its own with an in-memory storage.
import { parseLaunchParams, type LaunchParams } from '@/domain/embed/launch-params'
import { createSafeStorage, type SafeStorage } from '@/lib/safe-storage'
import { startCrossTabSync, type CrossTabSync } from './cross-tab-sync'
import { createDraftStore, draftKeyFor, type DraftStore } from './draft-store'
import { createIncomingDrafts, type IncomingDrafts } from './incoming-drafts'
import { createUnsavedWords, warnBeforeUnload, type UnsavedWords } from './unsaved-words'

// Saves wait for a pause in typing: with hundreds of people logged, the draft is too big to
// serialise and store on every key. A waiting save is written when the page is hidden or closed.
export const SAVE_DELAY_MS = 300

export type AppStoresOptions = {
  /** The page's query string (`location.search`): the launch parameters. */
  search: string
  /** Reaches the browser's storage. It may throw or give nothing (blocked storage): the draft
   * then lives in memory, and the app says so. */
  getStorage: () => Storage | undefined
  /** Where other tabs' `storage` events and `beforeunload` / `pagehide` arrive: the window. */
  window: Pick<Window, 'addEventListener' | 'removeEventListener'>
  /** Where `visibilitychange` arrives: the document. */
  document: Pick<Document, 'addEventListener' | 'removeEventListener' | 'visibilityState'>
  /** How long saves wait after the last change; SAVE_DELAY_MS by default, 0 saves at once. */
  saveDelayMs?: number
}

export type AppStores = {
  launchParams: LaunchParams
  storage: SafeStorage
  /** Where the draft is saved: one key per launch namespace (`ns`). */
  draftKey: string
  /** The draft, as a zustand store (components read it with useDrafts). */
  drafts: DraftStore
  /** Share links and imported files waiting to be loaded or declined. */
  incomingDrafts: IncomingDrafts
  /** Keeps two tabs on the same draft from overwriting each other. */
  crossTabSync: CrossTabSync
  /** Whether words would be lost if the tab closed now; the page warns before it unloads. */
  unsavedWords: UnsavedWords
  /** Removes the listeners on the window and the document. The app's stay for the page's
   * life; a test stops the stores it made. */
  stop(): void
}

/** Creates the app's stores and starts the ones that listen to the browser. */
export function createAppStores(options: AppStoresOptions): AppStores {
  const launchParams = parseLaunchParams(options.search)
  const storage = createSafeStorage(options.getStorage)
  const draftKey = draftKeyFor(launchParams.namespace)
  const drafts = createDraftStore({
    key: draftKey,
    storage,
    saveDelayMs: options.saveDelayMs ?? SAVE_DELAY_MS,
  })
  const incomingDrafts = createIncomingDrafts(drafts, storage, draftKey)
  const crossTabSync = startCrossTabSync(drafts, draftKey, storage, options.window)
  const unsavedWords = createUnsavedWords({
    drafts,
    storage,
    key: draftKey,
    crossTab: crossTabSync,
  })
  const stopWarning = warnBeforeUnload(unsavedWords, options.window, options.document)
  return {
    launchParams,
    storage,
    draftKey,
    drafts,
    incomingDrafts,
    crossTabSync,
    unsavedWords,
    stop() {
      stopWarning()
      crossTabSync.stop()
    },
  }
}
