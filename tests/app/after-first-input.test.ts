// The first screen fetches the next step's code once the person starts to use the page, or after
// a short quiet, never while the page is still loading.
import { vi } from 'vitest'
import { QUIET_FALLBACK_MS, afterFirstInput, resetFirstInput } from '@/app/after-first-input'

beforeEach(() => {
  vi.useFakeTimers()
  resetFirstInput()
})
afterEach(() => vi.useRealTimers())

test('waits for the first input, then starts once', () => {
  const start = vi.fn(() => () => {})
  afterFirstInput(start)
  vi.advanceTimersByTime(QUIET_FALLBACK_MS - 1)
  expect(start).not.toHaveBeenCalled()
  window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab' }))
  window.dispatchEvent(new PointerEvent('pointerdown'))
  vi.advanceTimersByTime(QUIET_FALLBACK_MS)
  expect(start).toHaveBeenCalledTimes(1)
})

test('someone who only reads gets it after a short quiet', () => {
  const start = vi.fn(() => () => {})
  afterFirstInput(start)
  vi.advanceTimersByTime(QUIET_FALLBACK_MS)
  expect(start).toHaveBeenCalledTimes(1)
})

test('once the page has been used, later steps start at once', () => {
  afterFirstInput(() => () => {})
  window.dispatchEvent(new PointerEvent('pointermove'))
  const later = vi.fn(() => () => {})
  afterFirstInput(later)
  expect(later).toHaveBeenCalledTimes(1)
})

test('cancelled before any input, it never starts; cancelled after, it cancels what started', () => {
  const start = vi.fn(() => () => {})
  afterFirstInput(start)()
  window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }))
  vi.advanceTimersByTime(QUIET_FALLBACK_MS)
  expect(start).not.toHaveBeenCalled()
  const stop = vi.fn()
  const cancel = afterFirstInput(() => stop)
  window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }))
  expect(stop).not.toHaveBeenCalled()
  cancel()
  expect(stop).toHaveBeenCalledTimes(1)
})
