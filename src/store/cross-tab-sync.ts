// The same draft open in two tabs. Each tab saves its changes, and the browser tells the other
// tabs through a `storage` event. Every save carries an id, the id of the save it was based on,
// and the id of the save whose words it holds (`words`; a save that only moved a tab to another
// step keeps its basis's words id). So a tab can tell apart:
// - "the other tab only moved": nothing to take, this tab's waiting words go on top of it;
// - "the other tab moved, over words this tab has already replaced": this tab writes its words
//   again, so storage never goes back to older words;
// - "the other tab saw my words and went on" (take theirs at once, when this tab has nothing
//   unsaved; a save of this tab's still waiting carries no words of its own then, so it is
//   dropped rather than written over theirs);
// - "both tabs wrote words without seeing each other": a conflict, even when both writes land in
//   the same tick. A conflict is lossless: this tab stops saving, the version that is not in the
//   saved draft is copied to `<key>:other-version` at once, and whichever version the person
//   chooses, the other one stays there to download or switch to.
import { createStore, type StoreApi } from 'zustand/vanilla'
import type { PersistStorage, StorageValue } from 'zustand/middleware'
import { isSameDraft } from '@/domain/draft/compare-drafts'
import { emptyDraft, type Draft } from '@/domain/draft/draft'
import { migrateStoredState } from '@/domain/draft/migrations'
import { createRandomId } from '@/lib/random-id'
import type { SafeStorage } from '@/lib/safe-storage'
import { pickDraft, type DraftStore } from './draft-store'

export type CrossTabState = {
  status: 'in-sync' | 'changed-elsewhere'
  /** Grows each time another tab's words replace this tab's: the open step must re-seed. */
  revision: number
  /** The version not chosen in the last conflict, kept in this browser; null when none. */
  otherVersion: Draft | null
}

export type CrossTabSync = {
  state: StoreApi<CrossTabState>
  /** Takes the other tab's latest words; this tab's are kept as the other version. */
  loadNewer(): void
  /** Saves this tab's words; the other tab's are kept as the other version. */
  keepThis(): void
  /** Swaps the open draft and the other version (both stay kept). */
  switchToOther(): void
  /** Hides the offer of the other version (the copy stays in storage). */
  dismissOther(): void
  stop(): void
}

export function otherVersionKeyFor(key: string): string {
  return `${key}:other-version`
}

type Saved = {
  draft: Draft
  id: string | null
  basis: string | null
  /** The id of the save these words were first written in; null in saves without ids. */
  words: string | null
  /** The words id of the save this one was based on. */
  wordsBasis: string | null
}

/** What this tab last wrote or took: what its next save is based on. */
type Known = { id: string; draft: Draft; words: string }

const str = (value: unknown) => (typeof value === 'string' ? value : null)

/** A saved value read into a draft with its save ids, or null if it cannot be read. */
function readSaved(raw: string | null): Saved | null {
  if (raw === null)
    return { draft: emptyDraft(), id: null, basis: null, words: null, wordsBasis: null }
  try {
    const parsed: unknown = JSON.parse(raw)
    if (typeof parsed !== 'object' || parsed === null) return null
    const { state, version, id, basis, words, wordsBasis } = parsed as Record<string, unknown>
    const migrated = migrateStoredState(state, version)
    if (!migrated.ok) return null
    return {
      draft: migrated.draft,
      id: str(id),
      basis: str(basis),
      words: str(words),
      wordsBasis: str(wordsBasis),
    }
  } catch {
    return null
  }
}

type PendingWrites = { cancel?: () => void; flush?: () => void }

const REPLACED_WORDS_KEPT = 32

