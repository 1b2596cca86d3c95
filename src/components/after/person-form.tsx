import { useEffect, useId } from 'react'
import { useForm } from 'react-hook-form'
import { PERSON_LIMITS, SUGGESTION_KINDS, isIsoDate, type Person } from '@/domain/after/people'
import { useAfterMessages } from '@/i18n/en-after'
import { TextField } from '../ui/text-field'

export type PersonFormValues = Omit<Person, 'id' | 'message'>

type PersonFormProps = {
  heading: string
  defaultValues: PersonFormValues
  submitLabel: string
  onSubmit: (values: PersonFormValues) => void
  /** Shown when editing: leaves the entry as it was. */
  onCancel?: () => void
  /** Editing shows the done flag; a new entry starts not done. */
  showDone?: boolean
  /** Moves focus to the first field when the form appears (editing in place). */
  focusOnMount?: boolean
}

/** Add or edit one person: react-hook-form, real labels, errors linked to their fields. */
export function PersonForm({
  heading,
  defaultValues,
  submitLabel,
  onSubmit,
  onCancel,
  showDone = false,
  focusOnMount = false,
}: PersonFormProps) {
  const enAfter = useAfterMessages()
  const t = enAfter.people
  const id = useId()
  const { register, handleSubmit, setFocus, formState } = useForm<PersonFormValues>({
    defaultValues,
  })
  const { errors } = formState
  const dateErrorId = `${id}-date-error`
  const dateHintId = `${id}-date-hint`

  useEffect(() => {
    if (focusOnMount) setFocus('name')
  }, [focusOnMount, setFocus])

  return (
    <form
      className="person-form"
      aria-labelledby={`${id}-heading`}
      noValidate
      onSubmit={handleSubmit(onSubmit)}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && onCancel) {
          event.stopPropagation()
          onCancel()
        }
      }}
    >
      <h4 id={`${id}-heading`} className="person-form-heading">
        {heading}
      </h4>
      <TextField
        short
        label={t.name}
        limit={PERSON_LIMITS.name}
        initialLength={defaultValues.name.length}
        error={errors.name?.message}
        registration={register('name', {
          validate: (value) => value.trim() !== '' || t.nameRequired,
        })}
      />
      <TextField
        short
        optional
        label={t.metAt}
        description={t.metAtHint}
        limit={PERSON_LIMITS.metAt}
        initialLength={defaultValues.metAt.length}
        registration={register('metAt')}
      />
      <TextField
        optional
        label={t.passion}
        description={t.passionHint}
        limit={PERSON_LIMITS.passion}
        initialLength={defaultValues.passion.length}
        registration={register('passion')}
      />
      <div className="person-form-row">
        <div className="field">
          <label htmlFor={`${id}-kind`} className="field-label">
            {t.suggestionKind}
          </label>
          <select id={`${id}-kind`} className="field-input" {...register('suggestionKind')}>
            <option value="">{t.suggestionKindNone}</option>
            {SUGGESTION_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t.suggestionKinds[kind]}
              </option>
            ))}
          </select>
        </div>
        <TextField
          short
          optional
          label={t.suggestion}
          limit={PERSON_LIMITS.suggestion}
          initialLength={defaultValues.suggestion.length}
          registration={register('suggestion')}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-date`} className="field-label">
          {t.followUpOn}
        </label>
        <p id={dateHintId} className="field-description">
          {t.followUpHint}
        </p>
        <input
          id={`${id}-date`}
          type="date"
          className="field-input person-date"
          aria-invalid={errors.followUpOn ? true : undefined}
          aria-describedby={errors.followUpOn ? `${dateErrorId} ${dateHintId}` : dateHintId}
          {...register('followUpOn', { validate: (value) => isIsoDate(value) || t.dateInvalid })}
        />
        {errors.followUpOn && (
          <p id={dateErrorId} className="field-error">
            {errors.followUpOn.message}
          </p>
        )}
      </div>
      {showDone && (
        <div className="field person-done-field">
          <input id={`${id}-done`} type="checkbox" {...register('done')} />
          <label htmlFor={`${id}-done`}>{t.done}</label>
        </div>
      )}
      <div className="person-form-actions">
        <button type="submit" className="button button-primary">
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {t.cancel}
          </button>
        )}
      </div>
    </form>
  )
}
