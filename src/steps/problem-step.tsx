import { useMessages } from '@/i18n/use-messages'
import { AnswerStep } from './answer-step'
import type { StepProps } from './step-props'

export function ProblemStep(props: StepProps) {
  const t = useMessages().steps.problem
  return (
    <AnswerStep
      {...props}
      stepKey="problem"
      fields={[
        { name: 'problem', label: t.problemLabel, requiredWhat: t.problemWhat },
        { name: 'affected', label: t.affectedLabel },
      ]}
    />
  )
}
