// The app as a SCORM 1.2 lesson: loaded only when main.tsx found an LMS's API, so a plain visit
// carries none of it. Connects the draft store to the LMS before the first render (so the
// learner's words from the LMS are on screen from the start) and returns the notices to show.
import type { ReactNode } from 'react'
import { LmsNotices } from '@/components/lms/lms-notices'
import type { Scorm12Api } from '@/lib/scorm-api'
import { createScormRuntime } from '@/lib/scorm-runtime'
import type { AppStores } from '@/store/app-store'
import { startLmsSync } from '@/store/lms-sync'

/** `stores`: the app's, from main.tsx, before the app renders with them. */
export function startLesson(api: Scorm12Api, stores: AppStores): ReactNode {
  const sync = startLmsSync({
    runtime: createScormRuntime(api),
    drafts: stores.drafts,
    incoming: stores.incomingDrafts,
    storage: stores.storage,
    key: stores.draftKey,
    target: window,
  })
  return <LmsNotices sync={sync} />
}
