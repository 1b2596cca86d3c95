import { useEffect } from 'react'
import { useForm } from 'react-hook-form'
import { FIELD_LIMITS, SITUATIONS, type Situation } from '@/domain/pitch/answers'
import { RadioGroup } from '@/components/ui/radio-group'
import { StepFrame } from '@/components/ui/step-frame'
import { StepNav } from '@/components/ui/step-nav'
import { TextField } from '@/components/ui/text-field'
import { useMessages } from '@/i18n/use-messages'
import { useDraftStore } from '@/store/app-store'
import type { StepProps } from './step-props'

type Values = { situation: Situation; name: string }

export function StartStep({ onDone, hasSavedDraft }: StepProps & { hasSavedDraft: boolean }) {
  const messages = useMessages()
  const t = messages.steps.start
  const setAnswers = useDraftStore((s) => s.setAnswers)
  const { register, handleSubmit, formState, subscribe, getValues } = useForm<Values>({
    defaultValues: {
      situation: useDraftStore.getState().answers.situation,
      name: useDraftStore.getState().answers.name,
    },
  })

  useEffect(
    () =>
      subscribe({
        formState: { values: true },
        callback: ({ values }) => setAnswers(values),
      }),
    [subscribe, setAnswers],
  )

  return (
    <StepFrame title={t.title} intro={t.intro} hint={t.hint}>
      {hasSavedDraft && (
        <div className="notice notice-info" role="status">
          <p>
            <strong>{t.resumeTitle}.</strong> {t.resumeBody}
          </p>
        </div>
      )}
      <form
        noValidate
        onSubmit={handleSubmit((values) => {
          setAnswers(values)
          onDone()
        })}
      >
        <RadioGroup
          legend={t.situationLegend}
          options={SITUATIONS.map((value) => ({ value, label: messages.situations[value].label }))}
          registration={register('situation', { required: messages.validation.chooseSituation })}
          error={formState.errors.situation?.message}
        />
        <TextField
          label={t.nameLabel}
          short
          optional
          limit={FIELD_LIMITS.name}
          initialLength={getValues('name').length}
          registration={register('name')}
        />
        <StepNav nextLabel={hasSavedDraft ? t.resume : t.begin} />
      </form>
    </StepFrame>
  )
}
