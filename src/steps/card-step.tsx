import { useMemo, useState } from 'react'
import { buildCardContent } from '@/domain/card-content'
import { CardPreview } from '@/components/card-preview'
import { StepFrame } from '@/components/step-frame'
import { StepNav } from '@/components/step-nav'
import { copyText } from '@/lib/clipboard'
import { useMessages } from '@/i18n/use-messages'
import { useDraftStore } from '@/store/app-store'
import { useCurrentPitch } from '@/store/use-current-pitch'
import type { StepProps } from './step-props'

type CardStepProps = StepProps & { onStartOver: () => void }

export function CardStep({ onBack, onStartOver }: CardStepProps) {
  const messages = useMessages()
  const t = messages.steps.card
  const answers = useDraftStore((s) => s.answers)
  const { texts } = useCurrentPitch()
  const content = useMemo(() => buildCardContent(answers, texts, messages), [answers, texts, messages])
  const [copyStatus, setCopyStatus] = useState<'idle' | 'copied' | 'failed'>('idle')

  async function handleCopy() {
    setCopyStatus((await copyText(texts.pitch)) ? 'copied' : 'failed')
  }

  return (
    <StepFrame title={t.title} intro={t.intro}>
      <div className="card-actions no-print">
        <button type="button" className="button button-primary" onClick={handleCopy}>
          {t.copyPitch}
        </button>
        <button type="button" className="button button-secondary" onClick={() => window.print()}>
          {t.print}
        </button>
        {/* The PDF download lands here (issue "The PDF conversation card"). */}
        <span className="pdf-slot" data-slot="pdf-download" />
        <button type="button" className="button button-secondary" onClick={onStartOver}>
          {messages.app.startOver}
        </button>
      </div>
      <p className="status-line no-print" role="status">
        {copyStatus === 'copied' ? t.copied : copyStatus === 'failed' ? t.copyFailed : ''}
      </p>
      <div className="print-area">
        <CardPreview content={content} />
      </div>
      <form
        onSubmit={(event) => {
          event.preventDefault()
        }}
      >
        <StepNav onBack={onBack} hideNext />
      </form>
    </StepFrame>
  )
}
