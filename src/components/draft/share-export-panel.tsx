import { useId, useState, type ChangeEvent } from 'react'
import { DRAFT_FILE_NAME } from '@/domain/draft/draft-file-name'
import type { DecodeFailure } from '@/domain/draft/share-link'
import { copyText } from '@/lib/clipboard'
import { downloadText } from '@/lib/download'
import { useShareMessages } from '@/i18n/en-share'
import { useAppStores } from '@/store/app-stores-context'
import { pickDraft } from '@/store/draft-store'
import './share-export-panel.css'

// Past this, some chat apps and mail clients cut links short.
const LONG_LINK_CHARS = 2000
// A real draft file is a few kilobytes; refuse anything absurd before reading it into memory.
const MAX_FILE_BYTES = 2_000_000

type Status =
  | { kind: 'idle' }
  | { kind: 'link'; url: string; copied: boolean }
  | { kind: 'exported' }
  | { kind: 'import-failed'; message: string }

/** The address of this page, without a fragment, and without the embed switch: a shared link opens the full app. */
function pageAddress(): string {
  const params = new URLSearchParams(window.location.search)
  params.delete('embed')
  const search = params.toString()
  return `${window.location.origin}${window.location.pathname}${search ? `?${search}` : ''}`
}

/**
 * Share link, export and import. The codec and the file format load on the first click, so the
 * first screen does not carry them.
 */
export function SharePanel() {
  const enShare = useShareMessages()
  const t = enShare.panel
  const id = useId()
  const { drafts, incomingDrafts } = useAppStores()
  const [status, setStatus] = useState<Status>({ kind: 'idle' })

  async function handleShare() {
    const { encodeShareLink } = await import('@/domain/draft/share-link')
    const url = `${pageAddress()}#${encodeShareLink(pickDraft(drafts.getState()))}`
    const copied = await copyText(url)
    setStatus({ kind: 'link', url, copied })
  }

  async function handleExport() {
    const { serializeDraftFile } = await import('@/domain/draft/draft-file')
    const text = serializeDraftFile(pickDraft(drafts.getState()), new Date().toISOString())
    downloadText(text, DRAFT_FILE_NAME, 'application/json')
    setStatus({ kind: 'exported' })
  }

  async function handleImport(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget
    const file = input.files?.[0]
    // Cleared so that choosing the same file again still counts as a change.
    input.value = ''
    if (!file) return
    const fail = (reason: DecodeFailure) =>
      setStatus({ kind: 'import-failed', message: t.importFailed[reason] })
    if (file.size > MAX_FILE_BYTES) return fail('too-large')
    let text: string
    try {
      text = await file.text()
    } catch {
      setStatus({ kind: 'import-failed', message: t.importReadFailed })
      return
    }
    const { parseDraftFile } = await import('@/domain/draft/draft-file')
    const result = parseDraftFile(text)
    if (!result.ok) return fail(result.reason)
    setStatus({ kind: 'idle' })
    incomingDrafts.receive(result.draft, 'file')
  }

  return (
    <section className="share-panel no-print" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="share-panel-heading">
        {t.heading}
      </h3>
      <p>{t.intro}</p>
      <div className="share-panel-actions">
        <button
          type="button"
          className="button button-secondary"
          onClick={() => void handleShare()}
        >
          {t.shareLink}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => void handleExport()}
        >
          {t.exportFile}
        </button>
      </div>
      {status.kind === 'link' && (
        <div className="share-panel-link">
          <label htmlFor={`${id}-link`} className="field-label">
            {t.linkLabel}
          </label>
          <input
            id={`${id}-link`}
            className="field-input"
            type="text"
            readOnly
            value={status.url}
            aria-describedby={`${id}-link-note`}
            onFocus={(event) => event.currentTarget.select()}
          />
          <p id={`${id}-link-note`} className="field-description">
            {t.linkPrivacy}
            {status.url.length > LONG_LINK_CHARS ? ` ${t.linkLong}` : ''}
          </p>
        </div>
      )}
      <p className="status-line" role="status">
        {status.kind === 'link' ? (status.copied ? t.linkCopied : t.linkCopyFailed) : ''}
        {status.kind === 'exported' ? t.exported(DRAFT_FILE_NAME) : ''}
      </p>
      <div className="share-panel-import">
        <label htmlFor={`${id}-import`} className="field-label">
          {t.importLabel}
        </label>
        <p id={`${id}-import-hint`} className="field-description">
          {t.importHint}
        </p>
        <input
          id={`${id}-import`}
          type="file"
          accept=".json,application/json,.txt,text/plain"
          aria-describedby={`${id}-import-hint`}
          onChange={(event) => void handleImport(event)}
        />
      </div>
      {status.kind === 'import-failed' && (
        <p className="notice notice-warning" role="alert">
          {status.message}
        </p>
      )}
    </section>
  )
}
