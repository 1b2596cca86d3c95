// A theme typed as something lived is asked of the listener in the person's own words.
import fc from 'fast-check'
import { livedQuestion } from '@/domain/language/lived-question'
import { composePitch } from '@/domain/pitch/compose-pitch'
import type { Answers } from '@/domain/pitch/answers'
import { WORKED_ANSWERS } from '../../fixtures/worked-example'
import { composeEn } from '../../support/compose-en'

test('a way of feeling is asked when it last happened; a thing done, whether it ever did', () => {
  expect(livedQuestion('being invisible at work')).toMatchObject({
    kind: 'state',
    plain: 'feel invisible at work',
    perfect: 'felt invisible at work',
  })
  expect(livedQuestion('feeling like a child in your own house')?.plain).toBe(
    'feel like a child in your own house',
  )
  expect(livedQuestion('having someone to call')).toMatchObject({
    kind: 'state',
    plain: 'have someone to call',
    perfect: 'had someone to call',
  })
  expect(livedQuestion('starting over at 47')).toMatchObject({
    kind: 'act',
    perfect: 'started over at 47',
  })
  // Irregular participles, including the ones the tagger gives only as the simple past.
  expect(livedQuestion('falling in love with reading')?.perfect).toBe('fallen in love with reading')
  expect(livedQuestion('coming home to help')?.perfect).toBe('come home to help')
  expect(livedQuestion('hiding what you think you should already know')?.perfect).toBe(
    'hidden what you think you should already know',
  )
})

test('the listener is asked about their own life, in the past once it is asked when', () => {
  expect(livedQuestion('feeding the people we love')?.plain).toBe('feed the people you love')
  expect(livedQuestion('keeping our kids safe')?.perfect).toBe('kept your kids safe')
  expect(livedQuestion('caring until there is nothing left of you')?.plain).toBe(
    'care until there was nothing left of you',
  )
  expect(livedQuestion('being understood when it matters most')?.plain).toBe(
    'feel understood when it mattered most',
  )
  // After a modal the verb stays plain ("what you could do", not "what you could did").
  expect(livedQuestion('being judged before they see what you could do')?.plain).toBe(
    'feel judged before they saw what you could do',
  )
  expect(livedQuestion('looking in the mirror and seeing yourself')?.perfect).toBe(
    'looked in the mirror and seen yourself',
  )
  expect(livedQuestion('waiting for help that doesn’t come')?.plain).toBe(
    'wait for help that doesn’t come',
  )
})

test('said of all of us, the listener’s words are ours: "you" before its verb is "we", else "us"', () => {
  expect(livedQuestion('feeling safe in your own home')?.perfectOurs).toBe(
    'felt safe in our own home',
  )
  expect(livedQuestion('feeling like you belong in the room')?.perfectOurs).toBe(
    'felt like we belonged in the room',
  )
  expect(livedQuestion('taking care of the people who take care of us')?.perfectOurs).toBe(
    'taken care of the people who take care of us',
  )
  expect(livedQuestion('being judged before you get to show your work')?.perfectOurs).toBe(
    'felt judged before we got to show our work',
  )
})

test('said of all of us in the present ("what it is to …"), a clause keeps its own tense', () => {
  expect(livedQuestion('feeling safe in your own home')?.plainOurs).toBe(
    'feel safe in our own home',
  )
  expect(livedQuestion('being judged before you get to show your work')?.plainOurs).toBe(
    'feel judged before we get to show our work',
  )
  expect(livedQuestion('being asked the wrong question')?.plainOurs).toBe(
    'be asked the wrong question',
  )
  expect(livedQuestion('having to ask for help')?.plainOurs).toBe('have to ask for help')
})

test('what a person has done to them is asked as done to them; a want negated as its lack', () => {
  expect(livedQuestion('being asked the wrong question')).toMatchObject({
    kind: 'done-to',
    plain: 'asked the wrong question',
    perfect: 'been asked the wrong question',
  })
  // ("When did any of us last feel made to feel stupid?" said "feel" twice.)
  expect(livedQuestion('being made to feel stupid')).toMatchObject({
    kind: 'done-to',
    plain: 'made to feel stupid',
    plainOurs: 'be made to feel stupid',
  })
  expect(livedQuestion('being allowed to play')?.plain).toBe('feel allowed to play')
  expect(livedQuestion('being left behind by change')?.plain).toBe('feel left behind by change')
  expect(livedQuestion('not being forgotten')?.plain).toBe('feel forgotten')
  expect(livedQuestion('not having to face it alone')?.plain).toBe('have to face it alone')
})

test('what no question can carry is left to the stock question', () => {
  for (const theme of [
    'belonging',
    'having something to say and nobody listening',
    'feeling like I failed',
    'being there when it counts',
    'knowing where you come from',
    'not knowing who to call',
    'dignity for every worker',
    'we all deserve a second chance',
    'being treated like a person (not a number)',
    'making the most of every single minute we have left together as a family',
  ]) {
    expect(livedQuestion(theme), theme).toBeNull()
  }
})

test('any text: no throw, and a question is made only of words', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 120 }), (text) => {
      const asked = livedQuestion(text)
      if (asked === null) return
      expect(asked.plain.trim()).not.toBe('')
      expect(asked.perfect.trim()).not.toBe('')
      expect(asked.plain).not.toMatch(/\s{2}/u)
    }),
    { numRuns: 300 },
  )
})

test('the theme-first opening asks a lived theme in the person’s words and does not say it twice', () => {
  const answers: Answers = {
    ...WORKED_ANSWERS,
    asks: [],
    name: '',
    theme: 'being talked about instead of talked to',
    coreWord: 'dignity',
  }
  const first = composePitch(answers, { messages: composeEn, variant: 0 }).pitch
  // Asked of "any of us", the question shares the experience and leaves the answer to the
  // listener ("We all know that feeling." answered for them; "We rarely stop to ask." after it was
  // a stock line in 337 pitches).
  expect(first).toContain('When did any of us last feel talked about instead of talked to?')
  expect(first).not.toMatch(/feel that yourself|seen that up close|in your own life/u)
  expect(first).not.toMatch(/We rarely stop to ask|We don’t ask it enough|We rarely ask it aloud/u)
  // The theme is said once: by the question.
  expect(first.match(/talked about instead of talked to/gu)).toHaveLength(1)
  expect(first.match(/\?/gu)).toHaveLength(1)
  // The story-first opening asks it too, as the Tolkien question that needs no answer, in place of
  // "We all know what being talked about instead of talked to feels like" and a question about
  // something else.
  const story = composePitch(answers, { messages: composeEn, variant: 1 }).pitch
  // (Knowing what it is holds both sides: "Who among us hasn't felt seen as capable?" argued
  // against a person whose point is that some of us are not.)
  expect(story).toContain(
    'Who among us doesn’t know what it is to feel talked about instead of talked to?',
  )
  expect(story.match(/talked about instead of talked to/gu)).toHaveLength(1)
  expect(story.match(/\?/gu)).toHaveLength(1)
})

test('a theme that says what goes wrong, "not being able to…", is asked as being unable', () => {
  expect(livedQuestion('not being able to take the first step')).toMatchObject({
    plain: 'feel unable to take the first step',
    perfect: 'felt unable to take the first step',
  })
  // A want named by its absence is still asked by the times it was not met.
  expect(livedQuestion('not being forgotten')?.plain).toBe('feel forgotten')
})
