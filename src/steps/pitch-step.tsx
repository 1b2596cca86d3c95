import { useId, useState } from 'react'
import { reviewInvitation } from '@/domain/coach/coach'
import {
  invitationCount,
  openingCount,
  storyIsShort,
  type PitchPart,
} from '@/domain/pitch/compose-pitch'
import { PITCH_WORD_RANGE } from '@/domain/pitch/pitch-lengths'
import { languageDisplayName } from '@/domain/language/display-name'
import { OTHER_LANGUAGE_LINES } from '@/domain/pitch/composer-words-other'
import { PITCH_EDIT_LIMIT } from '@/domain/draft/draft'
import { countWords, speakingSeconds } from '@/domain/text/text'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'
import { PitchCoach } from '@/components/coach/pitch-coach'
import { PracticePanel } from '@/components/after/practice-panel'
import { SectionErrorBoundary } from '@/components/draft/section-error-boundary'
import { StepFrame } from '@/components/ui/step-frame'
import { StepNav } from '@/components/ui/step-nav'
import { useCoachMessages } from '@/i18n/en-coach'
import { storyShort } from '@/i18n/en-pitch-step'
import { useMessages } from '@/i18n/use-messages'
import { useAppStores, useDrafts } from '@/store/app-stores-context'
import { useCurrentPitch } from '@/store/use-current-pitch'
import type { StepProps } from './step-props'

/** Whether the composer has its own lines in this language (else they are English). */
const composedIn = (language: string): boolean => language in OTHER_LANGUAGE_LINES

/** "Ukrainian", "Japanese": the browser's own names, for languages the messages do not list. */
function nameOf(language: string, named: Record<string, string>): string | undefined {
  return named[language] || languageDisplayName(language, 'en')
}

// Parts that change when the opening changes, and when the invitation changes.
const OPENING_PARTS: readonly PitchPart[] = ['pitch', 'story']
const INVITATION_PARTS: readonly PitchPart[] = ['invitation']

type PendingChange = { parts: PitchPart[]; apply: () => void }

export function PitchStep({ onDone, onBack }: StepProps) {
  const messages = useMessages()
  const coachMessages = useCoachMessages()
  const t = messages.steps.pitch
  const { texts, isEdited } = useCurrentPitch()
  const variant = useDrafts((s) => s.variant)
  const invitationVariant = useDrafts((s) => s.invitationVariant)
  const stage = useDrafts((s) => s.answers.stage)
  const situation = useDrafts((s) => s.answers.situation)
  const invitationReview = reviewInvitation(texts.invitation, { stage, situation }, coachMessages)
  const { editPitch, discardPitchEdits, setVariant, setInvitationVariant } =
    useAppStores().drafts.getState()
  const [pending, setPending] = useState<PendingChange | null>(null)

  const labels: Record<PitchPart, string> = {
    hook: t.hookLabel,
    pitch: t.pitchLabel,
    story: t.storyLabel,
    oneLiner: t.oneLinerLabel,
    invitation: t.invitationLabel,
  }

  // Recomposing never silently overwrites the person's words: ask first.
  function recompose(parts: readonly PitchPart[], apply: () => void) {
    const edited = parts.filter(isEdited)
    const run = () => {
      discardPitchEdits(parts)
      apply()
    }
    if (edited.length === 0) run()
    else setPending({ parts: edited, apply: run })
  }

  function partField(
    part: PitchPart,
    extra: Pick<PitchPartFieldProps, 'rows' | 'description' | 'warning'> = {},
  ) {
    return (
      <PitchPartField
        part={part}
        label={labels[part]}
        text={texts[part]}
        edited={isEdited(part)}
        onEdit={editPitch}
        onReset={discardPitchEdits}
        {...extra}
      />
    )
  }

  const openings = openingCount()
  const invitations = invitationCount({ stage }, messages)

  return (
    <StepFrame title={t.title} intro={t.intro} hint={t.hint}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          onDone()
        }}
      >
        {texts.language !== 'en' && (
          <p className="field-notice" role="note">
            {/* The composer writes its own lines in the languages it has words for. */}
            {composedIn(texts.language)
              ? t.otherLanguage(nameOf(texts.language, t.languageNames) ?? texts.language)
              : t.otherLanguageInEnglish(
                  nameOf(texts.language, t.languageNames) ?? 'another language',
                )}
          </p>
        )}
        {partField('hook')}
        <VariantCycler
          label={t.nextOpening}
          position={t.variantOf((variant % openings) + 1, openings)}
          onNext={() => recompose(OPENING_PARTS, () => setVariant((variant + 1) % openings))}
        />
        {partField('pitch', { rows: 7 })}
        <SectionErrorBoundary>
          <PitchCoach text={texts.pitch} context={{ stage, situation }} />
        </SectionErrorBoundary>
        {partField('story', {
          rows: 10,
          // The composer pads a story with three lines of its own at most: a short one says why.
          warning:
            !isEdited('story') && storyIsShort(texts.story, texts.language)
              ? storyShort(countWords(texts.story), PITCH_WORD_RANGE.story.min)
              : undefined,
        })}
        {partField('oneLiner')}
        {partField('invitation', {
          description: t.invitationHint,
          warning: invitationReview.ok ? undefined : invitationReview.message,
        })}
        <VariantCycler
          label={t.nextInvitation}
          position={t.variantOf((invitationVariant % invitations) + 1, invitations)}
          onNext={() =>
            recompose(INVITATION_PARTS, () =>
              setInvitationVariant((invitationVariant + 1) % invitations),
            )
          }
        />
        <SectionErrorBoundary>
          <PracticePanel texts={texts} />
        </SectionErrorBoundary>
        <StepNav onBack={onBack} />
      </form>
      {pending && (
        <ConfirmDialog
          title={t.recomposeTitle}
          body={t.recomposeBody(pending.parts.map((part) => `“${labels[part]}”`).join(', '))}
          confirmLabel={t.recomposeConfirm}
          cancelLabel={t.recomposeKeep}
          onConfirm={() => {
            pending.apply()
            setPending(null)
          }}
          onCancel={() => setPending(null)}
        />
      )}
    </StepFrame>
  )
}

