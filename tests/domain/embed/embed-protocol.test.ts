// @vitest-environment node
import fc from 'fast-check'
import {
  HEIGHT_LIMITS,
  buildCompleteMessage,
  buildReadyMessage,
  buildResizeMessage,
  buildStepMessage,
  carriesContent,
  chooseTargetOrigin,
  parseEmbedMessage,
  parseHostMessage,
  postTargetFor,
} from '@/domain/embed/embed-protocol'

const texts = { oneLiner: 'I work on opening good jobs.', pitch: 'It is about potential, really.' }
const host = 'https://courses.example.com'

test('complete carries no words unless the embed opted in with share=pitch', () => {
  const closed = buildCompleteMessage(null, texts)
  expect(closed).toEqual({ source: 'why-card', type: 'complete' })
  expect(carriesContent(closed)).toBe(false)
  expect(JSON.stringify(closed)).not.toContain('potential')

  const shared = buildCompleteMessage('pitch', texts)
  expect(shared).toEqual({
    source: 'why-card',
    type: 'complete',
    why: texts.oneLiner,
    pitch: texts.pitch,
  })
  expect(carriesContent(shared)).toBe(true)
})

test('ready, resize and step say only where things stand', () => {
  expect(buildReadyMessage(9)).toEqual({ source: 'why-card', type: 'ready', version: 1, count: 9 })
  expect(buildStepMessage('moves', 2, 9)).toEqual({
    source: 'why-card',
    type: 'step',
    index: 2,
    id: 'moves',
    count: 9,
  })
  expect(buildResizeMessage(812.2)).toEqual({ source: 'why-card', type: 'resize', height: 813 })
})

test('reported heights are whole CSS pixels within a sane range', () => {
  fc.assert(
    fc.property(fc.double(), (height) => {
      const reported = buildResizeMessage(height).height
      expect(Number.isInteger(reported)).toBe(true)
      expect(reported).toBeGreaterThanOrEqual(HEIGHT_LIMITS.min)
      expect(reported).toBeLessThanOrEqual(HEIGHT_LIMITS.max)
    }),
  )
})

test('messages go to the origin parameter first, then the parent origin, then the referrer', () => {
  const referrer = 'https://lms.example.org/course/3?lesson=2'
  expect(
    chooseTargetOrigin({ originParam: host, ancestorOrigin: 'https://other.example', referrer }),
  ).toBe(host)
  expect(
    chooseTargetOrigin({ originParam: null, ancestorOrigin: 'https://other.example', referrer }),
  ).toBe('https://other.example')
  expect(chooseTargetOrigin({ originParam: null, ancestorOrigin: null, referrer })).toBe(
    'https://lms.example.org',
  )
  expect(chooseTargetOrigin({ originParam: null, ancestorOrigin: 'null', referrer: '' })).toBeNull()
  expect(
    chooseTargetOrigin({ originParam: null, ancestorOrigin: null, referrer: 'about:blank' }),
  ).toBeNull()
  expect(
    chooseTargetOrigin({ originParam: null, ancestorOrigin: null, referrer: 'not a url' }),
  ).toBeNull()
})

test('content never goes to "*"; content-free messages may when no origin is known', () => {
  const shared = buildCompleteMessage('pitch', texts)
  expect(postTargetFor(shared, null)).toBeNull()
  expect(postTargetFor(shared, host)).toBe(host)
  expect(postTargetFor(buildCompleteMessage(null, texts), null)).toBe('*')
  expect(postTargetFor(buildStepMessage('card', 8, 9), null)).toBe('*')
  expect(postTargetFor(buildResizeMessage(500), host)).toBe(host)
})

test('a host ping is accepted only from the known origin and in the exact shape', () => {
  const ping = { source: 'why-card-host', type: 'ping' }
  expect(parseHostMessage(ping, host, host)).toEqual(ping)
  expect(parseHostMessage(ping, 'https://evil.example', host)).toBeNull()
  expect(parseHostMessage(ping, host, null)).toBeNull()
  expect(parseHostMessage({ ...ping, extra: 1 }, host, host)).toBeNull()
  expect(parseHostMessage({ source: 'why-card', type: 'ping' }, host, host)).toBeNull()
  expect(parseHostMessage('{"source":"why-card-host","type":"ping"}', host, host)).toBeNull()
  expect(parseHostMessage([ping], host, host)).toBeNull()
})

test('incoming data of any shape is ignored without a crash', () => {
  fc.assert(
    fc.property(fc.anything(), fc.string(), (data, origin) => {
      const parsed = parseHostMessage(data, origin, host)
      expect(parsed === null || parsed.type === 'ping').toBe(true)
      const message = parseEmbedMessage(data)
      expect(message === null || message.source === 'why-card').toBe(true)
    }),
  )
})

test('a host page can check the app messages it receives', () => {
  expect(parseEmbedMessage(buildStepMessage('card', 8, 9))).toEqual(buildStepMessage('card', 8, 9))
  expect(parseEmbedMessage(buildCompleteMessage('pitch', texts))).toEqual(
    buildCompleteMessage('pitch', texts),
  )
  expect(parseEmbedMessage({ source: 'why-card', type: 'resize', height: 1e9 })).toEqual(
    buildResizeMessage(HEIGHT_LIMITS.max),
  )
  expect(
    parseEmbedMessage({ source: 'why-card', type: 'step', index: 9, id: 'card', count: 9 }),
  ).toBeNull()
  expect(
    parseEmbedMessage({ source: 'why-card', type: 'step', index: 1, id: 'attic', count: 9 }),
  ).toBeNull()
  expect(parseEmbedMessage({ source: 'why-card', type: 'resize', height: '500' })).toBeNull()
  expect(parseEmbedMessage({ source: 'other', type: 'ready', version: 1, count: 9 })).toBeNull()
})
