import { act, screen, within } from '@testing-library/react'
import userEvent, { type UserEvent } from '@testing-library/user-event'
import { PeopleLog } from '@/components/after/people-log'
import { emptyAnswers } from '@/domain/pitch/answers'
import { reviewInvitation } from '@/domain/coach/coach'
import type { AppStores } from '@/store/app-store'
import { useFakeClock, useRealClock } from '../fake-timers'
import { createTestStores, renderWithStores } from '../../support/render-with-stores'
import { enCoach } from '@/i18n/en-coach'

// A fixed "today": Sunday 9 March 2025.
const today = () => new Date(2025, 2, 9, 10, 0)

let nextId = 0
const createId = () => `person${++nextId}`

let stores: AppStores
beforeEach(() => {
  stores = createTestStores()
  stores.drafts.setState(
    {
      ...stores.drafts.getInitialState(),
      answers: {
        ...emptyAnswers(),
        name: 'Ada',
        theme: 'the strange things we do to prove ourselves',
        coreWord: 'potential',
      },
    },
    true,
  )
})

function addForm() {
  return screen.getByRole('form', { name: /add someone you met/i })
}

async function addPerson(
  user: UserEvent,
  details: { name: string; passion?: string; date?: string },
) {
  const form = addForm()
  await user.type(within(form).getByLabelText(/their name/i), details.name)
  if (details.passion)
    await user.type(within(form).getByLabelText(/passionate about/i), details.passion)
  if (details.date) {
    const date = within(form).getByLabelText(/follow up by/i)
    await user.clear(date)
    await user.type(date, details.date)
  }
  await user.click(within(form).getByRole('button', { name: /add person/i }))
}

function listedNames() {
  const list = screen.getByRole('list', { name: /people you met/i })
  return within(list)
    .getAllByRole('heading')
    .map((heading) => heading.textContent)
}

test('a person is added with a follow-up date two days later by default, and kept in the draft', async () => {
  const user = userEvent.setup()
  renderWithStores(<PeopleLog now={today} createId={createId} />, stores)
  expect(within(addForm()).getByLabelText(/follow up by/i)).toHaveValue('2025-03-11')
  await addPerson(user, { name: 'Grace Hopper', passion: 'getting kids to fix things' })
  expect(listedNames()).toEqual(['Grace Hopper'])
  expect(screen.getByText(/grace hopper was added/i)).toBeInTheDocument()
  expect(stores.drafts.getState().people).toMatchObject([
    {
      name: 'Grace Hopper',
      passion: 'getting kids to fix things',
      followUpOn: '2025-03-11',
      done: false,
    },
  ])
  // The form is cleared for the next person.
  expect(within(addForm()).getByLabelText(/their name/i)).toHaveValue('')
})

test('a person needs a name and a valid date, and the errors are tied to their fields', async () => {
  const user = userEvent.setup()
  renderWithStores(<PeopleLog now={today} createId={createId} />, stores)
  const date = within(addForm()).getByLabelText(/follow up by/i)
  await user.clear(date)
  await user.click(within(addForm()).getByRole('button', { name: /add person/i }))
  const name = within(addForm()).getByLabelText(/their name/i)
  expect(name).toHaveAttribute('aria-invalid', 'true')
  expect(name).toHaveAccessibleDescription(/write their name/i)
  expect(name).toHaveFocus()
  expect(date).toHaveAttribute('aria-invalid', 'true')
  expect(date).toHaveAccessibleDescription(/choose a follow-up date/i)
  expect(stores.drafts.getState().people).toEqual([])
})

test('the list is sorted by follow-up date, or by the order people were added', async () => {
  const user = userEvent.setup()
  renderWithStores(<PeopleLog now={today} createId={createId} />, stores)
  await addPerson(user, { name: 'Later Lee', date: '2025-04-20' })
  await addPerson(user, { name: 'Sooner Sam', date: '2025-03-15' })
  expect(listedNames()).toEqual(['Sooner Sam', 'Later Lee'])
  await user.selectOptions(
    screen.getByLabelText(/^order$/i),
    screen.getByRole('option', { name: /order you added/i }),
  )
  expect(listedNames()).toEqual(['Later Lee', 'Sooner Sam'])
})

