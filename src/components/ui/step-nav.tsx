import { useMessages } from '@/i18n/use-messages'

type StepNavProps = {
  onBack?: (() => void) | undefined
  nextLabel?: string
  /** Steps with nothing after them (the card) hide Next. */
  hideNext?: boolean
}

/** Back and Next. Next submits the step's form, so Enter and the button behave the same. */
export function StepNav({ onBack, nextLabel, hideNext = false }: StepNavProps) {
  const t = useMessages().app
  return (
    <div className="step-nav no-print">
      {onBack ? (
        <button type="button" className="button button-secondary" onClick={onBack}>
          {t.back}
        </button>
      ) : (
        <span />
      )}
      {!hideNext && (
        <button type="submit" className="button button-primary">
          {nextLabel ?? t.next}
        </button>
      )}
    </div>
  )
}
