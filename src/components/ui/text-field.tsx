import { useId, useState, type KeyboardEvent, type ReactNode } from 'react'
import type { UseFormRegisterReturn } from 'react-hook-form'
import { clampText } from '@/domain/pitch/answers'
import { useMessages } from '@/i18n/use-messages'

type TextFieldProps = {
  label: string
  registration: UseFormRegisterReturn
  limit: number
  initialLength: number
  error?: string | undefined
  optional?: boolean
  /** Single-line input instead of a textarea. */
  short?: boolean
  /** A short description read with the field (after its label). */
  description?: string
  /** A live line under the field (how the answer will read), given the id it must carry. */
  preview?: (id: string) => ReactNode
}

/**
 * A labelled answer field with a character counter and an accessible error. Enter submits the
 * step (answers are sentences; Shift+Enter still adds a line). An over-long paste is cut to the
 * limit with a visible message instead of being refused silently.
 */
export function TextField({
  label,
  registration,
  limit,
  initialLength,
  error,
  optional = false,
  short = false,
  description,
  preview,
}: TextFieldProps) {
  const t = useMessages().app
  const id = useId()
  const [length, setLength] = useState(initialLength)
  const [wasTrimmed, setWasTrimmed] = useState(false)
  const errorId = `${id}-error`
  const counterId = `${id}-counter`
  const descriptionId = `${id}-description`
  const previewId = `${id}-preview`
  const describedBy = [
    error ? errorId : null,
    description ? descriptionId : null,
    preview ? previewId : null,
    counterId,
  ]
    .filter(Boolean)
    .join(' ')

  function handleChange(event: { target: HTMLInputElement | HTMLTextAreaElement }) {
    const target = event.target
    if (target.value.length > limit) {
      target.value = clampText(target.value, limit)
      setWasTrimmed(true)
    } else if (wasTrimmed && target.value.length < limit) {
      setWasTrimmed(false)
    }
    setLength(target.value.length)
    return registration.onChange(event)
  }

  function handleKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault()
      event.currentTarget.form?.requestSubmit()
    }
  }

  const common = {
    id,
    ...registration,
    onChange: handleChange,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
    className: 'field-input',
    autoComplete: 'off',
  }

  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {label}
        {optional && <span className="field-optional"> ({t.optional})</span>}
      </label>
      {description && (
        <p id={descriptionId} className="field-description">
          {description}
        </p>
      )}
      {short ? (
        <input type="text" {...common} />
      ) : (
        <textarea rows={3} {...common} onKeyDown={handleKeyDown} />
      )}
      <div className="field-meta">
        {error ? (
          <p id={errorId} className="field-error">
            {error}
          </p>
        ) : (
          <span />
        )}
        <span
          id={counterId}
          className={length >= limit ? 'field-counter is-full' : 'field-counter'}
        >
          {t.counter(length, limit)}
        </span>
      </div>
      {preview?.(previewId)}
      {wasTrimmed && (
        <p className="field-notice" role="status">
          {t.trimmedNotice(limit)}
        </p>
      )}
    </div>
  )
}
