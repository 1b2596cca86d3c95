// @vitest-environment node
import { emptyDraft, type Draft } from '@/domain/draft/draft'
import { decideResume } from '@/domain/lms/resume'
import { decodeSuspendData, encodeSuspendData, type LmsCopy } from '@/domain/lms/suspend-data'
import { fullAnswersDraft, person, worstCaseDraft } from './large-draft'

const T = Date.UTC(2026, 10, 30, 9, 0, 0)

function lmsCopy(draft: Draft, savedAt = T): LmsCopy {
  const decoded = decodeSuspendData(encodeSuspendData(draft, savedAt).data)
  if (!decoded.ok) throw new Error(decoded.reason)
  return decoded.copy
}

function drafts() {
  const lms = fullAnswersDraft(1)
  lms.stepId = 'pitch'
  const browser = fullAnswersDraft(3)
  browser.stepId = 'moves'
  return { lms, browser }
}

test('no LMS copy: the browser copy stays', () => {
  const { browser } = drafts()
  expect(
    decideResume({ entry: 'ab-initio', lms: null, browser: { draft: browser, changedAt: T } }),
  ).toEqual({ kind: 'keep-browser' })
})

test('a fresh browser (new device, cleared or blocked storage) opens the LMS copy', () => {
  const { lms } = drafts()
  const decision = decideResume({
    entry: 'resume',
    lms: lmsCopy(lms),
    browser: { draft: emptyDraft(), changedAt: null },
  })
  expect(decision).toEqual({ kind: 'open', draft: lms })
})

test('the same words in both: the LMS copy opens (with its step), nothing to ask', () => {
  const { lms } = drafts()
  const browser = { ...lms, stepId: 'start' as const }
  expect(
    decideResume({
      entry: 'resume',
      lms: lmsCopy(lms),
      browser: { draft: browser, changedAt: T + 1 },
    }),
  ).toEqual({ kind: 'open', draft: lms })
})

test('on resume the LMS copy wins over an older browser copy, which is set aside', () => {
  const { lms, browser } = drafts()
  const decision = decideResume({
    entry: 'resume',
    lms: lmsCopy(lms, T),
    browser: { draft: browser, changedAt: T - 60_000 },
  })
  expect(decision).toEqual({ kind: 'open-and-set-aside', draft: lms, setAside: browser })
})

test('on resume with a browser copy of unknown age, the LMS copy wins and the other is set aside', () => {
  const { lms, browser } = drafts()
  expect(
    decideResume({
      entry: 'resume',
      lms: lmsCopy(lms),
      browser: { draft: browser, changedAt: null },
    }).kind,
  ).toBe('open-and-set-aside')
})

test('a browser copy newer than the LMS copy is never replaced silently: the learner is asked', () => {
  const { lms, browser } = drafts()
  const decision = decideResume({
    entry: 'resume',
    lms: lmsCopy(lms, T),
    browser: { draft: browser, changedAt: T + 60_000 },
  })
  expect(decision).toEqual({ kind: 'ask', draft: lms })
})

test('not a resume and nothing tells which copy is newer: the learner is asked', () => {
  const { lms, browser } = drafts()
  expect(
    decideResume({ entry: '', lms: lmsCopy(lms), browser: { draft: browser, changedAt: null } })
      .kind,
  ).toBe('ask')
})

test('a partial LMS copy takes the people log and pitch edits from the browser copy', () => {
  const full = worstCaseDraft()
  const copy = lmsCopy(full)
  expect(copy.kept).toBe('answers')
  const decision = decideResume({
    entry: 'resume',
    lms: copy,
    browser: { draft: full, changedAt: T },
  })
  expect(decision.kind).toBe('open')
  if (decision.kind !== 'open') return
  expect(decision.draft.people).toHaveLength(500)
  expect(decision.draft.pitchEdits).toEqual(full.pitchEdits)
})

test('an LMS copy without words moves the browser copy to the LMS step only', () => {
  const { browser } = drafts()
  const copy: LmsCopy = { draft: { ...emptyDraft(), stepId: 'card' }, kept: 'none', savedAt: T }
  expect(
    decideResume({ entry: 'resume', lms: copy, browser: { draft: browser, changedAt: T } }),
  ).toEqual({ kind: 'open', draft: { ...browser, stepId: 'card' } })
  expect(
    decideResume({ entry: 'resume', lms: copy, browser: { draft: emptyDraft(), changedAt: null } }),
  ).toEqual({ kind: 'keep-browser' })
})

test('people added in the browser since the LMS copy count as a newer browser copy', () => {
  const { lms } = drafts()
  const browser = { ...lms, people: [person(1)] }
  expect(
    decideResume({
      entry: 'resume',
      lms: lmsCopy(lms, T),
      browser: { draft: browser, changedAt: T + 5 },
    }).kind,
  ).toBe('ask')
})
