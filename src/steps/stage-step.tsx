import { useEffect, useId, useState } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import { ASK_LIMIT, MAX_ASKS, STAGES, clampText, type Stage } from '@/domain/pitch/answers'
import { RadioGroup } from '@/components/ui/radio-group'
import { StepFrame } from '@/components/ui/step-frame'
import { StepNav } from '@/components/ui/step-nav'
import { useMessages } from '@/i18n/use-messages'
import { useAppStores, useDrafts } from '@/store/app-stores-context'
import type { StepProps } from './step-props'

type Values = { stage: Stage; asks: string[] }

export function StageStep({ onDone, onBack }: StepProps) {
  const messages = useMessages()
  const t = messages.steps.stage
  const id = useId()
  const { drafts } = useAppStores()
  const setAnswers = useDrafts((s) => s.setAnswers)
  const { register, handleSubmit, control, formState, subscribe, setValue, getValues } =
    useForm<Values>({
      defaultValues: {
        stage: drafts.getState().answers.stage,
        asks: drafts.getState().answers.asks,
      },
    })
  const stage = useWatch({ control, name: 'stage' })
  const asks = useWatch({ control, name: 'asks' })
  const [customAsk, setCustomAsk] = useState('')
  const [wasAskTrimmed, setAskTrimmed] = useState(false)

  useEffect(
    () =>
      subscribe({
        formState: { values: true },
        callback: ({ values }) => setAnswers(values),
      }),
    [subscribe, setAnswers],
  )

  const suggestions = messages.stages[stage].asks
  // Asks the person wrote, or ticked under another stage, stay visible so they can be unticked.
  const options = [...suggestions, ...asks.filter((ask) => !suggestions.includes(ask))]

  function addCustomAsk() {
    const ask = clampText(customAsk.trim().replace(/\s+/g, ' '), ASK_LIMIT)
    if (ask === '') return
    const current = getValues('asks')
    if (!current.includes(ask) && current.length < MAX_ASKS) {
      setValue('asks', [...current, ask], { shouldDirty: true })
    }
    setCustomAsk('')
  }

  return (
    <StepFrame
      title={t.title}
      intro={t.intro}
      hint={t.hint}
      example={{
        situation: messages.situations[drafts.getState().answers.situation].short,
        lines: [
          {
            label: messages.stages[stage].label,
            text: messages.stages[stage].invitations[0] ?? '',
          },
        ],
      }}
    >
      <form
        noValidate
        onSubmit={handleSubmit((values) => {
          setAnswers(values)
          onDone()
        })}
      >
        <RadioGroup
          legend={t.stageLegend}
          options={STAGES.map((value) => ({
            value,
            label: messages.stages[value].label,
            description: messages.stages[value].description,
          }))}
          registration={register('stage', { required: messages.validation.chooseStage })}
          error={formState.errors.stage?.message}
        />
        <fieldset className="choice-group">
          <legend className="field-label">{t.asksLegend}</legend>
          {options.map((ask, index) => (
            <div key={ask} className="choice">
              <input type="checkbox" id={`${id}-ask-${index}`} value={ask} {...register('asks')} />
              <label htmlFor={`${id}-ask-${index}`}>
                <span className="choice-label">{ask}</span>
              </label>
            </div>
          ))}
          <div className="add-ask">
            <label htmlFor={`${id}-custom`} className="field-label">
              {t.customAskLabel} <span className="field-optional">({messages.app.optional})</span>
            </label>
            <div className="add-ask-row">
              <input
                id={`${id}-custom`}
                type="text"
                className="field-input"
                value={customAsk}
                aria-describedby={wasAskTrimmed ? `${id}-custom-notice` : undefined}
                onChange={(event) => {
                  // Cut an over-long paste to the limit and say so, like every other field.
                  const text = event.target.value
                  setAskTrimmed(text.length > ASK_LIMIT)
                  setCustomAsk(clampText(text, ASK_LIMIT))
                }}
                onKeyDown={(event) => {
                  if (event.key === 'Enter') {
                    event.preventDefault()
                    addCustomAsk()
                  }
                }}
              />
              <button type="button" className="button button-secondary" onClick={addCustomAsk}>
                {t.addAsk}
              </button>
            </div>
            {wasAskTrimmed && (
              <p id={`${id}-custom-notice`} className="field-notice" role="status">
                {messages.app.trimmedNotice(ASK_LIMIT)}
              </p>
            )}
          </div>
        </fieldset>
        <StepNav onBack={onBack} />
      </form>
    </StepFrame>
  )
}
