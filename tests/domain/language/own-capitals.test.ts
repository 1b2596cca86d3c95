// A name the person wrote with a capital is said with it, wherever the drafts lower it.
import fc from 'fast-check'
import { ownCapitalsIn, withOwnCapitals } from '@/domain/language/own-capitals'
import { composePitch } from '@/domain/pitch/compose-pitch'
import { WORKED_ANSWERS } from '../../fixtures/worked-example'
import { composeEn } from '../../support/compose-en'

test('a name written with a capital inside a sentence is a name; one written at a start proves nothing', () => {
  const names = ownCapitalsIn([
    'My best friend Rumpa from Bardhaman got 97 in physics.',
    'rumpa could be in the lab with me',
    'Hope is what we sell.',
  ])
  expect(names.get('rumpa')).toBe('Rumpa')
  expect(names.get('bardhaman')).toBe('Bardhaman')
  expect(names.has('hope')).toBe(false)
  expect(withOwnCapitals('I want a world where rumpa could be in the lab.', names)).toBe(
    'I want a world where Rumpa could be in the lab.',
  )
})

test('a common word given a capital for weight, or inside a longer name, stays a common word', () => {
  const names = ownCapitalsIn([
    'We run a community fridge on Elm Street.',
    'everyone on the street',
    'a good Suit lasts thirty years, the Church knows it',
  ])
  expect(names.has('street')).toBe(false)
  expect(names.has('suit')).toBe(false)
  expect(names.has('church')).toBe(false)
  expect(withOwnCapitals('This is for everyone on the street.', names)).toBe(
    'This is for everyone on the street.',
  )
})

test('answers typed in capitals or title case say nothing about names', () => {
  const names = ownCapitalsIn(['MY BUDDY RAY DEAN DIED', 'My Buddy Ray Dean Was The Best', 'ray'])
  expect(names.size).toBe(0)
})

test('only the case of a word ever changes', () => {
  fc.assert(
    fc.property(fc.array(fc.string(), { maxLength: 4 }), fc.string(), (answers, text) => {
      const said = withOwnCapitals(text, ownCapitalsIn(answers))
      expect(said.toLowerCase()).toBe(text.toLowerCase())
    }),
  )
})

test('a pitch says a friend’s name with its capital where the answer began with it', () => {
  const answers = {
    ...WORKED_ANSWERS,
    asks: [],
    name: '',
    spark:
      'My best friend Rumpa from Bardhaman got 97 in physics. Her father said engineering is not for girls.',
    betterWorld: 'Rumpa could be in the lab with me',
    forWhom: 'girls like Rumpa',
  }
  const drafts = [0, 1, 2].map(
    (variant) => composePitch(answers, { messages: composeEn, variant }).story,
  )
  expect(drafts.join(' ')).toContain('where Rumpa could be in the lab')
  expect(drafts.join(' ')).not.toMatch(/\brumpa\b/u)
})
