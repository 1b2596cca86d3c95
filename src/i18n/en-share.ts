// Words for moving a draft around: share links, export and import, and drafts changed in
// another tab.
import type { DraftSummary } from '@/domain/draft/compare-drafts'

type Failure = 'malformed' | 'too-large' | 'too-new' | 'empty'

export const enShare = {
  panel: {
    heading: 'Keep or move your draft',
    intro:
      'Your answers live only in this browser. Save them to a file, or make a link that carries them to another browser or to someone you trust.',
    shareLink: 'Make a share link',
    linkLabel: 'Share link',
    linkCopied:
      'Link copied. Anyone who opens it can read your answers, so share it only with people you trust.',
    linkCopyFailed:
      'Copying was blocked by the browser. Select the link below and copy it by hand.',
    linkPrivacy:
      'The answers travel inside the link itself (after the “#”), so they are never sent to a server.',
    linkLong:
      'This link is long because it carries your whole draft. Some chat apps may cut it short: a file is safer.',
    exportFile: 'Export to a file',
    exported: (fileName: string) => `Saved as ${fileName}.`,
    importLabel: 'Import a draft file',
    importHint: 'A .json file exported from Why Card.',
    importFailed: {
      malformed: 'That file is not a Why Card draft, or it is damaged. Nothing was changed.',
      'too-large': 'That file is far too large to be a Why Card draft. Nothing was changed.',
      'too-new':
        'That file was made by a newer version of Why Card and cannot be opened here. Nothing was changed.',
      empty: 'That file holds no answers. Nothing was changed.',
    } satisfies Record<Failure, string>,
    importReadFailed: 'The browser could not read that file. Nothing was changed.',
  },

  link: {
    failed: {
      malformed:
        'This link’s draft could not be opened: it looks cut off or changed on the way. Your own draft is untouched. Ask for the link again, or for an exported file.',
      'too-large':
        'This link is far too long to be a Why Card draft, so it was not opened. Your own draft is untouched.',
      'too-new':
        'This link was made by a newer version of Why Card and cannot be opened here. Your own draft is untouched.',
      empty:
        'This link holds no answers, so there was nothing to open. Your own draft is untouched.',
    } satisfies Record<Failure, string>,
    dismiss: 'Dismiss',
  },

  replace: {
    title: {
      link: 'Open the draft from this link?',
      file: 'Open the imported draft?',
      course: 'Open the draft saved in your course?',
    },
    body: 'You already have a different draft in this browser. Choose what to do with it.',
    incoming: 'The new draft',
    describe: (summary: DraftSummary) =>
      [
        summary.name ? `By ${summary.name}.` : '',
        summary.problem ? `“${summary.problem}”` : '',
        `${summary.answered} of ${summary.total} answers filled in.`,
      ]
        .filter(Boolean)
        .join(' '),
    replace: 'Replace my draft',
    replaceHint: 'Your current answers are cleared.',
    keepBoth: 'Keep both',
    keepBothHint: (fileName: string) =>
      `Your current draft is saved to a file (${fileName}) and kept in this browser, then the new one opens.`,
    keepMine: 'Keep mine',
    keepMineHint: 'The new draft is not opened.',
  },

  outcome: {
    loaded: {
      link: 'The draft from the link is open.',
      file: 'The imported draft is open.',
      course: 'The draft saved in your course is open.',
    },
    openedNewer:
      'The draft saved in your course is open: it is newer than the one this browser had. That older draft is kept here until you close this tab.',
    keptBoth: (fileName: string) =>
      `The new draft is open. Yours was saved as ${fileName}; you can import it at any time.`,
    keptMine: 'Your draft is unchanged. The new one was not opened.',
    switchBack: 'Switch back to my draft',
    switchedBack: 'Your draft is back. The other one is kept until you close this tab.',
    switchAgain: 'Switch to the other draft',
    dismiss: 'Dismiss',
  },

  crossTab: {
    changed:
      'This draft was changed in another tab too. Nothing typed here is saved until you choose. Whichever version you choose, the other one is kept in this browser, and you can download it or switch to it.',
    loadNewer: 'Load the newer version',
    loadNewerHint:
      'Shows the other tab’s words here; this tab’s words are kept as the other version.',
    keepThis: 'Keep this tab’s version',
    keepThisHint: 'Saves this tab’s words; the other tab’s words are kept as the other version.',
    otherKept:
      'The version you did not choose is kept in this browser. Download it to keep it for good, or switch to it.',
    downloadOther: 'Download the other version',
    switchToOther: 'Switch to the other version',
    dismiss: 'Dismiss',
  },
} as const

/**
 * This catalog for the person's language, the one way components reach it (English only for
 * now; a second language would be chosen here and loaded with the feature that needs it).
 */
export function useShareMessages(): typeof enShare {
  return enShare
}
