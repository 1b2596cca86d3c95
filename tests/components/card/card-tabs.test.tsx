import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { CardTabs } from '@/components/card/card-tabs'

function renderTabs() {
  render(<CardTabs card={<p>The card itself</p>} people={<p>The people log</p>} />)
}

test('the card tab is open first and each panel is labelled by its tab', () => {
  renderTabs()
  const cardTab = screen.getByRole('tab', { name: 'Your card' })
  expect(cardTab).toHaveAttribute('aria-selected', 'true')
  expect(screen.getByRole('tabpanel', { name: 'Your card' })).toHaveTextContent('The card itself')
  expect(screen.getByRole('tab', { name: 'People I met' })).toHaveAttribute('tabindex', '-1')
})

test('arrow keys, Home and End move between the tabs and show their panels', async () => {
  const user = userEvent.setup()
  renderTabs()
  await user.tab()
  expect(screen.getByRole('tab', { name: 'Your card' })).toHaveFocus()
  await user.keyboard('{ArrowRight}')
  const peopleTab = screen.getByRole('tab', { name: 'People I met' })
  expect(peopleTab).toHaveFocus()
  expect(peopleTab).toHaveAttribute('aria-selected', 'true')
  expect(screen.getByRole('tabpanel', { name: 'People I met' })).toHaveTextContent('The people log')
  await user.keyboard('{ArrowRight}')
  expect(screen.getByRole('tab', { name: 'Your card' })).toHaveFocus()
  await user.keyboard('{End}')
  expect(peopleTab).toHaveFocus()
  await user.keyboard('{Home}')
  expect(screen.getByRole('tab', { name: 'Your card' })).toHaveAttribute('aria-selected', 'true')
})

test('the card stays in the page while People is open, so printing still gives the card', async () => {
  const user = userEvent.setup()
  renderTabs()
  await user.click(screen.getByRole('tab', { name: 'People I met' }))
  // A hidden panel has no accessible name, so it is found by its place: the first panel.
  const [card] = screen.getAllByRole('tabpanel', { hidden: true })
  expect(card).not.toBeVisible()
  expect(card).toHaveTextContent('The card itself')
  // The print stylesheet shows this panel whatever its hidden state; the rest never prints.
  expect(card).toHaveClass('card-tab-panel-card')
  expect(screen.getByRole('tablist')).toHaveClass('no-print')
  expect(screen.getByRole('tabpanel', { name: 'People I met' })).toHaveClass('no-print')
})
