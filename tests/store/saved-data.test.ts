import fc from 'fast-check'
import { sanitizeDraft } from '@/domain/draft/draft'
import { createSafeStorage } from '@/lib/safe-storage'
import { createDraftStore, pickDraft } from '@/store/draft-store'
import { anyText } from '../fixtures/draft-arbitrary'

function memoryStorage(values: Record<string, string>): Storage {
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

test('any string as saved data opens a valid draft without throwing', () => {
  const savedValues = fc.oneof(
    anyText(300),
    fc.json(),
    fc.anything().map((state) => JSON.stringify({ version: 1, state }) ?? ''),
    fc
      .tuple(fc.anything(), fc.anything())
      .map(([state, version]) => JSON.stringify({ state, version }) ?? ''),
  )
  fc.assert(
    fc.property(savedValues, (raw) => {
      const storage = createSafeStorage(() => memoryStorage({ k: raw }))
      const store = createDraftStore({ key: 'k', storage })
      const draft = pickDraft(store.getState())
      expect(draft).toEqual(sanitizeDraft(draft))
    }),
    { numRuns: 300 },
  )
})
