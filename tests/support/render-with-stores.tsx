// The app's stores for a test, as main.tsx makes them for the page: a fresh set per test, with
// an in-memory storage unless the test needs the browser's (a reload, another tab), and a render
// inside their provider. Stores made here stop listening to the window after each test.
import { render, type RenderResult } from '@testing-library/react'
import type { ReactNode } from 'react'
import { afterEach, beforeAll } from 'vitest'
import { loadStep } from '@/app/lazy-steps'
import { createAppStores, type AppStores, type AppStoresOptions } from '@/store/app-store'
import { AppStoresProvider } from '@/store/app-stores-context'

/** An empty Storage that lives in memory: nothing is shared with other tests. */
export function memoryStorage(): Storage {
  const values = new Map<string, string>()
  return {
    get length() {
      return values.size
    },
    key: (index) => [...values.keys()][index] ?? null,
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, String(value)),
    removeItem: (key) => void values.delete(key),
    clear: () => values.clear(),
  }
}

// The steps after the first load on demand. In the app that is a network fetch the bench
// measures; here it is Vite transforming the modules (the pitch step brings the language library)
// on the first visit, which on a busy two-core machine can outlast a query's wait. Loading them
// once before a file's tests keeps the tests about what the person sees.
beforeAll(async () => {
  await Promise.all((['problem', 'stage', 'pitch', 'card'] as const).map((id) => loadStep(id)))
}, 120_000)

const made = new Set<AppStores>()
afterEach(() => {
  for (const stores of made) stores.stop()
  made.clear()
})

/** Fresh stores: no launch parameters, an empty in-memory storage, jsdom's window and document. */
export function createTestStores(options: Partial<AppStoresOptions> = {}): AppStores {
  const storage = memoryStorage()
  const stores = createAppStores({
    search: '',
    getStorage: () => storage,
    window,
    document,
    ...options,
  })
  made.add(stores)
  return stores
}

/** Renders `ui` inside the stores' provider (fresh stores unless given); rerenders keep it. */
export function renderWithStores(
  ui: ReactNode,
  stores: AppStores = createTestStores(),
): RenderResult & { stores: AppStores } {
  const view = render(ui, {
    wrapper: ({ children }) => <AppStoresProvider stores={stores}>{children}</AppStoresProvider>,
  })
  return { ...view, stores }
}
