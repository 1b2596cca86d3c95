// The composer and the coach tag text with compromise, whose post-tagger sweep is replaced by a
// quicker selection of the same patterns (src/domain/language/quick-sweep.ts). It may only be
// quicker: every term of every text must get exactly the tags the library's own sweep gives.
import fc from 'fast-check'
import nlp from 'compromise'
import { installQuickSweep, quickBulkMatch } from '@/domain/language/quick-sweep'
import '@/domain/language/nlp'
import { DEV_SET } from '../../fixtures/coach-sets/dev-set'
import { PERSONAS } from '../../fixtures/personas'

type Methods = { one: { bulkMatch: unknown } }
const { methods } = nlp.world() as { methods: Methods }
const librarys = installQuickSweep(nlp.world())

function tagsWith(sweep: unknown, text: string): string[][] {
  const before = methods.one.bulkMatch
  methods.one.bulkMatch = sweep
  try {
    const doc = nlp(text) as unknown as { docs: Array<Array<{ text: string; tags: Set<string> }>> }
    return doc.docs.flat().map((term) => [term.text, ...[...term.tags].sort()])
  } finally {
    methods.one.bulkMatch = before
  }
}

const texts = [
  ...PERSONAS.flatMap((persona) =>
    Object.values(persona.answers).filter((v): v is string => typeof v === 'string'),
  ),
  ...DEV_SET.map((item) => item.text),
].filter((text) => text.trim() !== '')

test('the tagger in use is the quick sweep, and it differs from the library’s own function', () => {
  expect(methods.one.bulkMatch).toBe(quickBulkMatch)
  expect(librarys).not.toBe(quickBulkMatch)
})

test('every answer and pitch of the development sets is tagged exactly as the library’s own sweep tags it', () => {
  expect(texts.length).toBeGreaterThan(400)
  const differing = texts.filter(
    (text) =>
      JSON.stringify(tagsWith(quickBulkMatch, text)) !== JSON.stringify(tagsWith(librarys, text)),
  )
  expect(differing).toEqual([])
})

test('any run of words from those texts, in any order and case, is tagged the same both ways', () => {
  const words = [...new Set(texts.join(' ').split(/\s+/u))].filter(Boolean).slice(0, 3000)
  fc.assert(
    fc.property(
      fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 30 }),
      fc.boolean(),
      (picked, shout) => {
        const text = shout ? picked.join(' ').toUpperCase() : picked.join(' ')
        expect(tagsWith(quickBulkMatch, text)).toEqual(tagsWith(librarys, text))
      },
    ),
    { numRuns: 300 },
  )
})
