// What the app says when something goes wrong while the person's words are still safe: a part
// of the page that failed to show, and words that are not saved yet.

export const enSafety = {
  sectionError: {
    title: 'This part could not be shown.',
    body: 'Something in it went wrong. Your draft is untouched: the other steps still work, and you can export everything to a file.',
    retry: 'Try again',
  },
  exportToFile: 'Export to a file',
  exportFailed:
    'The file could not be made here. Copy your words by hand before you close this tab.',
  unsaved: {
    /** Shown by the browser in its own words; only some browsers show this text. */
    leave: 'Some of your words are not saved. Leave anyway?',
  },
} as const

/**
 * This catalog for the person's language, the one way components reach it (English only for
 * now; a second language would be chosen here and loaded with the feature that needs it).
 */
export function useSafetyMessages(): typeof enSafety {
  return enSafety
}
