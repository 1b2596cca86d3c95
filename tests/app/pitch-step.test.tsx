import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { App } from '@/app/app'
import { emptyAnswers } from '@/domain/pitch/answers'
import type { AppStores } from '@/store/app-store'
import { createTestStores, renderWithStores } from '../support/render-with-stores'
import { WORKED_ANSWERS } from '../fixtures/worked-example'

const answers = {
  ...emptyAnswers(),
  stage: 'convening' as const,
  problem: 'kids stop reading for fun',
  belief: 'every child can love a book',
  betterWorld: 'every child had a book they could not put down',
  theme: 'the stories that made us who we are',
  coreWord: 'wonder',
}

let stores: AppStores
beforeEach(() => {
  stores = createTestStores()
  stores.drafts.setState({ ...stores.drafts.getInitialState(), answers, stepId: 'pitch' }, true)
})

test('every length shows a word count and a speaking time at about 150 words a minute', async () => {
  renderWithStores(<App />, stores)
  const pitch = await screen.findByLabelText(/30-second pitch/i)
  await userEvent.setup().clear(pitch)
  await userEvent.setup().type(pitch, 'one two three four five six seven eight nine ten')
  expect(pitch).toHaveAccessibleDescription(/10 words, about 4 seconds aloud/)
})

test('trying another opening changes the untouched drafts without asking', async () => {
  const user = userEvent.setup()
  renderWithStores(<App />, stores)
  const pitch = await screen.findByLabelText(/30-second pitch/i)
  const before = (pitch as HTMLTextAreaElement).value
  await user.click(screen.getByRole('button', { name: /try another opening/i }))
  expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument()
  expect(pitch).not.toHaveValue(before)
  expect(screen.getAllByText(/version 2 of 3/i).length).toBeGreaterThan(0)
})

test('recomposing asks before replacing words the person edited, and keeps them if asked to', async () => {
  const user = userEvent.setup()
  renderWithStores(<App />, stores)
  const pitch = await screen.findByLabelText(/30-second pitch/i)
  await user.clear(pitch)
  await user.type(pitch, 'My own pitch, in my own words.')
  expect(screen.getByText(/edited by you/i)).toBeInTheDocument()

  await user.click(screen.getByRole('button', { name: /try another opening/i }))
  const dialog = screen.getByRole('alertdialog', { name: /replace your edits/i })
  expect(dialog).toHaveTextContent(/30-second pitch/)
  await user.click(within(dialog).getByRole('button', { name: /keep my edits/i }))
  expect(pitch).toHaveValue('My own pitch, in my own words.')

  await user.click(screen.getByRole('button', { name: /try another opening/i }))
  await user.click(screen.getByRole('button', { name: /replace with the new draft/i }))
  expect(pitch).not.toHaveValue('My own pitch, in my own words.')
  expect(screen.queryByText(/edited by you/i)).not.toBeInTheDocument()
})

test('each stage offers three invitations to cycle through', async () => {
  const user = userEvent.setup()
  renderWithStores(<App />, stores)
  const invitation = await screen.findByLabelText(/the invitation/i)
  const seen = new Set<string>()
  for (let i = 0; i < 3; i++) {
    seen.add((invitation as HTMLTextAreaElement).value)
    await user.click(screen.getByRole('button', { name: /try another invitation/i }))
  }
  expect(seen.size).toBe(3)
  expect(invitation).toHaveValue([...seen][0])
})

test('an edited pitch survives changes to the answers and shows on the card', async () => {
  const user = userEvent.setup()
  renderWithStores(<App />, stores)
  const pitch = await screen.findByLabelText(/30-second pitch/i)
  await user.clear(pitch)
  await user.type(pitch, 'Wonder is where it starts.')
  stores.drafts.getState().setAnswers({ problem: 'libraries are closing' })
  await user.click(screen.getByRole('button', { name: /^next$/i }))
  const preview = await screen.findByRole('group', { name: /card preview/i })
  expect(within(preview).getByText('Wonder is where it starts.')).toBeInTheDocument()
})

