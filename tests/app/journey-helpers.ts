import { screen } from '@testing-library/react'
import type { UserEvent } from '@testing-library/user-event'
import { WORKED_ANSWERS } from '../fixtures/worked-example'

export async function clickNext(user: UserEvent) {
  await user.click(
    await screen.findByRole('button', { name: /^(next|begin|continue with my draft)$/i }),
  )
}

export async function fillField(user: UserEvent, label: RegExp, text: string) {
  const field = await screen.findByLabelText(label)
  await user.clear(field)
  await user.type(field, text)
}

export async function expectStep(n: number, heading: RegExp) {
  expect(await screen.findByRole('heading', { level: 2, name: heading })).toBeInTheDocument()
  expect(screen.getByText(new RegExp(`Step ${n} of 9`))).toBeInTheDocument()
}

/** Walks from the first screen to the pitch step with the product notes' worked example. */
export async function walkToPitch(user: UserEvent) {
  await expectStep(1, /connection, not transactions/i)
  await user.click(screen.getByRole('radio', { name: /starting a cause/i }))
  await fillField(user, /your name/i, WORKED_ANSWERS.name)
  await clickNext(user)

  await expectStep(2, /what keeps pulling at you/i)
  await fillField(user, /the problem you care about/i, WORKED_ANSWERS.problem)
  await fillField(user, /who lives with it/i, WORKED_ANSWERS.affected)
  await clickNext(user)

  await expectStep(3, /when did you see it up close/i)
  await fillField(user, /the moment it became personal/i, WORKED_ANSWERS.spark)
  await clickNext(user)

  await expectStep(4, /what do you believe/i)
  await fillField(user, /what you believe/i, WORKED_ANSWERS.belief)
  await fillField(user, /the mistake/i, WORKED_ANSWERS.mistake)
  await clickNext(user)

  await expectStep(5, /what would be different/i)
  await fillField(user, /^what would be different/i, WORKED_ANSWERS.betterWorld)
  await clickNext(user)

  await expectStep(6, /where are you right now/i)
  await user.click(screen.getByRole('radio', { name: /narrowing in on a solution/i }))
  await user.click(await screen.findByRole('checkbox', { name: /partners to build it with/i }))
  await clickNext(user)

  await expectStep(7, /human experience under it/i)
  await fillField(user, /the universal thread/i, WORKED_ANSWERS.theme)
  await fillField(user, /your core word/i, WORKED_ANSWERS.coreWord)
  await clickNext(user)

  await expectStep(8, /your why pitch/i)
}
