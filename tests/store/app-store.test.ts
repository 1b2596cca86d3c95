// The app's stores are made by one call with the browser's values, never on import.
import { createAppStores } from '@/store/app-store'
import { memoryStorage } from '../support/render-with-stores'

function make(search: string, getStorage: () => Storage | undefined = memoryStorage) {
  const window = new EventTarget() as unknown as Window
  const document = Object.assign(new EventTarget(), { visibilityState: 'visible' }) as Document
  const stores = createAppStores({ search, getStorage, window, document })
  const unload = () => {
    const event = new Event('beforeunload', { cancelable: true })
    window.dispatchEvent(event)
    return event.defaultPrevented
  }
  return { stores, unload }
}

test('the launch namespace picks the saved draft, and saves go to the storage given', () => {
  const storage = memoryStorage()
  const { stores } = make('?ns=lesson-3', () => storage)
  expect(stores.draftKey).toBe('why-card:draft:lesson-3')
  stores.drafts.getState().setAnswers({ problem: 'libraries are closing' })
  stores.unsavedWords.flush()
  expect(storage.getItem('why-card:draft:lesson-3')).toContain('libraries are closing')
  expect(storage.getItem('why-card:draft')).toBeNull()
})

test('two sets of stores share nothing', () => {
  const first = make('').stores
  const second = make('').stores
  first.drafts.getState().setAnswers({ problem: 'words' })
  expect(second.drafts.getState().answers.problem).toBe('')
})

test('with storage blocked the page warns before it unloads, until the stores are stopped', () => {
  const { stores, unload } = make('', () => undefined)
  stores.drafts.getState().setAnswers({ problem: 'words kept in memory only' })
  expect(unload()).toBe(true)
  stores.stop()
  expect(unload()).toBe(false)
})
