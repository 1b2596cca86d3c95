// From reading spent persona set 55's drafts aloud: what a person typed is said the way they
// typed it. The name of their work keeps its capitals ("Charm City Diaper Bank", "Koor, remote
// rehearsal for choirs", not "charm city diaper bank", "koor"); a name with what it is ("PayDay,
// invoice tracking…") is worked on, never said bare as a sentence; peoples listed in capitals
// keep them ("Muslim, Jewish, vegetarian employees"). (Answers written for these tests, not
// taken from a persona set.)
import { expect, test } from 'vitest'
import { emptyAnswers, type Answers } from '@/domain/pitch/answers'
import { typedWorkName } from '@/domain/language/work-name'
import { draftsInEnglish } from '../../support/compose-en'

const base: Answers = {
  ...emptyAnswers(),
  situation: 'business',
  stage: 'growing',
  name: 'Ama',
  problem: 'small tailors wait months to get paid by the big shops',
  affected: 'tailors, seamstresses and their apprentices',
  spark:
    'My aunt sewed 200 school uniforms for a chain store in 2019 and waited five months for the money. She sold her second machine to pay rent.',
  belief: 'getting paid on time is a right, not a favour',
  betterWorld: 'a tailor gets paid the week she delivers',
  workOn: 'a payment reminder service for tailors',
  theme: 'waiting for what you are owed',
  coreWord: 'fairness',
}

const all = (answers: Answers) =>
  draftsInEnglish(answers).flatMap((d) => [d.pitch, d.story, d.oneLiner, d.hook])

test('the name of the work keeps the capitals it was typed with', () => {
  for (const name of [
    'Stitch Pay Lagos',
    'Needle And Thread Fund',
    'No Late Invoices',
    'Kente Cash, payment reminders for tailors',
    'Ọjà, a payment app for market tailors',
    'Tollo, payment reminders for tailors',
    'Stitching Forward, payment reminders for tailors',
  ]) {
    const said = all({ ...base, workOn: name }).join(' ')
    const typed = name.split(',')[0] ?? name
    expect(said).toContain(`working on ${typed}`)
    expect(said).not.toContain(`working on ${typed.toLowerCase()}`)
  }
})

test('a doing or a doubt typed in capitals is not read as a name', () => {
  expect(typedWorkName('Writing My First Novel')).toBeNull()
  expect(typedWorkName('Writing Poems')).toBeNull()
  expect(typedWorkName('Start A Payment Service')).toBeNull()
  expect(typedWorkName('Maybe, a payment app')).toBeNull()
  expect(typedWorkName('Honestly, something for tailors')).toBeNull()
  expect(typedWorkName('I Want To Help Tailors')).toBeNull()
  expect(typedWorkName('STITCH PAY')).toBeNull()
  expect(typedWorkName('Charm City Diaper Bank')).toBe('Charm City Diaper Bank')
  expect(typedWorkName('Koor, remote rehearsal for choirs')).toBe('Koor')
})

test('a name and what it is is worked on, never said bare as a sentence', () => {
  const said = all({ ...base, workOn: 'PayDay, invoice tracking for African tailors' })
  for (const text of said) {
    expect(text).not.toMatch(/(?:^|[.!?]\s+)PayDay, invoice tracking/u)
  }
  expect(said.join(' ')).toMatch(/working on PayDay, invoice tracking for African tailors/u)
})

test('peoples listed with their capitals keep them inside a sentence', () => {
  const said = all({
    ...base,
    affected: 'Muslim, Jewish, vegetarian tailors, anyone whose shop is always paid last',
  }).join(' ')
  expect(said).not.toMatch(/\bmuslim\b/u)
  expect(said).toMatch(/Muslim, Jewish, vegetarian tailors/u)
})

test('a wished-for world with its own verb after a year is a world where it happens', () => {
  const said = all({
    ...base,
    betterWorld: 'a kid in 2040 can put on her aunt’s dress and know who made it',
  }).join(' ')
  expect(said).not.toMatch(/I want to see a kid in 2040 can/u)
  expect(said).toMatch(/I want a world where a kid in 2040 can put on her aunt’s dress/u)
})

test('a belief whose subject is a thing in -ing is believed as a sentence, not "believed in"', () => {
  const said = all({ ...base, belief: 'waiting rooms deserve beauty too' }).join(' ')
  expect(said).not.toMatch(/I believe in waiting rooms deserve/u)
  expect(said).toMatch(/I believe (?:that )?waiting rooms deserve beauty too/u)
  // A saying typed as a command: what follows from it, said as the condition it is.
  const saying = all({ ...base, belief: 'pay the maker and you get the quality' }).join(' ')
  expect(saying).not.toMatch(/I believe pay the maker/u)
  expect(saying).toMatch(/if you pay the maker, you get the quality/u)
})

