// The words the pitch coach needs, as a shape: the coach receives them (the English ones are in
// src/i18n/en-coach.ts), so any translation is a new catalog of this shape, not a code change.
// Placeholders in braces are filled by the coach: {count} a number of checks, {words} a word
// count, {seconds} a speaking time, {language} a language name, {checks} check titles.
import type { Situation, Stage } from '../pitch/answers'

/** A check that passes or fails one way. */
type CheckWords = {
  readonly title: string
  readonly pass: string
  readonly fail: string
  readonly suggestion: string
}

export type CoachMessages = {
  readonly heading: string
  readonly intro: string
  readonly summary: string
  readonly status: {
    readonly allPass: string
    readonly oneNeedsWork: string
    readonly manyNeedWork: string
    readonly empty: string
  }
  readonly state: { readonly pass: string; readonly fail: string; readonly notRead: string }
  /** Said by each check that reads English words when the pitch is in another language. */
  readonly notEnglish: string
  /**
   * The catalog's own language (BCP 47): a pitch's language not listed below is named in it by the
   * runtime's Intl.DisplayNames ("Catalan", "Bengali"), else `other`.
   */
  readonly locale: string
  /** Language names by BCP 47 tag, and `other` for any language not listed. */
  readonly languageNames: {
    readonly es: string
    readonly fr: string
    readonly de: string
    readonly pt: string
    readonly it: string
    readonly nl: string
    readonly pl: string
    readonly other: string
  }
  readonly checklistLabel: string
  readonly highlightedHeading: string
  readonly markPrefix: string
  readonly markSuffix: string
  readonly checks: {
    readonly 'theme-first': CheckWords
    readonly we: CheckWords
    readonly question: {
      readonly title: string
      readonly pass: string
      readonly failNone: string
      readonly failMany: string
      readonly failRequest: string
      readonly suggestion: string
    }
    readonly 'core-word': CheckWords
    readonly why: CheckWords
    readonly transactional: CheckWords
    readonly 'self-focus': CheckWords
    readonly jargon: CheckWords
    readonly length: {
      readonly title: string
      readonly pass: string
      readonly failShort: string
      readonly failLong: string
      readonly suggestionShort: string
      readonly suggestionLong: string
    }
  }
  /** The better move for a transactional pitch, by where the person is. */
  readonly transactionalByStage: Readonly<Record<Stage, string>>
  readonly transactionalBySituation: Readonly<Record<Situation, string>>
}
