import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { App } from '@/app/app'
import { IncomingDraftPrompts } from '@/components/draft/incoming-draft-prompts'
import { SharePanel } from '@/components/draft/share-export-panel'
import { emptyDraft, type Draft } from '@/domain/draft/draft'
import { serializeDraftFile } from '@/domain/draft/draft-file'
import { decodeShareLink, encodeShareLink } from '@/domain/draft/share-link'
import { createTestStores, renderWithStores } from '../support/render-with-stores'

const KEY = 'why-card:draft'

function draftWith(problem: string, stepId: Draft['stepId'] = 'problem'): Draft {
  const draft = emptyDraft()
  draft.answers.problem = problem
  draft.stepId = stepId
  return draft
}

function saveDraft(draft: Draft) {
  localStorage.setItem(KEY, JSON.stringify({ version: 1, state: draft }))
}

// Each test opens the app afresh, as following a link does.
function openApp(hash = '') {
  window.history.replaceState(null, '', `/${hash}`)
  const stores = createTestStores({ getStorage: () => localStorage })
  renderWithStores(<App />, stores)
  return stores
}

let downloads: Blob[] = []
beforeEach(() => {
  downloads = []
  URL.createObjectURL = vi.fn((blob: Blob) => {
    downloads.push(blob)
    return 'blob:test'
  })
  URL.revokeObjectURL = vi.fn()
})

test('a link opened with no draft of my own loads at once and leaves the address bar clean', async () => {
  const { drafts } = openApp(`#${encodeShareLink(draftWith('libraries are closing'))}`)
  expect(await screen.findByText(/the draft from the link is open/i)).toBeInTheDocument()
  expect(await screen.findByLabelText(/the problem you care about/i)).toHaveValue(
    'libraries are closing',
  )
  expect(drafts.getState().answers.problem).toBe('libraries are closing')
  expect(window.location.hash).toBe('')
})

test('a link with a different draft asks first, and Keep mine changes nothing', async () => {
  const user = userEvent.setup()
  saveDraft(draftWith('my own words'))
  const { drafts } = openApp(`#${encodeShareLink(draftWith('their words'))}`)
  const dialog = await screen.findByRole('alertdialog', { name: /open the draft from this link/i })
  expect(within(dialog).getByText(/their words/)).toBeInTheDocument()
  expect(within(dialog).getByRole('button', { name: /keep mine/i })).toHaveFocus()
  await user.click(within(dialog).getByRole('button', { name: /keep mine/i }))
  expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument()
  expect(screen.getByLabelText(/the problem you care about/i)).toHaveValue('my own words')
  expect(drafts.getState().answers.problem).toBe('my own words')
  expect(window.location.hash).toBe('')
})

test('Replace my draft loads the link’s draft into the open step', async () => {
  const user = userEvent.setup()
  saveDraft(draftWith('my own words'))
  openApp(`#${encodeShareLink(draftWith('their words'))}`)
  await user.click(await screen.findByRole('button', { name: /replace my draft/i }))
  expect(await screen.findByLabelText(/the problem you care about/i)).toHaveValue('their words')
})

test('Keep both saves my draft to a file, opens theirs, and lets me switch back', async () => {
  const user = userEvent.setup()
  saveDraft(draftWith('my own words'))
  openApp(`#${encodeShareLink(draftWith('their words'))}`)
  await user.click(await screen.findByRole('button', { name: /keep both/i }))
  expect(
    await screen.findByText(/yours was saved as why-card-draft-kept\.json/i),
  ).toBeInTheDocument()
  expect(await screen.findByLabelText(/the problem you care about/i)).toHaveValue('their words')
  expect(downloads).toHaveLength(1)
  expect(await downloads[0]?.text()).toContain('my own words')
  expect(localStorage.getItem(`${KEY}:kept`)).toContain('my own words')

  await user.click(screen.getByRole('button', { name: /switch back to my draft/i }))
  expect(await screen.findByLabelText(/the problem you care about/i)).toHaveValue('my own words')
})

test('Escape answers the question with the choice that loses nothing', async () => {
  const user = userEvent.setup()
  saveDraft(draftWith('my own words'))
  openApp(`#${encodeShareLink(draftWith('their words'))}`)
  await screen.findByRole('alertdialog')
  await user.keyboard('{Escape}')
  expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument()
  expect(screen.getByLabelText(/the problem you care about/i)).toHaveValue('my own words')
})

