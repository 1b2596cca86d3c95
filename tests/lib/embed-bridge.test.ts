import { vi } from 'vitest'
import { HOST_SOURCE } from '@/domain/embed/embed-protocol'
import { createEmbedBridge } from '@/lib/embed-bridge'

const HOST = 'https://course.example'

/** A framed window whose animation frames the test runs by hand. */
function framedWindow() {
  const target = new EventTarget()
  const parent = { postMessage: vi.fn() }
  const frames: FrameRequestCallback[] = []
  const win = Object.assign(target, {
    self: {},
    top: {},
    parent,
    document,
    location: { ancestorOrigins: [HOST] },
    requestAnimationFrame: (callback: FrameRequestCallback) => frames.push(callback),
    cancelAnimationFrame: vi.fn(),
    setTimeout,
    clearTimeout,
  }) as unknown as Window & typeof globalThis
  const runFrame = () => frames.splice(0).forEach((callback) => callback(0))
  const ping = () =>
    win.dispatchEvent(
      new MessageEvent('message', {
        data: { source: HOST_SOURCE, type: 'ping' },
        origin: HOST,
        source: parent as unknown as Window,
      }),
    )
  return { win, ping, runFrame, frames }
}

test('a flood of pings is answered once per animation frame', () => {
  const { win, ping, runFrame, frames } = framedWindow()
  const bridge = createEmbedBridge({ originParam: null, win })
  const listener = vi.fn()
  const stop = bridge?.onHostMessage(listener)
  for (let i = 0; i < 10_000; i++) ping()
  expect(listener).not.toHaveBeenCalled()
  expect(frames).toHaveLength(1)
  runFrame()
  expect(listener).toHaveBeenCalledTimes(1)
  ping()
  ping()
  runFrame()
  expect(listener).toHaveBeenCalledTimes(2)
  runFrame()
  expect(listener).toHaveBeenCalledTimes(2)
  stop?.()
  ping()
  runFrame()
  expect(listener).toHaveBeenCalledTimes(2)
})
