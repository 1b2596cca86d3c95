import fc from 'fast-check'
import { emptyDraft } from '@/domain/draft/draft'
import { STORED_VERSION, migrateStoredState } from '@/domain/draft/migrations'

// A fixture of every version that ever shipped, exactly as it was saved.
const FIXTURES: Record<number, unknown> = {
  0: { problem: 'adults without degrees get shut out', coreWord: 'potential', stage: 'narrowing' },
  1: {
    answers: {
      problem: 'adults without degrees get shut out',
      coreWord: 'potential',
      stage: 'narrowing',
      asks: ['Partners'],
    },
    pitchEdits: { pitch: 'My own words.' },
    variant: 2,
    invitationVariant: 1,
    stepId: 'pitch',
    practice: { pitch: [32, 29] },
    people: [
      {
        id: 'k3j9',
        name: 'Grace Hopper',
        metAt: 'the climate meetup',
        passion: 'getting kids to fix things',
        suggestionKind: 'book',
        suggestion: 'The Repair Manifesto',
        followUpOn: '2025-03-11',
        done: false,
        message: 'My own follow-up.',
      },
    ],
  },
}

test('there is a fixture for every stored version up to the current one', () => {
  for (let v = 0; v <= STORED_VERSION; v++) expect(FIXTURES[v]).toBeDefined()
})

test.each(Object.entries(FIXTURES))(
  'version %s upgrades to the current draft and keeps the words',
  (version, fixture) => {
    const result = migrateStoredState(fixture, Number(version))
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.draft.answers.problem).toBe('adults without degrees get shut out')
    expect(result.draft.answers.coreWord).toBe('potential')
    expect(result.draft.answers.stage).toBe('narrowing')
  },
)

test('version 1 keeps edits, variants and the step', () => {
  const result = migrateStoredState(FIXTURES[1], 1)
  expect(result).toMatchObject({
    ok: true,
    draft: {
      pitchEdits: { pitch: 'My own words.' },
      variant: 2,
      invitationVariant: 1,
      stepId: 'pitch',
    },
  })
})

test('version 1 keeps practice times and the people met, with their own follow-up message', () => {
  const result = migrateStoredState(FIXTURES[1], 1)
  expect(result).toMatchObject({
    ok: true,
    draft: {
      practice: { pitch: [32, 29] },
      people: [
        {
          id: 'k3j9',
          name: 'Grace Hopper',
          followUpOn: '2025-03-11',
          message: 'My own follow-up.',
        },
      ],
    },
  })
})

test('a future version is refused so that it can be kept aside, not overwritten', () => {
  expect(migrateStoredState({ answers: {} }, STORED_VERSION + 1)).toEqual({
    ok: false,
    reason: 'too-new',
  })
})

test('wrong types are replaced by defaults field by field', () => {
  const result = migrateStoredState(
    {
      answers: { problem: 42, stage: 'sideways', asks: ['ok', 3, null], coreWord: 'word' },
      variant: -3,
      stepId: 'nowhere',
    },
    1,
  )
  expect(result).toMatchObject({
    ok: true,
    draft: {
      answers: { problem: '', stage: 'vague', asks: ['ok'], coreWord: 'word' },
      variant: 0,
      stepId: 'start',
    },
  })
})

test('migrating arbitrary garbage never throws', () => {
  fc.assert(
    fc.property(fc.anything(), fc.anything(), (state, version) => {
      const result = migrateStoredState(state, version)
      if (result.ok)
        expect(Object.keys(result.draft).sort()).toEqual(Object.keys(emptyDraft()).sort())
    }),
    { numRuns: 500 },
  )
})
