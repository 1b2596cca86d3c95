// Finds a SCORM 1.2 LMS's API object the way the standard's own wrapper does: `API` on this
// window or up the chain of parents (at most 7 hops), then on the opener (a lesson launched in a
// new window) and its parents. Small on purpose: it runs on every start, and only when it finds
// an API does the app load the SCORM runtime (scorm-runtime.ts).

/** The SCORM 1.2 run-time API: every value crosses it as a string ("true"/"false" for calls). */
export type Scorm12Api = {
  LMSInitialize(parameter: ''): string
  LMSFinish(parameter: ''): string
  LMSGetValue(element: string): string
  LMSSetValue(element: string, value: string): string
  LMSCommit(parameter: ''): string
  LMSGetLastError(): string
  LMSGetErrorString(code: string): string
  LMSGetDiagnostic(code: string): string
}

/** The parts of a window the search reads; any of them may throw across origins. */
export type WindowLike = {
  readonly API?: unknown
  readonly parent?: WindowLike | null
  readonly opener?: WindowLike | null
}

/** How many parents the search climbs from one starting window (the common bound). */
export const MAX_PARENT_HOPS = 7

function isScorm12Api(value: unknown): value is Scorm12Api {
  if (typeof value !== 'object' || value === null) return false
  const api = value as Record<string, unknown>
  return (
    typeof api.LMSInitialize === 'function' &&
    typeof api.LMSGetValue === 'function' &&
    typeof api.LMSSetValue === 'function' &&
    typeof api.LMSCommit === 'function' &&
    typeof api.LMSFinish === 'function' &&
    typeof api.LMSGetLastError === 'function'
  )
}

/** Reads a property that a cross-origin window guards with a SecurityError. */
function read<K extends keyof WindowLike>(win: WindowLike, key: K): WindowLike[K] | undefined {
  try {
    return win[key]
  } catch {
    return undefined
  }
}

function searchUp(start: WindowLike): Scorm12Api | null {
  let win: WindowLike = start
  for (let hops = 0; ; hops++) {
    const api = read(win, 'API')
    if (isScorm12Api(api)) return api
    const parent = read(win, 'parent')
    if (!parent || parent === win || hops >= MAX_PARENT_HOPS) return null
    win = parent
  }
}

/** The LMS's API, or null when the app was opened outside an LMS. Never throws. */
export function findScormApi(start: WindowLike): Scorm12Api | null {
  const found = searchUp(start)
  if (found) return found
  const opener = read(start, 'opener')
  return opener ? searchUp(opener) : null
}
