import { useId, useRef } from 'react'
import type { DraftSummary } from '@/domain/draft/compare-drafts'
import { KEPT_DRAFT_FILE_NAME } from '@/domain/draft/draft-file-name'
import { useShareMessages } from '@/i18n/en-share'
import './replace-draft-dialog.css'
import { AlertDialog } from '../ui/alert-dialog'

type ReplaceDraftDialogProps = {
  source: 'link' | 'file' | 'course'
  incoming: DraftSummary
  onReplace: () => void
  onKeepBoth: () => void
  onKeepMine: () => void
}

/**
 * Asks before a link or a file replaces a different draft. Focus starts on "Keep mine", the
 * choice that loses nothing; Escape means the same. Tab stays inside; focus returns afterwards.
 */
export function ReplaceDraftDialog({
  source,
  incoming,
  onReplace,
  onKeepBoth,
  onKeepMine,
}: ReplaceDraftDialogProps) {
  const enShare = useShareMessages()
  const t = enShare.replace
  const id = useId()
  const safeRef = useRef<HTMLButtonElement>(null)

  return (
    <AlertDialog
      title={t.title[source]}
      body={
        <>
          <p>{t.body}</p>
          <p className="replace-draft-summary">
            <strong>{t.incoming}:</strong> {t.describe(incoming)}
          </p>
        </>
      }
      safeChoice={safeRef}
      onEscape={onKeepMine}
      className="replace-draft-dialog"
    >
      <ul className="replace-draft-choices">
        <li>
          <button
            ref={safeRef}
            type="button"
            className="button button-primary"
            aria-describedby={`${id}-mine`}
            onClick={onKeepMine}
          >
            {t.keepMine}
          </button>
          <span id={`${id}-mine`} className="replace-draft-hint">
            {t.keepMineHint}
          </span>
        </li>
        <li>
          <button
            type="button"
            className="button button-secondary"
            aria-describedby={`${id}-both`}
            onClick={onKeepBoth}
          >
            {t.keepBoth}
          </button>
          <span id={`${id}-both`} className="replace-draft-hint">
            {t.keepBothHint(KEPT_DRAFT_FILE_NAME)}
          </span>
        </li>
        <li>
          <button
            type="button"
            className="button button-danger"
            aria-describedby={`${id}-replace`}
            onClick={onReplace}
          >
            {t.replace}
          </button>
          <span id={`${id}-replace`} className="replace-draft-hint">
            {t.replaceHint}
          </span>
        </li>
      </ul>
    </AlertDialog>
  )
}
