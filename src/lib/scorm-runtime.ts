// The SCORM 1.2 adapter: the LMS's string API behind a small typed interface, like safe-storage
// is for the browser's storage. Every call is guarded: an API that answers "false", reports an
// error code or throws never stops the app; the first such failure is reported once (the app says
// that progress may not be recorded) and later calls are still tried.
import type { Scorm12Api } from './scorm-api'

export type LmsProblem = {
  /** The call that failed, e.g. "LMSCommit" or "LMSSetValue cmi.suspend_data". */
  call: string
  /** The LMS's error code ("0" when it gave none), or "exception" when the call threw. */
  code: string
  /** The LMS's words for the code, when it has any. */
  message: string
}

type Listener = (problem: LmsProblem) => void

export type LmsRuntime = {
  /** LMSInitialize; false when the LMS refused (the app then runs as it does outside an LMS). */
  initialize(): boolean
  /** LMSGetValue; '' when the element is unknown, unsupported or the call failed. */
  get(element: string): string
  /** LMSSetValue; false when the LMS refused the value. */
  set(element: string, value: string): boolean
  /** LMSCommit. */
  commit(): boolean
  /** LMSFinish; only once, later calls do nothing and return false. */
  finish(): boolean
  readonly isOpen: boolean
  /** The first failure, or null. */
  problem(): LmsProblem | null
  onProblem(listener: Listener): () => void
}

const NO_ERROR = '0'

export function createScormRuntime(api: Scorm12Api): LmsRuntime {
  const listeners = new Set<Listener>()
  let first: LmsProblem | null = null
  let state: 'new' | 'open' | 'finished' = 'new'

  function lastError(): string {
    try {
      return String(api.LMSGetLastError() ?? NO_ERROR).trim() || NO_ERROR
    } catch {
      return NO_ERROR
    }
  }

  function describe(code: string): string {
    try {
      return String(api.LMSGetErrorString(code) ?? '')
    } catch {
      return ''
    }
  }

  function report(call: string, code: string) {
    const problem = { call, code, message: code === 'exception' ? '' : describe(code) }
    if (first) return
    first = problem
    for (const listener of listeners) listener(problem)
  }

  /** Runs a call that answers "true"/"false"; anything but "true" is a failure. */
  function call(name: string, run: () => unknown): boolean {
    let result: unknown
    try {
      result = run()
    } catch {
      report(name, 'exception')
      return false
    }
    if (String(result) === 'true') return true
    report(name, lastError())
    return false
  }

  return {
    get isOpen() {
      return state === 'open'
    },
    initialize() {
      if (state !== 'new') return state === 'open'
      const ok = call('LMSInitialize', () => api.LMSInitialize(''))
      state = ok ? 'open' : 'finished'
      return ok
    },
    get(element) {
      if (state !== 'open') return ''
      try {
        const value = api.LMSGetValue(element)
        // An unsupported or write-only element answers '' with an error code: not a failure of
        // the lesson, just nothing to read.
        if (lastError() !== NO_ERROR) return ''
        return typeof value === 'string' ? value : String(value ?? '')
      } catch {
        return ''
      }
    },
    set(element, value) {
      if (state !== 'open') return false
      return call(`LMSSetValue ${element}`, () => api.LMSSetValue(element, value))
    },
    commit() {
      if (state !== 'open') return false
      return call('LMSCommit', () => api.LMSCommit(''))
    },
    finish() {
      if (state !== 'open') return false
      state = 'finished'
      return call('LMSFinish', () => api.LMSFinish(''))
    },
    problem: () => first,
    onProblem(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
