// Words for the lesson inside a course platform (a SCORM LMS): what the course keeps, and when it
// is not answering.
import type { Kept } from '@/domain/lms/suspend-data'

export const enLms = {
  problem:
    'Your course is not answering as it should, so your progress may not be recorded there. Keep going: your draft is still saved in this browser.',
  kept: {
    all: '',
    'answers-and-pitch':
      'Your course keeps your answers and your pitch. Your people log and practice times are too long for it to hold, so they are kept only in this browser.',
    answers:
      'Your course keeps your answers. Your edited pitch, people log and practice times are too long for it to hold, so they are kept only in this browser.',
    none: 'Your answers are too long for your course to hold, so they are kept only in this browser. Your course still records where you are and when you finish.',
  } satisfies Record<Kept, string>,
  dismiss: 'Dismiss',
} as const

/**
 * This catalog for the person's language, the one way components reach it (English only for
 * now; a second language would be chosen here and loaded with the feature that needs it).
 */
export function useLmsMessages(): typeof enLms {
  return enLms
}
