import { useMessages } from '@/i18n/use-messages'
import { AnswerStep } from './answer-step'
import type { StepProps } from './step-props'

export function BetterWorldStep(props: StepProps) {
  const t = useMessages().steps['better-world']
  return (
    <AnswerStep
      {...props}
      stepKey="better-world"
      fields={[
        { name: 'betterWorld', label: t.betterWorldLabel, requiredWhat: t.betterWorldWhat },
        { name: 'forWhom', label: t.forWhomLabel },
        { name: 'workOn', label: t.workOnLabel, short: true },
      ]}
    />
  )
}
