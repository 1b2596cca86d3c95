import { useMessages } from '@/i18n/use-messages'
import { AnswerStep } from './answer-step'
import type { StepProps } from './step-props'

export function MovesStep(props: StepProps) {
  const t = useMessages().steps.moves
  return (
    <AnswerStep
      {...props}
      stepKey="moves"
      fields={[
        { name: 'spark', label: t.sparkLabel, requiredWhat: t.sparkWhat },
        { name: 'whyNow', label: t.whyNowLabel },
      ]}
    />
  )
}
