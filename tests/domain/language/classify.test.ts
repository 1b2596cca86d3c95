// An answer's form decides the stem it is placed in; these are the shapes real answers take that
// a tagger alone misreads, each beside a look-alike that must keep its reading.
import { classify, stripEnd } from '@/domain/language/english'

test.each([
  // A thing named, with a participle after its noun: not a sentence of its own.
  ['A podcast called The Hidden Rulebook', 'noun-phrase'],
  ['An album of songs collected in care homes', 'noun-phrase'],
  ['A small game about grief called after the rain', 'noun-phrase'],
  ['A friend called me', 'clause'],
  ['My son called the school', 'clause'],
  // A plural noun before "where" / "who", unless a person is the subject.
  ['Conversation clubs where locals and refugees just talk', 'noun-phrase'],
  ['Mum knows where the money goes', 'clause'],
  // An -ing word the lexicon does not know as a verb, naming a thing.
  ['onboarding redesign (workstream 2 of People Strategy 2025)', 'noun-phrase'],
  ['losing hope', 'gerund'],
  ['being blamed for things you couldnt control', 'gerund'],
  // A verb of thinking takes the clause after it; another gerund can be a clause's subject.
  ['Thinking language is only grammar', 'gerund'],
  ['Going home is part of the treatment', 'clause'],
  ["Isn't music the only thing that stays", 'question'],
])('%s → %s', (text, form) => {
  expect(classify(text)).toBe(form)
})

test.each([
  // A noun that is a verb too, before a relative: the thing described.
  ['work that matters buried under paperwork', 'noun-phrase'],
  ['remember that kids are kids', 'verb-phrase'],
  // A negated gerund; a gerund whose object has a relative clause of its own.
  ['not knowing who to call when someone you love is in danger', 'gerund'],
  ['missing someone who is working to give you a better life', 'gerund'],
  ['knowing what to trust is a survival skill', 'clause'],
  ['having one friend who is local changes everything', 'clause'],
])('%s → %s', (text, form) => {
  expect(classify(text)).toBe(form)
})

test('an exclamation whose closing marks are cut loses its opening ones too', () => {
  expect(stripEnd('¡¡Creo que el que vive la historia es el que la tiene que pintar!!')).toBe(
    'Creo que el que vive la historia es el que la tiene que pintar',
  )
  expect(stripEnd('¡Hola! Nos vemos.')).toBe('¡Hola! Nos vemos')
})
