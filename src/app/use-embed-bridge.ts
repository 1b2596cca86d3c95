// Everything the launch parameters ask of an embedded app, in one hook the App calls once:
// the course's accent colour, a preset situation, and the messages to the framing page
// (ready, resize, step, complete). Outside a frame only the accent and the preset apply.
import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import { accentPalette } from '@/domain/accent-palette'
import { composePitch } from '@/domain/compose-pitch'
import { hasContent, type StepId } from '@/domain/draft'
import {
  buildCompleteMessage,
  buildReadyMessage,
  buildResizeMessage,
  buildStepMessage,
  type PitchTexts,
} from '@/domain/embed-protocol'
import { describeLaunchWarning } from '@/domain/launch-params'
import { createEmbedBridge, type EmbedBridge } from '@/lib/embed-bridge'
import { launchParams, useDraftStore } from '@/store/app-store'
import { pickDraft } from '@/store/draft-store'
import { STEP_ORDER, stepIndex } from './step-order'

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

function applyAccent() {
  if (!launchParams.accent) return
  const palette = accentPalette(launchParams.accent)
  // CSSOM writes are allowed by the strict CSP (style-src 'self'); style attributes are not.
  const style = document.documentElement.style
  style.setProperty('--accent', palette.accent)
  style.setProperty('--accent-strong', palette.accentStrong)
  style.setProperty('--accent-soft', palette.accentSoft)
}

function currentPitchTexts(): PitchTexts {
  const state = useDraftStore.getState()
  const composed = composePitch(state.answers, {
    variant: state.variant,
    invitationVariant: state.invitationVariant,
  })
  return {
    oneLiner: state.pitchEdits.oneLiner ?? composed.oneLiner,
    pitch: state.pitchEdits.pitch ?? composed.pitch,
  }
}

function announceStep(bridge: EmbedBridge, stepId: StepId) {
  bridge.post(buildStepMessage(stepId, stepIndex(stepId), STEP_ORDER.length))
  if (stepId === 'card') {
    // Texts are read (and composed) only when the embed opted in to receive them.
    const texts = launchParams.share === 'pitch' ? currentPitchTexts() : { oneLiner: '', pitch: '' }
    bridge.post(buildCompleteMessage(launchParams.share, texts))
  }
}

export function useEmbedBridge(): void {
  const stepId = useDraftStore((s) => s.stepId)
  const bridgeRef = useRef<EmbedBridge | null>(null)

  // During the first render, before any step mounts: the start step's form reads the situation
  // from the store once, so a preset applied in an effect would come too late.
  useState(presetSituation)

  // Before the first paint, so the page never flashes in the default colour.
  useLayoutEffect(applyAccent, [])

  useEffect(() => {
    warnAboutLaunchParams()
    const bridge = createEmbedBridge({ originParam: launchParams.origin })
    if (!bridge) return
    bridgeRef.current = bridge
    bridge.post(buildReadyMessage(STEP_ORDER.length))
    const stopObserving = bridge.observeHeight()
    const stopListening = bridge.onHostMessage(() => {
      // A host that started listening late asks where things stand.
      bridge.post(buildResizeMessage(bridge.measureHeight()))
      announceStep(bridge, useDraftStore.getState().stepId)
    })
    return () => {
      stopObserving()
      stopListening()
      bridgeRef.current = null
    }
  }, [])

  useEffect(() => {
    if (bridgeRef.current) announceStep(bridgeRef.current, stepId)
  }, [stepId])
}
