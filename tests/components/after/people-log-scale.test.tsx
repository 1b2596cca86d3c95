/* eslint-disable testing-library/no-container, testing-library/no-node-access -- role queries over 500 entries take minutes in jsdom; plain DOM queries keep this test fast */
// 500 people (the cap): typing a follow-up message renders only the entry being typed in, and
// the draft is saved once after a pause, not on every key.
import { fireEvent } from '@testing-library/react'
import { vi } from 'vitest'
import { PeopleLog } from '@/components/after/people-log'
import { MAX_PEOPLE, type Person } from '@/domain/after/people'
import { emptyAnswers } from '@/domain/pitch/answers'
import { createSafeStorage } from '@/lib/safe-storage'
import { createDraftStore } from '@/store/draft-store'
import { flushPendingSaves } from '@/store/unsaved-words'
import { createTestStores, renderWithStores } from '../../support/render-with-stores'

function manyPeople(count: number): Person[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `p${i}`,
    name: `Person ${i}`,
    metAt: 'the climate meetup',
    passion: 'repair cafés and the people who run them '.repeat(4),
    suggestionKind: 'book',
    suggestion: 'The Repair Manifesto',
    followUpOn: '2025-03-11',
    done: false,
  }))
}

test(
  'typing a message with 500 people renders only the entry typed in',
  { timeout: 60_000 },
  () => {
    const stores = createTestStores()
    stores.drafts.setState({ answers: emptyAnswers(), people: manyPeople(MAX_PEOPLE) })
    const { container } = renderWithStores(<PeopleLog now={() => new Date(2025, 2, 9)} />, stores)
    // Plain DOM queries: role queries over 500 entries take minutes in jsdom.
    const entry = [...container.querySelectorAll('article.person')].find(
      (article) => article.querySelector('.person-name')?.textContent === 'Person 7',
    )
    const toggle = entry?.querySelector('button[aria-expanded]')
    if (!entry || !toggle) throw new Error('no entry for Person 7')
    fireEvent.click(toggle)
    const body = entry.querySelector('textarea')
    if (!body) throw new Error('no message field')
    expect(body).toHaveAccessibleName('Follow-up message to Person 7')
    // Every entry formats its date when it renders: a cheap, exact count of entries rendered.
    const formatDate = vi.spyOn(Date.prototype, 'toLocaleDateString')
    for (const text of ['H', 'Hi', 'Hi G', 'Hi Grace'])
      fireEvent.change(body, { target: { value: text } })
    expect(stores.drafts.getState().people[7]?.message).toBe('Hi Grace')
    expect(formatDate.mock.calls.length).toBeLessThanOrEqual(4)
    formatDate.mockRestore()
  },
)

test('with a save delay, many quick changes are written once, after the pause', () => {
  vi.useFakeTimers()
  try {
    let writes = 0
    const map = new Map<string, string>()
    const storage = createSafeStorage(
      () =>
        ({
          getItem: (key: string) => map.get(key) ?? null,
          setItem: (key: string, value: string) => {
            if (!key.startsWith('__')) writes++
            map.set(key, value)
          },
          removeItem: (key: string) => void map.delete(key),
        }) as Storage,
    )
    const drafts = createDraftStore({ key: 'k', storage, saveDelayMs: 300 })
    drafts.setState({ people: manyPeople(MAX_PEOPLE) })
    vi.advanceTimersByTime(300)
    writes = 0
    for (let i = 0; i < 50; i++) drafts.getState().updatePerson('p1', { message: `m${i}` })
    expect(writes).toBe(0)
    expect(storage.isSaved('k')).toBe(true)
    vi.advanceTimersByTime(300)
    expect(writes).toBe(1)
    expect(map.get('k')).toContain('m49')
    drafts.getState().updatePerson('p1', { message: 'last words' })
    flushPendingSaves(drafts)
    expect(writes).toBe(2)
    expect(map.get('k')).toContain('last words')
  } finally {
    vi.useRealTimers()
  }
})
