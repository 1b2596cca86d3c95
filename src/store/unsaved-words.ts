// Whether any of the person's words are not in the browser's storage: a save failed, storage is
// unavailable, or this tab holds its saves back because another tab changed the draft. While
// that is so, the page warns before it unloads; a save still waiting (debounced) is flushed
// first, so it never counts as unsaved on its own.
import { hasContent } from '@/domain/draft/draft'
import type { SafeStorage } from '@/lib/safe-storage'
import type { CrossTabSync } from './cross-tab-sync'
import { pickDraft, type DraftStore } from './draft-store'

export type UnsavedWords = {
  /** Writes any save still waiting, then tells whether words would be lost. */
  check(): boolean
  /** Writes any save still waiting. */
  flush(): void
}

/** Writes the draft store's waiting save, if any (see draft-persistence). */
export function flushPendingSaves(drafts: DraftStore): void {
  const storage = drafts.persist?.getOptions().storage as { flush?: () => void } | undefined
  storage?.flush?.()
}

export function createUnsavedWords(options: {
  drafts: DraftStore
  storage: SafeStorage
  key: string
  crossTab: CrossTabSync
  /** Writes a save that is still waiting; by default the draft store's (draft-persistence). */
  flush?: () => void
}): UnsavedWords {
  const { drafts, storage, key, crossTab } = options
  const flush = options.flush ?? (() => flushPendingSaves(drafts))
  return {
    flush,
    check() {
      flush()
      if (!hasContent(pickDraft(drafts.getState()))) return false
      return !storage.isSaved(key) || crossTab.state.getState().status === 'changed-elsewhere'
    },
  }
}

/**
 * Warns before the page unloads while words are unsaved, and writes a waiting save when the page
 * is hidden or goes away (a phone may never fire beforeunload). Returns a stop function.
 */
export function warnBeforeUnload(
  unsaved: UnsavedWords,
  target: Pick<Window, 'addEventListener' | 'removeEventListener'> | undefined = globalThis.window,
  doc:
    | Pick<Document, 'addEventListener' | 'removeEventListener' | 'visibilityState'>
    | undefined = globalThis.document,
): () => void {
  function onBeforeUnload(event: BeforeUnloadEvent) {
    if (!unsaved.check()) return
    event.preventDefault()
    // Older browsers need returnValue set to show the prompt.
    event.returnValue = ''
  }
  const onPageHide = () => unsaved.flush()
  const onVisibilityChange = () => {
    if (doc?.visibilityState === 'hidden') unsaved.flush()
  }
  target?.addEventListener('beforeunload', onBeforeUnload)
  target?.addEventListener('pagehide', onPageHide)
  doc?.addEventListener('visibilitychange', onVisibilityChange)
  return () => {
    target?.removeEventListener('beforeunload', onBeforeUnload)
    target?.removeEventListener('pagehide', onPageHide)
    doc?.removeEventListener('visibilitychange', onVisibilityChange)
  }
}
