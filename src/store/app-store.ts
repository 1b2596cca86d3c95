// The app's single draft store and the storage behind it, created once at start-up.
import { parseLaunchParams } from '@/domain/launch-params'
import { createSafeStorage } from '@/lib/safe-storage'
import { createDraftStore, draftKeyFor } from './draft-store'

export const launchParams = parseLaunchParams(globalThis.location?.search ?? '')
export const appStorage = createSafeStorage()
export const draftKey = draftKeyFor(launchParams.namespace)
export const useDraftStore = createDraftStore({ key: draftKey, storage: appStorage })
