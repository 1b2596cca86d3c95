// The words the pitch composer needs from a catalog, as a shape: the composer receives them (the
// English ones are in src/i18n/en.ts), so a translation is a new catalog, not a code change.
import type { Stage } from './answers'

/** Each stage's words: what it is called, and the asks and invitations that fit it. */
export type StageMessages = Readonly<
  Record<
    Stage,
    {
      readonly label: string
      readonly description: string
      readonly asks: readonly string[]
      readonly invitations: readonly string[]
    }
  >
>
