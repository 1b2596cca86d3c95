import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { App } from '@/app/app'
import { PITCH_EDIT_LIMIT } from '@/domain/draft/draft'
import { emptyAnswers } from '@/domain/pitch/answers'
import type { AppStores } from '@/store/app-store'
import { createTestStores, renderWithStores } from '../support/render-with-stores'

let stores: AppStores
beforeEach(() => {
  stores = createTestStores()
  stores.drafts.setState(
    {
      ...stores.drafts.getInitialState(),
      answers: { ...emptyAnswers(), problem: 'kids stop reading for fun', coreWord: 'wonder' },
      stepId: 'pitch',
    },
    true,
  )
})

test(
  'pasting 10,000 words into the pitch is cut with the same message as the answer fields',
  { timeout: 30_000 },
  async () => {
    const user = userEvent.setup()
    renderWithStores(<App />, stores)
    const pitch = await screen.findByLabelText(/30-second pitch/i, {}, { timeout: 15_000 })
    await user.clear(pitch)
    await user.click(pitch)
    await user.paste('word '.repeat(10_000))
    expect(stores.drafts.getState().pitchEdits.pitch).toHaveLength(PITCH_EDIT_LIMIT)
    expect(pitch).toHaveValue('word '.repeat(10_000).slice(0, PITCH_EDIT_LIMIT))
    expect(
      screen.getByText(
        `That was longer than ${PITCH_EDIT_LIMIT} characters, so the end was cut off.`,
        {
          exact: false,
        },
      ),
    ).toBeInTheDocument()
  },
)
