// The word a pitch lands on when the person gave neither a core word nor a theme (infer-core.ts).
import { expect, test } from 'vitest'
import { inferCore } from '@/domain/pitch/infer-core'
import { emptyAnswers, type Answers } from '@/domain/pitch/answers'

const answers = (given: Partial<Answers>): Answers => ({ ...emptyAnswers(), ...given })

test('a thing that only ends like an idea is not one: "city" is no "dignity"', () => {
  // Spent set 40: "For me, it's about city. We all know what city can mean."
  expect(
    inferCore(
      answers({
        problem: 'kids from the city have never seen a cow being milked',
        affected: 'city kids i suppose',
        spark: 'my cousin’s young lad stayed with us for a week and cried when he had to go home',
      }),
    ),
  ).toBe('')
  // An idea said in two answers is still the word.
  expect(
    inferCore(
      answers({
        problem: 'carers lose their dignity filling in the same form six times',
        belief: 'dignity should not depend on paperwork',
      }),
    ),
  ).toBe('dignity')
})

test('a word said only before the thing it names, where the tagger reads that thing as a verb, is not the word', () => {
  const answers: Answers = {
    ...emptyAnswers(),
    spark:
      'Found 7 puppies in a feed sack by the road outside Riverton last spring. Got 5 of them to live.',
    betterWorld: 'No more feed sacks by the road',
    problem:
      "Too many dogs and cats out here and the nearest clinic is 2 hrs. People can't afford $300 to spay.",
  }
  expect(inferCore(answers)).not.toBe('feed')
})

test('a word said only after who does it is a verb, not the word; nor is what people named do', () => {
  // Spent set 44: "For me, it's about ring. We all know what ring can mean."
  expect(
    inferCore(
      answers({
        problem: "nobody can get a plumber. you ring 6 and 5 don't ring back",
        spark: 'found an old lass with a bucket under her boiler for 3 weeks',
        betterWorld: 'you ring a plumber and they answer',
      }),
    ),
  ).not.toBe('ring')
  // Spent set 44: "It's about working, really." of "not enough data people working on energy".
  expect(
    inferCore(
      answers({
        problem: 'there are not enough data people working on energy',
        mistake: 'thinking climate work is only for scientists',
        spark: 'my grandmother was without power for 4 days',
      }),
    ),
  ).not.toBe('working')
})

test('an -ing word said only before things counted says which ones: "nursing homes" is no nursing', () => {
  // Spent set 46: a hairdresser's mobile salon was "about nursing".
  expect(
    inferCore(
      answers({
        problem: "the ladies in the nursing homes around Savannah don't get their hair done",
        workOn: 'a mobile salon for nursing homes',
        affected: 'older ladies in assisted living and nursing homes',
      }),
    ),
  ).not.toBe('nursing')
  // Before one thing or an idea, it still can be the word.
  expect(
    inferCore(
      answers({
        problem: 'hearing loss goes untreated for years in farm towns',
        workOn: 'a hearing service in the feed store',
      }),
    ),
  ).toBe('hearing')
})
