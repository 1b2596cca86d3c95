// The words the follow-up drafts, calendar and list are written with, as a shape: they receive
// them (the English ones are in src/i18n/en-after.ts), so a translation is a new catalog, not a
// code change. Each list of templates is tried in order; the first whose {slots} are all filled
// is used.
import type { SuggestionKind } from './people'

type Templates = readonly string[]

export type FollowUpMessages = {
  readonly greeting: Templates
  readonly met: Templates
  readonly passion: Templates
  readonly passionClause: Templates
  readonly cause: Templates
  readonly suggestion: Readonly<Record<SuggestionKind, Templates>>
  readonly suggestionWithoutKind: string
  readonly closing: string
  readonly signOff: string
  readonly subject: Templates
  /** For the calendar: what the event is called and what it reminds the person of. */
  readonly eventSummary: string
  readonly eventLines: {
    readonly metAt: string
    readonly passion: string
    readonly suggestion: string
    readonly message: string
  }
  /** The CSV header row, in column order. */
  readonly csvHeader: readonly string[]
  readonly yes: string
  readonly no: string
}
