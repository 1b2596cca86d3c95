import { emptyDraft, type Draft } from '@/domain/draft/draft'
import { decodeSuspendData, encodeSuspendData } from '@/domain/lms/suspend-data'
import { createSafeStorage } from '@/lib/safe-storage'
import { createScormRuntime } from '@/lib/scorm-runtime'
import { createDraftStore, pickDraft } from '@/store/draft-store'
import { createIncomingDrafts, keptDraftKeyFor } from '@/store/incoming-drafts'
import {
  COMMIT_DELAY_MS,
  COMMIT_MAX_WAIT_MS,
  changedAtKeyFor,
  startLmsSync,
} from '@/store/lms-sync'
import { fullAnswersDraft, worstCaseDraft } from '../domain/lms/large-draft'
import { createFakeLms, type FakeLmsOptions } from '../lib/fake-scorm-api'

const KEY = 'why-card:draft'

/** A clock and timers the test moves by hand. */
function manualTime(start = Date.UTC(2026, 10, 30, 9, 0, 0)) {
  let now = start
  let pending: Array<{ id: number; at: number; run: () => void }> = []
  let nextId = 1
  return {
    now: () => now,
    timers: {
      set: (run: () => void, ms: number) => {
        const id = nextId++
        pending.push({ id, at: now + ms, run })
        return id
      },
      clear: (id: unknown) => {
        pending = pending.filter((p) => p.id !== id)
      },
    },
    advance(ms: number) {
      const until = now + ms
      for (;;) {
        const due = pending.filter((p) => p.at <= until).sort((a, b) => a.at - b.at)[0]
        if (!due) break
        pending = pending.filter((p) => p !== due)
        now = due.at
        due.run()
      }
      now = until
    },
  }
}

function memoryStorage(values: Record<string, string> = {}): Storage {
  const map = new Map(Object.entries(values))
  return {
    get length() {
      return map.size
    },
    clear: () => map.clear(),
    getItem: (key) => map.get(key) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (key) => void map.delete(key),
    setItem: (key, value) => void map.set(key, String(value)),
  }
}

function setup({
  lms: lmsOptions = {},
  browser,
  browserChangedAt,
  blocked = false,
}: {
  lms?: FakeLmsOptions
  browser?: Draft
  browserChangedAt?: number
  blocked?: boolean
} = {}) {
  const saved: Record<string, string> = {}
  if (browser) saved[KEY] = JSON.stringify({ state: browser, version: 1 })
  if (browserChangedAt !== undefined) saved[changedAtKeyFor(KEY)] = String(browserChangedAt)
  const backing = memoryStorage(saved)
  const storage = createSafeStorage(() => {
    if (blocked) throw new DOMException('blocked', 'SecurityError')
    return backing
  })
  const drafts = createDraftStore({ key: KEY, storage })
  const incoming = createIncomingDrafts(drafts, storage, KEY)
  const lms = createFakeLms(lmsOptions)
  const time = manualTime()
  const target = new EventTarget()
  const sync = startLmsSync({
    runtime: createScormRuntime(lms.api),
    drafts,
    incoming,
    storage,
    key: KEY,
    now: time.now,
    timers: time.timers,
    target,
  })
  return { lms, drafts, incoming, storage, backing, sync, time, target }
}

const lastSet = (lms: ReturnType<typeof createFakeLms>, element: string) =>
  lms.sets.filter(([e]) => e === element).at(-1)?.[1]

function lmsDraft(lms: ReturnType<typeof createFakeLms>) {
  const decoded = decodeSuspendData(lms.values['cmi.suspend_data'] ?? '')
  if (!decoded.ok) throw new Error(decoded.reason)
  return decoded.copy
}

test('a first launch: initialized, incomplete, at the start step, committed', () => {
  const { lms } = setup({ lms: { values: { 'cmi.core.entry': 'ab-initio' } } })
  expect(lms.initialized).toBe(true)
  expect(lms.values['cmi.core.lesson_status']).toBe('incomplete')
  expect(lms.values['cmi.core.lesson_location']).toBe('start')
  expect(lms.commits).toBe(1)
})

