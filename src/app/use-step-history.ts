// Keeps the browser's Back and Forward buttons in step with the wizard: every Next pushes a
// history entry (the URL itself does not change), so Back goes to the previous step instead of
// leaving the app.
import { useCallback, useEffect } from 'react'
import { isStepId, type StepId } from '@/domain/draft/draft'

type HistoryState = { whyCardStep: StepId; depth: number }

function readState(value: unknown): HistoryState | null {
  if (typeof value !== 'object' || value === null) return null
  const record = value as Record<string, unknown>
  return isStepId(record.whyCardStep) && typeof record.depth === 'number'
    ? { whyCardStep: record.whyCardStep, depth: record.depth }
    : null
}

export function useStepHistory(current: StepId, show: (id: StepId) => void) {
  useEffect(() => {
    // The browser would restore the old scroll position on Back and leave the focused heading
    // off-screen; each step scrolls itself by focusing its heading instead.
    window.history.scrollRestoration = 'manual'
    const existing = readState(window.history.state)
    if (!existing || existing.whyCardStep !== current) {
      window.history.replaceState({ whyCardStep: current, depth: existing?.depth ?? 0 }, '')
    }
    function onPopState(event: PopStateEvent) {
      const state = readState(event.state)
      if (state) show(state.whyCardStep)
    }
    window.addEventListener('popstate', onPopState)
    return () => window.removeEventListener('popstate', onPopState)
    // Only on mount: later changes go through forward() and back().
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  const forward = useCallback(
    (to: StepId) => {
      const depth = readState(window.history.state)?.depth ?? 0
      window.history.pushState({ whyCardStep: to, depth: depth + 1 }, '')
      show(to)
    },
    [show],
  )

  const back = useCallback(
    (to: StepId) => {
      const depth = readState(window.history.state)?.depth ?? 0
      if (depth > 0) {
        // The previous entry is ours: let the browser go back, so its Forward button works too.
        window.history.back()
      } else {
        window.history.replaceState({ whyCardStep: to, depth: 0 }, '')
        show(to)
      }
    },
    [show],
  )

  const jump = useCallback(
    (to: StepId) => {
      window.history.replaceState({ whyCardStep: to, depth: 0 }, '')
      show(to)
    },
    [show],
  )

  return { forward, back, jump }
}
