// The shape shared by every step that asks for words: a form over a few text answers, saved to
// the store as the person types (so a reload loses nothing) and checked on Next.
import { useEffect } from 'react'
import { useForm } from 'react-hook-form'
import { FIELD_LIMITS, type TextField as AnswerField } from '@/domain/pitch/answers'
import { StepFrame } from '@/components/ui/step-frame'
import { StepNav } from '@/components/ui/step-nav'
import { TextField } from '@/components/ui/text-field'
import { AnswerPreviewLine } from '@/components/pitch/answer-preview'
import { useExamples } from '@/i18n/en-examples'
import { useMessages } from '@/i18n/use-messages'
import { useAppStores, useDrafts } from '@/store/app-stores-context'
import { ANSWER_STEPS, type AnswerStepKey } from './answer-steps'
import type { StepProps } from './step-props'

export type AnswerFieldSpec = {
  name: AnswerField
  label: string
  /** Completes "Please write …" when the field is required and left blank. */
  requiredWhat?: string
  short?: boolean
  description?: string
  validate?: (value: string) => string | true
}

type AnswerStepProps = StepProps & {
  /** Names the step's fields (answer-steps.ts), title, intro and hint, and its worked example. */
  stepKey: AnswerStepKey
}

type Values = Partial<Record<AnswerField, string>>

export function AnswerStep({ stepKey, onDone, onBack }: AnswerStepProps) {
  const enExamples = useExamples()
  const messages = useMessages()
  const fields = ANSWER_STEPS[stepKey](messages)
  const { title, intro, hint } = messages.steps[stepKey]
  const { drafts } = useAppStores()
  const situation = useDrafts((s) => s.answers.situation)
  const setAnswers = useDrafts((s) => s.setAnswers)
  const form = useForm<Values>({
    // Seeded once from the store; after that the form owns the values while the step is shown.
    defaultValues: Object.fromEntries(
      fields.map((f) => [f.name, drafts.getState().answers[f.name]]),
    ),
  })
  const { register, handleSubmit, formState, subscribe } = form

  useEffect(
    () =>
      subscribe({
        formState: { values: true },
        callback: ({ values }) => setAnswers(values as Values),
      }),
    [subscribe, setAnswers],
  )

  const example = enExamples[situation][stepKey] as Partial<Record<AnswerField, string>>
  const exampleLines = fields.flatMap((f) => {
    const text = example[f.name]
    return text ? [{ label: f.label, text }] : []
  })

  return (
    <StepFrame
      title={title}
      intro={intro}
      hint={`${hint} ${messages.app.continueHint}`}
      example={{ situation: messages.situations[situation].short, lines: exampleLines }}
    >
      <form
        noValidate
        onSubmit={handleSubmit((values) => {
          setAnswers(values)
          onDone()
        })}
      >
        {fields.map((field) => (
          <TextField
            key={field.name}
            label={field.label}
            short={field.short}
            description={field.description}
            optional={!field.requiredWhat}
            limit={FIELD_LIMITS[field.name]}
            initialLength={(form.getValues(field.name) ?? '').length}
            error={formState.errors[field.name]?.message}
            preview={(id) => (
              <AnswerPreviewLine control={form.control} field={field.name} id={id} />
            )}
            registration={register(field.name, {
              validate: (value = '') => {
                if (field.requiredWhat && value.trim() === '') {
                  return messages.validation.required(field.requiredWhat)
                }
                return field.validate ? field.validate(value) : true
              },
            })}
          />
        ))}
        <StepNav onBack={onBack} />
      </form>
    </StepFrame>
  )
}
