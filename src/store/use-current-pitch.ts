import { useMemo } from 'react'
import { composePitch, type ComposedPitch, type PitchPart } from '@/domain/pitch/compose-pitch'
import { useDraftStore } from './app-store'

export type CurrentPitch = {
  /** What the person sees: their edit where they made one, else the live draft. */
  texts: ComposedPitch
  composed: ComposedPitch
  isEdited: (part: PitchPart) => boolean
}

/** The pitch as it stands: composed from the answers, with the person's own edits on top. */
export function useCurrentPitch(): CurrentPitch {
  const answers = useDraftStore((s) => s.answers)
  const variant = useDraftStore((s) => s.variant)
  const invitationVariant = useDraftStore((s) => s.invitationVariant)
  const edits = useDraftStore((s) => s.pitchEdits)
  return useMemo(() => {
    const composed = composePitch(answers, { variant, invitationVariant })
    return {
      texts: { ...composed, ...edits },
      composed,
      isEdited: (part) => edits[part] !== undefined && edits[part] !== composed[part],
    }
  }, [answers, variant, invitationVariant, edits])
}
