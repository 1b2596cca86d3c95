import { useMemo, useState } from 'react'
import { buildCardContent } from '@/domain/card/card-content'
import { cardFileName } from '@/domain/card/card-file-name'
import { estimateCardFit } from '@/domain/card/card-layout'
import { CardPreview } from '@/components/card/card-preview'
import { CardTabs } from '@/components/card/card-tabs'
import { CardSizePicker } from '@/components/card/card-size-picker'
import { PdfDownloadButton } from '@/components/card/pdf-download-button'
import { PeopleLog } from '@/components/after/people-log'
import { SharePanel } from '@/components/draft/share-export-panel'
import { SectionErrorBoundary } from '@/components/draft/section-error-boundary'
import { StepFrame } from '@/components/ui/step-frame'
import { StepNav } from '@/components/ui/step-nav'
import { copyText } from '@/lib/clipboard'
import { useCardMessages } from '@/i18n/en-card'
import { useMessages } from '@/i18n/use-messages'
import { useDrafts } from '@/store/app-stores-context'
import { useCurrentPitch } from '@/store/use-current-pitch'
import type { StepProps } from './step-props'

type CardStepProps = StepProps & { onStartOver: () => void }

// The preview's type follows the PDF's: a few steps rather than inline styles (strict CSP).
function scaleClass(scale: number): string {
  if (scale >= 0.95) return 'card-scale-100'
  if (scale >= 0.85) return 'card-scale-90'
  if (scale >= 0.75) return 'card-scale-80'
  return 'card-scale-70'
}

export function CardStep({ onBack, onStartOver }: CardStepProps) {
  const messages = useMessages()
  const cardMessages = useCardMessages()
  const t = messages.steps.card
  const answers = useDrafts((s) => s.answers)
  const size = useDrafts((s) => s.cardSize)
  const setSize = useDrafts((s) => s.setCardSize)
  const { texts } = useCurrentPitch()
  const content = useMemo(
    () => buildCardContent(answers, texts, messages),
    [answers, texts, messages],
  )
  const fit = useMemo(
    () => estimateCardFit(content, size, cardMessages),
    [content, size, cardMessages],
  )
  const [copyStatus, setCopyStatus] = useState<'idle' | 'copied' | 'failed'>('idle')

  async function handleCopy() {
    setCopyStatus((await copyText(texts.pitch)) ? 'copied' : 'failed')
  }

  return (
    <StepFrame title={t.title} intro={t.intro}>
      <CardTabs
        people={
          <SectionErrorBoundary>
            <PeopleLog />
          </SectionErrorBoundary>
        }
        card={
          <SectionErrorBoundary>
            <div className="card-toolbar no-print">
              <CardSizePicker value={size} onChange={setSize} />
              <div className="card-actions">
                <PdfDownloadButton
                  content={content}
                  size={size}
                  fileName={cardFileName(answers.name)}
                />
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={() => window.print()}
                >
                  {t.print}
                </button>
                <button type="button" className="button button-secondary" onClick={handleCopy}>
                  {t.copyPitch}
                </button>
              </div>
              <p className="status-line" role="status">
                {copyStatus === 'copied' ? t.copied : copyStatus === 'failed' ? t.copyFailed : ''}
              </p>
              {!fit.fits && (
                <div className="notice notice-warning" role="status">
                  <p>{fit.advice}</p>
                </div>
              )}
            </div>
            <div className="print-area">
              <CardPreview
                content={content}
                sizeClass={`card-size-${size} ${scaleClass(fit.faces.front.scale)}-front ${scaleClass(fit.faces.back.scale)}-back`}
              />
            </div>
          </SectionErrorBoundary>
        }
      />
      <SectionErrorBoundary>
        <SharePanel />
      </SectionErrorBoundary>
      <form
        className="no-print"
        onSubmit={(event) => {
          event.preventDefault()
        }}
      >
        <StepNav onBack={onBack} hideNext />
        <p className="start-over-line">
          <button type="button" className="link-button" onClick={onStartOver}>
            {messages.app.startOver}
          </button>
        </p>
      </form>
    </StepFrame>
  )
}
