// From reading spent persona set 50's drafts aloud: what the person does is said when a better
// world has taken the place of who it is for; the work's verb is not said twice ("making … made
// from"); a theme about "my work" is ours in a line we all share; who it is for is said without
// a fact typed after a dash; a mistake typed without who thinks it is people's; "That's when" is
// not said twice in a row; a belief cut mid-clause is left out of a one sentence in another
// language. (Answers written for these tests, not taken from a persona set.)
import { expect, test } from 'vitest'
import { emptyAnswers, type Answers } from '@/domain/pitch/answers'
import { composePitch } from '@/domain/pitch/compose-pitch'
import { composeEn, draftsInEnglish } from '../../support/compose-en'

const base: Answers = {
  ...emptyAnswers(),
  situation: 'cause',
  stage: 'convening',
  name: 'Ana',
  problem: 'the swimming pool in our town shut and kids cant swim anymore',
  spark:
    'my neighbour’s boy jumped off the pier last summer to look brave in front of his mates. he went under twice before a fisherman pulled him out by the hood. he was 13 and had never been in a pool',
  workOn: 'free swimming lessons at the lido for kids who never learned',
  forWhom: 'kids in our town whose parents cant pay for lessons, and the parents themselves',
  affected: 'kids 8 to 14 in our town',
  belief: 'every kid should be able to save themselves in water',
  betterWorld: 'every kid in town leaves primary school able to swim 25 metres',
  theme: 'feeling safe near water',
  coreWord: 'float',
}

const drafts = draftsInEnglish

test('when a better world takes the place of who it is for, what the person does is said in the room it leaves', () => {
  const ward: Answers = {
    ...base,
    situation: 'work-project',
    stage: 'growing',
    problem: 'stroke patients go home and the family has had no training at all',
    spark:
      "a woman came back in with a grade 4 pressure sore. her son was crying at the bedside saying 'nobody told us we had to turn her every two hours'",
    workOn: 'teaching families before discharge',
    forWhom:
      'stroke patients and their families, mostly the daughters and sons-in-law who end up doing the care',
    affected: 'stroke patients',
    mistake: 'we think our job ends at discharge',
    betterWorld: 'no family takes someone home without knowing how to care for them',
    theme: 'not being left alone with it',
    coreWord: 'handover',
  }
  const storyFirst = composePitch(ward, { messages: composeEn, variant: 1 }).pitch
  expect(storyFirst).toMatch(/I want a world where no family takes someone home/u)
  expect(storyFirst).toMatch(/teaching families before discharge/u)
})

test('the work is not introduced with the verb it says again ("making … made from")', () => {
  const cups: Answers = {
    ...base,
    situation: 'creative',
    workOn: 'an exhibition of 200 bowls made from river clay',
  }
  const steel: Answers = {
    ...base,
    situation: 'creative',
    workOn: 'an album recorded inside the old shipyard',
  }
  for (const answers of [cups, steel]) {
    for (const { pitch, oneLiner } of drafts(answers)) {
      const text = `${pitch} ${oneLiner}`
      expect(text).not.toMatch(/I’m making an exhibition of 200 bowls made/u)
      expect(text).not.toMatch(/I’m recording an album recorded/u)
    }
  }
  expect(drafts(cups)[0]?.oneLiner).toMatch(/an exhibition of 200 bowls made from river clay/u)
})

test('a theme about "my work", said as something we all know, is about our work; "my mum" stays hers', () => {
  const legacy: Answers = { ...base, theme: 'wanting my work to leave something behind' }
  const shared = drafts(legacy).map((d) => d.pitch)
  expect(shared.join(' ')).not.toMatch(
    /We all know (?:the feeling of|what it’s like to) want(?:ing)? my work/u,
  )
  expect(shared.join(' ')).toMatch(/our work to leave something behind/u)
  const kin: Answers = { ...base, theme: 'cooking the way my mum did' }
  expect(
    drafts(kin)
      .map((d) => d.pitch)
      .join(' '),
  ).not.toMatch(/our mum/u)
})

test('who it is for is said without a fact typed after a dash; a list after a dash stays', () => {
  const fact: Answers = {
    ...base,
    forWhom: '',
    affected: 'young carers - about 1 in 12 teenagers look after someone at home',
  }
  const text = drafts(fact)
    .map((d) => d.pitch)
    .join(' ')
  expect(text).not.toMatch(/young carers - about 1 in 12/u)
  const list: Answers = {
    ...base,
    forWhom: '',
    affected: 'children on long stay wards - oncology, cardiac and burns',
  }
  expect(
    drafts(list)
      .map((d) => d.pitch)
      .join(' '),
  ).toMatch(/children on long stay wards - oncology, cardiac and burns/u)
})

test('a mistake typed without who thinks it is said as what people think', () => {
  const answers: Answers = { ...base, mistake: 'think its just kids being reckless' }
  const text = drafts(answers)
    .map((d) => `${d.pitch} ${d.story}`)
    .join(' ')
  expect(text).not.toMatch(/(?:^|[.?!]\s)Think it/u)
  expect(text).toMatch(/People think it’s just kids being reckless\./u)
})

test('after a moment that ends "That\'s when…", the word is not found with a second "That\'s when"', () => {
  const answers: Answers = {
    ...base,
    spark:
      'my gran taught half the street to swim in the 1960s. she never made a fuss about it. we found her old whistle in a drawer after she died. thats when i signed up to train as an instructor',
  }
  for (const { pitch } of drafts(answers)) {
    expect(pitch).not.toMatch(/That’s when I signed up to train as an instructor\. That’s when/u)
  }
})

test('a belief that would be cut mid-clause is left out of the one sentence in another language', () => {
  const answers: Answers = {
    ...emptyAnswers(),
    situation: 'job',
    stage: 'growing',
    problem:
      'în satul meu nu există nimeni care să repare biciclete, oamenii merg 40 de km la oraș',
    spark:
      'am lucrat 5 ani în Italia într-un atelier de biciclete. bunicul meu merge pe jos la piață',
    workOn: 'un post de mecanic de biciclete la un atelier din județ sau să deschid unul al meu',
    belief:
      'nu trebuie să pleci din țară ca să ai o meserie bună și să trăiești frumos lângă familia ta',
    coreWord: 'acasă',
    theme: 'să te întorci acasă',
  }
  const { oneLiner } = composePitch(answers, { messages: composeEn, variant: 0 })
  expect(oneLiner).toMatch(/un post de mecanic de biciclete/u)
  // Said whole, or not at all: never cut off mid-clause ("…nu trebuie să pleci din țară ca.").
  if (oneLiner.includes('nu trebuie')) expect(oneLiner).toMatch(/lângă familia ta\.?$/u)
})
