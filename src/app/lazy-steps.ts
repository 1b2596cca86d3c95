// Every step after the first loads on demand, so the first screen carries only what it shows.
// One record keyed by step id: the five answer steps share one component, told which step it is.
import { createElement, lazy, type ComponentType, type LazyExoticComponent } from 'react'
import type { StepId } from '@/domain/draft/draft'
import type { AnswerStepKey } from '@/steps/answer-steps'
import type { StepProps } from '@/steps/step-props'

export type LaterStepProps = StepProps & { onStartOver: () => void }
type LaterStep = Exclude<StepId, 'start'>
type Loaded = { default: ComponentType<LaterStepProps> }

function answerStep(stepKey: AnswerStepKey): () => Promise<Loaded> {
  return () =>
    import('@/steps/answer-step').then(({ AnswerStep }) => ({
      default: (props: LaterStepProps) => createElement(AnswerStep, { ...props, stepKey }),
    }))
}

export const loadStep: Record<LaterStep, () => Promise<Loaded>> = {
  problem: answerStep('problem'),
  moves: answerStep('moves'),
  belief: answerStep('belief'),
  'better-world': answerStep('better-world'),
  stage: () => import('@/steps/stage-step').then((m) => ({ default: m.StageStep })),
  thread: answerStep('thread'),
  pitch: () => import('@/steps/pitch-step').then((m) => ({ default: m.PitchStep })),
  card: () => import('@/steps/card-step').then((m) => ({ default: m.CardStep })),
}

export const LAZY_STEPS = Object.fromEntries(
  Object.entries(loadStep).map(([id, load]) => [id, lazy(load)]),
) as Record<LaterStep, LazyExoticComponent<ComponentType<LaterStepProps>>>
