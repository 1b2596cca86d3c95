// Saves the open draft as a file: the one way out that keeps the answers, the pitch and the
// people log when the browser cannot save or a part of the page failed.
import { DRAFT_FILE_NAME } from '@/domain/draft/draft-file-name'
import { downloadText } from '@/lib/download'
import { pickDraft, type DraftStore } from '@/store/draft-store'

/** Resolves to false when the file could not be made (the caller says so). */
export async function exportDraftToFile(
  drafts: DraftStore,
  fileName: string = DRAFT_FILE_NAME,
): Promise<boolean> {
  try {
    // Loaded on demand: the file format brings a schema library the first screen does not need.
    const { serializeDraftFile } = await import('@/domain/draft/draft-file')
    const draft = pickDraft(drafts.getState())
    downloadText(serializeDraftFile(draft, new Date().toISOString()), fileName, 'application/json')
    return true
  } catch {
    return false
  }
}
