import { act, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { PracticePanel } from '@/components/after/practice-panel'
import type { AppStores } from '@/store/app-store'
import { useFakeClock, useRealClock } from '../fake-timers'
import { createTestStores, renderWithStores } from '../../support/render-with-stores'

const texts = {
  hook: 'It’s about potential — the strange things we all do to prove ourselves.',
  // 75 words: 30 seconds at 150 words a minute.
  pitch: Array.from({ length: 75 }, (_, i) => `word${i}`).join(' '),
  story: 'A one-minute story.',
}

let stores: AppStores
beforeEach(() => {
  stores = createTestStores()
  useFakeClock()
})

afterEach(() => {
  useRealClock()
})

function setup() {
  const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime })
  renderWithStores(<PracticePanel texts={texts} />, stores)
  return user
}

function wait(ms: number) {
  act(() => {
    vi.advanceTimersByTime(ms)
  })
}

test('the stopwatch times a reading against its target and announces the result once', async () => {
  const user = setup()
  await user.click(screen.getByRole('button', { name: 'Start: Pitch · 30 seconds' }))
  wait(12_000)
  const row = screen.getByRole('group', { name: 'Pitch · 30 seconds' })
  expect(within(row).getByRole('timer')).toHaveTextContent('12 s')
  // The live region stays quiet while the clock runs.
  expect(screen.getByRole('status')).toHaveTextContent('')
  wait(20_000)
  await user.click(screen.getByRole('button', { name: 'Stop: Pitch · 30 seconds' }))
  expect(screen.getByRole('status')).toHaveTextContent('Pitch · 30 seconds: 32 s — 2 s over.')
  const attempts = screen.getByRole('list', { name: /last times, pitch/i })
  expect(within(attempts).getByText('32 s — 2 s over')).toBeInTheDocument()
  expect(stores.drafts.getState().practice).toEqual({ pitch: [32] })
})

test('a reading under the target says by how much, and only the last five are kept', async () => {
  const user = setup()
  const toggle = () => screen.getByRole('button', { name: /^(start|stop): hook/i })
  for (const seconds of [14, 12, 11, 10, 9, 8]) {
    await user.click(toggle())
    wait(seconds * 1000)
    await user.click(toggle())
  }
  expect(screen.getByRole('status')).toHaveTextContent('Hook · 10 seconds: 8 s — 2 s under.')
  expect(stores.drafts.getState().practice.hook).toEqual([12, 11, 10, 9, 8])
  const attempts = screen.getByRole('list', { name: /last times, hook/i })
  expect(within(attempts).getAllByRole('listitem')).toHaveLength(5)
  expect(within(attempts).getByText('10 s — right on target')).toBeInTheDocument()
})

test('an accidental double press is not counted', async () => {
  const user = setup()
  await user.click(screen.getByRole('button', { name: 'Start: Story · one minute' }))
  await user.click(screen.getByRole('button', { name: 'Stop: Story · one minute' }))
  expect(screen.getByRole('status')).toHaveTextContent(/too short to count/i)
  expect(stores.drafts.getState().practice).toEqual({})
})

test('the teleprompter opens, scrolls at the speaking pace and by hand, and closes, all by keyboard', async () => {
  // jsdom does no layout: give the text box a size (600 px to scroll through).
  const sizes = vi.spyOn(HTMLElement.prototype, 'scrollHeight', 'get').mockReturnValue(1600)
  const client = vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(1000)
  try {
    const user = setup()
    const open = screen.getByRole('button', { name: 'Teleprompter: Pitch · 30 seconds' })
    act(() => open.focus())
    await user.keyboard('{Enter}')

    const dialog = screen.getByRole('dialog', { name: /teleprompter: pitch/i })
    expect(dialog).toHaveAttribute('aria-modal', 'true')
    const text = within(dialog).getByRole('region', { name: /text to read/i })
    expect(text).toHaveTextContent('word0 word1')
    const play = within(dialog).getByRole('button', { name: 'Play' })
    expect(play).toHaveFocus()

    // 75 words take 30 s, so half-way through the time is half-way down the text.
    await user.keyboard(' ')
    expect(within(dialog).getByRole('button', { name: 'Pause' })).toHaveFocus()
    wait(15_000)
    expect(text.scrollTop).toBeGreaterThan(280)
    expect(text.scrollTop).toBeLessThan(320)

    await user.keyboard(' ')
    const paused = text.scrollTop
    wait(5_000)
    expect(text.scrollTop).toBe(paused)

    await user.keyboard('{ArrowUp}')
    expect(text.scrollTop).toBeCloseTo(paused - 60)
    await user.keyboard('{PageDown}')
    expect(text.scrollTop).toBe(600)
    expect(within(dialog).getByText(/end of the text/i)).toBeInTheDocument()
    await user.keyboard('{Home}')
    expect(text.scrollTop).toBe(0)

    // Tab stays inside the dialog: five buttons, and the sixth Tab is back on the first.
    for (let i = 0; i < 5; i++) await user.tab()
    expect(within(dialog).getByRole('button', { name: 'Play' })).toHaveFocus()

    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(open).toHaveFocus()
  } finally {
    sizes.mockRestore()
    client.mockRestore()
  }
})
