import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { App } from '@/app/app'
import { createTestStores, renderWithStores } from '../support/render-with-stores'

// Each test loads the app afresh, as a page reload does: the stores are created anew and
// rehydrate from whatever the previous "page" left in localStorage.
function loadApp() {
  return renderWithStores(<App />, createTestStores({ getStorage: () => localStorage }))
}

beforeEach(() => {
  window.history.replaceState(null, '')
})

test('a reload on a middle step comes back to the same step with every answer', async () => {
  const user = userEvent.setup()
  const view = loadApp()
  await user.click(await screen.findByRole('button', { name: /begin/i }))
  await user.type(
    await screen.findByLabelText(/the problem you care about/i),
    'libraries are closing',
  )
  await user.click(screen.getByRole('button', { name: /next/i }))
  await user.type(
    await screen.findByLabelText(/the moment it became personal/i),
    'our branch shut in May',
  )
  // What a reload does first: the page goes away (a save waiting for a pause is written).
  window.dispatchEvent(new Event('pagehide'))
  view.unmount()

  loadApp()
  expect(
    await screen.findByRole('heading', { name: /when did you see it up close/i }),
  ).toBeInTheDocument()
  expect(screen.getByLabelText(/the moment it became personal/i)).toHaveValue(
    'our branch shut in May',
  )
  await user.click(screen.getByRole('button', { name: /back/i }))
  expect(await screen.findByLabelText(/the problem you care about/i)).toHaveValue(
    'libraries are closing',
  )
})

test('a draft saved days ago opens where it stopped, and the start step offers to continue it', async () => {
  localStorage.setItem(
    'why-card:draft',
    JSON.stringify({
      version: 1,
      state: { answers: { problem: 'kids stop reading', situation: 'creative' }, stepId: 'start' },
    }),
  )
  loadApp()
  expect(await screen.findByText(/welcome back/i)).toBeInTheDocument()
  expect(screen.getByRole('radio', { name: /making a creative work/i })).toBeChecked()
  expect(screen.getByRole('button', { name: /continue with my draft/i })).toBeInTheDocument()
})

test('corrupted saved data starts a working app, tells the person and keeps the raw text aside', async () => {
  localStorage.setItem('why-card:draft', '{"version":1,"state":{"answers":{"problem":"my words"')
  loadApp()
  expect(await screen.findByRole('alert')).toHaveTextContent(/could not be read/i)
  expect(screen.getByRole('button', { name: /download the saved copy/i })).toBeInTheDocument()
  expect(localStorage.getItem('why-card:draft:backup')).toContain('my words')
  expect(screen.getByRole('heading', { level: 2 })).toBeInTheDocument()
})

test('a draft from a newer version is kept aside instead of being overwritten', async () => {
  const future = JSON.stringify({ version: 99, state: { answers: { problem: 'from the future' } } })
  localStorage.setItem('why-card:draft', future)
  loadApp()
  expect(await screen.findByRole('alert')).toHaveTextContent(/newer version/i)
  expect(localStorage.getItem('why-card:draft:backup')).toBe(future)
})

test('blocked storage leaves the app working in memory with one clear notice', async () => {
  const user = userEvent.setup()
  // Blocked storage throws on every touch; a storage that only refuses writes is a full one,
  // which still reads the saved draft (see unreadable-saved-data.test.ts).
  const blocked = () => {
    throw new DOMException('blocked', 'SecurityError')
  }
  const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(blocked)
  const getItem = vi.spyOn(Storage.prototype, 'getItem').mockImplementation(blocked)
  try {
    loadApp()
    expect(await screen.findByRole('alert')).toHaveTextContent(/lives only in this tab/i)
    await user.click(screen.getByRole('button', { name: /begin/i }))
    await user.type(await screen.findByLabelText(/the problem you care about/i), 'still works')
    await user.click(screen.getByRole('button', { name: /next/i }))
    expect(
      await screen.findByRole('heading', { name: /when did you see it up close/i }),
    ).toBeInTheDocument()
    expect(screen.getAllByRole('alert')).toHaveLength(1)
  } finally {
    setItem.mockRestore()
    getItem.mockRestore()
  }
})
