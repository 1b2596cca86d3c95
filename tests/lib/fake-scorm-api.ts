// A small in-memory SCORM 1.2 LMS for unit tests: records every call, and can be told to answer
// "false" with an error code (or to throw) for chosen calls.
import type { Scorm12Api } from '@/lib/scorm-api'

export type FakeLmsOptions = {
  values?: Record<string, string>
  /** Calls (e.g. 'LMSCommit', 'LMSSetValue cmi.suspend_data') answered "false" with this code. */
  failing?: Record<string, string>
  throwing?: string[]
}

export function createFakeLms(options: FakeLmsOptions = {}) {
  const values: Record<string, string> = { ...options.values }
  const calls: string[] = []
  const sets: Array<[string, string]> = []
  let lastError = '0'
  let commits = 0
  let initialized = false
  let finished = false

  function answer(name: string, ok: () => void): string {
    calls.push(name)
    if (options.throwing?.includes(name)) throw new Error(`${name} blew up`)
    const code = options.failing?.[name]
    if (code !== undefined) {
      lastError = code
      return 'false'
    }
    lastError = '0'
    ok()
    return 'true'
  }

  const api: Scorm12Api = {
    LMSInitialize: () => answer('LMSInitialize', () => (initialized = true)),
    LMSFinish: () => answer('LMSFinish', () => (finished = true)),
    LMSCommit: () => answer('LMSCommit', () => commits++),
    LMSGetValue(element) {
      calls.push(`LMSGetValue ${element}`)
      if (element === 'cmi.core.session_time') {
        lastError = '404'
        return ''
      }
      if (!(element in values)) {
        lastError = element.startsWith('cmi.') ? '0' : '401'
        return ''
      }
      lastError = '0'
      return values[element] ?? ''
    },
    LMSSetValue(element, value) {
      return answer(`LMSSetValue ${element}`, () => {
        values[element] = value
        sets.push([element, value])
      })
    },
    LMSGetLastError: () => lastError,
    LMSGetErrorString: (code) => (code === '0' ? 'No error' : `Error ${code}`),
    LMSGetDiagnostic: (code) => `Diagnostic ${code}`,
  }

  return {
    api,
    values,
    calls,
    sets,
    get commits() {
      return commits
    },
    get initialized() {
      return initialized
    },
    get finished() {
      return finished
    },
  }
}
