import { StrictMode, type ReactNode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from '@/app/app'
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
  void connectToLms().then((notices) =>
    createRoot(root).render(
      <StrictMode>
        <App notices={notices} />
      </StrictMode>,
    ),
  )
}
