// From reading spent persona set 54's drafts aloud: each answer said as the person holds it. A
// mistake typed "that we're fine once we're home" is what we keep telling ourselves, never the
// speaker's own claim; a work named by its day ("Saturday reading clubs…") or a word that only
// looks like "-in" for "-ing" ("tiffin service") is worked on; people "cut off" are not people
// "who cut off"; a world named as a thing and where it is ("work where nobody…") is seen; a
// moment whose first line only sets the scene is told with what happened next. (Answers written
// for these tests, not taken from a persona set.)
import { expect, test } from 'vitest'
import { emptyAnswers, type Answers } from '@/domain/pitch/answers'
import { detectLanguage } from '@/domain/language/detect-language'
import { readAnswer } from '@/domain/language/english'
import { momentCallback } from '@/domain/pitch/moment-callback'
import { draftsInEnglish } from '../../support/compose-en'

const base: Answers = {
  ...emptyAnswers(),
  situation: 'cause',
  stage: 'convening',
  name: 'Rosa',
  problem: 'retired miners in our valley sit at home and nobody asks how they are',
  affected: 'retired miners and their wives',
  spark:
    'Last winter I knocked on Dai Morgan’s door with his post. He had not spoken to anyone in nine days, and he cried when I asked about his garden.',
  belief: 'nobody should go a week without someone asking after them',
  betterWorld: 'every retired miner has someone knocking on his door each week',
  workOn: 'a knock-and-ask rota for the valley',
  theme: 'being asked after',
  coreWord: 'company',
}

const all = (answers: Answers) =>
  draftsInEnglish(answers).flatMap((d) => [d.pitch, d.story, d.oneLiner, d.hook])

test('a mistake typed as what others wrongly hold is said as what we tell ourselves', () => {
  for (const [mistake, claim] of [
    ['That we’re fine once we’re home.', /(?:^|[.!?]\s+)We’re fine once we’re home/u],
    ['that people in the valleys don’t want help', /(?:^|[.!?]\s+)People in the valleys don’t/u],
    ['that everybody has a phone and knows how to use it', /(?:^|[.!?]\s+)Everybody has a phone/u],
  ] as const) {
    // Never said plainly, as if the speaker held it.
    for (const text of all({ ...base, mistake })) expect(text).not.toMatch(claim)
  }
  const held = all({ ...base, mistake: 'That we’re fine once we’re home.' }).join(' ')
  expect(held).toMatch(/We keep telling ourselves we’re fine once we’re home\./u)
  // Who is wrong, named doing the wrong thing, is still said as the mistake it is.
  const done = all({ ...base, mistake: 'that we blame the old men for being proud' }).join(' ')
  expect(done).toMatch(/We blame the old men for being proud\./u)
})

test('a work named by its day, or a word ending in -in, is worked on, not said bare', () => {
  const saturday = all({ ...base, workOn: 'Saturday tea mornings in the chapel vestry' })
  for (const text of saturday) expect(text).not.toMatch(/(?:^|[.!?]\s+)Saturday tea mornings/u)
  expect(saturday.join(' ')).toMatch(/working on Saturday tea mornings in the chapel vestry/u)
  const tiffin = all({ ...base, workOn: 'tiffin service + a weekly phone call for widowers' })
  for (const text of tiffin) expect(text).not.toMatch(/I’m tiffin service/u)
  // A doubt typed after the last of two is the last one's.
  const doubted = all({ ...base, workOn: 'writing down the pit songs, a songbook maybe' })
  expect(doubted.join(' ')).toMatch(/writing down the pit songs, maybe a songbook/u)
})

test('people something was done to are not said as doing it', () => {
  const cut = all({ ...base, forWhom: 'people cut off after the floods' }).join(' ')
  expect(cut).toMatch(/people cut off after the floods/u)
  expect(cut).not.toMatch(/people who cut off/u)
  // (People typed with what they do still are who they are.)
  const doing = all({ ...base, forWhom: 'kids go to school without breakfast' }).join(' ')
  expect(doing).toMatch(/kids who go to school without breakfast/u)
})

