// A small iCalendar (RFC 5545) writer for all-day reminders. Written here rather than taken from
// a package: the few rules below (escaping, folding, UTC stamps) are all it needs, and the
// output is checked against an independent parser (ical.js) in the tests.
import { toWellFormed } from '../text/text'

export type CalendarEvent = {
  /** Globally unique and stable, so importing the file again updates events instead of doubling them. */
  uid: string
  /** The day, YYYY-MM-DD: an all-day event with no time zone. */
  date: string
  summary: string
  description?: string
}

export type CalendarOptions = {
  /** When the file was made; written in UTC as every DTSTAMP must be. */
  stamp: Date
  prodId?: string
}

export const DEFAULT_PRODID = '-//Why Card//People I met//EN'

const MAX_LINE_OCTETS = 75
const CRLF = '\r\n'

/**
 * Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma get a backslash, any
 * line break becomes \n. Other control characters are not allowed in TEXT, so they are dropped.
 */
export function escapeText(value: string): string {
  return (
    toWellFormed(value)
      .replace(/\r\n|\r|\n/g, '\n')
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\n/g, '\\n')
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      .replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, '')
  )
}

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1
  if (codePoint < 0x800) return 2
  if (codePoint < 0x10000) return 3
  return 4
}

/**
 * Folds a content line at 75 octets (RFC 5545 §3.1): continuation lines start with one space.
 * It splits between code points only, so a multi-byte UTF-8 character is never cut in two.
 */
export function foldLine(line: string): string {
  const parts: string[] = []
  let current = ''
  let octets = 0
  // The first line holds 75 octets; every later one has a leading space, so 74 more.
  let limit = MAX_LINE_OCTETS
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) ?? 0)
    if (octets + size > limit) {
      parts.push(current)
      current = ''
      octets = 0
      limit = MAX_LINE_OCTETS - 1
    }
    current += char
    octets += size
  }
  parts.push(current)
  return parts.join(`${CRLF} `)
}

/** A UTC date-time as RFC 5545 writes it: 20240131T090500Z. */
export function formatUtcStamp(moment: Date): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0')
  return (
    `${pad(moment.getUTCFullYear(), 4)}${pad(moment.getUTCMonth() + 1)}${pad(moment.getUTCDate())}` +
    `T${pad(moment.getUTCHours())}${pad(moment.getUTCMinutes())}${pad(moment.getUTCSeconds())}Z`
  )
}

/** YYYY-MM-DD as an iCalendar DATE (YYYYMMDD). */
function formatDate(isoDate: string): string {
  return isoDate.replace(/-/g, '')
}

/** The day after, for DTEND: an all-day event ends (exclusively) at the start of the next day. */
function nextDay(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number)
  const next = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + 1))
  return [
    String(next.getUTCFullYear()).padStart(4, '0'),
    String(next.getUTCMonth() + 1).padStart(2, '0'),
    String(next.getUTCDate()).padStart(2, '0'),
  ].join('')
}

/** A whole VCALENDAR with one VEVENT per event; lines end in CRLF and are folded. */
export function formatCalendar(events: readonly CalendarEvent[], options: CalendarOptions): string {
  const stamp = formatUtcStamp(options.stamp)
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeText(options.prodId ?? DEFAULT_PRODID)}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ]
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(event.uid)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${formatDate(event.date)}`,
      `DTEND;VALUE=DATE:${nextDay(event.date)}`,
      `SUMMARY:${escapeText(event.summary)}`,
    )
    if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`)
    // A reminder, not a meeting: it should not mark the day as busy.
    lines.push('TRANSP:TRANSPARENT', 'END:VEVENT')
  }
  lines.push('END:VCALENDAR')
  return lines.map(foldLine).join(CRLF) + CRLF
}
