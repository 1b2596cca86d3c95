// The app as a SCORM 1.2 lesson: loaded only when main.tsx found an LMS's API, so a plain visit
// carries none of it. Connects the draft store to the LMS before the first render (so the
// learner's words from the LMS are on screen from the start) and returns the notices to show.
import type { ReactNode } from 'react'
import { LmsNotices } from '@/components/lms/lms-notices'
import type { Scorm12Api } from '@/lib/scorm-api'
import { createScormRuntime } from '@/lib/scorm-runtime'
import { appStorage, draftKey, incomingDrafts, useDraftStore } from '@/store/app-store'
import { startLmsSync } from '@/store/lms-sync'

export function startLesson(api: Scorm12Api): ReactNode {
  const sync = startLmsSync({
    runtime: createScormRuntime(api),
    drafts: useDraftStore,
    incoming: incomingDrafts,
    storage: appStorage,
    key: draftKey,
    target: window,
  })
  return <LmsNotices sync={sync} />
}
