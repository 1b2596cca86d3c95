// The names draft files are saved under. Kept apart from the file format so the first screen can
// name a file without loading the schema library that reads one.

export const DRAFT_FILE_NAME = 'why-card-draft.json'
/** What "Keep both" saves the person's own draft as, so it does not overwrite an earlier export. */
export const KEPT_DRAFT_FILE_NAME = 'why-card-draft-kept.json'
