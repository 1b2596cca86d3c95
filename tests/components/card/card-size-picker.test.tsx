import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { CardSizePicker } from '@/components/card/card-size-picker'
import type { CardSize } from '@/domain/card/card-layout'

test('the size picker is a labelled radio group that reports the chosen size', async () => {
  const user = userEvent.setup()
  const onChange = vi.fn()
  render(<CardSizePicker value="index-4x6" onChange={onChange} />)
  const group = screen.getByRole('group', { name: 'Card size' })
  expect(group).toBeInTheDocument()
  expect(screen.getByRole('radio', { name: /4 × 6 in index card/ })).toBeChecked()
  await user.click(screen.getByRole('radio', { name: /A4 sheet/ }))
  expect(onChange).toHaveBeenCalledWith('a4-sheet')
})

test('arrow keys move between sizes', async () => {
  const user = userEvent.setup()
  function Harness() {
    const [size, setSize] = useState<CardSize>('index-4x6')
    return <CardSizePicker value={size} onChange={setSize} />
  }
  render(<Harness />)
  await user.click(screen.getByRole('radio', { name: /4 × 6 in index card/ }))
  await user.keyboard('{ArrowDown}')
  expect(screen.getByRole('radio', { name: /A6 card/ })).toBeChecked()
  expect(screen.getByRole('radio', { name: /A6 card/ })).toHaveAccessibleDescription(
    /print double-sided onto A6 card/i,
  )
})