test('the coach is advice, not a gate: a weak pitch can still go on to the card', async () => {
  const user = userEvent.setup()
  renderWithStores(<App />, stores)
  const pitch = await screen.findByLabelText(/30-second pitch/i)
  await user.clear(pitch)
  await user.type(pitch, 'I am a consultant. Buy my services.')
  await user.click(screen.getByRole('button', { name: /^next$/i }))
  expect(
    await screen.findByRole('heading', { name: /your conversation card/i }),
  ).toBeInTheDocument()
})

test('answers in Ukrainian are named, kept whole, and never framed in English inside a sentence', async () => {
  stores.drafts.setState(
    {
      answers: {
        ...emptyAnswers(),
        problem:
          'Діти, які місяцями жили в метро під час обстрілів, не мають книжок, де була б їхня історія',
        spark: 'Весною 2022 ми з донькою Сонею жили шість тижнів на станції метро.',
        theme: 'світло в темряві',
        coreWord: 'зірки',
      },
    },
    false,
  )
  renderWithStores(<App />, stores)
  expect(await screen.findByRole('note')).toHaveTextContent(/look like Ukrainian\./)
  const pitch = (await screen.findByLabelText(/30-second pitch/i)) as HTMLTextAreaElement
  expect(pitch.value).toContain(
    'Весною 2022 ми з донькою Сонею жили шість тижнів на станції метро.',
  )
  expect(pitch.value).not.toMatch(/\b(?:about|share|really|mean)\b/u)
})

test('answers in Spanish get a plain note that the drafts keep them in Spanish, and keep their sentences', async () => {
  stores.drafts.setState(
    {
      answers: {
        ...emptyAnswers(),
        problem: 'Las familias del barrio tienen que hacer cola en la calle para recoger comida',
        belief: 'Creo que elegir tu propia comida es una cuestión de dignidad',
        betterWorld: 'Un barrio donde cualquier familia puede hacer la compra como todo el mundo',
        theme: 'La vergüenza de pedir ayuda',
        coreWord: 'dignidad',
      },
    },
    false,
  )
  renderWithStores(<App />, stores)
  expect(await screen.findByRole('note')).toHaveTextContent(
    /look like Spanish\. The drafts keep your own sentences whole and add only a few short lines of their own in Spanish/,
  )
  const pitch = await screen.findByLabelText(/30-second pitch/i)
  expect((pitch as HTMLTextAreaElement).value).toContain(
    'Creo que elegir tu propia comida es una cuestión de dignidad.',
  )
  expect((pitch as HTMLTextAreaElement).value).not.toMatch(/I believe creo/i)
  // The composer's own lines are Spanish too: no English sentence around the person's words.
  expect((pitch as HTMLTextAreaElement).value).not.toMatch(/\b(?:the|what|it|about|I’m)\b/i)
})

test('a story the answers cannot fill says what to add, instead of padding it with stock lines', async () => {
  const user = userEvent.setup()
  renderWithStores(<App />, stores)
  const story = await screen.findByLabelText(/one-minute story/i)
  expect(story).toHaveAccessibleDescription(
    /short of a minute aloud.*add the moment that moved you/i,
  )
  // Three lines of the composer's own at most: the rest is the person's.
  const stock = (story as HTMLTextAreaElement).value.match(
    /I can’t stop thinking about it|I don’t think I’m the only one|before they can name it|the part I want to talk about|a small word for something big|where you’ve seen it|more than it looks/gu,
  )
  expect(stock?.length ?? 0).toBeLessThanOrEqual(3)
  // Once the person writes the story themselves, it is theirs: no advice about the draft.
  await user.clear(story)
  await user.type(story, 'My own story.')
  expect(story).not.toHaveAccessibleDescription(/short of a minute/i)
})

test('a story full answers fill carries no advice to add more', async () => {
  stores.drafts.setState({ answers: { ...WORKED_ANSWERS, stage: 'convening' } })
  renderWithStores(<App />, stores)
  const story = await screen.findByLabelText(/one-minute story/i)
  expect(story).not.toHaveAccessibleDescription(/short of a minute/i)
})
