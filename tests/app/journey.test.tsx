import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { App } from '@/app/app'
import type { AppStores } from '@/store/app-store'
import { clickNext, expectStep, fillField, walkToPitch } from './journey-helpers'
import { createTestStores, renderWithStores } from '../support/render-with-stores'

let stores: AppStores
beforeEach(() => {
  stores = createTestStores()
  window.history.replaceState(null, '')
})

test('a person walks from the first screen to the card and sees their pitch and asks on it', async () => {
  const user = userEvent.setup()
  renderWithStores(<App />, stores)
  await walkToPitch(user)

  const pitch = screen.getByLabelText(/30-second pitch/i)
  expect(pitch).toHaveDisplayValue(
    // (The opening line and the frame of the shared theme are phrased per person; this person's
    // are among the theme-first ones.)
    /^(?:It’s about potential, really|For me, it’s about potential|It comes down to potential)\. (?:We all know something about|It’s something we all share:|We all have our own story of) the strange things/,
  )
  expect(screen.getAllByText(/\d+ words, about \d+ seconds aloud/).length).toBeGreaterThanOrEqual(5)
  await clickNext(user)

  await expectStep(9, /your conversation card/i)
  const preview = screen.getByRole('group', { name: /card preview/i })
  const front = within(preview).getByRole('article', { name: /front/i })
  const back = within(preview).getByRole('article', { name: /back/i })
  expect(within(front).getByText('Ada Lovelace')).toBeInTheDocument()
  expect(
    within(front).getByText(
      /^(?:It’s about potential, really|For me, it’s about potential|It comes down to potential)\./,
    ),
  ).toBeInTheDocument()
  expect(within(back).getByText('So, what are you passionate about?')).toBeInTheDocument()
  expect(within(back).getByText('Partners to build it with')).toBeInTheDocument()
  // The invitation names what the person asked for.
  expect(
    within(back).getByText(
      /I’m looking for partners to build it with\. Who do you think I should talk to\?/,
    ),
  ).toBeInTheDocument()
})

test('the card step keeps a place for the PDF download next to print and copy', async () => {
  stores.drafts.setState({ stepId: 'card' })
  renderWithStores(<App />, stores)
  expect(await screen.findByRole('button', { name: /print card/i })).toBeInTheDocument()
  expect(screen.getByRole('button', { name: /copy pitch/i })).toBeInTheDocument()
})

test('a blank required answer shows a message linked to the field, and it clears once answered', async () => {
  const user = userEvent.setup()
  stores.drafts.setState({ stepId: 'problem' })
  renderWithStores(<App />, stores)
  await clickNext(user)

  const field = await screen.findByLabelText(/the problem you care about/i)
  expect(field).toHaveAttribute('aria-invalid', 'true')
  expect(field).toHaveAccessibleDescription(/please write the problem that keeps pulling at you/i)
  expect(field).toHaveFocus()

  await user.type(field, 'kids stop reading for fun')
  await clickNext(user)
  await expectStep(3, /when did you see it up close/i)
  expect(screen.queryByText(/please write/i)).not.toBeInTheDocument()
})

test('Enter moves on from a step, Shift+Enter does not', async () => {
  const user = userEvent.setup()
  stores.drafts.setState({ stepId: 'moves' })
  renderWithStores(<App />, stores)
  const field = await screen.findByLabelText(/the moment it became personal/i)
  await user.type(field, 'my grandmother')
  await user.keyboard('{Shift>}{Enter}{/Shift}')
  expect(screen.getByText(/Step 3 of 9/)).toBeInTheDocument()
  await user.keyboard('{Enter}')
  await expectStep(4, /what do you believe/i)
})

test('going Back keeps every answer, and the browser Back button goes to the previous step', async () => {
  const user = userEvent.setup()
  stores.drafts.setState({ stepId: 'problem' })
  renderWithStores(<App />, stores)
  await fillField(user, /the problem you care about/i, 'libraries are closing')
  await clickNext(user)
  await expectStep(3, /when did you see it up close/i)
  await fillField(user, /the moment it became personal/i, 'our branch shut')

  await user.click(screen.getByRole('button', { name: /^back$/i }))
  await expectStep(2, /what keeps pulling at you/i)
  expect(screen.getByLabelText(/the problem you care about/i)).toHaveValue('libraries are closing')

  await clickNext(user)
  await expectStep(3, /when did you see it up close/i)
  expect(screen.getByLabelText(/the moment it became personal/i)).toHaveValue('our branch shut')

  window.history.back()
  await expectStep(2, /what keeps pulling at you/i)
})

test('focus moves to the new step’s heading when the step changes', async () => {
  const user = userEvent.setup()
  stores.drafts.setState({ stepId: 'problem' })
  renderWithStores(<App />, stores)
  await fillField(user, /the problem you care about/i, 'libraries are closing')
  await clickNext(user)
  const heading = await screen.findByRole('heading', {
    level: 2,
    name: /when did you see it up close/i,
  })
  expect(heading).toHaveFocus()
})

test('Start over asks first, and only clears after the person confirms', async () => {
  const user = userEvent.setup()
  stores.drafts.setState({ stepId: 'problem' })
  renderWithStores(<App />, stores)
  await fillField(user, /the problem you care about/i, 'libraries are closing')

  await user.click(screen.getByRole('button', { name: /start over/i }))
  const dialog = await screen.findByRole('alertdialog', { name: /start over\?/i })
  await user.click(within(dialog).getByRole('button', { name: /cancel/i }))
  expect(screen.getByLabelText(/the problem you care about/i)).toHaveValue('libraries are closing')

  await user.click(screen.getByRole('button', { name: /start over/i }))
  await user.click(await screen.findByRole('button', { name: /yes, clear everything/i }))
  await expectStep(1, /connection, not transactions/i)
  expect(stores.drafts.getState().answers.problem).toBe('')
})

test('an over-long paste is cut to the limit with a message, not lost silently', async () => {
  const user = userEvent.setup()
  stores.drafts.setState({ stepId: 'problem' })
  renderWithStores(<App />, stores)
  const field = await screen.findByLabelText(/the problem you care about/i)
  await user.click(field)
  await user.paste('x'.repeat(1000))
  expect(field).toHaveValue('x'.repeat(400))
  expect(screen.getByText(/longer than 400 characters/i)).toBeInTheDocument()
  expect(screen.getByText('400 of 400 characters')).toBeInTheDocument()
})

test('markup typed as text shows literally on the card', async () => {
  stores.drafts.setState({
    stepId: 'card',
    answers: { ...stores.drafts.getState().answers, name: '<img src=x onerror=alert(1)>' },
  })
  renderWithStores(<App />, stores)
  expect(await screen.findByText('<img src=x onerror=alert(1)>')).toBeInTheDocument()
  expect(screen.queryByRole('img')).not.toBeInTheDocument()
})

test('an ask of their own is added to the list, and an over-long one is cut with a message', async () => {
  const user = userEvent.setup()
  stores.drafts.setState({ stepId: 'stage' })
  renderWithStores(<App />, stores)
  const custom = await screen.findByLabelText(/another ask, in your words/i)
  await user.click(custom)
  await user.paste('y'.repeat(300))
  expect(custom).toHaveValue('y'.repeat(160))
  expect(screen.getByText(/longer than 160 characters/i)).toBeInTheDocument()
  await user.clear(custom)
  await user.type(custom, 'A librarian who has seen this up close{Enter}')
  expect(
    screen.getByRole('checkbox', { name: 'A librarian who has seen this up close' }),
  ).toBeChecked()
})
