import { useState, type FormEvent } from 'react'
import type { UseFormRegisterReturn } from 'react-hook-form'
import { FIELD_LIMITS, SITUATIONS, isSituation, type Situation } from '@/domain/pitch/answers'
import { RadioGroup } from '@/components/ui/radio-group'
import { StepFrame } from '@/components/ui/step-frame'
import { StepNav } from '@/components/ui/step-nav'
import { TextField } from '@/components/ui/text-field'
import { useMessages } from '@/i18n/use-messages'
import { useAppStores, useDrafts } from '@/store/app-stores-context'
import type { StepProps } from './step-props'

type Values = { situation: Situation; name: string }

/**
 * The same field contract the other steps get from react-hook-form, for the two fields of the
 * first screen: it keeps react-hook-form (about 9 KB gzip) off the screen every visitor loads.
 * The element is seeded once from the store and every change is saved at once.
 */
function plainRegistration(
  name: keyof Values,
  initial: string,
  onValue: (value: string) => void,
): UseFormRegisterReturn {
  return {
    name,
    ref: (element: HTMLInputElement | HTMLTextAreaElement | null) => {
      if (!element || element.dataset.seeded) return
      element.dataset.seeded = 'true'
      if (element instanceof HTMLInputElement && element.type === 'radio') {
        element.checked = element.value === initial
      } else {
        element.value = initial
      }
    },
    onChange: (event: { target: { value: string } }) => {
      onValue(event.target.value)
      return Promise.resolve()
    },
    onBlur: () => Promise.resolve(),
  }
}

export function StartStep({ onDone, hasSavedDraft }: StepProps & { hasSavedDraft: boolean }) {
  const messages = useMessages()
  const t = messages.steps.start
  const { drafts } = useAppStores()
  const setAnswers = useDrafts((s) => s.setAnswers)
  const [error, setError] = useState<string | undefined>(undefined)
  const [initial] = useState(() => drafts.getState().answers)

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const data = new FormData(event.currentTarget)
    const situation = data.get('situation')
    if (!isSituation(situation)) {
      setError(messages.validation.chooseSituation)
      return
    }
    setAnswers({ situation, name: String(data.get('name') ?? '') })
    onDone()
  }

  return (
    <StepFrame title={t.title} intro={t.intro} hint={t.hint}>
      {hasSavedDraft && (
        <div className="notice notice-info" role="status">
          <p>
            <strong>{t.resumeTitle}.</strong> {t.resumeBody}
          </p>
        </div>
      )}
      <form noValidate onSubmit={submit}>
        <RadioGroup
          legend={t.situationLegend}
          options={SITUATIONS.map((value) => ({ value, label: messages.situations[value].label }))}
          registration={plainRegistration('situation', initial.situation, (value) => {
            if (isSituation(value)) setAnswers({ situation: value })
            setError(undefined)
          })}
          error={error}
        />
        <TextField
          label={t.nameLabel}
          short
          optional
          limit={FIELD_LIMITS.name}
          initialLength={initial.name.length}
          registration={plainRegistration('name', initial.name, (name) => setAnswers({ name }))}
        />
        <StepNav nextLabel={hasSavedDraft ? t.resume : t.begin} />
      </form>
    </StepFrame>
  )
}