test('letters counting items inside a sentence are not said, nor left dangling', () => {
  const said = all({
    ...base,
    problem:
      'tailors are paid 90 days late and keep working for free meanwhile, which is (a) unfair and (b) invisible in every bank statement',
  })
  for (const text of said) {
    expect(text).not.toMatch(/\((?:a|b)\)/u)
    expect(text).not.toMatch(/which is[?.]/u)
  }
})

test('the word typed is the word quoted, however the sentences say it', () => {
  const hooks = draftsInEnglish({
    ...base,
    theme: 'patience',
    coreWord: 'together',
  }).map((d) => d.hook)
  for (const hook of hooks) expect(hook).not.toMatch(/my word for it is being together/u)
  expect(hooks.join(' ')).toMatch(/my word for it is “together”/u)
})

test('who is among the people is not listed as one more group of them', () => {
  const said = all({ ...base, forWhom: 'tailors who feel stuck, myself included' }).join(' ')
  expect(said).not.toMatch(/and myself included/u)
  expect(said).toMatch(/tailors who feel stuck, myself included/u)
})

test('a unit typed before things counted describes them', () => {
  const said = all({
    ...base,
    spark:
      'My aunt did 14 hr shifts at her machine for a chain store and waited five months to be paid.',
  }).join(' ')
  expect(said).not.toMatch(/14 hours shifts/u)
  expect(said).toMatch(/14-hour shifts/u)
})

test('a sentence typed after a figure and a stop starts with a capital in English', () => {
  const said = all({
    ...base,
    spark: 'My aunt fainted at her machine in unit 14. ambulance came an hour later',
  }).join(' ')
  expect(said).not.toMatch(/unit 14\. ambulance/u)
  expect(said).toMatch(/unit 14\. Ambulance came/u)
})

test('a moment that ends on "That’s why" is not answered with "That’s why" again', () => {
  const said = all({
    ...base,
    spark:
      'My aunt sewed uniforms for a chain store and waited five months for her money. That’s why I learned bookkeeping.',
  })
  for (const text of said)
    expect(text).not.toMatch(/That’s why I learned bookkeeping\. That’s why/u)
})

test('at work, a piece of work is led and a thing made is worked on', () => {
  const project = { ...base, situation: 'work-project' as const, stage: 'narrowing' as const }
  const dashboard = all({ ...project, workOn: 'a live payments dashboard for the finance team' })
  expect(dashboard.join(' ')).not.toMatch(/leading a live payments dashboard/u)
  expect(dashboard.join(' ')).toMatch(/working on a live payments dashboard/u)
  const pilot = all({ ...project, workOn: 'a two-week invoicing pilot for the finance team' })
  expect(pilot.join(' ')).toMatch(/leading a two-week invoicing pilot/u)
})

test('a way of going on is not asked as a thing done once ("Have you ever come home?")', () => {
  for (const theme of ['coming home safe', 'fitting in at work', 'staying in the conversation']) {
    const said = all({ ...base, theme, coreWord: 'fairness' })
    for (const text of said) {
      expect(text).not.toMatch(/Have you ever (?:come|fit|stayed)\b[^?]*\? Most of us have/u)
    }
  }
  // A thing done once still is.
  const once = all({ ...base, theme: 'starting over', coreWord: 'fairness' }).join(' ')
  expect(once).toMatch(/Have you ever started over\?/u)
})

test('a thing run, named in a few words before what it is for, is counted with its article', () => {
  const said = all({ ...base, workOn: 'text and door-knock reminder network for two markets' })
  expect(said.join(' ')).not.toMatch(/(?:on|building) text and door-knock/u)
  expect(said.join(' ')).toMatch(/(?:working on|building) a text and door-knock reminder network/u)
})

test('a word the composer heard, not typed, is not named as the person’s own ("I call that…")', () => {
  const said = all({
    ...base,
    coreWord: '',
    theme: '',
    problem: 'office catering is the same sad sandwich platter everywhere',
    belief: 'everyone should be able to eat the same meal at the same table',
    workOn: 'halal catering for offices',
  })
  for (const text of said) expect(text).not.toMatch(/I call that catering/u)
})
