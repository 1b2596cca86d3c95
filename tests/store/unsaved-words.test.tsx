import { render, screen, within } from '@testing-library/react'
import { StorageNotice } from '@/components/draft/storage-notice'
import { createSafeStorage } from '@/lib/safe-storage'
import { startCrossTabSync } from '@/store/cross-tab-sync'
import { createDraftStore } from '@/store/draft-store'
import { createUnsavedWords, warnBeforeUnload } from '@/store/unsaved-words'

function setup() {
  const map = new Map<string, string>()
  let full = false
  const backing = {
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => {
      if (full && key !== '__why-card-probe__') throw new DOMException('full', 'QuotaExceededError')
      map.set(key, value)
    },
    removeItem: (key: string) => void map.delete(key),
  } as Storage
  const storage = createSafeStorage(() => backing)
  const drafts = createDraftStore({ key: 'k', storage })
  const target = new EventTarget()
  const crossTab = startCrossTabSync(drafts, 'k', storage, target as unknown as Window)
  const unsaved = createUnsavedWords({ drafts, storage, key: 'k', crossTab })
  const stop = warnBeforeUnload(unsaved, target as unknown as Window)
  const unload = () => {
    const event = new Event('beforeunload', { cancelable: true })
    target.dispatchEvent(event)
    return event.defaultPrevented
  }
  return { storage, drafts, unload, stop, fill: () => (full = true), free: () => (full = false) }
}

test('words typed while saving fails make the page warn before it unloads, until saved again', () => {
  const { drafts, unload, fill, free, stop } = setup()
  drafts.getState().setAnswers({ problem: 'saved words' })
  expect(unload()).toBe(false)
  fill()
  drafts.getState().setAnswers({ problem: 'saved words and unsaved ones' })
  expect(unload()).toBe(true)
  free()
  drafts.getState().setAnswers({ problem: 'saved words and now saved ones' })
  expect(unload()).toBe(false)
  stop()
})

test('storage that cannot be used at all warns as soon as there are words', () => {
  const storage = createSafeStorage(() => undefined)
  const drafts = createDraftStore({ key: 'k', storage })
  const target = new EventTarget() as unknown as Window
  const crossTab = startCrossTabSync(drafts, 'k', storage, target)
  const unsaved = createUnsavedWords({ drafts, storage, key: 'k', crossTab })
  expect(unsaved.check()).toBe(false)
  drafts.getState().setAnswers({ problem: 'words' })
  expect(unsaved.check()).toBe(true)
})

test('the notice itself offers Export to a file', () => {
  const { storage, drafts, fill } = setup()
  fill()
  drafts.getState().setAnswers({ problem: 'words' })
  render(<StorageNotice storage={storage} drafts={drafts} />)
  const alert = screen.getByRole('alert')
  expect(alert).toHaveTextContent(/could not be saved/)
  expect(within(alert).getByRole('button', { name: 'Export to a file' })).toBeInTheDocument()
})
