import { useState, useSyncExternalStore } from 'react'
import type { SafeStorage, StorageProblem } from '@/lib/safe-storage'
import type { DraftStore } from '@/store/draft-store'
import { useMessages } from '@/i18n/use-messages'
import { useSafetyMessages } from '@/i18n/en-safety'

/** Tells the person, once, when their draft cannot be saved or a saved one could not be read. */
export function StorageNotice({ storage, drafts }: { storage: SafeStorage; drafts: DraftStore }) {
  const enSafety = useSafetyMessages()
  const t = useMessages().storage
  const problems = useSyncExternalStore(
    (onChange) => storage.onProblem(onChange),
    () => storage.problems(),
  )
  const [dismissed, setDismissed] = useState<ReadonlySet<StorageProblem['kind']>>(new Set())

  const visible = problems.filter((p) => !dismissed.has(p.kind))
  if (visible.length === 0) return null

  return (
    <div className="notices no-print">
      {visible.map((problem) => (
        <div key={problem.kind} className="notice notice-warning" role="alert">
          <p>{t[problem.kind]}</p>
          <div className="notice-actions">
            {(problem.kind === 'unavailable' || problem.kind === 'write-failed') && (
              <button
                type="button"
                className="button button-primary"
                // The export code loads on click: only a storage problem needs it.
                onClick={() =>
                  void import('./export-draft').then((m) => m.exportDraftToFile(drafts))
                }
              >
                {enSafety.exportToFile}
              </button>
            )}
            {'raw' in problem && (
              <button
                type="button"
                className="button button-secondary"
                onClick={() =>
                  void import('@/lib/download').then((m) =>
                    m.downloadText(problem.raw, 'why-card-saved-draft.txt'),
                  )
                }
              >
                {t.downloadBackup}
              </button>
            )}
            <button
              type="button"
              className="link-button"
              onClick={() => setDismissed(new Set([...dismissed, problem.kind]))}
            >
              {t.dismiss}
            </button>
          </div>
        </div>
      ))}
    </div>
  )
}
