// The draft store kept in step with a SCORM 1.2 LMS (through the lib/scorm-runtime adapter):
// at start, the LMS's copy of the draft (cmi.suspend_data) and the browser's are reconciled and
// the learner's name is offered; while the learner works, the step goes to lesson_location, the
// status to lesson_status, and the draft to suspend_data, committed a moment after a change
// (not on every keystroke); when the page goes away, the session time is reported and the
// session finished. The browser copy is saved as always, whatever the LMS does.
import { createStore, type StoreApi } from 'zustand/vanilla'
import { hasContent, type Draft } from '@/domain/draft/draft'
import {
  isLessonStatus,
  learnerNameForCard,
  locationFor,
  parseEntry,
  statusFor,
  type Entry,
  type LessonStatus,
} from '@/domain/lms/cmi'
import { decideResume, type ResumeDecision } from '@/domain/lms/resume'
import { formatSessionTime } from '@/domain/lms/session-time'
import { decodeSuspendData, encodeSuspendData, type Kept } from '@/domain/lms/suspend-data'
import type { SafeStorage } from '@/lib/safe-storage'
import type { LmsProblem, LmsRuntime } from '@/lib/scorm-runtime'
import { pickDraft, type DraftState, type DraftStore } from './draft-store'
import type { IncomingDrafts } from './incoming-drafts'

export type LmsSyncState = {
  /** Whether the LMS accepted the session (LMSInitialize). */
  active: boolean
  /** How much of the draft the LMS holds after the last save. */
  kept: Kept
  /** The LMS's first failure: progress may not be recorded. */
  problem: LmsProblem | null
  /** What the start of the lesson did with the two copies of the draft. */
  resume: ResumeDecision['kind']
}

export type LmsSync = {
  state: StoreApi<LmsSyncState>
  /** Saves now (suspend data, status, location) and commits. */
  flush(): void
  /** Reports the session time and finishes the session (pagehide). */
  finish(): void
}

type Timers = {
  set: (run: () => void, ms: number) => unknown
  clear: (id: unknown) => void
}

export type LmsSyncOptions = {
  runtime: LmsRuntime
  drafts: DraftStore
  incoming: IncomingDrafts
  storage: SafeStorage
  /** The draft's storage key; the time of the browser copy's last change is kept beside it. */
  key: string
  /** Wall-clock milliseconds (copies from two devices are compared by it). */
  now?: () => number
  timers?: Timers
  /** Where pagehide and visibilitychange are heard; none in tests that call finish() directly. */
  target?: Pick<Window, 'addEventListener'> & { document?: Pick<Document, 'visibilityState'> }
}

/** Quiet time after a change before the LMS is told; typing keeps pushing it back... */
export const COMMIT_DELAY_MS = 2000
/** ...but never further than this from the first unsaved change. */
export const COMMIT_MAX_WAIT_MS = 10_000
/** A new step is told sooner: it is what the LMS shows as the learner's place. */
export const STEP_COMMIT_DELAY_MS = 500

export function changedAtKeyFor(key: string): string {
  return `${key}:lms-changed-at`
}

const CONTENT_KEYS = [
  'answers',
  'pitchEdits',
  'variant',
  'invitationVariant',
  'cardSize',
  'practice',
  'people',
] as const satisfies readonly (keyof Draft)[]

function contentChanged(a: DraftState, b: DraftState): boolean {
  return CONTENT_KEYS.some((k) => a[k] !== b[k])
}

const browserTimers: Timers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
}

