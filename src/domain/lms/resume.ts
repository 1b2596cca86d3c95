// Which copy of the draft opens when the lesson starts inside an LMS: the one the LMS kept
// (cmi.suspend_data) or the one in this browser. The newer one wins; the other is never dropped
// silently: it is set aside where the learner can switch back to it, or the learner is asked.
import { isSameDraft } from '../draft/compare-drafts'
import { hasContent, type Draft } from '../draft/draft'
import type { Entry } from './cmi'
import { completeFromBrowser, type LmsCopy } from './suspend-data'

export type BrowserCopy = {
  draft: Draft
  /** When the browser copy last changed in a lesson (ms), or null when unknown. */
  changedAt: number | null
}

export type ResumeDecision =
  /** Nothing to take from the LMS: the browser copy (maybe empty) stays open. */
  | { kind: 'keep-browser' }
  /** The LMS copy opens; nothing is lost (the browser had nothing else). */
  | { kind: 'open'; draft: Draft }
  /** The LMS copy is newer and opens; the different browser copy is set aside, recoverable. */
  | { kind: 'open-and-set-aside'; draft: Draft; setAside: Draft }
  /** The browser copy is newer (or nothing tells which is): the learner chooses. */
  | { kind: 'ask'; draft: Draft }

export function decideResume(input: {
  entry: Entry
  lms: LmsCopy | null
  browser: BrowserCopy
}): ResumeDecision {
  const { entry, lms, browser } = input
  if (!lms) return { kind: 'keep-browser' }
  const candidate = completeFromBrowser(lms, browser.draft)
  if (lms.kept === 'none' || !hasContent(candidate)) {
    // The LMS held no words: only where the learner was.
    return candidate.stepId === browser.draft.stepId || !hasContent(browser.draft)
      ? { kind: 'keep-browser' }
      : { kind: 'open', draft: { ...browser.draft, stepId: candidate.stepId } }
  }
  if (!hasContent(browser.draft) || isSameDraft(browser.draft, candidate)) {
    return { kind: 'open', draft: candidate }
  }
  const { changedAt } = browser
  const lmsIsNewer = changedAt === null ? entry === 'resume' : lms.savedAt >= changedAt
  return lmsIsNewer
    ? { kind: 'open-and-set-aside', draft: candidate, setAside: browser.draft }
    : { kind: 'ask', draft: candidate }
}
