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
  for (const text of everything(laughed)) expect(text).not.toMatch(/\) And then/u)
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
