// The English words the composer is given in the app (see src/store/use-current-pitch.ts), for
// tests that compose a pitch directly.
import type { ComposeMessages } from '@/domain/pitch/compose-pitch'
import { COMPOSER_EN } from '@/domain/pitch/composer-words-en'
import { en } from '@/i18n/en'

export const composeEn: ComposeMessages = { composer: COMPOSER_EN, stages: en.stages }
