// The app's stores (app-store.ts), handed down the React tree: main.tsx wraps the app in
// AppStoresProvider; a component reads the draft with useDrafts and anything else with
// useAppStores. No module holds a store of its own, so every test can make fresh ones.
// createElement rather than JSX, and the draft store's own hook rather than zustand's useStore:
// with either, the bundler moved React's JSX runtime or zustand into small chunks of their own,
// two more requests and about 0.4 KB more gzip on the first screen.
import { createContext, createElement, useContext, type ReactNode } from 'react'
import type { AppStores } from './app-store'
import type { DraftState } from './draft-store'

const AppStoresContext = createContext<AppStores | null>(null)

export function AppStoresProvider({
  stores,
  children,
}: {
  stores: AppStores
  children: ReactNode
}) {
  return createElement(AppStoresContext, { value: stores }, children)
}

/** The stores main.tsx created (a test's own, in a test). */
export function useAppStores(): AppStores {
  const stores = useContext(AppStoresContext)
  if (!stores) throw new Error('Why Card: the app stores are missing (see AppStoresProvider).')
  return stores
}

/** Part of the draft; the component renders again only when that part changes. */
export function useDrafts<T>(selector: (state: DraftState) => T): T {
  // A zustand store made with create() is itself the hook: useStore(drafts, selector).
  return useAppStores().drafts(selector)
}
