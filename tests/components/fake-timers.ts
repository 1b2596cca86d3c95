// Fake timers that Testing Library can live with. It only recognises Jest's fake timers: without
// a `jest.advanceTimersByTime` it waits for a setTimeout(0) that a faked clock never fires.
// setImmediate and MessageChannel stay real, because React schedules its own work with them.
export function useFakeClock() {
  vi.useFakeTimers({
    toFake: [
      'setTimeout',
      'clearTimeout',
      'setInterval',
      'clearInterval',
      'Date',
      'performance',
      'requestAnimationFrame',
      'cancelAnimationFrame',
    ],
  })
  vi.stubGlobal('jest', { advanceTimersByTime: (ms: number) => vi.advanceTimersByTime(ms) })
}

export function useRealClock() {
  vi.useRealTimers()
  vi.unstubAllGlobals()
}
