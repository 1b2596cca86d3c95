// @vitest-environment node
import { compressToEncodedURIComponent } from 'lz-string'
import { emptyDraft, sanitizeDraft, type Draft } from '@/domain/draft/draft'
import {
  SUSPEND_DATA_LIMIT,
  SUSPEND_DATA_PREFIX,
  completeFromBrowser,
  decodeSuspendData,
  encodeSuspendData,
} from '@/domain/lms/suspend-data'
import { busyDraft, fullAnswersDraft, person, prose, worstCaseDraft } from './large-draft'

const SAVED_AT = Date.UTC(2026, 10, 30, 9, 0, 0)

function roundTrip(draft: Draft) {
  const encoded = encodeSuspendData(draft, SAVED_AT)
  const decoded = decodeSuspendData(encoded.data)
  if (!decoded.ok) throw new Error(`did not decode: ${decoded.reason}`)
  return { encoded, copy: decoded.copy }
}

test('a typical draft travels whole, compressed, with its time', () => {
  const draft = fullAnswersDraft()
  draft.pitchEdits = { oneLiner: 'I open good jobs to people without degrees.' }
  draft.people = [{ ...person(1), message: 'Thanks again for the book tip!' }]
  const { encoded, copy } = roundTrip(draft)
  expect(encoded.kept).toBe('all')
  expect(encoded.data.startsWith(SUSPEND_DATA_PREFIX)).toBe(true)
  expect(encoded.data.length).toBeLessThan(JSON.stringify(draft).length)
  expect(copy).toEqual({ draft: sanitizeDraft(draft), kept: 'all', savedAt: SAVED_AT })
})

test('suspend data is plain ASCII that any LMS stores unchanged', () => {
  const draft = fullAnswersDraft()
  draft.answers.problem = 'Łódź, Ωmega, 東京 and 👩🏽‍🔧 all survive'
  const { encoded, copy } = roundTrip(draft)
  expect(encoded.data).toMatch(/^[A-Za-z0-9+\-$.]+$/)
  expect(copy.draft.answers.problem).toBe(draft.answers.problem)
})

test('an empty draft is a few characters', () => {
  expect(encodeSuspendData(emptyDraft(), SAVED_AT).data.length).toBeLessThan(200)
})

test('a busy draft with a people log at its cap (500) keeps the answers and pitch in 4,096', () => {
  const draft = busyDraft()
  expect(draft.people).toHaveLength(500)
  const { encoded, copy } = roundTrip(draft)
  console.info(
    `suspend_data, busy draft (full answers, 2 edits, 500 people, ${JSON.stringify(draft).length} chars as JSON): ${encoded.data.length} chars, kept ${encoded.kept}`,
  )
  expect(encoded.data.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT)
  expect(encoded.kept).toBe('answers-and-pitch')
  expect(copy.draft.answers).toEqual(draft.answers)
  expect(copy.draft.pitchEdits).toEqual(draft.pitchEdits)
  expect(copy.draft.people).toEqual([])
})

test('the largest possible draft stays under 4,096, keeps every answer, and is quick', () => {
  const draft = worstCaseDraft()
  const started = performance.now()
  const { encoded, copy } = roundTrip(draft)
  // Runs a moment after each change in the browser: it must not hold the page up.
  expect(performance.now() - started).toBeLessThan(500)
  console.info(
    `suspend_data, worst case (every field full, 5 edits of 2,000, 500 full people, ${JSON.stringify(draft).length} chars as JSON): ${encoded.data.length} chars, kept ${encoded.kept}`,
  )
  expect(encoded.data.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT)
  expect(encoded.kept).toBe('answers')
  expect(copy.draft.answers).toEqual(draft.answers)
  expect(copy.draft.stepId).toBe('card')
})

