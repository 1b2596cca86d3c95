import { useStore } from 'zustand'
import { summarizeDraft } from '@/domain/draft/compare-drafts'
import { KEPT_DRAFT_FILE_NAME } from '@/domain/draft/draft-file-name'
import { downloadText } from '@/lib/download'
import { useShareMessages } from '@/i18n/en-share'
import type { CrossTabSync } from '@/store/cross-tab-sync'
import { pickDraft, type DraftStore } from '@/store/draft-store'
import type { IncomingDrafts } from '@/store/incoming-drafts'
import { useSafetyMessages } from '@/i18n/en-safety'
import type { Draft } from '@/domain/draft/draft'
import { exportDraftToFile } from './export-draft'
import { ReplaceDraftDialog } from './replace-draft-dialog'

const OTHER_VERSION_FILE_NAME = 'why-card-draft-other-tab.json'

async function downloadDraft(draft: Draft, fileName: string) {
  try {
    const { serializeDraftFile } = await import('@/domain/draft/draft-file')
    downloadText(serializeDraftFile(draft, new Date().toISOString()), fileName, 'application/json')
  } catch {
    // The copy in this browser (and "Switch to the other version") still holds it.
  }
}

type IncomingDraftPromptsProps = {
  drafts: DraftStore
  incoming: IncomingDrafts
  crossTab: CrossTabSync
}

/**
 * Everything the app says about drafts that arrive from outside: the replace question, what
 * happened to a link or a file, and a draft changed in another tab.
 */
export function IncomingDraftPrompts({ drafts, incoming, crossTab }: IncomingDraftPromptsProps) {
  const enShare = useShareMessages()
  const enSafety = useSafetyMessages()
  const offer = useStore(incoming.state, (s) => s.offer)
  const notice = useStore(incoming.state, (s) => s.notice)
  const hasSetAside = useStore(incoming.state, (s) => s.setAside !== null)
  const crossTabStatus = useStore(crossTab.state, (s) => s.status)
  const otherVersion = useStore(crossTab.state, (s) => s.otherVersion)
  const t = enShare

  async function keepBoth() {
    try {
      // Loaded on demand: the file format brings a schema library the first screen does not need.
      const { serializeDraftFile } = await import('@/domain/draft/draft-file')
      const mine = pickDraft(drafts.getState())
      downloadText(
        serializeDraftFile(mine, new Date().toISOString()),
        KEPT_DRAFT_FILE_NAME,
        'application/json',
      )
    } catch {
      // The copy kept in this browser (and "Switch back") still holds the person's draft.
    }
    incoming.resolve('keep-both')
  }

  return (
    <>
      {crossTabStatus === 'changed-elsewhere' && (
        <div className="notices no-print">
          <div className="notice notice-warning" role="alert">
            <p>{t.crossTab.changed}</p>
            <div className="notice-actions">
              <button
                type="button"
                className="button button-primary"
                title={t.crossTab.loadNewerHint}
                onClick={crossTab.loadNewer}
              >
                {t.crossTab.loadNewer}
              </button>
              <button
                type="button"
                className="button button-secondary"
                title={t.crossTab.keepThisHint}
                onClick={crossTab.keepThis}
              >
                {t.crossTab.keepThis}
              </button>
              <button
                type="button"
                className="button button-secondary"
                onClick={() => void exportDraftToFile(drafts)}
              >
                {enSafety.exportToFile}
              </button>
            </div>
          </div>
        </div>
      )}
      {crossTabStatus === 'in-sync' && otherVersion && (
        <div className="notices no-print">
          <div className="notice notice-info" role="status">
            <p>{t.crossTab.otherKept}</p>
            <div className="notice-actions">
              <button
                type="button"
                className="button button-secondary"
                onClick={() => void downloadDraft(otherVersion, OTHER_VERSION_FILE_NAME)}
              >
                {t.crossTab.downloadOther}
              </button>
              <button
                type="button"
                className="button button-secondary"
                onClick={crossTab.switchToOther}
              >
                {t.crossTab.switchToOther}
              </button>
              <button type="button" className="link-button" onClick={crossTab.dismissOther}>
                {t.crossTab.dismiss}
              </button>
            </div>
          </div>
        </div>
      )}
      {notice && (
        <div className="notices no-print">
          <div
            className={
              notice.kind === 'link-failed' ? 'notice notice-warning' : 'notice notice-info'
            }
            role={notice.kind === 'link-failed' ? 'alert' : 'status'}
          >
            <p>
              {notice.kind === 'link-failed'
                ? t.link.failed[notice.reason]
                : notice.kind === 'loaded'
                  ? t.outcome.loaded[notice.source]
                  : notice.kind === 'kept-both'
                    ? t.outcome.keptBoth(KEPT_DRAFT_FILE_NAME)
                    : notice.kind === 'switched-back'
                      ? t.outcome.switchedBack
                      : notice.kind === 'opened-newer'
                        ? t.outcome.openedNewer
                        : t.outcome.keptMine}
            </p>
            <div className="notice-actions">
              {hasSetAside &&
                (notice.kind === 'kept-both' ||
                  notice.kind === 'opened-newer' ||
                  notice.kind === 'switched-back') && (
                  <button
                    type="button"
                    className="button button-secondary"
                    onClick={incoming.switchBack}
                  >
                    {notice.kind === 'switched-back' ? t.outcome.switchAgain : t.outcome.switchBack}
                  </button>
                )}
              <button type="button" className="link-button" onClick={incoming.dismissNotice}>
                {t.outcome.dismiss}
              </button>
            </div>
          </div>
        </div>
      )}
      {offer && (
        <ReplaceDraftDialog
          source={offer.source}
          incoming={summarizeDraft(offer.draft)}
          onReplace={() => incoming.resolve('replace')}
          onKeepBoth={() => void keepBoth()}
          onKeepMine={() => incoming.resolve('keep-mine')}
        />
      )}
    </>
  )
}
