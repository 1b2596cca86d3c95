import fc from 'fast-check'
import ICAL from 'ical.js'
import { emptyAnswers } from '@/domain/pitch/answers'
import { followUpEvents } from '@/domain/after/follow-up'
import {
  escapeText,
  foldLine,
  formatCalendar,
  formatUtcStamp,
  type CalendarEvent,
} from '@/domain/after/ics'
import type { Person } from '@/domain/after/people'
import { enAfter } from '@/i18n/en-after'

const inEnglish = { messages: enAfter.followUp }

const STAMP = new Date(Date.UTC(2025, 2, 9, 8, 5, 7))

function person(overrides: Partial<Person> = {}): Person {
  return {
    id: 'abc123',
    name: 'Ada Lovelace',
    metAt: 'the climate meetup',
    passion: 'rewilding city parks',
    suggestionKind: 'book',
    suggestion: 'Braiding Sweetgrass',
    followUpOn: '2025-03-11',
    done: false,
    ...overrides,
  }
}

/** Parses with ical.js, an independent implementation of RFC 5545. */
function parseEvents(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics))
  return calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent))
}

function octets(line: string): number {
  return new TextEncoder().encode(line).length
}

test('each follow-up becomes an all-day event on its date, with a stable UID', () => {
  const people = [
    person(),
    person({ id: 'second', name: 'Grace Hopper', followUpOn: '2025-12-31' }),
  ]
  const events = parseEvents(
    formatCalendar(followUpEvents(people, emptyAnswers(), inEnglish), { stamp: STAMP }),
  )
  expect(events).toHaveLength(2)
  const [first, second] = events
  expect(first?.startDate.isDate).toBe(true)
  expect(first?.startDate.toString()).toBe('2025-03-11')
  expect(first?.endDate.toString()).toBe('2025-03-12')
  expect(second?.startDate.toString()).toBe('2025-12-31')
  expect(second?.endDate.toString()).toBe('2026-01-01')
  expect(first?.uid).toBe('follow-up-abc123@why-card')
  expect(first?.summary).toBe('Follow up with Ada Lovelace')
  expect(first?.description).toMatch(/rewilding city parks/)
})

test('the same person gives the same UID every time, so a re-import updates the event', () => {
  const a = formatCalendar(followUpEvents([person()], emptyAnswers(), inEnglish), { stamp: STAMP })
  const b = formatCalendar(
    followUpEvents([person({ passion: 'urban trees' })], emptyAnswers(), inEnglish),
    { stamp: STAMP },
  )
  expect(parseEvents(a)[0]?.uid).toBe(parseEvents(b)[0]?.uid)
})

test('follow-ups already done are left out of the calendar', () => {
  const events = followUpEvents(
    [person(), person({ id: 'done', done: true })],
    emptyAnswers(),
    inEnglish,
  )
  expect(events.map((e) => e.uid)).toEqual(['follow-up-abc123@why-card'])
})

test('the calendar has a version, a product id, UTC stamps and CRLF line ends only', () => {
  const ics = formatCalendar(followUpEvents([person()], emptyAnswers(), inEnglish), {
    stamp: STAMP,
  })
  expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true)
  expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true)
  expect(ics).toContain('\r\nDTSTAMP:20250309T080507Z\r\n')
  expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
  expect(formatUtcStamp(new Date('2024-02-29T23:59:59.900Z'))).toBe('20240229T235959Z')
})

test('names with commas, quotes, semicolons, backslashes and newlines survive the round trip', () => {
  const name = 'Dr. "Sam" O\'Neil, Jr.; the\\one\nfrom line two'
  const events: CalendarEvent[] = [
    { uid: 'x@why-card', date: '2025-01-02', summary: name, description: 'a,b;c\\d\r\ne\rf' },
  ]
  const [event] = parseEvents(formatCalendar(events, { stamp: STAMP }))
  expect(event?.summary).toBe(name)
  expect(event?.description).toBe('a,b;c\\d\ne\nf')
})

test('TEXT escaping follows RFC 5545', () => {
  expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne')
})

test('long lines are folded at 75 octets without splitting a UTF-8 character', () => {
  const line = `SUMMARY:${'Zoë 🌱 Łódź 漢字 '.repeat(20)}`
  const folded = foldLine(line)
  const lines = folded.split('\r\n')
  expect(lines.length).toBeGreaterThan(1)
  for (const l of lines) expect(octets(l)).toBeLessThanOrEqual(75)
  for (const l of lines.slice(1)) expect(l.startsWith(' ')).toBe(true)
  // Unfolding gives back exactly the original: no character was cut in two.
  expect(folded.replace(/\r\n /g, '')).toBe(line)
  expect(lines.join('')).not.toContain('\ufffd')
})

test('any name and notes survive writing and parsing, on lines of at most 75 octets', () => {
  // Control characters other than line breaks are not allowed in TEXT, so they are not generated.
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  const controls = /[\u0000-\u0008\u000b-\u001f\u007f]/g
  const text = fc.string({ unit: 'grapheme', maxLength: 200 }).map((s) => s.replace(controls, ''))
  fc.assert(
    fc.property(
      text,
      text,
      fc.date({ min: new Date('1900-01-01'), max: new Date('2999-12-31'), noInvalidDate: true }),
      (name, notes, day) => {
        const date = day.toISOString().slice(0, 10)
        const ics = formatCalendar(
          [{ uid: 'p@why-card', date, summary: name, description: notes || undefined }],
          { stamp: STAMP },
        )
        for (const line of ics.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75)
        const [event] = parseEvents(ics)
        const normalise = (s: string) => s.replace(/\r\n|\r/g, '\n')
        expect(event?.summary).toBe(normalise(name))
        if (notes) expect(event?.description).toBe(normalise(notes))
        expect(event?.startDate.toString()).toBe(date)
      },
    ),
    { numRuns: 200 },
  )
})
