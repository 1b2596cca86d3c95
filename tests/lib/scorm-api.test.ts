import { MAX_PARENT_HOPS, findScormApi, type WindowLike } from '@/lib/scorm-api'
import { createFakeLms } from './fake-scorm-api'

type FakeWindow = { API?: unknown; parent?: FakeWindow | null; opener?: FakeWindow | null }

/** A chain of windows: [0] is the app's own, each next one its parent; the last is the top. */
function chain(length: number): FakeWindow[] {
  const windows: FakeWindow[] = Array.from({ length }, () => ({}))
  windows.forEach((win, i) => {
    win.parent = windows[i + 1] ?? win // the top window is its own parent
  })
  return windows
}

const api = () => createFakeLms().api

test('the API on the app window itself', () => {
  const [self] = chain(1)
  self!.API = api()
  expect(findScormApi(self as WindowLike)).toBe(self!.API)
})

test('the API found up the parent chain, the nearest first', () => {
  const windows = chain(4)
  const near = api()
  windows[2]!.API = near
  windows[3]!.API = api()
  expect(findScormApi(windows[0] as WindowLike)).toBe(near)
})

test('the search climbs at most 7 parents', () => {
  const reachable = chain(MAX_PARENT_HOPS + 1)
  reachable[MAX_PARENT_HOPS]!.API = api()
  expect(findScormApi(reachable[0] as WindowLike)).not.toBeNull()
  const tooFar = chain(MAX_PARENT_HOPS + 2)
  tooFar[MAX_PARENT_HOPS + 1]!.API = api()
  expect(findScormApi(tooFar[0] as WindowLike)).toBeNull()
})

test('the opener and its parents are searched when the frames have none', () => {
  const [self] = chain(2)
  const openerChain = chain(3)
  openerChain[2]!.API = api()
  self!.opener = openerChain[0]
  expect(findScormApi(self as WindowLike)).toBe(openerChain[2]!.API)
})

test('a cross-origin window that throws on access is passed over, not fatal', () => {
  const top: FakeWindow = { API: api() }
  top.parent = top
  const foreign = {
    get API(): unknown {
      throw new DOMException('Blocked a frame', 'SecurityError')
    },
    parent: top,
  }
  const self: FakeWindow = { parent: foreign as FakeWindow }
  expect(findScormApi(self as WindowLike)).toBe(top.API)
  const hostile = {
    get parent(): never {
      throw new DOMException('Blocked a frame', 'SecurityError')
    },
  }
  expect(findScormApi(hostile as WindowLike)).toBeNull()
})

test('something called API that is not a SCORM 1.2 API is ignored (no API: the app as usual)', () => {
  const windows = chain(2)
  windows[1]!.API = { Initialize: () => 'true' } // SCORM 2004's API_1484_11 shape, misnamed
  expect(findScormApi(windows[0] as WindowLike)).toBeNull()
  expect(findScormApi(window)).toBeNull()
})
