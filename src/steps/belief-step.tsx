import { useMessages } from '@/i18n/use-messages'
import { AnswerStep } from './answer-step'
import type { StepProps } from './step-props'

export function BeliefStep(props: StepProps) {
  const t = useMessages().steps.belief
  return (
    <AnswerStep
      {...props}
      stepKey="belief"
      fields={[
        { name: 'belief', label: t.beliefLabel, requiredWhat: t.beliefWhat },
        { name: 'mistake', label: t.mistakeLabel },
      ]}
    />
  )
}
