import { Component, useState, type ErrorInfo, type ReactNode } from 'react'
import { useSafetyMessages } from '@/i18n/en-safety'
import { useAppStores } from '@/store/app-stores-context'

type SectionErrorBoundaryProps = {
  children: ReactNode
  /** A change (say, the step or the draft's revision) gives the section a fresh try. */
  resetKey?: string | number
}

type SectionErrorBoundaryState = { failed: boolean; resetKey: string | number | undefined }

/**
 * Keeps one step or panel from taking the whole page down with it. A part that throws while it
 * renders is replaced by a notice saying so, with "Export to a file" and "Try again"; the draft
 * in the store (and in storage) is never touched, so nothing the person typed is lost.
 */
export class SectionErrorBoundary extends Component<
  SectionErrorBoundaryProps,
  SectionErrorBoundaryState
> {
  override state: SectionErrorBoundaryState = { failed: false, resetKey: this.props.resetKey }

  static getDerivedStateFromError(): Partial<SectionErrorBoundaryState> {
    return { failed: true }
  }

  static getDerivedStateFromProps(
    props: SectionErrorBoundaryProps,
    state: SectionErrorBoundaryState,
  ): Partial<SectionErrorBoundaryState> | null {
    return props.resetKey === state.resetKey ? null : { failed: false, resetKey: props.resetKey }
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    // Kept in the console for whoever looks into it; the person sees the notice.
    console.warn('Why Card: a part of the page failed to show', error, info.componentStack)
  }

  override render() {
    if (!this.state.failed) return this.props.children
    return <SectionErrorNotice onRetry={() => this.setState({ failed: false })} />
  }
}

function SectionErrorNotice({ onRetry }: { onRetry: () => void }) {
  const enSafety = useSafetyMessages()
  const t = enSafety
  const { drafts } = useAppStores()
  const [exportFailed, setExportFailed] = useState(false)
  return (
    <div className="notice notice-warning section-error" role="alert">
      <p>
        <strong>{t.sectionError.title}</strong> {t.sectionError.body}
      </p>
      <div className="notice-actions">
        <button
          type="button"
          className="button button-primary"
          onClick={() =>
            // The export code loads on click: it only matters once a part has failed.
            void import('./export-draft')
              .then((m) => m.exportDraftToFile(drafts))
              .then(
                (ok) => setExportFailed(!ok),
                () => setExportFailed(true),
              )
          }
        >
          {t.exportToFile}
        </button>
        <button type="button" className="button button-secondary" onClick={onRetry}>
          {t.sectionError.retry}
        </button>
      </div>
      {exportFailed && <p role="status">{t.exportFailed}</p>}
    </div>
  )
}
