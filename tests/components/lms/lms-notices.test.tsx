import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createStore } from 'zustand/vanilla'
import { LmsNotices } from '@/components/lms/lms-notices'
import type { LmsSync, LmsSyncState } from '@/store/lms-sync'

function fakeSync() {
  const state = createStore<LmsSyncState>()(() => ({
    active: true,
    kept: 'all',
    problem: null,
    resume: 'keep-browser',
  }))
  const sync: LmsSync = { state, flush: () => undefined, finish: () => undefined }
  return { sync, state }
}

test('nothing to say while the LMS holds everything and answers', () => {
  const { sync } = fakeSync()
  const { container } = render(<LmsNotices sync={sync} />)
  expect(container).toBeEmptyDOMElement()
})

test('what is kept where is told once, and again only if less fits later', async () => {
  const user = userEvent.setup()
  const { sync, state } = fakeSync()
  render(<LmsNotices sync={sync} />)
  act(() => state.setState({ kept: 'answers-and-pitch' }))
  expect(screen.getByRole('status')).toHaveTextContent(
    /keeps your answers and your pitch.*people log.*only in this browser/,
  )
  await user.click(screen.getByRole('button', { name: 'Dismiss' }))
  expect(screen.queryByRole('status')).not.toBeInTheDocument()
  act(() => state.setState({ kept: 'all' }))
  act(() => state.setState({ kept: 'answers-and-pitch' }))
  expect(screen.queryByRole('status')).not.toBeInTheDocument()
  act(() => state.setState({ kept: 'answers' }))
  expect(screen.getByRole('status')).toHaveTextContent(/edited pitch/)
})

test('an LMS failure is told once as an alert', async () => {
  const user = userEvent.setup()
  const { sync, state } = fakeSync()
  render(<LmsNotices sync={sync} />)
  act(() => state.setState({ problem: { call: 'LMSCommit', code: '101', message: '' } }))
  expect(screen.getByRole('alert')).toHaveTextContent(/progress may not be recorded/)
  await user.click(screen.getByRole('button', { name: 'Dismiss' }))
  act(() => state.setState({ problem: { call: 'LMSCommit', code: '301', message: '' } }))
  expect(screen.queryByRole('alert')).not.toBeInTheDocument()
})
