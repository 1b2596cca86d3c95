// From reading spent persona set 58's drafts aloud: an aside's own "!" or "?" ends no sentence; an
// answer to a question the moment does not tell goes with it; a belief with a verb of its own is
// believed as a clause, and a thing with a clause of its own is believed in; a doing that opens
// what someone works on is not what the pitch is about; a participle nobody feels is the person's
// word, not a feeling; and a booth is a thing. (Answers written for these tests, not taken from a
// persona set.)
import { expect, test } from 'vitest'
import { emptyAnswers, type Answers } from '@/domain/pitch/answers'
import { draftsInEnglish } from '../../support/compose-en'

const base: Answers = {
  ...emptyAnswers(),
  situation: 'cause',
  stage: 'vague',
  name: 'Ife',
  problem: 'the canal path has no lights and people get hurt on it every winter',
  affected: 'people who walk home from late shifts',
  spark: 'Last November I found a man lying on the towpath with a broken wrist.',
  belief: 'a dark path is a closed path',
  betterWorld: 'every stretch of the towpath lit by next winter',
  workOn: 'a petition to the council',
  theme: 'getting home safe',
  coreWord: 'light',
}

const drafts = (answers: Answers) => draftsInEnglish(answers)
const everything = (answers: Answers) =>
  drafts(answers).flatMap((d) => [d.pitch, d.story, d.oneLiner, d.hook])

test('an aside that ends on "!" or "?" ends no sentence ("my uncle (52!!) admitted…")', () => {
  const answers = {
    ...base,
    spark:
      'at a party my grandad (81!!) admitted he had never learned to ride a bike. he learned in a week and rode round the block twice',
  }
  for (const text of everything(answers)) {
    expect(text).not.toMatch(/\(81!\) [A-Z]/u)
    expect(text).not.toMatch(/\(81!\)\s*$/u)
  }
  expect(drafts(answers).some((d) => d.pitch.includes('(81!) admitted he had never'))).toBe(true)
  const laughed = {
    ...base,
    spark:
      'The officer read my form and laughed (kindly I think?) and then stamped it without a word.',
  }
  for (const text of everything(laughed)) {
    expect(text).not.toMatch(/\) And then/u)
    // (Nor its doubt said as a stop: "(kindly I think.) and then".)
    expect(text).not.toMatch(/think\.\)/u)
  }
})

test('an answer to a question the moment does not tell goes with it ("I do. He was 6.")', () => {
  const answers = {
    ...base,
    spark:
      'do you know what its like to get a call that your daughter is in an ambulance because of a peanut? I do. she was 7.',
  }
  for (const d of drafts(answers)) {
    expect(d.pitch).not.toMatch(/(?:^|[.?!] )I do\./u)
  }
  expect(drafts(answers).some((d) => d.pitch.includes('I know what it’s like to get a call'))).toBe(
    true,
  )
})

test('a belief with a verb of its own is believed as a clause, a thing as a thing', () => {
  const clause = (belief: string) => drafts({ ...base, belief }).map((d) => d.oneLiner)
  for (const line of clause('the switch to solar needs installers. simple')) {
    expect(line).not.toContain('believe in the switch')
  }
  for (const line of clause('Laughing about it is how you get through it.')) {
    expect(line).not.toContain('believe in laughing')
  }
  for (const line of clause('a town where everyone has a key to the hall')) {
    expect(line).toContain('believe in a town where')
  }
  for (const line of clause('the kids who need it most')) {
    expect(line).toContain('believe in the kids who')
  }
})

test('a doing that opens what someone works on is not the word it comes down to', () => {
  const answers = {
    ...base,
    theme: '',
    coreWord: '',
    workOn: 'replacing broken streetlights along the canal',
    spark: 'Last year we replaced one light ourselves and the mugging stopped that month.',
  }
  for (const text of everything(answers)) expect(text).not.toMatch(/\breplacing\b[.?]/iu)
  const calling = {
    ...base,
    theme: '',
    coreWord: '',
    forWhom: 'walkers who stopped calling anyone for a lift',
    mistake: 'they call it a lighting budget and move on',
  }
  for (const text of everything(calling)) expect(text).not.toMatch(/about calling|to calling/iu)
})

test('a participle nobody feels is the person’s word, never "feeling told"', () => {
  for (const coreWord of ['told', 'accounted']) {
    for (const text of everything({ ...base, coreWord })) {
      expect(text).not.toMatch(/feel(?:ing)? (?:told|accounted)\b/iu)
    }
  }
  expect(drafts({ ...base, coreWord: 'heard' })[0]?.pitch).toContain('feeling heard')
})

test('a booth is a thing, said as the person’s word ("It comes down to booth." was said)', () => {
  for (const text of everything({ ...base, coreWord: 'booth' })) {
    expect(text).not.toMatch(/(?:about|to|why) booth\b/iu)
  }
})

test('a moment is never cut to the time before its clause ("The week after the paper closed.")', () => {
  const answers = {
    ...base,
    spark:
      'The week after the ferry stopped running, the council voted itself a 30% raise at a meeting where nobody from the island could get across to speak, and one of them laughed about it on the radio.',
  }
  for (const d of drafts(answers)) {
    expect(d.pitch).not.toMatch(/The week after the ferry stopped running\./u)
    expect(d.pitch).not.toMatch(/a 30%\./u)
  }
})

test('a list of what a thing is is said to its last word ("loud, bright and crowded")', () => {
  const answers = {
    ...base,
    coreWord: '',
    theme: '',
    problem:
      'Libraries are loud, bright and crowded, and families with autistic or anxious children simply never come, or come once and leave after ten minutes with their hands over their ears.',
  }
  for (const text of everything(answers)) expect(text).not.toMatch(/loud, bright\./u)
  expect(drafts(answers)[0]?.hook).toContain('loud, bright and crowded')
})

