import { createScormRuntime } from '@/lib/scorm-runtime'
import { createFakeLms } from './fake-scorm-api'

test('calls cross as strings and "true" means done', () => {
  const lms = createFakeLms({ values: { 'cmi.core.entry': 'resume' } })
  const runtime = createScormRuntime(lms.api)
  expect(runtime.initialize()).toBe(true)
  expect(runtime.get('cmi.core.entry')).toBe('resume')
  expect(runtime.set('cmi.core.lesson_location', 'pitch')).toBe(true)
  expect(runtime.commit()).toBe(true)
  expect(runtime.finish()).toBe(true)
  expect(runtime.problem()).toBeNull()
  expect(lms.calls).toContain('LMSFinish')
})

test('"false" with an error code is reported once, with the code and the LMS words', () => {
  const lms = createFakeLms({
    failing: { LMSCommit: '101', 'LMSSetValue cmi.suspend_data': '405' },
  })
  const runtime = createScormRuntime(lms.api)
  const heard = vi.fn()
  runtime.onProblem(heard)
  runtime.initialize()
  expect(runtime.set('cmi.suspend_data', 'x')).toBe(false)
  expect(runtime.commit()).toBe(false)
  expect(runtime.commit()).toBe(false)
  expect(heard).toHaveBeenCalledTimes(1)
  expect(runtime.problem()).toEqual({
    call: 'LMSSetValue cmi.suspend_data',
    code: '405',
    message: 'Error 405',
  })
  // Later calls are still tried: a passing hiccup does not end the recording.
  expect(lms.calls.filter((c) => c === 'LMSCommit')).toHaveLength(2)
})

test('an API that throws is a problem, never an exception in the app', () => {
  const lms = createFakeLms({ throwing: ['LMSCommit', 'LMSGetValue cmi.core.entry'] })
  const runtime = createScormRuntime(lms.api)
  runtime.initialize()
  expect(() => runtime.commit()).not.toThrow()
  expect(runtime.problem()).toMatchObject({ call: 'LMSCommit', code: 'exception' })
})

test('a refused LMSInitialize leaves the runtime closed: no further calls reach the LMS', () => {
  const lms = createFakeLms({ failing: { LMSInitialize: '101' } })
  const runtime = createScormRuntime(lms.api)
  expect(runtime.initialize()).toBe(false)
  expect(runtime.isOpen).toBe(false)
  expect(runtime.set('cmi.core.lesson_status', 'incomplete')).toBe(false)
  expect(runtime.commit()).toBe(false)
  expect(lms.calls).toEqual(['LMSInitialize'])
  expect(runtime.problem()).toMatchObject({ call: 'LMSInitialize', code: '101' })
})

test('reading an element the LMS does not support gives "" and is not a problem', () => {
  const lms = createFakeLms()
  const runtime = createScormRuntime(lms.api)
  runtime.initialize()
  expect(runtime.get('cmi.core.session_time')).toBe('')
  expect(runtime.get('cmi.core.student_name')).toBe('')
  expect(runtime.problem()).toBeNull()
})

test('finish happens once', () => {
  const lms = createFakeLms()
  const runtime = createScormRuntime(lms.api)
  runtime.initialize()
  expect(runtime.finish()).toBe(true)
  expect(runtime.finish()).toBe(false)
  expect(runtime.commit()).toBe(false)
  expect(lms.calls.filter((c) => c === 'LMSFinish')).toHaveLength(1)
})
