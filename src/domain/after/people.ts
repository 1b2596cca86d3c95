// The log of people met at events: who they are, what they care about, what they suggested and
// when to follow up. Part of the draft, so it is read from untrusted data like every answer.
import { clampText } from '../pitch/answers'
import { cleanText } from '../text/text'

export const SUGGESTION_KINDS = [
  'book',
  'expert',
  'organisation',
  'partner',
  'funding',
  'other',
] as const
export type SuggestionKind = (typeof SUGGESTION_KINDS)[number]

export type Person = {
  /** Stable across edits and devices: the calendar event's UID is made from it. */
  id: string
  name: string
  metAt: string
  passion: string
  /** '' when they suggested nothing in particular. */
  suggestionKind: SuggestionKind | ''
  suggestion: string
  /** A calendar date, YYYY-MM-DD, with no time zone: "follow up on that day wherever I am". */
  followUpOn: string
  done: boolean
  /** The person's own edit of the follow-up message; absent while they keep the draft. */
  message?: string
}

export const PERSON_LIMITS = {
  id: 64,
  name: 80,
  metAt: 120,
  passion: 300,
  suggestion: 200,
  message: 3000,
} as const

/** Enough for years of events; past this an import is more likely junk than a real log. */
export const MAX_PEOPLE = 500

/** Days between meeting someone and the suggested follow-up. */
export const FOLLOW_UP_AFTER_DAYS = 2

const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

export function isSuggestionKind(value: unknown): value is SuggestionKind {
  return typeof value === 'string' && (SUGGESTION_KINDS as readonly string[]).includes(value)
}

/** A real calendar day written YYYY-MM-DD (no 2023-02-30), between the years 1000 and 9999. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false
  const match = ISO_DATE.exec(value)
  if (!match) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  if (year < 1000 || month < 1 || month > 12 || day < 1) return false
  // UTC arithmetic: the day count of a month does not depend on any time zone.
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return day <= daysInMonth
}

/** The local calendar day of a moment, as YYYY-MM-DD. */
export function toIsoDate(moment: Date): string {
  const y = String(moment.getFullYear()).padStart(4, '0')
  const m = String(moment.getMonth() + 1).padStart(2, '0')
  const d = String(moment.getDate()).padStart(2, '0')
  return `${y}-${m}-${d}`
}

/** A calendar day plus some days, by the calendar (never off by one across a clock change). */
export function addDays(isoDate: string, days: number): string {
  const match = ISO_DATE.exec(isoDate)
  if (!match) return isoDate
  const next = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + days))
  const y = String(next.getUTCFullYear()).padStart(4, '0')
  const m = String(next.getUTCMonth() + 1).padStart(2, '0')
  const d = String(next.getUTCDate()).padStart(2, '0')
  return `${y}-${m}-${d}`
}

/** The default follow-up date for someone met on the given day. */
export function defaultFollowUpDate(today: Date): string {
  return addDays(toIsoDate(today), FOLLOW_UP_AFTER_DAYS)
}

export function isPersonId(value: unknown): value is string {
  return typeof value === 'string' && ID_PATTERN.test(value)
}

function text(value: unknown, limit: number): string {
  return typeof value === 'string' ? clampText(cleanText(value), limit) : ''
}

/**
 * Reads one untrusted person. Returns null when there is nothing to keep (no name); a missing or
 * malformed date is replaced by the fallback so the entry is never lost over a date.
 */
export function sanitizePerson(
  input: unknown,
  fallback: { id: string; date: string },
): Person | null {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return null
  const record = input as Record<string, unknown>
  const name = text(record.name, PERSON_LIMITS.name)
  if (name.trim() === '') return null
  const person: Person = {
    id: isPersonId(record.id) ? record.id : fallback.id,
    name,
    metAt: text(record.metAt, PERSON_LIMITS.metAt),
    passion: text(record.passion, PERSON_LIMITS.passion),
    suggestionKind: isSuggestionKind(record.suggestionKind) ? record.suggestionKind : '',
    suggestion: text(record.suggestion, PERSON_LIMITS.suggestion),
    followUpOn: isIsoDate(record.followUpOn) ? record.followUpOn : fallback.date,
    done: record.done === true,
  }
  if (typeof record.message === 'string')
    person.message = clampText(cleanText(record.message), PERSON_LIMITS.message)
  return person
}

// Far in the past, so an entry whose date was lost sorts first and gets looked at.
const UNKNOWN_DATE = '1970-01-01'

/**
 * Reads an untrusted list: entries without a name dropped, ids made unique (a duplicate would
 * merge two calendar events), texts clamped, dates validated.
 */
export function sanitizePeople(input: unknown): Person[] {
  if (!Array.isArray(input)) return []
  const seen = new Set<string>()
  const people: Person[] = []
  for (const [index, entry] of input.slice(0, MAX_PEOPLE).entries()) {
    const person = sanitizePerson(entry, { id: `p${index}`, date: UNKNOWN_DATE })
    if (!person) continue
    let id = person.id
    for (let n = 2; seen.has(id); n++) id = `${person.id.slice(0, PERSON_LIMITS.id - 6)}-${n}`
    seen.add(id)
    people.push(id === person.id ? person : { ...person, id })
  }
  return people
}

export type PeopleOrder = 'follow-up' | 'added'

/** Soonest follow-up first; the same day keeps the order they were added in. */
export function sortPeople(people: readonly Person[], order: PeopleOrder = 'follow-up'): Person[] {
  if (order === 'added') return [...people]
  return people
    .map((person, index) => ({ person, index }))
    .sort((a, b) =>
      a.person.followUpOn === b.person.followUpOn
        ? a.index - b.index
        : a.person.followUpOn < b.person.followUpOn
          ? -1
          : 1,
    )
    .map(({ person }) => person)
}
