// Saved data the app cannot read in full is copied to `<key>:backup` before anything is written
// over it; a full storage still shows the saved draft.
import fc from 'fast-check'
import { migrateStoredState } from '@/domain/draft/migrations'
import { createSafeStorage } from '@/lib/safe-storage'
import { backupKeyFor } from '@/store/draft-persistence'
import { createDraftStore, pickDraft } from '@/store/draft-store'
import { anyDraft, anyText } from '../fixtures/draft-arbitrary'

const KEY = 'k'

/** A Storage over a Map; `full` makes every write throw as a full disk does. */
function mapStorage(
  values: Record<string, string>,
  options: { full?: (key: string) => boolean } = {},
) {
  const map = new Map(Object.entries(values))
  const storage: Storage = {
    get length() {
      return map.size
    },
    clear: () => map.clear(),
    getItem: (key) => map.get(key) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (key) => void map.delete(key),
    setItem: (key, value) => {
      if (options.full?.(key)) throw new DOMException('full', 'QuotaExceededError')
      map.set(key, String(value))
    },
  }
  return { map, storage }
}

function open(values: Record<string, string>, options?: { full?: (key: string) => boolean }) {
  const { map, storage: backing } = mapStorage(values, options)
  const storage = createSafeStorage(() => backing)
  const store = createDraftStore({ key: KEY, storage })
  return { map, storage, store }
}

/** Whether the app reads this saved text completely (nothing dropped or changed). */
function readsInFull(raw: string): boolean {
  try {
    const { state, version } = JSON.parse(raw) as { state: unknown; version: unknown }
    const result = migrateStoredState(state, version)
    return result.ok && result.lossless
  } catch {
    return false
  }
}

test.each([
  ['a negative version', { version: -1, state: { answers: { problem: 'my words' } } }, 'corrupt'],
  ['answers as a string', { version: 1, state: { answers: 'my words' } }, 'partly-read'],
  [
    'a step that does not exist',
    { version: 1, state: { stepId: 'nope', answers: { problem: 'w' } } },
    'partly-read',
  ],
  ['a version of 1e21', { version: 1e21, state: { answers: { problem: 'my words' } } }, 'too-new'],
  [
    'a fractional version',
    { version: 0.5, state: { answers: { problem: 'my words' } } },
    'corrupt',
  ],
])('a saved draft with %s is backed up and told before it is written over', (_, saved, kind) => {
  const raw = JSON.stringify(saved)
  const { map, storage, store } = open({ [KEY]: raw })
  store.getState().setAnswers({ problem: 'new words' })
  expect(map.get(backupKeyFor(KEY))).toBe(raw)
  expect(storage.problems().map((p) => p.kind)).toEqual([kind])
})

test('any stored value the app cannot read is backed up before it is replaced', () => {
  const saved = fc.oneof(
    anyText(100),
    fc.json(),
    fc.anything().map((state) => JSON.stringify({ version: 1, state }) ?? ''),
    fc
      .tuple(fc.anything(), fc.anything())
      .map(([state, version]) => JSON.stringify({ state, version }) ?? ''),
    fc
      .tuple(fc.dictionary(fc.string(), fc.anything()), fc.constantFrom(0, 1, -1, 2, 1e21))
      .map(([answers, version]) => JSON.stringify({ state: { answers }, version })),
  )
  fc.assert(
    fc.property(saved, (raw) => {
      const { map, store } = open({ [KEY]: raw })
      store.getState().setAnswers({ problem: 'new words' })
      if (!readsInFull(raw)) expect(map.get(backupKeyFor(KEY))).toBe(raw)
    }),
    { numRuns: 400 },
  )
})

test('a draft the app saved itself reads back in full: no backup, no notice', () => {
  fc.assert(
    fc.property(anyDraft, (draft) => {
      const first = open({})
      first.store.setState(draft)
      const raw = first.map.get(KEY) ?? ''
      const { map, storage, store } = open({ [KEY]: raw })
      expect(pickDraft(store.getState())).toEqual(draft)
      expect(map.has(backupKeyFor(KEY))).toBe(false)
      expect(storage.problems()).toEqual([])
    }),
    { numRuns: 150 },
  )
})

test('an earlier, different backup is kept too', () => {
  const { map, store } = open({ [KEY]: '{bad', [backupKeyFor(KEY)]: 'older backup' })
  store.getState().setAnswers({ problem: 'new words' })
  expect(map.get(backupKeyFor(KEY))).toBe('{bad')
  expect(map.get(`${backupKeyFor(KEY)}:previous`)).toBe('older backup')
})

test('when even the backup cannot be saved, the saved value is never written over', () => {
  const raw = JSON.stringify({ version: -1, state: { answers: { problem: 'precious' } } })
  const { map, storage, store } = open({ [KEY]: raw }, { full: (key) => key !== KEY })
  store.getState().setAnswers({ problem: 'new words' })
  expect(map.get(KEY)).toBe(raw)
  expect(storage.isSaved(KEY)).toBe(false)
  expect(store.getState().answers.problem).toBe('new words')
})

test('a full storage at load still shows the saved draft, and says saving fails', () => {
  const raw = JSON.stringify({ version: 1, state: { answers: { problem: 'saved words' } } })
  const { storage, store } = open({ [KEY]: raw }, { full: () => true })
  expect(storage.isPersistent).toBe(true)
  expect(store.getState().answers.problem).toBe('saved words')
  expect(storage.problems().map((p) => p.kind)).toEqual(['write-failed'])
  store.getState().setAnswers({ problem: 'more words' })
  expect(storage.isSaved(KEY)).toBe(false)
})
