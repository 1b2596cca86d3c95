// How the composer says the problem, the world and a moment told short, from drafts read aloud:
// a question-first pitch asks about the problem the person typed rather than "Have you ever
// noticed something nobody else seemed to see?"; the teller's own place is asked as news; a
// state wished for is not "seen"; a long "noun phrase" is not "run into"; a moment told short
// keeps the line its "those" points at.
import { expect, test } from 'vitest'
import { emptyAnswers, type Answers } from '@/domain/pitch/answers'
import { composePitch } from '@/domain/pitch/compose-pitch'
import { composeEn } from '../../support/compose-en'

const base: Answers = {
  ...emptyAnswers(),
  situation: 'cause',
  stage: 'vague',
  name: 'Sam',
  workOn: 'a dance piece with dancers over 70',
  spark: 'My mother, 84, dances alone in her kitchen when she thinks nobody is watching.',
  forWhom: 'older women',
}

const questionFirst = (answers: Answers) =>
  composePitch(answers, { messages: composeEn, variant: 2 }).pitch
const allDrafts = (answers: Answers) =>
  [0, 1, 2]
    .map((variant) => {
      const d = composePitch(answers, { messages: composeEn, variant })
      return [d.pitch, d.story].join(' ')
    })
    .join(' ')

test('with a theme and no word, the question-first pitch asks about the problem they typed', () => {
  const pitch = questionFirst({
    ...base,
    problem: 'Old bodies are invisible on stage. Dancers retire at 40 like footballers.',
    theme: 'still being seen',
  })
  expect(pitch).toMatch(/^Have you ever noticed that old bodies are invisible on stage\? /u)
  expect(pitch).not.toMatch(/nobody else seemed to see/u)
  // The theme still answers it.
  expect(pitch).toMatch(/For me, it comes down to still being seen\./u)
})

test('a problem in the teller’s own place is asked as news, and not followed by "we see it everywhere"', () => {
  const pitch = questionFirst({
    ...base,
    situation: 'business',
    workOn: 'a bookshop',
    spark: '',
    problem: 'Our town of 3,000 has no bookstore, the nearest is 45 minutes away in Lexington.',
  })
  expect(pitch).toMatch(/^Did you know that our town of 3,000 has no bookstore, the nearest is/u)
  expect(pitch).not.toMatch(/Have you ever noticed that our/u)
  expect(pitch).not.toMatch(/Once we notice it, we see it everywhere/u)
})

test('a problem that is the teller’s own, after a place, is not asked as something the listener noticed', () => {
  const pitch = questionFirst({
    ...base,
    problem: 'in care home we are doing nurse work but paid like cleaner',
  })
  expect(pitch).not.toMatch(/noticed that in care home we/u)
})

test('a preposition before a place is lowered inside a frame ("that in Marseille…")', () => {
  const pitch = questionFirst({
    ...base,
    problem: 'In Marseille thousands of families live in buildings that are falling',
    theme: 'safe at home',
  })
  expect(pitch).not.toMatch(/that In Marseille/u)
})

test('a better world typed as how things should be is wished for, not seen', () => {
  const drafts = allDrafts({ ...base, betterWorld: 'cheaper for everyone' })
  expect(drafts).not.toMatch(/I want to see cheaper/u)
  expect(drafts).toMatch(/I want things to be cheaper for everyone\./u)
  // A thing to see is still seen.
  expect(allDrafts({ ...base, betterWorld: 'safer streets for kids' })).toMatch(
    /I want to see safer streets for kids\./u,
  )
  // A lone word is too little to say as a world.
  expect(allDrafts({ ...base, betterWorld: 'louder' })).not.toMatch(/things to be louder/u)
})

test('a long problem the tagger reads as a thing is not "run into"', () => {
  const drafts = allDrafts({
    ...base,
    problem: 'kids in foster care move their whole lives in black trash bags',
  })
  expect(drafts).not.toMatch(/I keep running into kids in foster care move/u)
  expect(
    allDrafts({ ...base, problem: 'how people walk past the paintings in 4 seconds' }),
  ).toMatch(/I keep seeing how people walk past the paintings in 4 seconds\./u)
  // A short thing still is.
  expect(allDrafts({ ...base, problem: 'school lunch debt' })).toMatch(
    /I keep running into school lunch debt\./u,
  )
})

test('a moment told short keeps the line that its "those" points at', () => {
  const answers: Answers = {
    ...base,
    situation: 'business',
    stage: 'narrowing',
    workOn: 'seated-cut jeans for wheelchair users',
    problem: 'jeans are cut for standing',
    spark:
      "I'm a C6 incomplete since 2016. I cut the back pockets off every pair I own with kitchen scissors. My PT said 'you should sell those' as a joke",
    coreWord: 'seated',
    theme: 'being seen as stylish, not as a patient',
    betterWorld: "you get dressed in the morning and don't think about your chair once",
  }
  for (const variant of [0, 1, 2]) {
    const { pitch } = composePitch(answers, { messages: composeEn, variant })
    if (pitch.includes('sell those')) expect(pitch).toMatch(/kitchen scissors/u)
  }
})

test('a problem typed as people or things, with no word and no theme, is asked as something to think about', () => {
  const asked = (problem: string) => questionFirst({ ...base, problem, spark: '' })
  expect(
    asked('public health funerals. if your family cant pay, the council cremates you'),
  ).toMatch(/^Have you ever thought about public health funerals\? /u)
  expect(asked('salons too loud and bright for autistic people')).toMatch(
    /^Have you ever thought about salons too loud and bright for autistic people\? /u,
  )
  // Not the teller's own, nor a doing, nor a clause the tagger took for a thing.
  for (const problem of [
    "dad's hands",
    'attendance officer at a secondary. about 1 in 5 kids is persistently absent',
    'literally everyone vapes in the 2nd floor bathroom',
    'something about young men',
    'supermarkets bin perfectly good food every night',
  ]) {
    expect(asked(problem)).not.toMatch(/thought about/u)
  }
})

test('a theme of two things lived, the second after "still", is not asked as one feeling', () => {
  const drafts = allDrafts({
    ...base,
    coreWord: 'home',
    theme: 'being gone and still belonging somewhere',
  })
  expect(drafts).not.toMatch(/feel gone and still belonging/u)
})

test('a theme with a thing and whose it is keeps its form, and anyone’s mother stays "your"', () => {
  const drafts = allDrafts({
    ...base,
    coreWord: 'thread',
    theme: 'keeping the language your grandmother dreams in',
  })
  expect(drafts).not.toMatch(/We all know this: keeping/u)
  expect(drafts).not.toMatch(/\bour grandmother dreams/u)
  // Another "you" in the theme is ours too, and so is the grandmother then.
  expect(
    allDrafts({
      ...base,
      coreWord: 'kitchen',
      theme: "carrying your grandmother's kitchen with you",
    }),
  ).not.toMatch(/your grandmother's kitchen with us/u)
})