export function startCrossTabSync(
  store: DraftStore,
  key: string,
  storage: SafeStorage,
  // No window outside a browser (PDF tests run in node): then there are no other tabs either.
  target: Pick<Window, 'addEventListener' | 'removeEventListener'> | undefined = globalThis.window,
  createId: () => string = createRandomId,
): CrossTabSync {
  const state = createStore<CrossTabState>()(() => ({
    status: 'in-sync',
    revision: 0,
    otherVersion: null,
  }))
  // The other tab's latest words seen during a conflict.
  let latest: Saved | null = null
  // True while taking words that are already the saved draft.
  let echo = false
  // The save this tab last wrote or took: what its next save is based on, and what "nothing
  // unsaved" is measured against.
  const loaded = readSaved(storage.getItem(key))
  let known: Known = {
    id: loaded?.id ?? '',
    draft: loaded?.draft ?? pickDraft(store.getState()),
    words: loaded?.words ?? loaded?.id ?? '',
  }
  // Words ids this tab knew and has since replaced: a save still holding one holds older words.
  // The other tab's late save is at most a few saves behind, so the last few are enough.
  const replacedWords = new Set<string>()
  function know(next: Known) {
    if (next.words !== known.words) replacedWords.add(known.words)
    replacedWords.delete(next.words)
    if (replacedWords.size > REPLACED_WORDS_KEPT) {
      replacedWords.delete(replacedWords.values().next().value ?? '')
    }
    known = next
  }
  function knowSaved(theirs: Saved) {
    if (theirs.id) know({ id: theirs.id, draft: theirs.draft, words: theirs.words ?? theirs.id })
  }
  // persist is missing only if zustand found no storage at all; then there is nothing to guard.
  const persistApi = store.persist as DraftStore['persist'] | undefined
  const saved = persistApi?.getOptions().storage as
    (PersistStorage<Draft> & PendingWrites) | undefined

  // While the person has not chosen, this tab's saves are held back (its words stay on screen).
  if (persistApi && saved) {
    const wrapped: PersistStorage<Draft> & PendingWrites = {
      ...saved,
      getItem: (name) => saved.getItem(name),
      removeItem: (name) => saved.removeItem(name),
      setItem: (name, value) => {
        if (echo || state.getState().status === 'changed-elsewhere') return
        // Stamped when it is written, not when it is handed over: saves wait for a pause in
        // typing, and only a save that was written can be what the other tab saw.
        const stamped: StorageValue<Draft> & { toJSON: () => object } = {
          ...value,
          toJSON: () => {
            const id = createId()
            const basis = known.id
            const wordsBasis = known.words
            const words = isSameDraft(value.state, known.draft) ? wordsBasis : id
            know({ id, draft: value.state, words })
            return { state: value.state, version: value.version, id, basis, words, wordsBasis }
          },
        }
        return saved.setItem(name, stamped)
      },
    }
    persistApi.setOptions({ storage: wrapped })
  }

  // The versions copied aside, newest last. Both tabs copy into the same place, so each keeps
  // what the other copied there too: a single slot let one tab's conflict write over the words
  // the other had just set aside (found by the two-tab property test, seed -1203277892).
  const KEPT_ASIDE = 6
  function keepOther(draft: Draft) {
    const otherKey = otherVersionKeyFor(key)
    let kept: unknown[] = []
    try {
      const before: unknown = JSON.parse(storage.getItem(otherKey) ?? '[]')
      kept = Array.isArray(before) ? before : before === null ? [] : [before]
    } catch {
      kept = []
    }
    const text = JSON.stringify(draft)
    const others = kept.filter((each) => JSON.stringify(each) !== text)
    storage.setItem(otherKey, JSON.stringify([...others, draft].slice(-KEPT_ASIDE)))
  }

  /** `alreadySaved`: their save is the saved draft; writing it back would only echo. */
  function take(theirs: Saved, alreadySaved = false) {
    // Where each tab is in the wizard stays its own; only the words travel.
    const { stepId } = store.getState()
    knowSaved(theirs)
    // A save still waiting holds no words of this tab's (it had none unsaved, or they are kept
    // as the other version): written now, it would put older words over the ones just taken.
    saved?.cancel?.()
    echo = alreadySaved
    try {
      store.getState().replaceDraft({ ...theirs.draft, stepId })
    } finally {
      echo = false
    }
    state.setState((s) => ({ status: 'in-sync', revision: s.revision + 1 }))
  }

  function conflict(theirs: Saved, mine: Draft) {
    // Nothing of this tab's waits to be written over the other tab's words.
    saved?.cancel?.()
    latest = theirs
    // Whichever version is not the saved draft now is copied aside at once, so closing either
    // tab before choosing loses nothing.
    const current = readSaved(storage.getItem(key))
    keepOther(current && isSameDraft(current.draft, mine) ? theirs.draft : mine)
    state.setState({ status: 'changed-elsewhere' })
  }

  /** Writes this tab's words again, over a save that holds words it has already replaced. */
  function saveAgain(theirs: Saved) {
    // Only while their save is still the saved draft: a later save has already replaced it.
    if (readSaved(storage.getItem(key))?.id !== theirs.id) return
    // Based on their save, so the other tab sees its words replaced and follows.
    knowSaved(theirs)
    store.setState({})
    saved?.flush?.()
  }

  function onStorage(event: StorageEvent) {
    if (event.key !== key || event.newValue === null) return
    const theirs = readSaved(event.newValue)
    // A value this version cannot read (say, a newer app in another tab) is left alone.
    if (!theirs) return
    const mine = pickDraft(store.getState())
    if (isSameDraft(mine, theirs.draft)) {
      knowSaved(theirs)
      if (state.getState().status !== 'in-sync') state.setState({ status: 'in-sync' })
      return
    }
    if (state.getState().status === 'changed-elsewhere') {
      latest = theirs
      return
    }
    const hasUnsaved = !isSameDraft(mine, known.draft)
    if (theirs.id !== null && theirs.words !== null) {
      // The other tab only moved: the words are the ones this tab knows; its own go on top.
      if (theirs.words === known.words) return knowSaved(theirs)
      // The other tab wrote words this tab has already replaced (it had not heard yet).
      if (replacedWords.has(theirs.words)) return saveAgain(theirs)
      if (theirs.wordsBasis === known.words && !hasUnsaved) return take(theirs, true)
      return conflict(theirs, mine)
    }
    // Saves from older versions say only what they were based on, or nothing: then they are
    // judged by the value they replaced.
    const sawMine =
      theirs.id !== null
        ? theirs.basis === known.id
        : (() => {
            const before = readSaved(event.oldValue)
            return before !== null && isSameDraft(mine, before.draft)
          })()
    if (sawMine && !hasUnsaved) take(theirs, true)
    else conflict(theirs, mine)
  }

  if (storage.isPersistent) target?.addEventListener('storage', onStorage)

  return {
    state,
    loadNewer() {
      const mine = pickDraft(store.getState())
      state.setState({ status: 'in-sync' })
      if (!latest) return
      keepOther(mine)
      const theirs = latest
      latest = null
      take(theirs)
      saved?.flush?.()
      state.setState({ otherVersion: mine })
    },
    keepThis() {
      const theirs = latest
      latest = null
      if (theirs) {
        keepOther(theirs.draft)
        knowSaved(theirs)
      }
      state.setState({ status: 'in-sync', otherVersion: theirs?.draft ?? null })
      // An empty update makes persist save the whole current draft, now: the person chose.
      store.setState({})
      saved?.flush?.()
    },
    switchToOther() {
      const other = state.getState().otherVersion
      if (!other) return
      const open = pickDraft(store.getState())
      keepOther(open)
      take({ draft: other, id: null, basis: null, words: null, wordsBasis: null })
      state.setState({ otherVersion: open })
    },
    dismissOther() {
      state.setState({ otherVersion: null })
    },
    stop() {
      target?.removeEventListener('storage', onStorage)
      if (persistApi && saved) persistApi.setOptions({ storage: saved })
    },
  }
}
