// Next pressed before the next step's code has arrived: the step moves once, when it has.
import { vi } from 'vitest'
import { loadStep, whenStepLoaded } from '@/app/lazy-steps'

test('a press before the code arrives moves once, after it arrives; later presses move at once', async () => {
  const go = vi.fn()
  whenStepLoaded('belief', go)
  whenStepLoaded('belief', go)
  expect(go).not.toHaveBeenCalled()
  await loadStep('belief')
  await Promise.resolve()
  expect(go).toHaveBeenCalledTimes(1)
  whenStepLoaded('belief', go)
  expect(go).toHaveBeenCalledTimes(2)
})
