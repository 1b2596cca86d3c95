// The app's single draft store and the storage behind it, created once at start-up.
import { parseLaunchParams } from '@/domain/embed/launch-params'
import { createSafeStorage } from '@/lib/safe-storage'
import { startCrossTabSync } from './cross-tab-sync'
import { createDraftStore, draftKeyFor } from './draft-store'
import { createIncomingDrafts } from './incoming-drafts'
import { createUnsavedWords, warnBeforeUnload } from './unsaved-words'

export const launchParams = parseLaunchParams(globalThis.location?.search ?? '')
export const appStorage = createSafeStorage()
export const draftKey = draftKeyFor(launchParams.namespace)
// Saves wait for a pause in typing: with hundreds of people logged, the draft is too big to
// serialise and store on every key. A waiting save is written when the page is hidden or closed.
export const SAVE_DELAY_MS = 300
export const useDraftStore = createDraftStore({
  key: draftKey,
  storage: appStorage,
  saveDelayMs: SAVE_DELAY_MS,
})
/** Share links and imported files waiting to be loaded or declined. */
export const incomingDrafts = createIncomingDrafts(useDraftStore, appStorage, draftKey)
/** Keeps two tabs on the same draft from overwriting each other. */
export const crossTabSync = startCrossTabSync(useDraftStore, draftKey, appStorage)
/** Whether words would be lost if the tab closed now; the page warns before it unloads. */
export const unsavedWords = createUnsavedWords({
  drafts: useDraftStore,
  storage: appStorage,
  key: draftKey,
  crossTab: crossTabSync,
})
warnBeforeUnload(unsavedWords)
