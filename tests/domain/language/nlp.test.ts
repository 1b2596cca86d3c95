// The tagger's reading of a text is remembered: composing reads the same answers again for every
// opening and keystroke. A remembered reading must be the same reading, and safe to change.
import { qualityNounOf, tagTerms, verbFormsOf } from '@/domain/language/nlp'

test('tagging the same text twice gives the same terms, and a caller changing its list changes nothing', () => {
  const text = 'my dad fixed every radio on our street'
  const first = tagTerms(text)
  first.pop()
  first.push({ text: 'x', normal: 'x', tags: new Set() })
  const again = tagTerms(text)
  expect(again.map((t) => t.text)).toEqual([
    'my',
    'dad',
    'fixed',
    'every',
    'radio',
    'on',
    'our',
    'street',
  ])
  expect(again.map((t) => [...t.tags])).toEqual(tagTerms(text).map((t) => [...t.tags]))
})

test('a quality is named by its noun only where the noun is a word ("plain" has none the tagger knows)', () => {
  expect(qualityNounOf('loyal')).toBe('loyalty')
  expect(qualityNounOf('safe')).toBeNull()
  expect(qualityNounOf('plain')).toBeNull()
  expect(qualityNounOf('honest')).toBe('honesty')
})

test('a participle the library leaves out is still said right ("Have you ever borne witness?")', () => {
  expect(verbFormsOf('bearing')?.participle).toBe('borne')
  expect(verbFormsOf('came')?.participle).toBe('come')
  expect(verbFormsOf('running')?.participle).toBe('run')
  // The library's own participles stand, and so does a past that is the participle.
  expect(verbFormsOf('chose')?.participle).toBe('chosen')
  expect(verbFormsOf('losing')?.participle).toBe('lost')
})
