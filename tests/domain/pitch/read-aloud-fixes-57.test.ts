// From reading spent persona set 57's drafts aloud: what it took is said with its "it" whatever
// the number; a doing still being thought about is said as one, and a thing with its article; a
// title in capitals is no verb; a question asked with its last word stays whole; a line that ends
// on its helping verb, or opens on "honestly it…", keeps the line it leans on; a theme said of us
// at the start is said of us at the end; people seen doing something are a sight to see, and a
// thing still there has its article; miles, seconds and a few shorthands are said in full; "first
// time I…" has its "the"; and a moment's "tried to…", "sat in…" have their "I". (Answers written
// for these tests, not taken from a persona set.)
import { expect, test } from 'vitest'
import { emptyAnswers, type Answers } from '@/domain/pitch/answers'
import { readAnswer, withDroppedSubject } from '@/domain/language/english'
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

test('what it took is said with its "it", whatever the number ("took me 20 min…")', () => {
  const said = withDroppedSubject('my gran rang me. took me 20 min to read it to her')
  expect(said).toContain('It took me 20')
  expect(said).not.toMatch(/I took me/iu)
})

test('a thing still being thought about is said with its article ("a peer review circle")', () => {
  for (const line of drafts({ ...base, workOn: 'peer review circle maybe' }).map(
    (d) => d.oneLiner,
  )) {
    expect(line).toContain('a peer review circle')
  }
})

test('a thing and the lending done with it is no verb ("skate lending maybe")', () => {
  for (const text of everything({ ...base, workOn: 'skate lending maybe' })) {
    expect(text).not.toMatch(/want to skate lending/iu)
  }
  expect(drafts({ ...base, workOn: 'skate lending maybe' })[0]?.oneLiner).toContain(
    'thinking about skate lending',
  )
})

test('a doing still being thought about is said as one ("thinking about reopening…")', () => {
  const answers = { ...base, workOn: 'maybe reopen the old boathouse' }
  for (const text of everything(answers)) expect(text).not.toContain('Maybe reopen')
  expect(drafts(answers)[0]?.oneLiner).toContain('thinking about reopening the old boathouse')
})

test('a title in capitals before what it is is no verb ("Read to Them, a library scheme")', () => {
  const answers = { ...base, workOn: 'Read to Them, a library scheme for the towpath cafes' }
  for (const text of everything(answers)) expect(text).not.toMatch(/want to Read to Them/u)
  expect(drafts(answers)[0]?.oneLiner).toContain('working on Read to Them, a library scheme')
})

test('a question asked with its last word keeps it ("I said for what?")', () => {
  const read = readAnswer('My boss said we could charge double. I said for what?', [])
  expect(read.text).toMatch(/for what\?$/u)
  const spark = 'The landlord said the lights were coming. I said by when?'
  for (const text of everything({ ...base, spark })) expect(text).not.toMatch(/I said by\./u)
})

test('a line that ends on its helping verb is not kept without the line it leans on', () => {
  const spark =
    'Last November I pulled a man and his dog out of the canal at 2am. Man and dog both fine. The next one might not be.'
  for (const pitch of drafts({ ...base, spark }).map((d) => d.pitch)) {
    if (pitch.includes('The next one might not be')) expect(pitch).toContain('both fine')
  }
})

test('"As a boy I…" names no one a later "him" can point at', () => {
  const answers = {
    ...base,
    stage: 'convening' as const,
    coreWord: 'canal',
    theme: 'what we hand to our grandchildren',
    workOn: 'a citizens trust to clean up the canal',
    affected: 'All residents near the canal, anglers, herons also',
    betterWorld: 'I want to see children swimming in the canal again',
    spark:
      'As a boy I fished in the canal by the old mill. Last year I took my grandson there and he asked why is the water brown. I had no answer for him only.',
  }
  for (const pitch of drafts(answers).map((d) => d.pitch)) {
    if (pitch.includes('I had no answer for him')) expect(pitch).toContain('grandson')
  }
})

test('a line that opens on a word said for feeling leans back like one that opens on "it"', () => {
  const spark =
    'Last November I found a man lying on the towpath with a broken wrist, just past the lock gates. He told me he had been lying there in the dark for over an hour and nobody had walked past. Honestly it broke me.'
  for (const pitch of drafts({ ...base, spark }).map((d) => d.pitch)) {
    if (pitch.includes('Honestly it broke me')) expect(pitch).toContain('in the dark')
  }
})

test('a theme said of all of us at the start is said of us at the end too', () => {
  const answers = {
    ...base,
    coreWord: '',
    theme: 'becoming the neighbour you wish you had',
  }
  for (const pitch of drafts(answers).map((d) => d.pitch)) {
    if (pitch.includes('the neighbour we wish we had')) {
      expect(pitch).not.toContain('the neighbour you wish you had')
    }
  }
  expect(drafts(answers).some((d) => d.pitch.includes('the neighbour we wish we had'))).toBe(true)
})

test('people seen doing something are a sight, whatever verb follows ("I want to see…")', () => {
  const betterWorld = 'kids in our valley speaking the language their nain spoke'
  const pitches = drafts({ ...base, betterWorld }).map((d) => d.pitch)
  for (const pitch of pitches) expect(pitch).not.toMatch(/a world where kids in our valley/iu)
  expect(pitches.some((pitch) => pitch.includes('I want to see kids in our valley'))).toBe(true)
  // (With a verb of their own after it, they are the subject of a world: "…opens a lamp app".)
  const own = 'someone walking home late opens the app and sees every lamp lit'
  for (const pitch of drafts({ ...base, betterWorld: own }).map((d) => d.pitch)) {
    expect(pitch).not.toContain('I want to see someone walking home late opens')
  }
})

test('a thing still there is said with its article ("the pub still open…")', () => {
  const pitches = drafts({ ...base, betterWorld: 'pub still open in 20 yrs' }).map((d) => d.pitch)
  for (const pitch of pitches) expect(pitch).not.toMatch(/us to pub/iu)
  expect(pitches.some((pitch) => pitch.includes('the pub still open in 20 years'))).toBe(true)
})

test('miles, seconds, an apartment, a department and experience are said in full', () => {
  expect(readAnswer('walked 12 mi to the clinic', []).text).toContain('12 miles')
  expect(readAnswer('you can report it in 30 sec', []).text).toContain('30 seconds')
  expect(readAnswer('lost his job and his apt in a month', []).text).toContain('apartment')
  expect(readAnswer('nobody in the dept knew', []).text).toContain('department')
  expect(readAnswer('nurses with 15 years exp', []).text).toContain('experience')
})

test('a moment that opens on "first time I…" has its "the"; "tried to", "sat in" their "I"', () => {
  expect(withDroppedSubject('first time i rode the night bus alone i was 15')).toMatch(
    /^The first time i rode/u,
  )
  expect(withDroppedSubject('tried to fix the light myself with a ladder')).toMatch(/^I tried/u)
  expect(withDroppedSubject('sat in the car park for an hour')).toMatch(/^I sat/u)
  // (Done to the person, it stays as typed.)
  expect(withDroppedSubject('asked to leave the meeting')).toMatch(/^asked/u)
})
