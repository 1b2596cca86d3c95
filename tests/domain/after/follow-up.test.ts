import fc from 'fast-check'
import { emptyAnswers, type Answers } from '@/domain/pitch/answers'
import { reviewInvitation } from '@/domain/coach/coach'
import { draftFollowUp, followUpBody } from '@/domain/after/follow-up'
import { SUGGESTION_KINDS, type Person } from '@/domain/after/people'
import { enCoach } from '@/i18n/en-coach'
import { enAfter } from '@/i18n/en-after'

const inEnglish = { messages: enAfter.followUp }

const answers: Answers = {
  ...emptyAnswers(),
  name: 'Ada Lovelace',
  stage: 'narrowing',
  theme: 'the strange things we do to prove ourselves',
  coreWord: 'potential',
  betterWorld: 'anyone could show what they can do and be hired for it',
}

const grace: Person = {
  id: 'g1',
  name: 'Grace Hopper',
  metAt: 'At the Climate Meetup.',
  passion: 'getting kids to fix things instead of throwing them away',
  suggestionKind: 'book',
  suggestion: 'The Repair Manifesto',
  followUpOn: '2025-03-11',
  done: false,
}

test('the message greets them, recalls their passion and names the cause both care about', () => {
  const { subject, body } = draftFollowUp(grace, answers, inEnglish)
  expect(subject).toBe('Good to meet you at the Climate Meetup')
  expect(body.startsWith('Hi Grace,\n\n')).toBe(true)
  expect(body).toContain(
    'what you said about getting kids to fix things instead of throwing them away',
  )
  expect(body).toContain('the strange things we do to prove ourselves')
  expect(body).toContain('potential')
  expect(body).toContain('Thank you for suggesting The Repair Manifesto')
  expect(body.endsWith('Warmly,\nAda Lovelace')).toBe(true)
})

test('the drafted message asks for nothing: the coach finds no transactional phrase', () => {
  for (const kind of [...SUGGESTION_KINDS, ''] as const) {
    const { body } = draftFollowUp({ ...grace, suggestionKind: kind }, answers, inEnglish)
    expect(reviewInvitation(body, {}, enCoach).ok).toBe(true)
  }
})

test('blank details are left out instead of leaving holes', () => {
  const { subject, body } = draftFollowUp(
    { ...grace, name: 'Sam', metAt: '', passion: '', suggestionKind: '', suggestion: '' },
    { ...emptyAnswers() },
    inEnglish,
  )
  expect(subject).toBe('Good to meet you')
  expect(body).not.toMatch(/\{|\}|undefined|null| {2}|\.\./)
  expect(body).toContain('I keep thinking about our conversation.')
  expect(body).not.toContain('Thank you for suggesting')
})

test('the person’s own edit is the message, until they ask for a new draft', () => {
  expect(followUpBody({ ...grace, message: 'My words.' }, answers, inEnglish)).toBe('My words.')
  expect(followUpBody(grace, answers, inEnglish)).toBe(
    draftFollowUp(grace, answers, inEnglish).body,
  )
})

test('any details give a message with no template slots left and no request of its own', () => {
  const words = fc.stringMatching(/^[A-Za-z][a-z ]{0,30}$/)
  fc.assert(
    fc.property(
      words,
      words,
      words,
      words,
      fc.constantFrom(...SUGGESTION_KINDS, '' as const),
      (name, metAt, passion, suggestion, kind) => {
        const { body } = draftFollowUp(
          { ...grace, name, metAt, passion, suggestion, suggestionKind: kind },
          answers,
          inEnglish,
        )
        expect(body).not.toMatch(/\{\w+\}/)
        // Random letters can spell an ask ("a cv"); the coach may mark those, never the
        // message's own words.
        const typed = [name, metAt, passion, suggestion].join(' ').toLowerCase()
        const review = reviewInvitation(body, {}, enCoach)
        if (!review.ok) expect(review.spans.length).toBeGreaterThan(0)
        for (const span of review.spans) {
          expect(typed).toContain(body.slice(span.start, span.end).toLowerCase())
        }
      },
    ),
    { numRuns: 200 },
  )
})

test('the follow-up reads the answers with the pitch’s language layer: no shouting, no doubled lead-in, a whole thought in its own stem', () => {
  const { body } = draftFollowUp(
    { ...grace, passion: 'she wants every kid on her street to learn to code' },
    {
      ...answers,
      theme: 'WANTING TO BE USEFUL',
      coreWord: 'REPAIR',
      betterWorld: 'a world where every street has a place to fix things together',
    },
    inEnglish,
  )
  expect(body).toContain('I keep thinking about what you told me: she wants every kid')
  expect(body).toContain('It connects with what moves me too: wanting to be useful.')
  expect(body).toContain('For me it all comes back to repair.')
  expect(body).not.toMatch(/[A-Z]{3,} [A-Z]{3,}/)
})