function VariantCycler({
  label,
  position,
  onNext,
}: {
  label: string
  position: string
  onNext: () => void
}) {
  return (
    <div className="pitch-variant no-print">
      <button type="button" className="button button-secondary" onClick={onNext}>
        {label}
      </button>
      <span className="variant-count" aria-live="polite">
        {position}
      </span>
    </div>
  )
}

type PitchPartFieldProps = {
  part: PitchPart
  label: string
  text: string
  edited: boolean
  description?: string
  rows?: number
  /** Advice shown under the field when the coach finds a problem in it. */
  warning?: string | undefined
  onEdit: (part: PitchPart, text: string) => void
  onReset: (parts: readonly PitchPart[]) => void
}

function PitchPartField({
  part,
  label,
  text,
  edited,
  description,
  rows = 3,
  warning,
  onEdit,
  onReset,
}: PitchPartFieldProps) {
  const messages = useMessages()
  const t = messages.steps.pitch
  const id = useId()
  const words = countWords(text)
  // A paste past the limit is cut with the same message as every answer field, not silently.
  const [wasTrimmed, setWasTrimmed] = useState(false)
  return (
    <div className="field pitch-part">
      <div className="pitch-part-head">
        <label htmlFor={id} className="field-label">
          {label}
        </label>
        {edited && (
          <span className="badge">
            {t.edited}
            <button type="button" className="link-button no-print" onClick={() => onReset([part])}>
              {t.resetPart}
            </button>
          </span>
        )}
      </div>
      {description && (
        <p id={`${id}-description`} className="field-description">
          {description}
        </p>
      )}
      <textarea
        id={id}
        className="field-input"
        rows={rows}
        value={text}
        aria-describedby={[
          description ? `${id}-description` : null,
          `${id}-stats`,
          warning ? `${id}-warning` : null,
        ]
          .filter(Boolean)
          .join(' ')}
        onChange={(event) => {
          const { length } = event.target.value
          if (length > PITCH_EDIT_LIMIT) setWasTrimmed(true)
          else if (wasTrimmed && length < PITCH_EDIT_LIMIT) setWasTrimmed(false)
          onEdit(part, event.target.value)
        }}
      />
      <p id={`${id}-stats`} className="field-counter">
        {t.stats(words, speakingSeconds(words))}
      </p>
      {warning && (
        <p id={`${id}-warning`} className="field-notice">
          {warning}
        </p>
      )}
      {wasTrimmed && (
        <p className="field-notice" role="status">
          {messages.app.trimmedNotice(PITCH_EDIT_LIMIT)}
        </p>
      )}
    </div>
  )
}