test('text that does not compress still gives valid suspend data, keeping only the step', () => {
  const draft = fullAnswersDraft()
  // Random characters from a wide range: about as incompressible as text gets.
  let seed = 7
  const noise = (n: number) =>
    Array.from({ length: n }, () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      return String.fromCharCode(0x4e00 + (seed % 20000))
    }).join('')
  for (const field of ['problem', 'spark', 'betterWorld', 'affected'] as const) {
    draft.answers[field] = noise(draft.answers[field].length)
  }
  const { encoded, copy } = roundTrip(draft)
  expect(encoded.data.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT)
  expect(encoded.kept).toBe('none')
  expect(copy.draft.stepId).toBe('card')
  expect(copy.draft.answers.problem).toBe('')
})

test('a partial LMS copy is made whole with the browser copy of the rest', () => {
  const draft = worstCaseDraft()
  const { copy } = roundTrip(draft)
  expect(completeFromBrowser(copy, draft)).toEqual(sanitizeDraft(draft))
  // On a new device the parts the LMS could not hold are simply empty.
  const fresh = completeFromBrowser(copy, emptyDraft())
  expect(fresh.answers).toEqual(draft.answers)
  expect(fresh.people).toEqual([])
})

test('a smaller limit drops the people log first, then the pitch edits', () => {
  const draft = fullAnswersDraft()
  draft.pitchEdits = { pitch: prose(1500, 9) }
  draft.people = Array.from({ length: 20 }, (_, i) => person(i))
  const all = encodeSuspendData(draft, SAVED_AT, 100_000)
  const noPeople = encodeSuspendData(draft, SAVED_AT, all.data.length - 1)
  const answersOnly = encodeSuspendData(draft, SAVED_AT, noPeople.data.length - 1)
  expect([all.kept, noPeople.kept, answersOnly.kept]).toEqual([
    'all',
    'answers-and-pitch',
    'answers',
  ])
})

test('suspend data that is not ours, damaged or from a newer app is refused, never thrown', () => {
  const pack = (payload: unknown) =>
    SUSPEND_DATA_PREFIX + compressToEncodedURIComponent(JSON.stringify(payload))
  expect(decodeSuspendData('')).toEqual({ ok: false, reason: 'empty' })
  expect(decodeSuspendData('lesson=3;score=80')).toEqual({ ok: false, reason: 'foreign' })
  expect(decodeSuspendData(`${SUSPEND_DATA_PREFIX}%%%`)).toEqual({ ok: false, reason: 'malformed' })
  const good = encodeSuspendData(fullAnswersDraft(), SAVED_AT).data
  expect(decodeSuspendData(good.slice(0, good.length / 2)).ok).toBe(false)
  expect(decodeSuspendData(pack({ v: 99, t: 1, k: 'all', d: {} }))).toEqual({
    ok: false,
    reason: 'too-new',
  })
  expect(decodeSuspendData(pack({ v: 1, t: 'yesterday', k: 'all', d: {} })).ok).toBe(false)
  expect(decodeSuspendData(pack({ v: 1, t: 1, k: 'most', d: {} })).ok).toBe(false)
  expect(decodeSuspendData(pack([1, 2]))).toEqual({ ok: false, reason: 'malformed' })
  expect(decodeSuspendData(SUSPEND_DATA_PREFIX + 'A'.repeat(20_000))).toEqual({
    ok: false,
    reason: 'malformed',
  })
})

test('hostile values inside well-formed suspend data are sanitised like saved data', () => {
  const data =
    SUSPEND_DATA_PREFIX +
    compressToEncodedURIComponent(
      JSON.stringify({
        v: 1,
        t: 5,
        k: 'all',
        d: { answers: { problem: 'x'.repeat(10_000), situation: 'evil' }, stepId: 'admin' },
      }),
    )
  const decoded = decodeSuspendData(data)
  expect(decoded.ok).toBe(true)
  if (!decoded.ok) return
  expect(decoded.copy.draft.answers.problem.length).toBe(400)
  expect(decoded.copy.draft.answers.situation).toBe('cause')
  expect(decoded.copy.draft.stepId).toBe('start')
})
