import fc from 'fast-check'
import Papa from 'papaparse'
import { formatCsv, formatCsvField, guardFormula, peopleToCsv } from '@/domain/after/csv'
import { cleanText } from '@/domain/text/text'
import type { Person } from '@/domain/after/people'
import { enAfter } from '@/i18n/en-after'

function parse(csv: string): string[][] {
  const result = Papa.parse<string[]>(csv, {
    delimiter: ',',
    newline: '\r\n',
    skipEmptyLines: false,
  })
  expect(result.errors).toEqual([])
  // RFC 4180 ends every record with CRLF; papaparse reports the empty line after the last one.
  const rows = result.data
  if (rows.length > 0 && rows[rows.length - 1]?.length === 1 && rows[rows.length - 1]?.[0] === '')
    rows.pop()
  return rows
}

const tricky: Person = {
  id: 'p1',
  name: 'Dr. "Sam" O\'Neil, Jr.; the second\nline',
  metAt: 'Café Łódź, room 3',
  passion: 'rewilding; "green" roofs\r\nand parks',
  suggestionKind: 'book',
  suggestion: 'Braiding Sweetgrass, by Robin Wall Kimmerer',
  followUpOn: '2025-03-11',
  done: true,
}

test('names with commas, quotes, semicolons and newlines survive a round trip through papaparse', () => {
  const rows = parse(
    peopleToCsv([tricky], {
      messages: enAfter.followUp,
      kindLabels: enAfter.people.suggestionKindsShort,
    }),
  )
  expect(rows).toHaveLength(2)
  expect(rows[0]?.[0]).toBe('Name')
  expect(rows[1]).toEqual([
    tricky.name,
    tricky.metAt,
    tricky.passion,
    'Book',
    tricky.suggestion,
    '2025-03-11',
    'yes',
  ])
})

test('records end in CRLF and fields are quoted only when they need it, quotes doubled', () => {
  expect(
    formatCsv([
      ['a', 'b'],
      ['c', 'd'],
    ]),
  ).toBe('a,b\r\nc,d\r\n')
  expect(formatCsvField('plain')).toBe('plain')
  expect(formatCsvField('a,b')).toBe('"a,b"')
  expect(formatCsvField('say "hi"')).toBe('"say ""hi"""')
  expect(formatCsvField('two\nlines')).toBe('"two\nlines"')
  // Spreadsheets set to a comma decimal split on ';': quoted, so the cell stays one cell.
  expect(formatCsvField('semi;colon')).toBe('"semi;colon"')
})

test('cells that a spreadsheet would run as a formula start with an apostrophe instead', () => {
  expect(formatCsvField('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"')
  expect(guardFormula('+1 555')).toBe("'+1 555")
  expect(guardFormula('-2')).toBe("'-2")
  expect(guardFormula('@SUM(A1)')).toBe("'@SUM(A1)")
  expect(guardFormula('Ada = great')).toBe('Ada = great')
  // Spreadsheets skip leading spaces before deciding a cell is a formula.
  expect(guardFormula(' =1+1')).toBe("' =1+1")
  expect(guardFormula('\u00a0 +cmd')).toBe("'\u00a0 +cmd")
  expect(guardFormula('\uFF1DSUM(A1)')).toBe("'\uFF1DSUM(A1)")
})

test('any table survives the round trip, formula-like cells kept as text', () => {
  const cell = fc.string({ unit: 'grapheme', maxLength: 40 })
  const table = fc
    .array(fc.array(cell, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 8 })
    .map((rows) => {
      // Every record has the same number of fields, as in a real export.
      const width = rows[0]?.length ?? 2
      return rows.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? ''))
    })
  fc.assert(
    fc.property(table, (rows) => {
      expect(parse(formatCsv(rows))).toEqual(
        rows.map((row) => row.map((cell) => guardFormula(cleanText(cell)))),
      )
    }),
    { numRuns: 300 },
  )
})

test('bidirectional controls (U+202E and the others) never reach the spreadsheet', () => {
  const csv = formatCsv([['evil\u202Etxt.exe', '\u2066x\u2069', 'a\u202Ab\u202C']])
  expect(csv).toBe('eviltxt.exe,x,ab\r\n')
})
