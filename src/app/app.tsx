import {
  createElement,
  Suspense,
  lazy,
  useCallback,
  useEffect,
  useMemo,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react'
import { useStore } from 'zustand'
import type { StepId } from '@/domain/draft/draft'
import { hasContent } from '@/domain/draft/draft'
import { SectionErrorBoundary } from '@/components/draft/section-error-boundary'
import { useMessages } from '@/i18n/use-messages'
import { useAppStores, useDrafts } from '@/store/app-stores-context'
import { pickDraft } from '@/store/draft-store'
import { StartStep } from '@/steps/start-step'
import { afterFirstInput } from './after-first-input'
import { prefetchStep, stepComponent, whenStepLoaded } from './lazy-steps'
import { STEP_ORDER, neighbour, stepIndex } from './step-order'
import { useIncomingDraft } from './use-incoming-draft'
import { useLaunchPreset } from './use-launch-preset'
import { useStepHistory } from './use-step-history'

// Loaded only when needed: in a course-page frame, when a draft arrives or changes elsewhere, or
// when the browser cannot keep the draft.
const EmbedHost = lazy(() => import('./embed-host'))
// Only asked for when the person presses Start over: the first screen does not carry it.
const ConfirmDialog = lazy(() =>
  import('@/components/ui/confirm-dialog').then((m) => ({ default: m.ConfirmDialog })),
)
const StorageNotice = lazy(() =>
  import('@/components/draft/storage-notice').then((m) => ({ default: m.StorageNotice })),
)
const IncomingDraftPrompts = lazy(() =>
  import('@/components/draft/incoming-draft-prompts').then((m) => ({
    default: m.IncomingDraftPrompts,
  })),
)

/** `notices`: extra notices from the setting the app runs in (a course platform's). */
export function App({ notices = null }: { notices?: ReactNode } = {}) {
  const messages = useMessages()
  const { launchParams, storage, drafts, incomingDrafts, crossTabSync } = useAppStores()
  const needsEmbedHost = useLaunchPreset()
  const hasIncomingNews = useStore(
    incomingDrafts.state,
    (s) => s.offer !== null || s.notice !== null || s.setAside !== null,
  )
  const hasCrossTabNews = useStore(
    crossTabSync.state,
    (s) => s.status !== 'in-sync' || s.otherVersion !== null,
  )
  const subscribeToStorageProblems = useCallback(
    (onChange: () => void) => storage.onProblem(onChange),
    [storage],
  )
  const storageHasProblems = useSyncExternalStore(
    subscribeToStorageProblems,
    () => storage.problems().length > 0,
  )
  const stepId = useDrafts((s) => s.stepId)
  const goToStep = useDrafts((s) => s.goToStep)
  const startOver = useDrafts((s) => s.startOver)
  const [isConfirmingStartOver, setConfirmingStartOver] = useState(false)
  const hasAnswers = useDrafts((s) => hasContent(pickDraft(s)))
  // Whether a saved draft was found when the app opened: the start step offers to resume it.
  const [hadSavedDraft] = useState(() => hasContent(pickDraft(drafts.getState())))
  const show = useCallback((id: StepId) => goToStep(id), [goToStep])
  const history = useStepHistory(stepId, show)
  const draftRevision = useIncomingDraft(history.jump)

  // Fetch the next step while the person works on this one, so Next never waits; on the page's
  // first screen, once they start to use it (see after-first-input).
  useEffect(() => {
    const upcoming = neighbour(stepId, 1)
    if (upcoming && upcoming !== 'start')
      return afterFirstInput(() => prefetchStep(upcoming, drafts.getState))
  }, [stepId, drafts])

  const index = stepIndex(stepId)
  const total = STEP_ORDER.length
  const previous = neighbour(stepId, -1)
  const next = neighbour(stepId, 1)
  const onBack = previous ? () => history.back(previous) : undefined
  const onDone = () => {
    if (next === 'start') history.forward(next)
    else if (next) whenStepLoaded(next, () => history.forward(next))
  }

  function confirmStartOver() {
    startOver()
    setConfirmingStartOver(false)
    history.jump('start')
  }

  // The step's component is looked up, not made, here: a prefetched step renders at once. It is
  // chosen once per step shown, so a step never switches from its lazy wrapper to itself while
  // the person types in it (that would remount the form).
  const laterStep = useMemo(() => (stepId === 'start' ? null : stepComponent(stepId)), [stepId])
  const step =
    stepId === 'start' ? (
      <StartStep onDone={onDone} hasSavedDraft={hadSavedDraft} />
    ) : (
      createElement(laterStep ?? stepComponent(stepId), {
        onDone,
        onBack,
        onStartOver: () => setConfirmingStartOver(true),
      })
    )

  return (
    <div className={launchParams.embed ? 'app is-embedded' : 'app'}>
      <a className="skip-link no-print" href="#step-heading">
        {messages.app.skipToContent}
      </a>
      <header className="app-header no-print">
        {!launchParams.embed && (
          <div className="brand">
            <h1 className="brand-title">{messages.app.title}</h1>
            <p className="brand-tagline">{messages.app.tagline}</p>
          </div>
        )}
        <nav className="progress" aria-label={messages.app.progressLabel}>
          <p className="progress-count">
            {messages.app.stepOf(index + 1, total)}
            <span className="visually-hidden">: {messages.steps[stepId].name}</span>
          </p>
          <ol className="progress-steps">
            {STEP_ORDER.map((id, i) => (
              <li
                key={id}
                className={i < index ? 'is-done' : i === index ? 'is-current' : undefined}
                aria-current={i === index ? 'step' : undefined}
              >
                <span className="progress-name">{messages.steps[id].name}</span>
              </li>
            ))}
          </ol>
        </nav>
        {(hasAnswers || stepId !== 'start') && (
          <button
            type="button"
            className="link-button start-over"
            onClick={() => setConfirmingStartOver(true)}
          >
            {messages.app.startOver}
          </button>
        )}
      </header>
      {storageHasProblems && (
        <Suspense fallback={null}>
          <StorageNotice storage={storage} drafts={drafts} />
        </Suspense>
      )}
      {notices}
      <Suspense fallback={null}>
        {needsEmbedHost && <EmbedHost />}
        {(hasIncomingNews || hasCrossTabNews) && (
          <IncomingDraftPrompts drafts={drafts} incoming={incomingDrafts} crossTab={crossTabSync} />
        )}
      </Suspense>
      {/* key: every step gets a fresh form seeded from the store, also when a link, an import or
          another tab swaps the draft under it. */}
      <main className="app-main" key={`${stepId}:${draftRevision}`}>
        <SectionErrorBoundary>
          <Suspense fallback={<p className="loading">{messages.app.loading}</p>}>{step}</Suspense>
        </SectionErrorBoundary>
      </main>
      {!launchParams.embed && (
        <footer className="app-footer no-print">{messages.app.footer}</footer>
      )}
      {isConfirmingStartOver && (
        <Suspense fallback={null}>
          <ConfirmDialog
            title={messages.app.startOverConfirmTitle}
            body={messages.app.startOverConfirmBody}
            confirmLabel={messages.app.startOverConfirm}
            cancelLabel={messages.app.cancel}
            onConfirm={confirmStartOver}
            onCancel={() => setConfirmingStartOver(false)}
          />
        </Suspense>
      )}
    </div>
  )
}
