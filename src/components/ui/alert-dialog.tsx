import { useId, useRef, type KeyboardEvent, type ReactNode, type RefObject } from 'react'
import { trapTabKey, useModalFocus } from './modal-focus'

type AlertDialogProps = {
  title: ReactNode
  body: ReactNode
  /** The choice that loses nothing: it gets focus first, and Escape means the same. */
  safeChoice: RefObject<HTMLButtonElement | null>
  onEscape: () => void
  className?: string
  /** The choices: buttons, one of them holding `safeChoice`. */
  children: ReactNode
}

/**
 * The modal question every "are you sure?" in the app uses: focus moves in to the safe choice,
 * Tab stays inside, Escape takes the safe choice, and focus returns to whatever opened it.
 */
export function AlertDialog({
  title,
  body,
  safeChoice,
  onEscape,
  className,
  children,
}: AlertDialogProps) {
  const id = useId()
  const dialogRef = useRef<HTMLDivElement>(null)
  useModalFocus(safeChoice)

  function handleKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape') {
      event.stopPropagation()
      onEscape()
      return
    }
    trapTabKey(event, dialogRef.current)
  }

  return (
    <div className="dialog-backdrop no-print">
      <div
        ref={dialogRef}
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-body`}
        className={className ? `dialog ${className}` : 'dialog'}
        onKeyDown={handleKeyDown}
      >
        <h2 id={`${id}-title`} className="dialog-title">
          {title}
        </h2>
        <div id={`${id}-body`}>{body}</div>
        {children}
      </div>
    </div>
  )
}
