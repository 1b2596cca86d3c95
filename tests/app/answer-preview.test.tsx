import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { App } from '@/app/app'
import { emptyAnswers } from '@/domain/pitch/answers'
import type { AppStores } from '@/store/app-store'
import { createTestStores, renderWithStores } from '../support/render-with-stores'

let stores: AppStores
beforeEach(() => {
  stores = createTestStores()
  stores.drafts.setState(
    { ...stores.drafts.getInitialState(), answers: emptyAnswers(), stepId: 'belief' },
    true,
  )
})

test('a blank belief shows the stem it will complete', async () => {
  renderWithStores(<App />, stores)
  const field = await screen.findByLabelText(/what you believe/i)
  expect(field).toHaveAccessibleDescription(/In your pitch: I believe …/)
})

test('a belief typed with its own lead-in reads without saying it twice', async () => {
  const user = userEvent.setup()
  renderWithStores(<App />, stores)
  const field = await screen.findByLabelText(/what you believe/i)
  await user.type(field, 'I believe that PEOPLE CAN CHANGE')
  expect(
    await screen.findByText('I believe people can change.', { exact: false }),
  ).toBeInTheDocument()
  expect(field).toHaveAccessibleDescription(/In your pitch: I believe people can change\./)
})

test('a belief typed as a question is shown as the pitch’s one question', async () => {
  const user = userEvent.setup()
  renderWithStores(<App />, stores)
  const field = await screen.findByLabelText(/what you believe/i)
  await user.type(field, "isn't fixing something together the fastest way to make a neighbour")
  expect(
    await screen.findByText(
      /Isn't fixing something together the fastest way to make a neighbour\?/,
    ),
  ).toBeInTheDocument()
  expect(field).toHaveAccessibleDescription(/Your pitch will ask it as its one question/)
})