test('a last line that leans on the line before keeps it ("…asking for some too")', () => {
  const answers = {
    ...base,
    spark:
      'my gran was on the ward for 5 weeks and she stopped eating, lost a stone, i started bringing soup in a flask and the nurses started asking for some too',
  }
  for (const d of drafts(answers)) {
    expect(d.pitch).not.toMatch(/for 5 weeks and the nurses started asking for some too/u)
  }
  const told = {
    ...base,
    spark:
      'My dad is blind. When the letter from the council came I read it to him at age 9 and skipped the hard words. I told him it said everything was fine. I didn’t know if that was true.',
  }
  for (const d of drafts(told)) {
    if (d.pitch.includes('if that was true')) expect(d.pitch).toContain('everything was fine')
  }
})

test('a moment comes back to the person in it, as named ("that regular", "my mum’s grocery list")', () => {
  const said = (spark: string) => drafts({ ...base, coreWord: '', theme: '', spark })
  const regular = said('I lost a regular to the cold in 2019 he sat on my bench the week before.')
  expect(regular.some((d) => /that regular/u.test(d.pitch))).toBe(true)
  for (const d of regular) expect(d.pitch).not.toMatch(/about my bench/u)
  const list = said(
    'I found my dad’s shopping list in his coat 8 months after. I never threw it out.',
  )
  for (const d of list) expect(d.pitch).not.toMatch(/my dad’s shopping\./u)
  const couple = said(
    'A young couple came in last month with a broken lamp in a carrier bag and I spent an hour showing them how to fix it.',
  )
  expect(couple.some((d) => /that young couple/u.test(d.pitch))).toBe(true)
})

test('"told you you were" keeps both, a title in capitals is a title, a name keeps its capital', () => {
  const theme = drafts({ ...base, theme: 'the first teacher who told you you were clever' })
  expect(theme.some((d) => d.pitch.includes('told you you were clever'))).toBe(true)
  for (const d of drafts({ ...base, workOn: 'a podcast called NOBODY WARNED US for new carers' })) {
    expect(d.oneLiner).toContain('Nobody Warned Us')
  }
  const named = drafts({
    ...base,
    coreWord: '',
    theme: '',
    problem: "Huntington's takes your words first, and then people stop waiting for them",
  })
  for (const d of named) expect(`${d.hook} ${d.pitch}`).not.toContain("huntington's")
})

test('"see above", a kiss and "whod" are never said', () => {
  const answers = {
    ...base,
    spark: 'see above lol. also a man once asked if I was lost, on my own street x',
    affected: 'people whod walk home anyway',
  }
  for (const text of everything(answers)) {
    expect(text).not.toMatch(/see above|street x\b|\bAlso a man/iu)
    expect(text).not.toMatch(/\bwhod\b/u)
  }
})

test('a theme that asks who or how is one we all wonder, not one we know', () => {
  const answers = { ...base, theme: 'who walks you home when nobody else will' }
  for (const d of drafts(answers)) {
    expect(d.pitch).not.toMatch(/We all know (?:this|it): who/u)
    expect(d.pitch).not.toMatch(/seen it: who/u)
  }
  expect(drafts(answers).some((d) => d.pitch.includes('wonder who walks you home'))).toBe(true)
})

test('a "she" whose woman was left out of the moment is not told without her', () => {
  const answers = {
    ...base,
    theme: 'who looks out for us when the person who did is gone',
    coreWord: 'care',
    spark:
      'A farmer I had filled scripts for came back to the surgery twice in a month because his pill bottles all looked alike to him. His wife had always sorted them. She had died in the spring.',
  }
  for (const d of drafts(answers)) {
    if (/She had died/u.test(d.pitch)) expect(d.pitch).toContain('His wife')
  }
})

test('a doing guessed at is thought about, and one asked for alone has its article', () => {
  const guessed = {
    ...base,
    workOn: 'I guess getting lights put in along the path? or torches to borrow',
  }
  for (const d of drafts(guessed)) expect(d.oneLiner).not.toMatch(/I’m getting lights/u)
  expect(drafts(guessed)[0]?.oneLiner).toContain('thinking about getting lights')
  const asks = { ...base, stage: 'narrowing' as const, asks: ['mentor from a lighting charity'] }
  expect(
    drafts(asks).some((d) => (d.invitation ?? '').includes('a mentor from a lighting charity')),
  ).toBe(true)
})

test('a job named after an acronym has its article, and a nurse’s "pts" are patients', () => {
  const job = { ...base, situation: 'job' as const, workOn: 'EV charger installer job' }
  for (const d of drafts(job)) expect(d.pitch).not.toMatch(/looking for EV charger/u)
  expect(drafts(job).some((d) => d.pitch.includes('an EV charger installer job'))).toBe(true)
  const ward = {
    ...base,
    spark:
      'a pt fell last night because nobody passed on the fall risk. pts on our floor deserve better',
  }
  for (const text of everything(ward)) expect(text).not.toMatch(/\bpts?\b/u)
  const scored = { ...base, spark: 'We scored 20 pts in the final and the whole street came out.' }
  expect(drafts(scored).some((d) => d.pitch.includes('20 pts'))).toBe(true)
  // (A PT, in capitals, is a physical therapist.)
  const therapist = {
    ...base,
    spark:
      'My gran fell getting out of the bath. I was a PT for 15 years and never trained her once.',
  }
  for (const text of everything(therapist)) expect(text).not.toContain('a patient for 15 years')
})
