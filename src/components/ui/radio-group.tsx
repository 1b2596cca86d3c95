import { useId } from 'react'
import type { UseFormRegisterReturn } from 'react-hook-form'

type Option = { value: string; label: string; description?: string }

type RadioGroupProps = {
  legend: string
  options: Option[]
  registration: UseFormRegisterReturn
  error?: string | undefined
}

/** Native radios in a fieldset: arrow keys move between options, the legend names the group. */
export function RadioGroup({ legend, options, registration, error }: RadioGroupProps) {
  const id = useId()
  const errorId = `${id}-error`
  return (
    <fieldset className="choice-group" aria-describedby={error ? errorId : undefined}>
      <legend className="field-label">{legend}</legend>
      {options.map((option) => {
        const optionId = `${id}-${option.value}`
        const descriptionId = option.description ? `${optionId}-description` : undefined
        return (
          <div key={option.value} className="choice">
            <input
              type="radio"
              id={optionId}
              value={option.value}
              aria-describedby={descriptionId}
              aria-invalid={error ? true : undefined}
              {...registration}
            />
            <label htmlFor={optionId}>
              <span className="choice-label">{option.label}</span>
              {option.description && (
                <span id={descriptionId} className="choice-description">
                  {option.description}
                </span>
              )}
            </label>
          </div>
        )
      })}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  )
}