test.each([
  ['cut short', (link: string) => link.slice(0, link.length - 12), /cut off or changed/i],
  ['from a newer app', () => '#draft=v9.abc', /newer version/i],
  ['far too long', () => `#draft=v1.${'A'.repeat(200_001)}`, /far too long/i],
  ['garbled', () => '#draft=v1.%%%<script>', /cut off or changed/i],
])('a link %s says so and leaves my draft untouched', async (_name, mangle, message) => {
  saveDraft(draftWith('my own words'))
  const { drafts } = openApp(mangle(`#${encodeShareLink(draftWith('their words'))}`))
  expect(await screen.findByRole('alert')).toHaveTextContent(message)
  expect(await screen.findByLabelText(/the problem you care about/i)).toHaveValue('my own words')
  expect(drafts.getState().answers.problem).toBe('my own words')
  expect(window.location.hash).toBe('')
})

test('an in-page anchor is not mistaken for a link', async () => {
  saveDraft(draftWith('my own words'))
  openApp('#step-heading')
  expect(await screen.findByLabelText(/the problem you care about/i)).toHaveValue('my own words')
  expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  expect(window.location.hash).toBe('#step-heading')
})

function renderPanel() {
  const stores = createTestStores({ getStorage: () => localStorage })
  renderWithStores(
    <>
      <IncomingDraftPrompts
        drafts={stores.drafts}
        incoming={stores.incomingDrafts}
        crossTab={stores.crossTabSync}
      />
      <SharePanel />
    </>,
    stores,
  )
  return stores
}

test('Share link copies a link that carries the whole draft, and shows it to copy by hand', async () => {
  const user = userEvent.setup()
  saveDraft(draftWith('libraries are closing', 'card'))
  renderPanel()
  await user.click(screen.getByRole('button', { name: /make a share link/i }))
  expect(await screen.findByText(/link copied/i)).toBeInTheDocument()
  const field = screen.getByRole('textbox', { name: /share link/i })
  expect(field).toHaveAttribute('readonly')
  const url = new URL((field as HTMLInputElement).value)
  expect(url.origin).toBe(window.location.origin)
  expect(decodeShareLink(url.hash)).toEqual({
    ok: true,
    draft: draftWith('libraries are closing', 'card'),
  })
  expect(await navigator.clipboard.readText()).toBe(url.href)
})

test('Export downloads the draft as a versioned JSON file', async () => {
  const user = userEvent.setup()
  saveDraft(draftWith('libraries are closing', 'card'))
  renderPanel()
  await user.click(screen.getByRole('button', { name: /export to a file/i }))
  expect(await screen.findByText(/saved as why-card-draft\.json/i)).toBeInTheDocument()
  const file = JSON.parse((await downloads[0]?.text()) ?? '') as Record<string, unknown>
  expect(file).toMatchObject({
    app: 'why-card',
    version: 1,
    draft: { answers: { problem: 'libraries are closing' } },
  })
})

test('Import of a bad file explains why and replaces nothing', async () => {
  const user = userEvent.setup()
  saveDraft(draftWith('my own words', 'card'))
  const { drafts } = renderPanel()
  const input = screen.getByLabelText(/import a draft file/i)
  await user.upload(
    input,
    new File(['{"app":"why-card","version":1,"draft":'], 'broken.json', {
      type: 'application/json',
    }),
  )
  expect(await screen.findByRole('alert')).toHaveTextContent(
    /not a why card draft, or it is damaged/i,
  )
  expect(drafts.getState().answers.problem).toBe('my own words')
})

test('Import of a different draft asks before replacing, like a link', async () => {
  const user = userEvent.setup()
  saveDraft(draftWith('my own words', 'card'))
  const { drafts } = renderPanel()
  const text = serializeDraftFile(draftWith('imported words', 'card'), '2026-11-02T00:00:00.000Z')
  await user.upload(
    screen.getByLabelText(/import a draft file/i),
    new File([text], 'why-card-draft.json', { type: 'application/json' }),
  )
  const dialog = await screen.findByRole('alertdialog', { name: /open the imported draft/i })
  await user.click(within(dialog).getByRole('button', { name: /replace my draft/i }))
  expect(drafts.getState().answers.problem).toBe('imported words')
  expect(await screen.findByText(/the imported draft is open/i)).toBeInTheDocument()
})
