// Opens a share link: reads the draft from the URL fragment (on load, and when a link is pasted
// into an open tab), removes it from the address bar, and hands it to the incoming-draft store,
// which loads it or asks first.
import { useEffect } from 'react'
import { useStore } from 'zustand'
import type { StepId } from '@/domain/draft/draft'
import { isShareFragment } from '@/domain/draft/share-fragment'
import { useAppStores } from '@/store/app-stores-context'
import type { IncomingDrafts } from '@/store/incoming-drafts'

async function openShareLink(incomingDrafts: IncomingDrafts) {
  const fragment = window.location.hash
  if (!isShareFragment(fragment)) return
  // Out of the address bar at once: a reload must not offer it again, and the answers should
  // not linger in a URL someone might copy or bookmark.
  window.history.replaceState(
    window.history.state,
    '',
    window.location.pathname + window.location.search,
  )
  try {
    // Loaded on demand: only a link that carries a draft needs the codec.
    const { decodeShareLink } = await import('@/domain/draft/share-link')
    const result = decodeShareLink(fragment)
    if (result.ok) incomingDrafts.receive(result.draft, 'link')
    else incomingDrafts.reportLinkFailure(result.reason)
  } catch {
    incomingDrafts.reportLinkFailure('malformed')
  }
}

/**
 * Returns a number that changes whenever the draft was swapped under the open step (a link, an
 * import, another tab): use it in the step's key so its form is seeded again.
 * `onLoaded` is told the loaded draft's step, to bring the wizard's history in line.
 */
export function useIncomingDraft(onLoaded: (stepId: StepId) => void): number {
  const { drafts, incomingDrafts, crossTabSync } = useAppStores()
  const incomingRevision = useStore(incomingDrafts.state, (s) => s.revision)
  const crossTabRevision = useStore(crossTabSync.state, (s) => s.revision)

  useEffect(() => {
    void openShareLink(incomingDrafts)
    const onHashChange = () => void openShareLink(incomingDrafts)
    window.addEventListener('hashchange', onHashChange)
    return () => window.removeEventListener('hashchange', onHashChange)
  }, [incomingDrafts])

  useEffect(() => {
    if (incomingRevision > 0) onLoaded(drafts.getState().stepId)
    // Only when a new draft was loaded, not when the callback's identity changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [incomingRevision])

  return incomingRevision + crossTabRevision
}
