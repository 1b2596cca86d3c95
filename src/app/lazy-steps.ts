// Every step after the first loads on demand, so the first screen carries only what it shows.
// One record keyed by step id: the five answer steps share one component, told which step it is.
import { createElement, lazy, type ComponentType, type LazyExoticComponent } from 'react'
import type { StepId } from '@/domain/draft/draft'
import type { AnswerStepKey } from '@/steps/answer-steps'
import type { StepProps } from '@/steps/step-props'
import type { currentPitch } from '@/store/use-current-pitch'

type PitchDraft = Parameters<typeof currentPitch>[0]

export type LaterStepProps = StepProps & { onStartOver: () => void }
type LaterStep = Exclude<StepId, 'start'>
type StepComponent = ComponentType<LaterStepProps>

const imports: Record<LaterStep, () => Promise<StepComponent>> = {
  problem: answerStep('problem'),
  moves: answerStep('moves'),
  belief: answerStep('belief'),
  'better-world': answerStep('better-world'),
  stage: () => import('@/steps/stage-step').then((m) => m.StageStep),
  thread: answerStep('thread'),
  pitch: () => import('@/steps/pitch-step').then((m) => m.PitchStep),
  card: () => import('@/steps/card-step').then((m) => m.CardStep),
}

function answerStep(stepKey: AnswerStepKey): () => Promise<StepComponent> {
  return () =>
    import('@/steps/answer-step').then(
      ({ AnswerStep }) =>
        function AnswerStepFor(props: LaterStepProps) {
          return createElement(AnswerStep, { ...props, stepKey })
        },
    )
}

// Steps already fetched (the app prefetches the next one while the person works on this one).
const loaded: Partial<Record<LaterStep, StepComponent>> = {}
const pending: Partial<Record<LaterStep, Promise<StepComponent>>> = {}

let waitingFor: LaterStep | null = null

/**
 * Moves to a step once its code has arrived: at once when it has. On the first screen the code is
 * fetched at the first input (see after-first-input), so Next can come first; the step shown
 * stays until then (a step that suspends holds its fallback for about 300 ms), and a second press
 * while waiting does not move twice. A failed fetch still moves: the step's error boundary says so.
 */
export function whenStepLoaded(id: LaterStep, go: () => void): void {
  if (loaded[id]) return go()
  if (waitingFor === id) return
  waitingFor = id
  const arrived = () => {
    if (waitingFor !== id) return
    waitingFor = null
    go()
  }
  loadStep(id).then(arrived, arrived)
}

/** Fetches a step's code once; later calls share the same request. */
export function loadStep(id: LaterStep): Promise<StepComponent> {
  pending[id] ??= imports[id]().then((component) => (loaded[id] = component))
  return pending[id]
}

const lazySteps = Object.fromEntries(
  (Object.keys(imports) as LaterStep[]).map((id) => [
    id,
    lazy(() => loadStep(id).then((component) => ({ default: component }))),
  ]),
) as Record<LaterStep, LazyExoticComponent<StepComponent>>

/**
 * Fetches a step's code while the person works on the step before it. The pitch step is also
 * warmed up at idle (its first compose and review run once, with the answers so far), so Next
 * shows it without the first run's cost. Returns a cancel for the warm-up.
 */
export function prefetchStep(id: LaterStep, draft: () => PitchDraft): () => void {
  let cancelIdle = () => {}
  let cancelled = false
  void loadStep(id)
    .then(async () => {
      if (id !== 'pitch' || cancelled) return
      const { warmUpAtIdle } = await import('@/store/pitch-warm-up')
      if (!cancelled) cancelIdle = warmUpAtIdle(draft)
    })
    .catch(() => undefined)
  return () => {
    cancelled = true
    cancelIdle()
  }
}

/**
 * The component for a step: the step itself once its code has arrived, so a prefetched step
 * renders at once (a lazy wrapper would still suspend, and React holds a revealed fallback for
 * about 300 ms); the lazy wrapper only while its code is still on the way.
 */
export function stepComponent(id: LaterStep): StepComponent | LazyExoticComponent<StepComponent> {
  return loaded[id] ?? lazySteps[id]
}
