// One zustand store for the draft, built from slices; persistence wraps the combined store.
import { create, type StateCreator } from 'zustand'
import { persist } from 'zustand/middleware'
import { FIELD_LIMITS, TEXT_FIELDS, clampText, type Answers } from '@/domain/pitch/answers'
import { DEFAULT_CARD_SIZE, type CardSize } from '@/domain/card/card-sizes'
import { MAX_PEOPLE, sanitizePerson, type Person } from '@/domain/after/people'
import type { PitchPart } from '@/domain/pitch/pitch-parts'
import { addAttempt, isValidAttempt, type PracticeLength } from '@/domain/after/practice'
import {
  cleanAnswers,
  cleanPitchEdit,
  emptyDraft,
  sanitizeDraft,
  type Draft,
  type StepId,
} from '@/domain/draft/draft'
import { STORED_VERSION, migrateStoredState } from '@/domain/draft/migrations'
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

type PracticeSlice = {
  practice: Draft['practice']
  /** Keeps a read-aloud time (whole seconds) among the last few for that length. */
  recordAttempt: (length: PracticeLength, seconds: number) => void
  clearAttempts: (length: PracticeLength) => void
}

type PeopleSlice = {
  people: Person[]
  /** Adds or replaces (same id) a person; the entry is sanitized like saved data. */
  savePerson: (person: Person) => void
  updatePerson: (id: string, patch: Partial<Omit<Person, 'id'>>) => void
  removePerson: (id: string) => void
  /** Puts a removed person back where they were (undo). */
  restorePerson: (person: Person, index: number) => void
}

type DraftActions = {
  /** Clears everything the person typed. */
  startOver: () => void
  /** Replaces the whole draft, e.g. from an import or a share link. */
  replaceDraft: (draft: Draft) => void
}

export type DraftState = AnswersSlice &
  PitchSlice &
  NavigationSlice &
  CardSlice &
  PracticeSlice &
  PeopleSlice &
  DraftActions

const createAnswersSlice: StateCreator<DraftState, [], [], AnswersSlice> = (set) => ({
  answers: emptyDraft().answers,
  setAnswers: (patch) =>
    set((state) => {
      const next = { ...state.answers, ...patch }
      for (const field of TEXT_FIELDS) next[field] = clampText(next[field], FIELD_LIMITS[field])
      return { answers: cleanAnswers(next) }
    }),
})

const createPitchSlice: StateCreator<DraftState, [], [], PitchSlice> = (set) => ({
  pitchEdits: {},
  variant: 0,
  invitationVariant: 0,
  editPitch: (part, text) =>
    set((state) => ({
      pitchEdits: { ...state.pitchEdits, [part]: cleanPitchEdit(text) },
    })),
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

const createPracticeSlice: StateCreator<DraftState, [], [], PracticeSlice> = (set) => ({
  practice: {},
  recordAttempt: (length, seconds) =>
    set((state) =>
      isValidAttempt(seconds)
        ? { practice: { ...state.practice, [length]: addAttempt(state.practice[length], seconds) } }
        : {},
    ),
  clearAttempts: (length) =>
    set((state) => {
      const practice = { ...state.practice }
      delete practice[length]
      return { practice }
    }),
})

// Entries go through the same sanitizer as saved data, so the store never holds what a reload
// would drop or change.
function cleanPerson(person: Person): Person | null {
  return sanitizePerson(person, { id: person.id, date: person.followUpOn })
}

const createPeopleSlice: StateCreator<DraftState, [], [], PeopleSlice> = (set) => ({
  people: [],
  savePerson: (person) =>
    set((state) => {
      const clean = cleanPerson(person)
      if (!clean) return {}
      const index = state.people.findIndex((p) => p.id === clean.id)
      if (index >= 0) return { people: state.people.map((p, i) => (i === index ? clean : p)) }
      return state.people.length >= MAX_PEOPLE ? {} : { people: [...state.people, clean] }
    }),
  updatePerson: (id, patch) =>
    set((state) => ({
      people: state.people.map((p) => {
        if (p.id !== id) return p
        const next = { ...p, ...patch }
        // An explicit undefined message means "back to the drafted one".
        if ('message' in patch && patch.message === undefined) delete next.message
        return cleanPerson(next) ?? p
      }),
    })),
  removePerson: (id) => set((state) => ({ people: state.people.filter((p) => p.id !== id) })),
  restorePerson: (person, index) =>
    set((state) => {
      const clean = cleanPerson(person)
      if (!clean || state.people.some((p) => p.id === clean.id)) return {}
      const people = [...state.people]
      people.splice(Math.max(0, Math.min(index, people.length)), 0, clean)
      return { people }
    }),
})

const createDraftActions: StateCreator<DraftState, [], [], DraftActions> = (set) => ({
  startOver: () => set(emptyDraft()),
  replaceDraft: (draft) => set(sanitizeDraft(draft)),
})

export function pickDraft(state: DraftState): Draft {
  const { answers, pitchEdits, variant, invitationVariant, stepId, cardSize, practice, people } =
    state
  return { answers, pitchEdits, variant, invitationVariant, stepId, cardSize, practice, people }
}

export function createDraftStore(options: {
  key: string
  storage: SafeStorage
  /** How long saves wait after the last change (see draft-persistence); 0 saves at once. */
  saveDelayMs?: number
}) {
  return create<DraftState>()(
    persist(
      (...a) => ({
        ...createAnswersSlice(...a),
        ...createPitchSlice(...a),
        ...createNavigationSlice(...a),
        ...createCardSlice(...a),
        ...createPracticeSlice(...a),
        ...createPeopleSlice(...a),
        ...createDraftActions(...a),
      }),
      {
        name: options.key,
        version: STORED_VERSION,
        storage: createDraftPersistStorage<Draft>(options.storage, {
          delayMs: options.saveDelayMs ?? 0,
        }),
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
