import { StrictMode, type ReactNode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from '@/app/app'
import { applyLaunchAccent } from '@/app/use-launch-preset'
import { findScormApi } from '@/lib/scorm-api'
import '@/app/app.css'

/** Inside a course platform (a SCORM 1.2 LMS), the lesson side loads first; elsewhere nothing. */
async function connectToLms(): Promise<ReactNode> {
  const api = findScormApi(window)
  if (!api) return null
  try {
    const { startLesson } = await import('@/app/lms-lesson')
    return startLesson(api)
  } catch {
    // The lesson code did not load or the LMS threw: the app still works as it does outside one.
    return null
  }
}

const root = document.getElementById('root')
if (root) {
  // The accent colour before the first render: the page never flashes in the default colour.
  const accent = applyLaunchAccent().catch(() => undefined)
  void Promise.all([connectToLms(), accent]).then(([notices]) =>
    createRoot(root).render(
      <StrictMode>
        <App notices={notices} />
      </StrictMode>,
    ),
  )
}
