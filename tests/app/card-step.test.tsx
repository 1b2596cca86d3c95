import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { App } from '@/app/app'
import { emptyAnswers } from '@/domain/pitch/answers'
import type { AppStores } from '@/store/app-store'
import { createTestStores, renderWithStores } from '../support/render-with-stores'

const answers = {
  ...emptyAnswers(),
  name: 'Zoë Łódź',
  stage: 'growing' as const,
  asks: ['Introductions to people who care about this'],
  problem: 'kids stop reading for fun',
  betterWorld: 'every child had a book they could not put down',
  theme: 'the stories that made us who we are',
  coreWord: 'wonder',
}

let stores: AppStores
beforeEach(() => {
  stores = createTestStores()
  stores.drafts.setState({ ...stores.drafts.getInitialState(), answers, stepId: 'card' }, true)
})

test('the card shows front and back with the stage’s asks, the invitation and room for notes', async () => {
  renderWithStores(<App />, stores)
  const preview = await screen.findByRole('group', { name: /card preview/i })
  const back = within(preview).getByRole('article', { name: /back/i })
  expect(within(back).getByText('Introductions to people who care about this')).toBeInTheDocument()
  expect(within(back).getByText(/who I met/i)).toBeInTheDocument()
  expect(within(back).getByText(/follow up by/i)).toBeInTheDocument()
  expect(within(preview).getByText('Zoë Łódź')).toBeInTheDocument()
})

test('Copy pitch puts the 30-second pitch on the clipboard and says so', async () => {
  const user = userEvent.setup()
  renderWithStores(<App />, stores)
  await user.click(await screen.findByRole('button', { name: /copy pitch/i }))
  expect(await screen.findByText(/pitch copied/i)).toBeInTheDocument()
  const copied = await navigator.clipboard.readText()
  expect(copied).toMatch(/wonder/)
  expect(copied).toMatch(/\?/)
})

test('choosing a card size is remembered with the draft', async () => {
  const user = userEvent.setup()
  renderWithStores(<App />, stores)
  await user.click(await screen.findByRole('radio', { name: /a6 card/i }))
  expect(stores.drafts.getState().cardSize).toBe('a6')
  expect(screen.getByRole('radio', { name: /a6 card/i })).toBeChecked()
})

test('a card too full to fit says so before download and names what to shorten', async () => {
  stores.drafts.setState({
    pitchEdits: { pitch: 'We all wonder about this. '.repeat(150).trim() },
  })
  renderWithStores(<App />, stores)
  expect(await screen.findByText(/too full to fit/i)).toBeInTheDocument()
  expect(screen.getByText(/shorten the 30-second pitch/i)).toBeInTheDocument()
  // Nothing is cut from the preview: every word is still there.
  const preview = screen.getByRole('group', { name: /card preview/i })
  expect(
    within(preview).getByText('We all wonder about this. '.repeat(150).trim()),
  ).toBeInTheDocument()
})
