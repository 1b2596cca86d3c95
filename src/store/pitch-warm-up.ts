// Run at idle on the step before the pitch step, once the pitch step's code has arrived. The pitch
// step's first render composes the pitch and the coach reviews it, and the first run of that code
// is by far the slowest (the coach's regular expressions compile, the tagger fills its caches):
// doing it once beforehand, with the answers so far, makes Next to the pitch step as quick as the
// others. Nothing is kept and nothing is shown.
import { reviewInvitation, reviewPitch } from '@/domain/coach/coach'
import { enCoach } from '@/i18n/en-coach'
import { currentPitch } from './use-current-pitch'

export function warmUpPitchStep(draft: Parameters<typeof currentPitch>[0]): void {
  const { texts } = currentPitch(draft)
  const context = { stage: draft.answers.stage, situation: draft.answers.situation }
  // The pitch step's coach reads the same catalog (useCoachMessages()); English only for now.
  reviewInvitation(texts.invitation, context, enCoach)
  reviewPitch(texts.pitch, context, enCoach)
}

/**
 * Warms the pitch step up when the browser is idle (soon after, at the latest); returns a cancel.
 * Kept here, loaded on demand, so the first screen carries none of it.
 */
export function warmUpAtIdle(draft: () => Parameters<typeof currentPitch>[0]): () => void {
  const run = () => warmUpPitchStep(draft())
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: 2000 })
    return () => cancelIdleCallback(id)
  }
  const id = setTimeout(run, 200)
  return () => clearTimeout(id)
}
