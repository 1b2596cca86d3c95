// One zustand store for the draft, built from slices; persistence wraps the combined store.
import { create, type StateCreator } from 'zustand'
import { persist } from 'zustand/middleware'
import { FIELD_LIMITS, TEXT_FIELDS, clampText, type Answers } from '@/domain/answers'
import { DEFAULT_CARD_SIZE, type CardSize } from '@/domain/card-sizes'
import type { PitchPart } from '@/domain/pitch-parts'
import { PITCH_EDIT_LIMIT, emptyDraft, sanitizeDraft, type Draft, type StepId } from '@/domain/draft'
import { STORED_VERSION, migrateStoredState } from '@/domain/migrations'
import type { SafeStorage } from '@/lib/safe-storage'
import { createDraftPersistStorage } from './draft-persistence'

type AnswersSlice = {
  answers: Answers
  setAnswers: (patch: Partial<Answers>) => void
}

type PitchSlice = {
  pitchEdits: Draft['pitchEdits']
  variant: number
  invitationVariant: number
  editPitch: (part: PitchPart, text: string) => void
  discardPitchEdits: (parts: readonly PitchPart[]) => void
  setVariant: (variant: number) => void
  setInvitationVariant: (variant: number) => void
}

type NavigationSlice = {
  stepId: StepId
  goToStep: (stepId: StepId) => void
}

type CardSlice = {
  cardSize: CardSize
  setCardSize: (size: CardSize) => void
}

type DraftActions = {
  /** Clears everything the person typed. */
  startOver: () => void
  /** Replaces the whole draft, e.g. from an import or a share link. */
  replaceDraft: (draft: Draft) => void
}

export type DraftState = AnswersSlice & PitchSlice & NavigationSlice & CardSlice & DraftActions

const createAnswersSlice: StateCreator<DraftState, [], [], AnswersSlice> = (set) => ({
  answers: emptyDraft().answers,
  setAnswers: (patch) =>
    set((state) => {
      const next = { ...state.answers, ...patch }
      for (const field of TEXT_FIELDS) next[field] = clampText(next[field], FIELD_LIMITS[field])
      return { answers: next }
    }),
})

const createPitchSlice: StateCreator<DraftState, [], [], PitchSlice> = (set) => ({
  pitchEdits: {},
  variant: 0,
  invitationVariant: 0,
  editPitch: (part, text) =>
    set((state) => ({ pitchEdits: { ...state.pitchEdits, [part]: text.slice(0, PITCH_EDIT_LIMIT) } })),
  discardPitchEdits: (parts) =>
    set((state) => {
      const pitchEdits = { ...state.pitchEdits }
      for (const part of parts) delete pitchEdits[part]
      return { pitchEdits }
    }),
  setVariant: (variant) => set({ variant }),
  setInvitationVariant: (invitationVariant) => set({ invitationVariant }),
})

const createNavigationSlice: StateCreator<DraftState, [], [], NavigationSlice> = (set) => ({
  stepId: 'start',
  goToStep: (stepId) => set({ stepId }),
})

const createCardSlice: StateCreator<DraftState, [], [], CardSlice> = (set) => ({
  cardSize: DEFAULT_CARD_SIZE,
  setCardSize: (cardSize) => set({ cardSize }),
})

const createDraftActions: StateCreator<DraftState, [], [], DraftActions> = (set) => ({
  startOver: () => set(emptyDraft()),
  replaceDraft: (draft) => set(sanitizeDraft(draft)),
})

export function pickDraft(state: DraftState): Draft {
  const { answers, pitchEdits, variant, invitationVariant, stepId, cardSize } = state
  return { answers, pitchEdits, variant, invitationVariant, stepId, cardSize }
}

export function createDraftStore(options: { key: string; storage: SafeStorage }) {
  return create<DraftState>()(
    persist(
      (...a) => ({
        ...createAnswersSlice(...a),
        ...createPitchSlice(...a),
        ...createNavigationSlice(...a),
        ...createCardSlice(...a),
        ...createDraftActions(...a),
      }),
      {
        name: options.key,
        version: STORED_VERSION,
        storage: createDraftPersistStorage<Draft>(options.storage),
        partialize: pickDraft,
        migrate: (persisted, version) => {
          const result = migrateStoredState(persisted, version)
          return result.ok ? result.draft : emptyDraft()
        },
        // Saved data is untrusted: rebuild it from defaults instead of a shallow merge.
        merge: (persisted, current) => ({ ...current, ...sanitizeDraft(persisted) }),
      },
    ),
  )
}

export type DraftStore = ReturnType<typeof createDraftStore>

export const DRAFT_KEY = 'why-card:draft'

export function draftKeyFor(namespace: string | null): string {
  return namespace ? `${DRAFT_KEY}:${namespace}` : DRAFT_KEY
}
