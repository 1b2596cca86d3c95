// What an embedded app does for its course page: the messages to the framing page (ready,
// resize, step, complete). The preset situation, the accent colour and the launch warnings are
// applied on the first screen by use-launch-preset.ts.
import { useEffect, useRef } from 'react'
import { composePitch } from '@/domain/pitch/compose-pitch'
import type { StepId } from '@/domain/draft/draft'
import {
  buildCompleteMessage,
  buildReadyMessage,
  buildResizeMessage,
  buildStepMessage,
  type PitchTexts,
} from '@/domain/embed/embed-protocol'
import { createEmbedBridge, type EmbedBridge } from '@/lib/embed-bridge'
import { launchParams, useDraftStore } from '@/store/app-store'
import { STEP_ORDER, stepIndex } from './step-order'

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

/**
 * The course-page side of the app, loaded only in a frame, so that a plain visit does not carry
 * it: the messages to the framing page.
 */
export default function EmbedHost(): null {
  const stepId = useDraftStore((s) => s.stepId)
  const bridgeRef = useRef<EmbedBridge | null>(null)

  useEffect(() => {
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
  return null
}
