// Every step after the first loads on demand, so the first screen carries only what it shows.
import { lazy } from 'react'

export const loadStep = {
  problem: () => import('@/steps/problem-step').then((m) => ({ default: m.ProblemStep })),
  moves: () => import('@/steps/moves-step').then((m) => ({ default: m.MovesStep })),
  belief: () => import('@/steps/belief-step').then((m) => ({ default: m.BeliefStep })),
  'better-world': () =>
    import('@/steps/better-world-step').then((m) => ({ default: m.BetterWorldStep })),
  stage: () => import('@/steps/stage-step').then((m) => ({ default: m.StageStep })),
  thread: () => import('@/steps/thread-step').then((m) => ({ default: m.ThreadStep })),
  pitch: () => import('@/steps/pitch-step').then((m) => ({ default: m.PitchStep })),
  card: () => import('@/steps/card-step').then((m) => ({ default: m.CardStep })),
}

export const ProblemStep = lazy(loadStep.problem)
export const MovesStep = lazy(loadStep.moves)
export const BeliefStep = lazy(loadStep.belief)
export const BetterWorldStep = lazy(loadStep['better-world'])
export const StageStep = lazy(loadStep.stage)
export const ThreadStep = lazy(loadStep.thread)
export const PitchStep = lazy(loadStep.pitch)
export const CardStep = lazy(loadStep.card)
