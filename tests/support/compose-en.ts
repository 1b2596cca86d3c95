// The English words the composer is given in the app (see src/store/use-current-pitch.ts), for
// tests that compose a pitch directly.
import type { Answers } from '@/domain/pitch/answers'
import {
  composePitch,
  type ComposedPitch,
  type ComposeMessages,
} from '@/domain/pitch/compose-pitch'
import { COMPOSER_EN } from '@/domain/pitch/composer-words-en'
import { en } from '@/i18n/en'

export const composeEn: ComposeMessages = { composer: COMPOSER_EN, stages: en.stages }

/** The drafts in each of the three openings, composed in English. */
export const draftsInEnglish = (answers: Answers): ComposedPitch[] =>
  [0, 1, 2].map((variant) => composePitch(answers, { messages: composeEn, variant }))