test('a person can be edited in place, and focus returns to their Edit button', async () => {
  const user = userEvent.setup()
  renderWithStores(<PeopleLog now={today} createId={createId} />, stores)
  await addPerson(user, { name: 'Grace Hopper', passion: 'repair' })
  await user.click(screen.getByRole('button', { name: /edit grace hopper/i }))
  const form = screen.getByRole('form', { name: /edit grace hopper/i })
  const passion = within(form).getByLabelText(/passionate about/i)
  await user.clear(passion)
  await user.type(passion, 'teaching kids to repair radios')
  await user.click(within(form).getByLabelText(/followed up/i))
  await user.click(within(form).getByRole('button', { name: /save changes/i }))
  expect(screen.queryByRole('form', { name: /edit grace hopper/i })).not.toBeInTheDocument()
  expect(screen.getByText('teaching kids to repair radios')).toBeInTheDocument()
  expect(screen.getByRole('button', { name: /edit grace hopper/i })).toHaveFocus()
  expect(stores.drafts.getState().people[0]).toMatchObject({
    passion: 'teaching kids to repair radios',
    done: true,
  })
})

test('a deleted person can be brought back with Undo, by keyboard, in the same place', async () => {
  const user = userEvent.setup()
  renderWithStores(<PeopleLog now={today} createId={createId} />, stores)
  await addPerson(user, { name: 'Ann', date: '2025-03-12' })
  await addPerson(user, { name: 'Bea', date: '2025-03-13' })
  await addPerson(user, { name: 'Cy', date: '2025-03-14' })
  await user.click(screen.getByRole('button', { name: /delete bea/i }))
  expect(listedNames()).toEqual(['Ann', 'Cy'])
  expect(screen.getByText(/bea was removed/i)).toBeInTheDocument()
  const undo = screen.getByRole('button', { name: /undo/i })
  expect(undo).toHaveFocus()
  await user.keyboard('{Enter}')
  expect(listedNames()).toEqual(['Ann', 'Bea', 'Cy'])
  expect(stores.drafts.getState().people.map((p) => p.name)).toEqual(['Ann', 'Bea', 'Cy'])
  expect(screen.queryByRole('button', { name: /undo/i })).not.toBeInTheDocument()
})

test('the Undo offer stays while it has focus, then goes away after about ten seconds', async () => {
  useFakeClock()
  try {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime })
    renderWithStores(<PeopleLog now={today} createId={createId} />, stores)
    await addPerson(user, { name: 'Ann' })
    await user.click(screen.getByRole('button', { name: /delete ann/i }))
    expect(screen.getByRole('button', { name: /undo/i })).toHaveFocus()
    act(() => vi.advanceTimersByTime(10_500))
    expect(screen.getByRole('button', { name: /undo/i })).toBeInTheDocument()
    await user.tab()
    act(() => vi.advanceTimersByTime(10_500))
    expect(screen.queryByRole('button', { name: /undo/i })).not.toBeInTheDocument()
    expect(screen.queryByText(/ann was removed/i)).not.toBeInTheDocument()
  } finally {
    useRealClock()
  }
})

test('the follow-up message is drafted around their passion, asks for nothing, and can be edited', async () => {
  const user = userEvent.setup()
  renderWithStores(<PeopleLog now={today} createId={createId} />, stores)
  await addPerson(user, { name: 'Grace Hopper', passion: 'getting kids to fix things' })
  await user.click(screen.getByRole('button', { name: /follow-up message for grace hopper/i }))
  const message = screen.getByRole('textbox', { name: /follow-up message to grace hopper/i })
  const text = (message as HTMLTextAreaElement).value
  expect(text).toMatch(/getting kids to fix things/)
  expect(text).toMatch(/potential/)
  expect(reviewInvitation(text, {}, enCoach).ok).toBe(true)

  const mail = screen.getByRole('link', { name: /open in mail app/i })
  expect(mail.getAttribute('href')).toMatch(
    /^mailto:\?subject=Good%20to%20meet%20you&body=Hi%20Grace%2C%0D%0A%0D%0A/,
  )

  await user.click(screen.getByRole('button', { name: /copy message/i }))
  expect(await screen.findByText(/message copied/i)).toBeInTheDocument()
  expect(await navigator.clipboard.readText()).toBe(text)

  await user.type(message, ' See you soon.')
  expect(stores.drafts.getState().people[0]?.message).toBe(`${text} See you soon.`)
  await user.click(screen.getByRole('button', { name: /draft it again/i }))
  expect(message).toHaveValue(text)
})
