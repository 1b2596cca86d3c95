import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { vi } from 'vitest'
import { SectionErrorBoundary } from '@/components/draft/section-error-boundary'
import { emptyAnswers } from '@/domain/pitch/answers'
import { pickDraft } from '@/store/draft-store'
import { createTestStores, renderWithStores } from '../../support/render-with-stores'

function Broken(): never {
  throw new URIError('URI malformed')
}

test('a part that throws shows a notice with export, keeps the draft, and the rest of the page', async () => {
  const stores = createTestStores()
  stores.drafts.setState({ answers: { ...emptyAnswers(), problem: 'my words' } })
  const before = pickDraft(stores.drafts.getState())
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
  const error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
  const createObjectURL = vi.fn(() => 'blob:x')
  Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() })
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined)
  renderWithStores(
    <>
      <p>still here</p>
      <SectionErrorBoundary>
        <Broken />
      </SectionErrorBoundary>
    </>,
    stores,
  )
  expect(screen.getByRole('alert')).toHaveTextContent(/could not be shown.*draft is untouched/i)
  expect(screen.getByText('still here')).toBeInTheDocument()
  expect(pickDraft(stores.drafts.getState())).toEqual(before)
  await userEvent.click(screen.getByRole('button', { name: 'Export to a file' }))
  await vi.waitFor(() => expect(click).toHaveBeenCalled())
  const blob = (createObjectURL.mock.calls[0] as unknown as [Blob])[0]
  expect(await blob.text()).toContain('my words')
  expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument()
  warn.mockRestore()
  error.mockRestore()
  click.mockRestore()
})