export function startLmsSync(options: LmsSyncOptions): LmsSync {
  const { runtime, drafts, incoming, storage, key } = options
  const now = options.now ?? (() => Date.now())
  const timers = options.timers ?? browserTimers
  const changedAtKey = changedAtKeyFor(key)
  const startedAt = now()

  const active = runtime.initialize()
  const state = createStore<LmsSyncState>()(() => ({
    active,
    kept: 'all',
    problem: runtime.problem(),
    resume: 'keep-browser',
  }))
  runtime.onProblem((problem) => state.setState({ problem }))
  if (!active) return { state, flush: () => undefined, finish: () => undefined }

  // --- Start: reconcile the two copies.
  const entry: Entry = parseEntry(runtime.get('cmi.core.entry'))
  const statusText = runtime.get('cmi.core.lesson_status')
  let status: LessonStatus | null = isLessonStatus(statusText) ? statusText : null
  const decoded = decodeSuspendData(runtime.get('cmi.suspend_data'))
  const savedChangedAt = Number(storage.getItem(changedAtKey))
  const decision = decideResume({
    entry,
    lms: decoded.ok ? decoded.copy : null,
    browser: {
      draft: pickDraft(drafts.getState()),
      changedAt: Number.isFinite(savedChangedAt) && savedChangedAt > 0 ? savedChangedAt : null,
    },
  })
  if (decision.kind === 'open') drafts.getState().replaceDraft(decision.draft)
  else if (decision.kind === 'open-and-set-aside') {
    incoming.openSettingAside(decision.draft, 'course')
  } else if (decision.kind === 'ask') incoming.receive(decision.draft, 'course')
  state.setState({ resume: decision.kind })

  // The learner's name from the LMS, offered for the card on a fresh draft: it shows in the name
  // field, where they can change it. A name they typed (or a draft they began) is never touched.
  const learnerName = learnerNameForCard(runtime.get('cmi.core.student_name'))
  const opened = drafts.getState()
  if (learnerName && opened.answers.name === '' && !hasContent(pickDraft(opened))) {
    opened.setAnswers({ name: learnerName })
  }

  // --- While the learner works.
  let contentDirty = hasContent(pickDraft(drafts.getState()))
  let timer: unknown = null
  let firstPendingAt: number | null = null
  let finished = false

  function isHeldBack(): boolean {
    // While the learner is asked which copy to keep, the LMS copy must not be overwritten.
    return incoming.state.getState().offer !== null
  }

  function writeStep(stepId: DraftState['stepId']) {
    runtime.set('cmi.core.lesson_location', locationFor(stepId))
    const next = statusFor(stepId, status)
    if (next && runtime.set('cmi.core.lesson_status', next)) status = next
  }

  function writeDraft() {
    if (!contentDirty || isHeldBack()) return
    const encoded = encodeSuspendData(pickDraft(drafts.getState()), now())
    if (runtime.set('cmi.suspend_data', encoded.data)) {
      contentDirty = false
      if (state.getState().kept !== encoded.kept) state.setState({ kept: encoded.kept })
    }
  }

  function flush() {
    if (finished) return
    if (timer !== null) timers.clear(timer)
    timer = null
    firstPendingAt = null
    writeDraft()
    runtime.commit()
  }

  function schedule(delay: number) {
    if (finished) return
    const at = now()
    firstPendingAt ??= at
    const due = Math.min(at + delay, firstPendingAt + COMMIT_MAX_WAIT_MS)
    if (timer !== null) timers.clear(timer)
    timer = timers.set(flush, Math.max(0, due - at))
  }

  writeStep(drafts.getState().stepId)
  flush()

  const unsubscribeDrafts = drafts.subscribe((next, previous) => {
    if (contentChanged(next, previous)) {
      contentDirty = true
      storage.setItem(changedAtKey, String(now()))
      schedule(COMMIT_DELAY_MS)
    }
    if (next.stepId !== previous.stepId) {
      // The suspend data carries the step too: a resume opens where the learner left.
      contentDirty = true
      writeStep(next.stepId)
      schedule(STEP_COMMIT_DELAY_MS)
    }
  })
  const unsubscribeIncoming = incoming.state.subscribe((next, previous) => {
    // The learner answered the question about the two copies: the LMS gets the one kept.
    if (previous.offer !== null && next.offer === null) {
      contentDirty = true
      schedule(STEP_COMMIT_DELAY_MS)
    }
  })

  function finish() {
    if (finished) return
    flush()
    finished = true
    unsubscribeDrafts()
    unsubscribeIncoming()
    runtime.set('cmi.core.session_time', formatSessionTime(now() - startedAt))
    // 'suspend': the LMS keeps the data and the next launch is a resume, also after completion
    // (the learner may come back to their card and their people log).
    runtime.set('cmi.core.exit', 'suspend')
    runtime.commit()
    runtime.finish()
  }

  const target = options.target
  target?.addEventListener('pagehide', finish)
  target?.addEventListener('visibilitychange', () => {
    if (target.document?.visibilityState === 'hidden') flush()
  })

  return { state, flush, finish }
}
