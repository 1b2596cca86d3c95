// @vitest-environment node
import fc from 'fast-check'
import { cardFileName } from '@/domain/card/card-file-name'

test('a name becomes a lowercase, hyphenated file name', () => {
  expect(cardFileName('Ada Lovelace')).toBe('ada-lovelace-why-card.pdf')
  expect(cardFileName('  Grace   Brewster Hopper ')).toBe('grace-brewster-hopper-why-card.pdf')
})

test('accents and special Latin letters are folded to plain letters', () => {
  expect(cardFileName('Zoë Łódź')).toBe('zoe-lodz-why-card.pdf')
  expect(cardFileName('Søren Ærø Straße')).toBe('soren-aero-strasse-why-card.pdf')
  expect(cardFileName('Đặng Thị Ngọc Thịnh')).toBe('dang-thi-ngoc-thinh-why-card.pdf')
  expect(cardFileName("Siobhán O'Brien-Ó Súilleabháin")).toBe(
    'siobhan-o-brien-o-suilleabhain-why-card.pdf',
  )
})

test('no name, or a name with no Latin letters, gives why-card.pdf', () => {
  expect(cardFileName('')).toBe('why-card.pdf')
  expect(cardFileName('   ')).toBe('why-card.pdf')
  expect(cardFileName('Москва')).toBe('why-card.pdf')
  expect(cardFileName('😀 / \\ : * ?')).toBe('why-card.pdf')
})

test('a very long name is cut at a word boundary', () => {
  const name = cardFileName('Maria ' + 'Longname '.repeat(20))
  expect(name.length).toBeLessThanOrEqual(48 + '-why-card.pdf'.length)
  expect(name).toMatch(/^maria(-longname)+-why-card\.pdf$/)
})

test('any name gives a safe file name', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 100 }), (name) => {
      expect(cardFileName(name)).toMatch(/^([a-z0-9]+(-[a-z0-9]+)*-)?why-card\.pdf$/)
    }),
  )
})
