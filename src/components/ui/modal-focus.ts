// Focus handling shared by every modal: focus moves in when it opens and back to whatever
// opened it when it closes, and Tab stays among the modal's buttons while it is open.
import { useEffect, type KeyboardEvent, type RefObject } from 'react'

export function useModalFocus(initial: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    initial.current?.focus()
    return () => opener?.focus()
  }, [initial])
}

/** Call from the modal's keydown handler: wraps Tab and Shift+Tab around its buttons. */
export function trapTabKey(event: KeyboardEvent<HTMLElement>, container: HTMLElement | null): void {
  if (event.key !== 'Tab') return
  const buttons = container?.querySelectorAll<HTMLButtonElement>('button')
  if (!buttons || buttons.length === 0) return
  const first = buttons[0]
  const last = buttons[buttons.length - 1]
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault()
    last?.focus()
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault()
    first?.focus()
  }
}
