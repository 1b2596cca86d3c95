import { act, fireEvent, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { App } from '@/app/app'
import { emptyDraft, type Draft } from '@/domain/draft/draft'
import { createTestStores, renderWithStores } from '../support/render-with-stores'

const KEY = 'why-card:draft'

function saved(problem: string): string {
  const draft: Draft = { ...emptyDraft(), stepId: 'problem' }
  draft.answers.problem = problem
  return JSON.stringify({ version: 1, state: draft })
}

// The app as a tab opens it: fresh stores on the browser's storage, where the other tab saves.
function openApp() {
  const stores = createTestStores({ getStorage: () => localStorage })
  renderWithStores(<App />, stores)
  return stores
}

/** What the browser does in this tab when another tab saves the draft. */
function otherTabSaves(newValue: string) {
  const oldValue = localStorage.getItem(KEY)
  localStorage.setItem(KEY, newValue)
  act(() => {
    window.dispatchEvent(
      new StorageEvent('storage', { key: KEY, oldValue, newValue, storageArea: localStorage }),
    )
  })
}

beforeEach(() => {
  window.history.replaceState(null, '', '/')
})

test('words typed in another tab show up in this one when this tab has nothing of its own unsaved', async () => {
  localStorage.setItem(KEY, saved('libraries are closing'))
  openApp()
  expect(await screen.findByLabelText(/the problem you care about/i)).toHaveValue(
    'libraries are closing',
  )
  otherTabSaves(saved('libraries are closing early'))
  expect(await screen.findByLabelText(/the problem you care about/i)).toHaveValue(
    'libraries are closing early',
  )
  expect(screen.queryByRole('alert')).not.toBeInTheDocument()
})

test('each tab stays on its own step while the words travel', async () => {
  localStorage.setItem(KEY, saved('libraries are closing'))
  const { drafts } = openApp()
  const theirs = JSON.parse(saved('new words')) as { state: Draft }
  theirs.state.stepId = 'card'
  otherTabSaves(JSON.stringify(theirs))
  expect(await screen.findByLabelText(/the problem you care about/i)).toHaveValue('new words')
  expect(drafts.getState().stepId).toBe('problem')
})

test('when both tabs changed the draft, this tab says so and stops saving until the person chooses', async () => {
  const user = userEvent.setup()
  localStorage.setItem(KEY, saved('start'))
  openApp()
  const field = await screen.findByLabelText(/the problem you care about/i)
  // This tab's save did not reach storage (say, the other tab overwrote it first).
  fireEvent.change(field, { target: { value: 'typed here' } })
  localStorage.setItem(KEY, saved('start'))
  otherTabSaves(saved('typed there'))
  expect(await screen.findByRole('alert')).toHaveTextContent(/changed in another tab/i)

  fireEvent.change(field, { target: { value: 'typed here, more' } })
  expect(localStorage.getItem(KEY)).toContain('typed there')

  await user.click(screen.getByRole('button', { name: /load the newer version/i }))
  expect(await screen.findByLabelText(/the problem you care about/i)).toHaveValue('typed there')
  expect(screen.queryByRole('alert')).not.toBeInTheDocument()
})

test('keeping this tab’s version saves it over the other tab’s', async () => {
  const user = userEvent.setup()
  localStorage.setItem(KEY, saved('start'))
  openApp()
  const field = await screen.findByLabelText(/the problem you care about/i)
  fireEvent.change(field, { target: { value: 'typed here' } })
  localStorage.setItem(KEY, saved('start'))
  otherTabSaves(saved('typed there'))
  await user.click(await screen.findByRole('button', { name: /keep this tab’s version/i }))
  expect(localStorage.getItem(KEY)).toContain('typed here')
  expect(screen.getByLabelText(/the problem you care about/i)).toHaveValue('typed here')
})

test('a value another tab saved that this version cannot read is left alone', async () => {
  localStorage.setItem(KEY, saved('mine'))
  const { drafts } = openApp()
  await screen.findByLabelText(/the problem you care about/i)
  otherTabSaves(JSON.stringify({ version: 99, state: { answers: { problem: 'future' } } }))
  otherTabSaves('{not json')
  expect(drafts.getState().answers.problem).toBe('mine')
})
