// The first screen has one choice and one field; the code for the steps after it is fetched
// once the person starts to use the page (or after a short quiet while they read), not while the
// page is still loading: evaluating it then would hold up the first screen's main thread.
const INPUTS = ['pointerdown', 'pointermove', 'keydown', 'touchstart', 'wheel'] as const
/** Someone reading without touching anything gets the next step fetched after this long. */
export const QUIET_FALLBACK_MS = 3000

let started = false

/**
 * Runs `start` at once if the person has used the page already, else at their first input or
 * after QUIET_FALLBACK_MS. Returns a cancel that also cancels what `start` returned.
 */
export function afterFirstInput(
  start: () => () => void,
  target: Pick<
    Window,
    'addEventListener' | 'removeEventListener' | 'setTimeout' | 'clearTimeout'
  > = window,
): () => void {
  if (started) return start()
  let cancelStarted: (() => void) | null = null
  const options = { capture: true, passive: true } as const
  const go = () => {
    started = true
    stopWaiting()
    cancelStarted = start()
  }
  const timer = target.setTimeout(go, QUIET_FALLBACK_MS)
  function stopWaiting() {
    target.clearTimeout(timer)
    for (const type of INPUTS) target.removeEventListener(type, go, options)
  }
  for (const type of INPUTS) target.addEventListener(type, go, options)
  return () => {
    stopWaiting()
    cancelStarted?.()
  }
}

/** Forgets that the page was used (tests start each app afresh). */
export function resetFirstInput(): void {
  started = false
}
