// The exported draft file: versioned JSON a person keeps, moves to another browser, and imports
// back. An imported file is untrusted: its envelope is checked with a schema, and the draft goes
// through the same migrations and sanitising as saved data and share links.
import * as z from 'zod/mini'
import { hasContent, type Draft } from './draft'
import { STORED_VERSION, migrateStoredState } from './migrations'
import type { DecodeResult } from './share-link'

export const DRAFT_FILE_APP = 'why-card'
/** A full draft, pretty-printed, is far smaller; bigger files are refused before parsing. */
export const MAX_DRAFT_FILE_CHARS = 500_000

export type DraftFile = {
  app: typeof DRAFT_FILE_APP
  version: number
  exportedAt: string
  draft: Draft
}

// Any number: migrateStoredState tells a newer version (even 1e21) from a damaged one (0.5).
const version = z.number()

const draftFileSchema = z.looseObject({
  app: z.literal(DRAFT_FILE_APP),
  version,
  exportedAt: z.optional(z.string()),
  draft: z.record(z.string(), z.unknown()),
})

// The raw shape the browser saves ({ state, version }): what "Download the saved copy" gives a
// person whose saved draft could not be opened, so a newer app can read it back.
const savedCopySchema = z.looseObject({
  version: z.optional(version),
  state: z.record(z.string(), z.unknown()),
})

/** `exportedAt` is passed in (an ISO date) so this module stays free of a clock. */
export function buildDraftFile(draft: Draft, exportedAt: string): DraftFile {
  return { app: DRAFT_FILE_APP, version: STORED_VERSION, exportedAt, draft }
}

export function serializeDraftFile(draft: Draft, exportedAt: string): string {
  return `${JSON.stringify(buildDraftFile(draft, exportedAt), null, 2)}\n`
}

/** Reads a file's text. Never throws: every failure is a reason. */
export function parseDraftFile(text: string): DecodeResult {
  if (typeof text !== 'string') return { ok: false, reason: 'malformed' }
  if (text.length > MAX_DRAFT_FILE_CHARS) return { ok: false, reason: 'too-large' }
  if (text.trim() === '') return { ok: false, reason: 'empty' }
  let json: unknown
  try {
    // A byte-order mark from some editors is not part of the JSON.
    json = JSON.parse(text.replace(/^\ufeff/u, ''))
  } catch {
    return { ok: false, reason: 'malformed' }
  }
  const file = draftFileSchema.safeParse(json)
  const saved = file.success ? null : savedCopySchema.safeParse(json)
  let state: unknown
  let fromVersion: number
  if (file.success) {
    state = file.data.draft
    fromVersion = file.data.version
  } else if (saved?.success) {
    state = saved.data.state
    fromVersion = saved.data.version ?? 0
  } else {
    return { ok: false, reason: 'malformed' }
  }
  const migrated = migrateStoredState(state, fromVersion)
  if (!migrated.ok) return migrated
  if (!hasContent(migrated.draft)) return { ok: false, reason: 'empty' }
  return { ok: true, draft: migrated.draft }
}
