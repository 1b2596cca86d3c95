// CSV (RFC 4180) for the people log, safe to open in a spreadsheet.
import type { FollowUpMessages } from './follow-up-messages'
import { cleanText } from '../text/text'
import type { Person } from './people'

const CRLF = '\r\n'

// Spreadsheets (Excel, LibreOffice, Google Sheets) run a cell that starts with one of these as a
// formula, so a name typed as "=HYPERLINK(…)" could act when the file is opened (CSV injection).
// A leading apostrophe makes the spreadsheet show the text as typed. Tab and carriage return are
// on OWASP's list too. Spreadsheets skip leading spaces (and some read the full-width ＝＋－＠)
// before deciding, so " =1+1" is guarded as well. The cost: a cell such as "-5" comes back as
// "'-5" if read by a program.
const FORMULA_START = /^\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r]/u

/** The cell text with the formula guard applied (before any CSV quoting). */
export function guardFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value
}

/**
 * One field: quoted when it holds a comma, a semicolon (the separator of spreadsheets set to a
 * comma decimal), a double quote, CR or LF, with quotes doubled. The formula guard comes first.
 */
export function formatCsvField(value: string): string {
  const guarded = guardFormula(cleanText(value))
  return /[",;\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded
}

/** Rows of fields as CSV text: CRLF after every record, including the last (RFC 4180 §2.1–2.2). */
export function formatCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(formatCsvField).join(',') + CRLF).join('')
}

export type PeopleCsvOptions = {
  /** The header row and the yes / no words: the follow-up part of the person's catalog. */
  messages: FollowUpMessages
  /** Labels for the suggestion kinds, from the people catalog. */
  kindLabels: Readonly<Record<Exclude<Person['suggestionKind'], ''>, string>>
}

/** The people log as a CSV table with a header row, in the order given. */
export function peopleToCsv(people: readonly Person[], options: PeopleCsvOptions): string {
  const messages = options.messages
  const kinds = options.kindLabels
  const rows = people.map((person) => [
    person.name,
    person.metAt,
    person.passion,
    person.suggestionKind === '' ? '' : kinds[person.suggestionKind],
    person.suggestion,
    person.followUpOn,
    person.done ? messages.yes : messages.no,
  ])
  return formatCsv([[...messages.csvHeader], ...rows])
}