test('the step goes to the location, the card completes the lesson, and completed stays', () => {
  const { lms, drafts, time } = setup()
  drafts.getState().goToStep('problem')
  expect(lms.values['cmi.core.lesson_location']).toBe('problem')
  drafts.getState().goToStep('card')
  expect(lms.values['cmi.core.lesson_status']).toBe('completed')
  drafts.getState().goToStep('pitch')
  expect(lms.values['cmi.core.lesson_location']).toBe('pitch')
  expect(lms.values['cmi.core.lesson_status']).toBe('completed')
  time.advance(1000)
  expect(lms.commits).toBeGreaterThan(1)
  // The suspend data carries the step too, so a resume opens where the learner left.
  expect(lmsDraft(lms).draft.stepId).toBe('pitch')
})

test('commits are debounced while typing, with a ceiling', () => {
  const { lms, drafts, time } = setup()
  const before = lms.commits
  for (let i = 0; i < 20; i++) {
    drafts.getState().setAnswers({ problem: 'adults without degrees'.slice(0, i + 1) })
    time.advance(300)
  }
  // 20 keystrokes in 6 s: nothing yet (each one pushed the commit back)...
  expect(lms.commits).toBe(before)
  time.advance(COMMIT_DELAY_MS)
  expect(lms.commits).toBe(before + 1)
  expect(lmsDraft(lms).draft.answers.problem).toBe('adults without degrees'.slice(0, 20))
  // ...but typing without a pause still commits every so often.
  for (let i = 0; i < 60; i++) {
    drafts.getState().setAnswers({ spark: `x${i}` })
    time.advance(300)
  }
  expect(lms.commits).toBeGreaterThanOrEqual(
    before + 1 + Math.floor((60 * 300) / COMMIT_MAX_WAIT_MS),
  )
})

test('pagehide reports the session time, suspends and finishes', () => {
  const { lms, drafts, time, target } = setup()
  drafts.getState().setAnswers({ problem: 'adults without degrees' })
  time.advance(65_430)
  target.dispatchEvent(new Event('pagehide'))
  expect(lastSet(lms, 'cmi.core.session_time')).toBe('0000:01:05.43')
  expect(lms.values['cmi.core.exit']).toBe('suspend')
  expect(lmsDraft(lms).draft.answers.problem).toBe('adults without degrees')
  expect(lms.finished).toBe(true)
  const calls = lms.calls.slice(-2)
  expect(calls).toEqual(['LMSCommit', 'LMSFinish'])
  target.dispatchEvent(new Event('pagehide'))
  expect(lms.calls.filter((c) => c === 'LMSFinish')).toHaveLength(1)
})

test('resume on a new device (empty browser): every answer comes back from the LMS', () => {
  const saved = fullAnswersDraft()
  const { data } = encodeSuspendData(saved, Date.UTC(2026, 10, 29))
  const { drafts } = setup({
    lms: { values: { 'cmi.core.entry': 'resume', 'cmi.suspend_data': data } },
  })
  expect(pickDraft(drafts.getState())).toEqual(saved)
})

test('resume with storage blocked: the LMS copy opens in memory', () => {
  const saved = fullAnswersDraft()
  const { data } = encodeSuspendData(saved, Date.UTC(2026, 10, 29))
  const { drafts, storage } = setup({
    blocked: true,
    lms: { values: { 'cmi.core.entry': 'resume', 'cmi.suspend_data': data } },
  })
  expect(storage.isPersistent).toBe(false)
  expect(pickDraft(drafts.getState()).answers).toEqual(saved.answers)
})

test('resume: the newer LMS copy opens, the older browser copy is set aside and kept', () => {
  const lmsCopy = fullAnswersDraft(1)
  const browser = fullAnswersDraft(2)
  const savedAt = Date.UTC(2026, 10, 29, 12)
  const { drafts, incoming, backing } = setup({
    browser,
    browserChangedAt: savedAt - 3600_000,
    lms: {
      values: {
        'cmi.core.entry': 'resume',
        'cmi.suspend_data': encodeSuspendData(lmsCopy, savedAt).data,
      },
    },
  })
  expect(pickDraft(drafts.getState()).answers).toEqual(lmsCopy.answers)
  expect(incoming.state.getState().setAside?.answers).toEqual(browser.answers)
  expect(incoming.state.getState().notice).toEqual({ kind: 'opened-newer', source: 'course' })
  expect(JSON.parse(backing.getItem(keptDraftKeyFor(KEY)) ?? '{}').answers).toEqual(browser.answers)
  incoming.switchBack()
  expect(pickDraft(drafts.getState()).answers).toEqual(browser.answers)
})

