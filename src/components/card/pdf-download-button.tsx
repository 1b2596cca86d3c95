// "Download PDF" for the conversation card. The PDF engine is about a megabyte, so this file
// imports only its types; the code arrives through import() when the card step shows (to warm
// it) or on the first click, and never weighs on the first screen.
import { useEffect, useId, useMemo, useRef, useState } from 'react'
import { cardTexts, type CardContent } from '@/domain/card/card-content'
import type { CardSize } from '@/domain/card/card-layout'
import { findUnsupportedCharacters } from '@/domain/card/glyph-coverage'
import { useCardMessages } from '@/i18n/en-card'
import { useEmbedMessages } from '@/i18n/en-embed'
import { downloadBlob } from '@/lib/download'
import { canProbablyDownload, openBlobInNewTab } from '@/lib/embed-bridge'
import { isFramed } from '@/lib/frame'
import type * as EngineModule from '@/pdf/render-card-pdf'
import './pdf-download-button.css'

export type PdfDownloadButtonProps = {
  content: CardContent
  size: CardSize
  /** Use cardFileName(name) from '@/domain/card/card-file-name'. */
  fileName: string
}

type Status = 'idle' | 'busy' | 'done' | 'error'

type Engine = typeof EngineModule

/** The engine once loaded: a click after the warm-up starts on the PDF at once. */
let loadedEngine: Engine | null = null

function loadEngine(): Promise<Engine> {
  return import('@/pdf/render-card-pdf').then((engine) => (loadedEngine = engine))
}

export function PdfDownloadButton({ content, size, fileName }: PdfDownloadButtonProps) {
  const enEmbed = useEmbedMessages()
  const enCard = useCardMessages()
  const [status, setStatus] = useState<Status>('idle')
  // State updates land after the next render; the ref stops a fast double press at once.
  const isBusy = useRef(false)
  const buttonRef = useRef<HTMLButtonElement>(null)
  const glyphNoteId = useId()
  const unsupported = useMemo(() => findUnsupportedCharacters(cardTexts(content)), [content])

  // The latest card, for the warm-up below, which runs once and later than this render.
  const latestCard = useRef({ content, size })
  useEffect(() => {
    latestCard.current = { content, size }
  }, [content, size])

  useEffect(() => {
    // Warm the engine chunk, its fonts and a first layout while the person reads the preview,
    // when the browser is idle. Skipped under Vitest, where loading a megabyte of engine into
    // every card-step test only slows them down.
    if (import.meta.env.MODE === 'test') return
    const warm = () => {
      loadEngine()
        .then((engine) => engine.preloadCardPdf(latestCard.current))
        .catch(() => {
          // Offline or a stale deploy: the click tries again and reports what went wrong.
        })
    }
    if (typeof window.requestIdleCallback === 'function') {
      const handle = window.requestIdleCallback(warm, { timeout: 2000 })
      return () => window.cancelIdleCallback(handle)
    }
    const timer = window.setTimeout(warm, 500)
    return () => window.clearTimeout(timer)
  }, [])

  // A course page may frame the app in a sandbox that silently blocks downloads; no browser API
  // says so. In a frame, offer the PDF in a new tab too; when a block is likely, say so up front.
  const [embedding] = useState(() => ({
    framed: isFramed(),
    likelyBlocked: !canProbablyDownload(),
  }))

  async function download(deliver: (blob: Blob) => void = (blob) => downloadBlob(blob, fileName)) {
    if (isBusy.current) return
    isBusy.current = true
    setStatus('busy')
    try {
      // Awaiting import() again, even of a module already loaded, waits for a later task (and,
      // on this page, a frame); the engine in hand saves that wait.
      const { renderCardPdf } = loadedEngine ?? (await loadEngine())
      const blob = await renderCardPdf(content, size)
      deliver(blob)
      setStatus('done')
    } catch {
      setStatus('error')
    } finally {
      isBusy.current = false
    }
  }

  const busy = status === 'busy'
  return (
    <div className="pdf-download">
      <button
        ref={buttonRef}
        type="button"
        className="button button-primary pdf-download-button"
        aria-disabled={busy}
        aria-describedby={unsupported.length > 0 ? glyphNoteId : undefined}
        onClick={() => void download()}
      >
        {busy && <span className="pdf-download-spinner" aria-hidden="true" />}
        {busy ? enCard.busy : enCard.download}
      </button>
      <p className="pdf-download-status" role="status">
        {status === 'done' ? enCard.done(fileName) : busy ? enCard.busy : ''}
      </p>
      {status === 'error' && (
        <div className="pdf-download-error" role="alert">
          <p>{enCard.error}</p>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              // The alert (and this button) goes away while retrying; keep focus somewhere useful.
              buttonRef.current?.focus()
              void download()
            }}
          >
            {enCard.retry}
          </button>
        </div>
      )}
      {embedding.framed && (
        <div className={embedding.likelyBlocked ? 'notice notice-warning' : 'pdf-download-embed'}>
          <p>
            {embedding.likelyBlocked ? enEmbed.downloadLikelyBlocked : enEmbed.downloadMayBeBlocked}
          </p>
          <button
            type="button"
            className="button button-secondary"
            aria-disabled={busy}
            onClick={() => void download((blob) => openBlobInNewTab(blob))}
          >
            {enEmbed.openPdfInNewTab}
          </button>
        </div>
      )}
      {unsupported.length > 0 && (
        <p id={glyphNoteId} className="pdf-download-glyphs">
          {enCard.missingGlyphs(unsupported)}
        </p>
      )}
    </div>
  )
}
