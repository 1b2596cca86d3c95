// The card size: native radios in a fieldset, so arrow keys move between sizes and the legend
// names the group for screen readers.
import { useId } from 'react'
import { CARD_SIZES, type CardSize } from '@/domain/card/card-layout'
import { useCardMessages } from '@/i18n/en-card'
import './card-size-picker.css'

export type CardSizePickerProps = {
  value: CardSize
  onChange: (size: CardSize) => void
}

export function CardSizePicker({ value, onChange }: CardSizePickerProps) {
  const enCard = useCardMessages()
  const id = useId()
  return (
    <fieldset className="card-size-picker">
      <legend className="card-size-picker-legend">{enCard.sizeLegend}</legend>
      <div className="card-size-picker-options">
        {CARD_SIZES.map((size) => {
          const optionId = `${id}-${size}`
          const { label, description } = enCard.sizes[size]
          return (
            <div key={size} className="card-size-option">
              <input
                type="radio"
                id={optionId}
                name={`${id}-card-size`}
                value={size}
                checked={value === size}
                aria-describedby={`${optionId}-description`}
                onChange={() => onChange(size)}
              />
              <label htmlFor={optionId}>
                <span className="card-size-option-label">{label}</span>
                <span id={`${optionId}-description`} className="card-size-option-description">
                  {description}
                </span>
              </label>
            </div>
          )
        })}
      </div>
    </fieldset>
  )
}
