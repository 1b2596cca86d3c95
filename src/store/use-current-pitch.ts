import { useMemo } from 'react'
import {
  composePitch,
  type ComposedPitch,
  type ComposeMessages,
  type PitchPart,
} from '@/domain/pitch/compose-pitch'
import type { Draft } from '@/domain/draft/draft'
import { en } from '@/i18n/en'
import { COMPOSER_EN } from '@/domain/pitch/composer-words-en'
import { useDrafts } from './app-stores-context'

export type CurrentPitch = {
  /** What the person sees: their edit where they made one, else the live draft. */
  texts: ComposedPitch
  composed: ComposedPitch
  isEdited: (part: PitchPart) => boolean
}

type PitchInputs = Pick<Draft, 'answers' | 'variant' | 'invitationVariant' | 'pitchEdits'>

/** The words the pitch is composed in: English, like the rest of the catalog for now. */
const COMPOSE_MESSAGES: ComposeMessages = { composer: COMPOSER_EN, stages: en.stages }

/** The pitch as it stands: composed from the answers, with the person's own edits on top. */
export function currentPitch({
  answers,
  variant,
  invitationVariant,
  pitchEdits,
}: PitchInputs): CurrentPitch {
  const composed = composePitch(answers, { messages: COMPOSE_MESSAGES, variant, invitationVariant })
  return {
    texts: { ...composed, ...pitchEdits },
    composed,
    isEdited: (part) => pitchEdits[part] !== undefined && pitchEdits[part] !== composed[part],
  }
}

/** The pitch as it stands, for a component: recomposed only when its inputs change. */
export function useCurrentPitch(): CurrentPitch {
  const answers = useDrafts((s) => s.answers)
  const variant = useDrafts((s) => s.variant)
  const invitationVariant = useDrafts((s) => s.invitationVariant)
  const pitchEdits = useDrafts((s) => s.pitchEdits)
  return useMemo(
    () => currentPitch({ answers, variant, invitationVariant, pitchEdits }),
    [answers, variant, invitationVariant, pitchEdits],
  )
}
