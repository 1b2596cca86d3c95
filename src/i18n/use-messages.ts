import { en, type Messages } from './en'

/** The catalog for the person's language. English only for now; a context can pick later. */
export function useMessages(): Messages {
  return en
}