test('resume: a newer browser copy is not replaced; the learner is asked, and the LMS copy waits', () => {
  const lmsCopy = fullAnswersDraft(1)
  const browser = fullAnswersDraft(2)
  const savedAt = Date.UTC(2026, 10, 29, 12)
  const lmsData = encodeSuspendData(lmsCopy, savedAt).data
  const { drafts, incoming, lms, time } = setup({
    browser,
    browserChangedAt: savedAt + 3600_000,
    lms: { values: { 'cmi.core.entry': 'resume', 'cmi.suspend_data': lmsData } },
  })
  expect(pickDraft(drafts.getState()).answers).toEqual(browser.answers)
  expect(incoming.state.getState().offer?.source).toBe('course')
  // While the learner decides, the LMS copy is not overwritten.
  drafts.getState().setAnswers({ coreWord: 'potential' })
  time.advance(COMMIT_MAX_WAIT_MS * 2)
  expect(lms.values['cmi.suspend_data']).toBe(lmsData)
  incoming.resolve('keep-mine')
  time.advance(COMMIT_MAX_WAIT_MS)
  expect(lmsDraft(lms).draft.answers.coreWord).toBe('potential')
  expect(lmsDraft(lms).draft.answers.problem).toBe(browser.answers.problem)
})

test('the learner name is offered on a fresh draft and never overwrites a typed one', () => {
  const fresh = setup({ lms: { values: { 'cmi.core.student_name': 'Lovelace, Ada' } } })
  expect(fresh.drafts.getState().answers.name).toBe('Ada Lovelace')

  const typed = { ...emptyDraft(), answers: { ...emptyDraft().answers, name: 'Ada L.' } }
  const mine = setup({
    browser: typed,
    lms: { values: { 'cmi.core.student_name': 'Lovelace, Ada' } },
  })
  expect(mine.drafts.getState().answers.name).toBe('Ada L.')

  // A learner who began without a name and cleared it keeps it blank.
  const begun = fullAnswersDraft()
  begun.answers.name = ''
  const blank = setup({
    browser: begun,
    lms: { values: { 'cmi.core.student_name': 'Lovelace, Ada' } },
  })
  expect(blank.drafts.getState().answers.name).toBe('')
})

test('an LMS that answers "false": the app keeps working and keeping the browser copy, told once', () => {
  const { sync, drafts, backing, time } = setup({
    lms: { failing: { LMSCommit: '101', 'LMSSetValue cmi.suspend_data': '101' } },
  })
  expect(sync.state.getState().problem).toMatchObject({ code: '101' })
  drafts.getState().setAnswers({ problem: 'still here' })
  time.advance(COMMIT_MAX_WAIT_MS)
  expect(JSON.parse(backing.getItem(KEY) ?? '{}').state.answers.problem).toBe('still here')
})

test('an LMS that refuses to start: the app works as it does outside an LMS, and says so', () => {
  const { sync, lms, drafts } = setup({ lms: { failing: { LMSInitialize: '101' } } })
  expect(sync.state.getState()).toMatchObject({ active: false, problem: { code: '101' } })
  drafts.getState().goToStep('card')
  expect(lms.calls).toEqual(['LMSInitialize'])
})

test('a draft too big for suspend_data: the answers go to the LMS and the learner is told', () => {
  const big = worstCaseDraft()
  const { sync, lms, time, drafts } = setup({ browser: big })
  time.advance(COMMIT_MAX_WAIT_MS)
  expect(sync.state.getState().kept).toBe('answers')
  expect((lms.values['cmi.suspend_data'] ?? '').length).toBeLessThanOrEqual(4096)
  expect(lmsDraft(lms).draft.answers).toEqual(big.answers)
  expect(pickDraft(drafts.getState()).people).toHaveLength(500)
})
