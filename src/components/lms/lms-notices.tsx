import { useState } from 'react'
import { useStore } from 'zustand'
import { KEPT_LEVELS, type Kept } from '@/domain/lms/suspend-data'
import { useLmsMessages } from '@/i18n/en-lms'
import type { LmsSync } from '@/store/lms-sync'

const rank = (kept: Kept) => KEPT_LEVELS.indexOf(kept)

/**
 * What a learner inside a course platform needs to know, each told once: the course is not
 * recording progress, or the draft is too big for the course and part of it stays in this
 * browser (told again only if even less fits later).
 */
export function LmsNotices({ sync }: { sync: LmsSync }) {
  const enLms = useLmsMessages()
  const t = enLms
  const problem = useStore(sync.state, (s) => s.problem)
  const kept = useStore(sync.state, (s) => s.kept)
  const [problemDismissed, setProblemDismissed] = useState(false)
  const [keptDismissed, setKeptDismissed] = useState<Kept>('all')

  const showProblem = problem !== null && !problemDismissed
  const showKept = rank(kept) > rank(keptDismissed)
  if (!showProblem && !showKept) return null

  return (
    <div className="notices no-print">
      {showProblem && (
        <div className="notice notice-warning" role="alert">
          <p>{t.problem}</p>
          <div className="notice-actions">
            <button type="button" className="link-button" onClick={() => setProblemDismissed(true)}>
              {t.dismiss}
            </button>
          </div>
        </div>
      )}
      {showKept && (
        <div className="notice notice-info" role="status">
          <p>{t.kept[kept]}</p>
          <div className="notice-actions">
            <button type="button" className="link-button" onClick={() => setKeptDismissed(kept)}>
              {t.dismiss}
            </button>
          </div>
        </div>
      )}
    </div>
  )
}
