// Words the card step shows when the app runs inside a course page, where the page around it
// may block downloads without telling anyone (see canProbablyDownload in lib/embed-bridge.ts).
export const enEmbed = {
  /** Shown beside Download PDF in any frame, where a blocked download cannot be detected. */
  downloadMayBeBlocked:
    'No file appeared? The course page may be blocking downloads. Open the PDF in a new tab, or print the card instead.',
  /** Shown before any click when the frame is sandboxed in a way that almost always blocks downloads. */
  downloadLikelyBlocked:
    'This course page probably blocks downloads. Print the card, or open the PDF in a new tab and save it from there.',
  openPdfInNewTab: 'Open the PDF in a new tab',
}

/**
 * This catalog for the person's language, the one way components reach it (English only for
 * now; a second language would be chosen here and loaded with the feature that needs it).
 */
export function useEmbedMessages(): typeof enEmbed {
  return enEmbed
}
