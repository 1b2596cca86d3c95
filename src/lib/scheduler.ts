// The clock and the ticking behind the practice stopwatch and the teleprompter, in one place so
// that tests can hand in fake timers and components never read the time themselves.

export type Scheduler = {
  /** Milliseconds on a clock that only moves forward. */
  now: () => number
  /** Calls `tick` about every `ms` until the returned function is called. */
  every: (ms: number, tick: () => void) => () => void
  /** Calls `tick` once per animation frame (smooth scrolling) until stopped. */
  everyFrame: (tick: () => void) => () => void
}

export const browserScheduler: Scheduler = {
  now: () => performance.now(),
  every: (ms, tick) => {
    const id = setInterval(tick, ms)
    return () => clearInterval(id)
  },
  everyFrame: (tick) => {
    if (typeof requestAnimationFrame !== 'function') return browserScheduler.every(16, tick)
    let id = 0
    let stopped = false
    const loop = () => {
      if (stopped) return
      tick()
      id = requestAnimationFrame(loop)
    }
    id = requestAnimationFrame(loop)
    return () => {
      stopped = true
      cancelAnimationFrame(id)
    }
  },
}
