import { countWords } from '@/domain/text/text'
import { useMessages } from '@/i18n/use-messages'
import { AnswerStep } from './answer-step'
import type { StepProps } from './step-props'

export function ThreadStep(props: StepProps) {
  const messages = useMessages()
  const t = messages.steps.thread
  return (
    <AnswerStep
      {...props}
      stepKey="thread"
      fields={[
        {
          name: 'theme',
          label: t.themeLabel,
          requiredWhat: t.themeWhat,
          description: `${t.suggestionsLabel}: ${t.suggestions.map((s) => `“${s}”`).join(', ')}.`,
        },
        {
          name: 'coreWord',
          label: t.coreWordLabel,
          requiredWhat: t.coreWordWhat,
          short: true,
          validate: (value) => countWords(value) <= 2 || messages.validation.coreWordTooLong,
        },
      ]}
    />
  )
}
