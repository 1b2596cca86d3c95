import { StrictMode, type ReactNode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from '@/app/app'
import { applyLaunchAccent } from '@/app/use-launch-preset'
import { findScormApi } from '@/lib/scorm-api'
import { createAppStores, type AppStores } from '@/store/app-store'
import { AppStoresProvider } from '@/store/app-stores-context'
import '@/app/app.css'

/** Inside a course platform (a SCORM 1.2 LMS), the lesson side loads first; elsewhere nothing. */
async function connectToLms(stores: AppStores): Promise<ReactNode> {
  const api = findScormApi(window)
  if (!api) return null
  try {
    const { startLesson } = await import('@/app/lms-lesson')
    return startLesson(api, stores)
  } catch {
    // The lesson code did not load or the LMS threw: the app still works as it does outside one.
    return null
  }
}

const root = document.getElementById('root')
if (root) {
  // The app's stores, made once: the draft (saved in this browser), links and files that bring
  // one, other tabs, and the warning before words would be lost.
  const stores = createAppStores({
    search: window.location.search,
    getStorage: () => window.localStorage,
    window,
    document,
  })
  // The accent colour before the first render: the page never flashes in the default colour.
  const accent = applyLaunchAccent(stores.launchParams).catch(() => undefined)
  void Promise.all([connectToLms(stores), accent]).then(([notices]) =>
    createRoot(root).render(
      <StrictMode>
        <AppStoresProvider stores={stores}>
          <App notices={notices} />
        </AppStoresProvider>
      </StrictMode>,
    ),
  )
}
