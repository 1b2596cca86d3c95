// Drafts that arrive from outside (a share link, an imported file): loaded at once when nothing
// would be lost, otherwise held as an offer until the person chooses. The UI decides how to ask;
// this module decides what happens to the words.
import { createStore } from 'zustand/vanilla'
import { isSameDraft } from '@/domain/draft/compare-drafts'
import { hasContent, type Draft } from '@/domain/draft/draft'
import type { DecodeFailure } from '@/domain/draft/share-link'
import type { SafeStorage } from '@/lib/safe-storage'
import { pickDraft, type DraftStore } from './draft-store'

/** 'course': the copy a course platform (SCORM LMS) kept of the draft. */
export type IncomingSource = 'link' | 'file' | 'course'
export type ReplaceChoice = 'replace' | 'keep-both' | 'keep-mine'

export type IncomingNotice =
  | { kind: 'loaded'; source: IncomingSource }
  | { kind: 'kept-both' }
  | { kind: 'opened-newer'; source: IncomingSource }
  | { kind: 'kept-mine' }
  | { kind: 'switched-back' }
  | { kind: 'link-failed'; reason: DecodeFailure }

export type IncomingState = {
  offer: { draft: Draft; source: IncomingSource } | null
  notice: IncomingNotice | null
  /** The person's own draft, set aside by "Keep both", so they can switch back. */
  setAside: Draft | null
  /** Grows each time the draft is swapped under the open step, whose form must be re-seeded. */
  revision: number
}

export type IncomingDrafts = ReturnType<typeof createIncomingDrafts>

export function keptDraftKeyFor(key: string): string {
  return `${key}:kept`
}

export function createIncomingDrafts(drafts: DraftStore, storage: SafeStorage, key: string) {
  const state = createStore<IncomingState>()(() => ({
    offer: null,
    notice: null,
    setAside: null,
    revision: 0,
  }))

  function load(draft: Draft) {
    drafts.getState().replaceDraft(draft)
    state.setState((s) => ({ revision: s.revision + 1 }))
  }

  return {
    state,

    /** A valid draft arrived. Asks only when loading it would replace different words. */
    receive(draft: Draft, source: IncomingSource) {
      const current = pickDraft(drafts.getState())
      if (!hasContent(current) || isSameDraft(current, draft)) {
        load(draft)
        state.setState({ offer: null, notice: { kind: 'loaded', source } })
      } else {
        state.setState({ offer: { draft, source }, notice: null })
      }
    },

    /**
     * A newer draft (say, the copy a course platform kept) opens at once; the person's different
     * draft is set aside, here and in this browser, so they can switch back to it.
     */
    openSettingAside(draft: Draft, source: IncomingSource) {
      const mine = pickDraft(drafts.getState())
      storage.setItem(keptDraftKeyFor(key), JSON.stringify(mine))
      load(draft)
      state.setState({ offer: null, setAside: mine, notice: { kind: 'opened-newer', source } })
    },

    reportLinkFailure(reason: DecodeFailure) {
      state.setState({ notice: { kind: 'link-failed', reason } })
    },

    /**
     * The person's answer. For 'keep-both' the caller has already offered the current draft as
     * a file; a copy also stays in this browser in case the download was blocked.
     */
    resolve(choice: ReplaceChoice) {
      const { offer } = state.getState()
      if (!offer) return
      if (choice === 'keep-mine') {
        state.setState({ offer: null, notice: { kind: 'kept-mine' } })
        return
      }
      if (choice === 'keep-both') {
        const mine = pickDraft(drafts.getState())
        storage.setItem(keptDraftKeyFor(key), JSON.stringify(mine))
        state.setState({ setAside: mine })
      }
      load(offer.draft)
      state.setState({
        offer: null,
        notice:
          choice === 'keep-both' ? { kind: 'kept-both' } : { kind: 'loaded', source: offer.source },
      })
    },

    /** Swaps the open draft and the one set aside by "Keep both". */
    switchBack() {
      const { setAside } = state.getState()
      if (!setAside) return
      const open = pickDraft(drafts.getState())
      load(setAside)
      state.setState({ setAside: open, notice: { kind: 'switched-back' } })
    },

    dismissNotice() {
      state.setState({ notice: null })
    },
  }
}