test('a world named as a thing and where it is, or as nothing left of a thing, is said so', () => {
  const seen = all({
    ...base,
    betterWorld: 'work where nobody learns they are sacked from a text message',
  }).join(' ')
  expect(seen).not.toMatch(/a world where work where/u)
  expect(seen).not.toMatch(/so that work where/u)
  expect(seen).toMatch(/I want to see work where nobody learns they are sacked/u)
  const none = all({
    ...base,
    betterWorld: 'no more coal dust on the washing, the kids breathe clean air',
  }).join(' ')
  expect(none).not.toMatch(/a world where no more coal/u)
  expect(none).toMatch(/a world where there’s no more coal dust on the washing/u)
  // Someone who does a thing is still a world to want, not a thing to see.
  const someone = all({ ...base, betterWorld: 'a widower who lives alone gets a knock every week' })
  expect(someone.join(' ')).not.toMatch(/I want to see a widower who lives alone gets/u)
})

test('a belief of things named one by one is believed in', () => {
  const said = all({ ...base, belief: 'one list. one number.' }).join(' ')
  expect(said).not.toMatch(/I believe one list/u)
  expect(said).toMatch(/I believe in one list/u)
})

test('a moment whose first line only sets the scene is told with what happened next', () => {
  const answers = {
    ...base,
    spark:
      'In 2019 I ran the bingo at the welfare hall. One night a man I had known for years asked me to read his numbers out loud. He could no longer see the card, and he had told nobody.',
  }
  // (The theme-first and story-first openings: the question-first one tells the briefest.)
  const [themeFirst, storyFirst] = draftsInEnglish(answers).map((d) => d.pitch)
  for (const pitch of [themeFirst, storyFirst]) {
    expect(pitch).toMatch(/I ran the bingo at the welfare hall\./u)
    expect(pitch).toMatch(/asked me to read his numbers out loud/u)
  }
})

test('a question-first pitch with no word, theme or problem to ask asks what was not unseen', () => {
  const answers = {
    ...base,
    coreWord: '',
    theme: '',
    problem: 'my own street, honestly',
  }
  const [, , questionFirst] = draftsInEnglish(answers).map((d) => d.pitch)
  expect(questionFirst).not.toMatch(/nobody else seemed to see/u)
  expect(questionFirst).toMatch(
    /^Have you ever seen something you couldn’t unsee\? I ask because I have\./u,
  )
})

test('an ordinal’s stop in a language that writes its capitals does not start a sentence', () => {
  const read = readAnswer('Mieszkają na 4. piętrze bez windy. Jeden upadek i koniec.', [], false)
  expect(read.text).toMatch(/na 4\. piętrze bez windy/u)
  // "9. most had tags on": an English word after a figure's stop starts a sentence.
  expect(readAnswer('i found 9 bin bags. 9. most had tags on').text).toMatch(/9\. Most had/u)
})

test('a list typed with pluses is said with commas and one "and"', () => {
  const said = all({ ...base, workOn: 'a rota + a phone tree + a monthly supper' }).join(' ')
  expect(said).toMatch(/a rota, a phone tree and a monthly supper/u)
})

test('everyday Indonesian is read as Indonesian, not Malay', () => {
  const answers = [
    'tukang parkir kita kerja 12 jam, gak ada tempat istirahat atau toilet',
    'pas hujan deres, aku liat pak Darto neduh di kolong flyover, HP-nya mati. dia bilang "gapapa mas, udah biasa." itu yg bikin sedih bgt',
    'pos istirahat buat tukang parkir di titik ramai',
    'tukang parkir itu penting banget buat kota',
  ]
  expect(detectLanguage(answers)).toBe('id')
})

test('what was seen doing something is pointed back at without what it did', () => {
  expect(momentCallback('mi find a turtle tangle up inna fishing net by di reef.')).toBe(
    'that turtle',
  )
})
