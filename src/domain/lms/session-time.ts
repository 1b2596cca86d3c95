// SCORM 1.2 time spans (CMITimespan): HHHH:MM:SS.SS, hours two to four digits, seconds with up to
// two decimals. The runtime reports how long this visit lasted as cmi.core.session_time.

/** The longest span the format can hold: 9999 hours, 59 minutes, 59.99 seconds. */
export const MAX_SESSION_MS = (9999 * 3600 + 59 * 60 + 59) * 1000 + 990

/** A duration in milliseconds as HHHH:MM:SS.SS, e.g. 0000:05:07.25. Never throws. */
export function formatSessionTime(ms: number): string {
  const clamped = Number.isFinite(ms) ? Math.min(Math.max(ms, 0), MAX_SESSION_MS) : 0
  const centiseconds = Math.floor(clamped / 10)
  const hours = Math.floor(centiseconds / 360_000)
  const minutes = Math.floor((centiseconds % 360_000) / 6000)
  const seconds = Math.floor((centiseconds % 6000) / 100)
  const hundredths = centiseconds % 100
  const two = (n: number) => String(n).padStart(2, '0')
  return `${String(hours).padStart(4, '0')}:${two(minutes)}:${two(seconds)}.${two(hundredths)}`
}

const TIMESPAN = /^(\d{2,4}):([0-5]\d):([0-5]\d)(\.\d{1,2})?$/

/** Reads a CMITimespan back into milliseconds, or null when it is not one. */
export function parseSessionTime(text: string): number | null {
  const match = TIMESPAN.exec(text)
  if (!match) return null
  const [hours, minutes, seconds] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const fraction = match[4] ? Math.round(Number(match[4]) * 1000) : 0
  return ((hours * 60 + minutes) * 60 + seconds) * 1000 + fraction
}
