// From reading spent persona set 53's drafts aloud: a moment told short keeps what happened. It
// starts where it happened, not on the person's record before it ("I have 30 years of experience
// in…"); it does not leap from its first line to its last over more than it keeps ("Mr Ochieng
// stopped coming to choir. Now we're 40 singers."); and the words someone said are kept a few
// words over the moment's length rather than lost. (Answers written for these tests, not taken
// from a persona set.)
import { expect, test } from 'vitest'
import { emptyAnswers, type Answers } from '@/domain/pitch/answers'
import { draftsInEnglish } from '../../support/compose-en'

const base: Answers = {
  ...emptyAnswers(),
  situation: 'job',
  stage: 'convening',
  name: 'Walter',
  problem: 'hospital signs are written for people who already know the building',
  affected: 'patients and visitors who get lost',
  belief: 'a sign should work for someone scared and in a hurry',
  betterWorld: 'nobody misses an appointment because they got lost in the corridors',
  workOn: 'moving into wayfinding design for hospitals',
  theme: 'finding your way when you are frightened',
  coreWord: 'clarity',
}

const pitches = (answers: Answers) => draftsInEnglish(answers).map((d) => d.pitch)

test('a moment told short starts where it happened, not on the person’s record', () => {
  const answers = {
    ...base,
    spark:
      'I have 31 years of experience in print design, including 9 years as art director at Harbour Press. When my wife was in for surgery I watched a man in a gown walk past the same lift three times, holding his own drip stand, looking for radiology.',
  }
  const told = pitches(answers)
  // Every opening tells the man with the drip stand.
  for (const pitch of told)
    expect(pitch).toMatch(/watched a man in a gown walk past the same lift/u)
  // The shorter tellings leave the record out.
  expect(told.filter((pitch) => /31 years of experience/u.test(pitch)).length).toBeLessThan(3)
  // A moment the person set against their record ("But the moment was…") starts on it, without
  // the "but" that pointed back at what was left out.
  const turned = {
    ...answers,
    spark:
      'Certified Public Accountant, 20 years in audit. But the moment was my uncle’s mosque: the treasurer moved £40,000 over six years. The elders who had given their savings sat in silence. Nobody had checked the books.',
  }
  const short = pitches(turned).filter((pitch) => !/Certified Public Accountant/u.test(pitch))
  expect(short.length).toBeGreaterThan(0)
  for (const pitch of short) {
    expect(pitch).not.toMatch(/\bBut the moment\b/u)
    expect(pitch).toMatch(/\bThe moment was my uncle’s mosque\b/u)
  }
})

test('a moment told short does not leap from its first line to its last', () => {
  const answers = {
    ...base,
    situation: 'cause' as const,
    workOn: 'a volunteer choir for people after a stroke',
    spark:
      'Mr Ochieng from my street stopped coming to church choir. I found out his stroke had taken most of his words, but he could still sing every hymn he knew. I started walking him to practice. Then his neighbour came too. Now we are 40 singers.',
    coreWord: 'voice',
    theme: 'being heard again',
  }
  for (const pitch of pitches(answers)) {
    // "Now we are 40 singers" said right after the first line, with how it came about left out.
    expect(pitch).not.toMatch(/stopped coming to church choir\. Now we are 40 singers/u)
  }
})

test('the words someone said are kept, a few words over, rather than lost', () => {
  const answers = {
    ...base,
    spark:
      'I walked the route with Mrs Adeyemi, 79, on two sticks. It took her 14 minutes. She sat down twice. At the last corner she said "this is why I stopped coming to my appointments." I had designed those signs myself.',
  }
  // The theme-first opening (told shortest but for the question-first one) keeps what she said.
  expect(pitches(answers)[0]).toContain('this is why I stopped coming to my appointments')
})
