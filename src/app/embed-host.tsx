// What an embedded app does for its course page: the messages to the framing page (ready,
// resize, step, complete). The preset situation, the accent colour and the launch warnings are
// applied on the first screen by use-launch-preset.ts.
import { useEffect, useRef } from 'react'
import type { StepId } from '@/domain/draft/draft'
import {
  buildCompleteMessage,
  buildReadyMessage,
  buildResizeMessage,
  buildStepMessage,
  type CompleteMessage,
  type PitchTexts,
} from '@/domain/embed/embed-protocol'
import type { LaunchParams } from '@/domain/embed/launch-params'
import { createEmbedBridge, type EmbedBridge } from '@/lib/embed-bridge'
import { useAppStores, useDrafts } from '@/store/app-stores-context'
import type { DraftStore } from '@/store/draft-store'
import { currentPitch } from '@/store/use-current-pitch'
import { STEP_ORDER, stepIndex } from './step-order'

function currentPitchTexts(drafts: DraftStore): PitchTexts {
  const { texts } = currentPitch(drafts.getState())
  return { oneLiner: texts.oneLiner, pitch: texts.pitch }
}

/**
 * Tells the host which step shows; on the last step, also that the person is done. The complete
 * message (with the texts, when opted in) is made here, once per step change, and kept: a ping
 * repeats it and never recomposes the pitch.
 */
function announceStep(
  bridge: EmbedBridge,
  stepId: StepId,
  launchParams: LaunchParams,
  drafts: DraftStore,
): CompleteMessage | null {
  bridge.post(buildStepMessage(stepId, stepIndex(stepId), STEP_ORDER.length))
  if (stepId !== 'card') return null
  // Texts are read (and composed) only when the embed opted in to receive them.
  const texts =
    launchParams.share === 'pitch' ? currentPitchTexts(drafts) : { oneLiner: '', pitch: '' }
  const complete = buildCompleteMessage(launchParams.share, texts)
  bridge.post(complete)
  return complete
}

/**
 * The course-page side of the app, loaded only in a frame, so that a plain visit does not carry
 * it: the messages to the framing page.
 */
export default function EmbedHost(): null {
  const { launchParams, drafts } = useAppStores()
  const stepId = useDrafts((s) => s.stepId)
  const bridgeRef = useRef<EmbedBridge | null>(null)
  const completeRef = useRef<CompleteMessage | null>(null)

  useEffect(() => {
    const bridge = createEmbedBridge({ originParam: launchParams.origin })
    if (!bridge) return
    bridgeRef.current = bridge
    bridge.post(buildReadyMessage(STEP_ORDER.length))
    const stopObserving = bridge.observeHeight()
    const stopListening = bridge.onHostMessage(() => {
      // A host that started listening late asks where things stand: the same answers again.
      const stepId = drafts.getState().stepId
      bridge.post(buildResizeMessage(bridge.measureHeight()))
      bridge.post(buildStepMessage(stepId, stepIndex(stepId), STEP_ORDER.length))
      if (stepId === 'card' && completeRef.current) bridge.post(completeRef.current)
    })
    return () => {
      stopObserving()
      stopListening()
      bridgeRef.current = null
    }
  }, [launchParams, drafts])

  useEffect(() => {
    if (bridgeRef.current)
      completeRef.current = announceStep(bridgeRef.current, stepId, launchParams, drafts)
  }, [stepId, launchParams, drafts])
  return null
}
