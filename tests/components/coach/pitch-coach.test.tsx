import { act, fireEvent, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { PitchCoach } from '@/components/coach/pitch-coach'

function Harness({ initial = '' }: { initial?: string }) {
  const [text, setText] = useState(initial)
  return (
    <>
      <label htmlFor="pitch">30-second pitch</label>
      <textarea id="pitch" value={text} onChange={(event) => setText(event.target.value)} />
      <PitchCoach text={text} context={{ stage: 'narrowing', situation: 'cause' }} />
    </>
  )
}

const GOOD_OPENING =
  "It's about potential, really. We all know the strange things we do to prove ourselves. Who among us hasn't been underestimated at least once? Too many people without a degree get shut out of good work. So I'm working on a way for anyone to show what they can do and be hired for it."
// The trade check weighs the whole pitch (a trained model over its words): a plain trade, with
// the rules' marked words in it.
// (The same words without "Could you send a few my way?" are a known miss at this stage: see
// tests/domain/coach/coach-ask.test.ts.)
const TRADE =
  ' I would love to pick your brain about new clients. Could you send a few my way? My rates start at £40 an hour.'
const FIXED = ' If this matters to you too, I would love your advice.'
const CLOSING = " It's about potential."

function checkItem(title: RegExp) {
  const list = screen.getByRole('list', { name: /pitch checks/i })
  const item = within(list)
    .getAllByRole('listitem')
    .find((li) => title.test(li.textContent ?? ''))
  if (item === undefined) throw new Error(`no check titled ${title}`)
  return item
}

beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: true })
})

afterEach(() => {
  vi.useRealTimers()
})

test('typing a transactional sentence shows the trade check failing with its words marked, and fixing it clears it', async () => {
  const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime })
  render(<Harness />)
  const pitch = screen.getByLabelText('30-second pitch')

  await user.click(pitch)
  await user.paste(GOOD_OPENING)
  await user.type(pitch, TRADE + CLOSING)

  await screen.findByRole('list', { name: /pitch checks/i })
  const tradeCheck = checkItem(/connection, not a trade/i)
  expect(within(tradeCheck).getByText(/needs work/i)).toBeVisible()
  expect(within(tradeCheck).getByText(/turn the conversation into a trade/i)).toBeVisible()
  const marks = screen.getAllByRole('mark')
  const tradeMarks = marks.filter((mark) => /connection, not a trade/i.test(mark.textContent ?? ''))
  expect(tradeMarks.map((mark) => mark.textContent).join(' ')).toMatch(/pick your brain/)
  expect(tradeMarks.map((mark) => mark.textContent).join(' ')).toMatch(/new clients/)

  await user.clear(pitch)
  await user.paste(GOOD_OPENING + FIXED + CLOSING)

  expect(await within(checkItem(/connection, not a trade/i)).findByText(/^passed$/i)).toBeVisible()
  expect(
    screen
      .queryAllByRole('mark')
      .filter((mark) => /connection, not a trade/i.test(mark.textContent ?? '')),
  ).toHaveLength(0)
})

test('the checklist says passed or needs work in words for every check', async () => {
  render(<Harness initial={GOOD_OPENING + FIXED + CLOSING} />)
  const items = within(await screen.findByRole('list', { name: /pitch checks/i })).getAllByRole(
    'listitem',
  )
  expect(items).toHaveLength(9)
  for (const item of items) {
    expect(item.textContent).toMatch(/^(Passed|Needs work)/)
  }
})

test('a polite status announces how many checks need work', async () => {
  const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime })
  render(<Harness />)
  expect(screen.getByRole('status')).toHaveTextContent(/write or paste your pitch/i)

  await user.type(screen.getByLabelText('30-second pitch'), 'Buy my stuff.')

  expect(await within(screen.getByRole('status')).findByText(/\d+ checks need work/i)).toBeVisible()
})

test('the checklist waits for typing to pause before it updates', () => {
  // Frozen clock: only the test moves time, so "not yet" is certain rather than a race. A
  // synchronous change event, because user-event's own waits need a clock that moves.
  vi.useFakeTimers()
  render(<Harness initial={GOOD_OPENING + FIXED + CLOSING} />)
  expect(within(checkItem(/connection, not a trade/i)).getByText(/^passed$/i)).toBeVisible()

  fireEvent.change(screen.getByLabelText('30-second pitch'), {
    target: { value: `${GOOD_OPENING}${TRADE}${CLOSING}` },
  })
  act(() => vi.advanceTimersByTime(200))
  expect(within(checkItem(/connection, not a trade/i)).getByText(/^passed$/i)).toBeVisible()

  act(() => vi.advanceTimersByTime(100))
  expect(within(checkItem(/connection, not a trade/i)).getByText(/needs work/i)).toBeVisible()
})

test('a pitch in another language says plainly which checks could not read it', () => {
  const spanish =
    'Se trata de que ningún niño se quede mirando. Mi hijo es celíaco y en cada cumpleaños se comía su bocadillo mientras los demás comían tarta. Hace tres años abrimos un obrador sin gluten en Sevilla, y ahora hacemos tartas para las fiestas de los colegios.'
  render(<PitchCoach text={spanish} debounceMs={0} />)
  const why = checkItem(/says why it matters/i)
  expect(within(why).getByText(/not read/i)).toBeVisible()
  expect(within(why).getByText(/in Spanish, and this check only reads English/i)).toBeVisible()
})
