// What the launch parameters ask of the first render: a preset situation, and one console
// warning for each bad value. The rest of the embed support loads only when needed.
import { useEffect, useState } from 'react'
import { hasContent } from '@/domain/draft'
import { describeLaunchWarning } from '@/domain/launch-params'
import { launchParams, useDraftStore } from '@/store/app-store'
import { pickDraft } from '@/store/draft-store'

// Module-level: StrictMode runs effects twice, and the coach needs each warning once.
let hasWarned = false

function warnAboutLaunchParams() {
  if (hasWarned) return
  hasWarned = true
  for (const warning of launchParams.warnings) console.warn(describeLaunchWarning(warning))
}

function presetSituation() {
  const { situation } = launchParams
  if (!situation) return
  const state = useDraftStore.getState()
  // Only a fresh draft: a person who already chose, or wrote anything, keeps their choice.
  if (state.stepId !== 'start' || hasContent(pickDraft(state))) return
  if (state.answers.situation !== situation) state.setAnswers({ situation })
}

/** Reading top can throw across origins in old browsers: then we are framed. */
function isInFrame(): boolean {
  try {
    return window.self !== window.top
  } catch {
    return true
  }
}

/** Applies the preset; returns whether the embed host (accent, messages) is needed at all. */
export function useLaunchPreset(): boolean {
  // During the first render, before any step mounts: the start step's form reads the situation
  // from the store once, so a preset applied in an effect would come too late.
  useState(presetSituation)
  useEffect(warnAboutLaunchParams, [])
  const [needsEmbedHost] = useState(() => isInFrame() || launchParams.accent !== null)
  return needsEmbedHost
}
