// Points numbered inline, the way people type them into one line, said aloud.
import fc from 'fast-check'
import { joinNumberedItems } from '@/domain/language/english'
import { composePitch } from '@/domain/pitch/compose-pitch'
import { emptyAnswers, type Answers } from '@/domain/pitch/answers'
import { composeEn } from '../../support/compose-en'

test('clauses numbered with no lead-in are sentences of their own', () => {
  expect(
    joinNumberedItems(
      '1) older patients on 8+ meds get confused 2) they double dose or skip 3) they end up in A&E',
    ),
  ).toBe('Older patients on 8+ meds get confused. They double dose or skip. They end up in A&E')
  // (Items the person ended with a stop are sentences, whatever the tagger reads in them.)
  expect(
    joinNumberedItems('1) Patients go home with 14 pages. 2) About 1 in 5 back in 30 days.'),
  ).toBe('Patients go home with 14 pages. About 1 in 5 back in 30 days')
})

test('points numbered with a stop ("1. …") are read as points too, and figures are not', () => {
  expect(
    joinNumberedItems(
      '1. I am very good at finding bugs. 2. I am very bad at interviews. 3. Interviews are how you get jobs.',
    ),
  ).toBe(
    'I am very good at finding bugs. I am very bad at interviews. Interviews are how you get jobs',
  )
  // (A figure with a decimal point, or a number that ends a sentence, is no point of a list.)
  expect(joinNumberedItems('We raised 2.5 million. 2 of us left.')).toBe(
    'We raised 2.5 million. 2 of us left.',
  )
})

test('points told as the person\'s own story keep their "I"', () => {
  expect(
    joinNumberedItems(
      '1) 2022, I volunteered as treasurer for a refugee group in Croydon 2) found £18,000 of unclaimed Gift Aid 3) the founder hugged me',
    ),
  ).toBe(
    '2022, I volunteered as treasurer for a refugee group in Croydon. I found £18,000 of unclaimed Gift Aid. The founder hugged me',
  )
  // Points that are not the person's own story get no "I".
  expect(
    joinNumberedItems('1) our patients wait 3 hours in the corridor 2) left without being seen'),
  ).not.toMatch(/\bI left\b/u)
})

test('things numbered after a lead-in are one list; an item that only closes the list goes', () => {
  expect(joinNumberedItems('small charities (under £1m) 2) nope')).toBe(
    'small charities (under £1m) 2) nope',
  )
  expect(joinNumberedItems('for 1) small charities (under £1m) 2) the people they serve')).toBe(
    'for small charities (under £1m) and the people they serve',
  )
  expect(joinNumberedItems('tenants: 1) older residents 2) families with asthma')).toBe(
    'tenants: older residents and families with asthma',
  )
  expect(
    joinNumberedItems(
      '1) pharmacists are the most underused clinicians in the country 2) that’s it',
    ),
  ).toBe('Pharmacists are the most underused clinicians in the country')
})

test('numbers that do not count from 1 in order are no list', () => {
  for (const text of [
    'we were 2) late and 3) tired',
    'it took 3) weeks',
    '1) only one item',
    'in 2019. 2 years later it closed',
  ]) {
    expect(joinNumberedItems(text)).toBe(text)
  }
})

test('other languages keep their own words: items become sentences, never joined with "and"', () => {
  expect(joinNumberedItems('1) les élèves décrochent 2) ils se disent nuls', false)).toBe(
    'Les élèves décrochent. Ils se disent nuls',
  )
  expect(joinNumberedItems('je cherche 1) deux écoles 2) un partenariat', false)).toBe(
    'je cherche deux écoles, un partenariat',
  )
  expect(joinNumberedItems('je cherche 1) deux écoles et 2) un partenariat', false)).toBe(
    'je cherche deux écoles et un partenariat',
  )
})

test('any text: never throws, and every word of an item is kept', () => {
  fc.assert(
    fc.property(
      fc.array(fc.stringMatching(/^[a-z]{1,8}$/u), { minLength: 2, maxLength: 4 }),
      (words) => {
        const raw = words.map((word, i) => `${i + 1}) ${word} works`).join(' ')
        const said = joinNumberedItems(raw)
        for (const word of words) expect(said.toLowerCase()).toContain(word)
        expect(said).not.toMatch(/\d\)/u)
      },
    ),
  )
})

test('a pitch never says the numbers a person typed their points with', () => {
  const answers: Answers = {
    ...emptyAnswers(),
    situation: 'work-project',
    stage: 'narrowing',
    problem: '1) older patients get confused by their pills 2) they end up in A&E',
    spark: 'Mr Donnelly came in with a bag of 11 boxes. He had been taking his late wife’s pills.',
    belief: '1) pharmacists are the most underused clinicians we have 2) that’s it',
    forWhom: '1) older folk 2) their families',
    workOn: 'a pilot of weekly pill packs',
  }
  for (const variant of [0, 1, 2]) {
    const drafts = composePitch(answers, { messages: composeEn, variant })
    const said = [drafts.hook, drafts.oneLiner, drafts.pitch, drafts.story].join(' ')
    expect(said).not.toMatch(/\b\d\)/u)
    expect(said).not.toMatch(/that’s it/iu)
  }
})
