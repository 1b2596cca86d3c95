// The pitch composer: turns answers into a Tolkien-style why pitch in several lengths.
// Theme first, shared with "we", one inviting question, a bridge to the problem and the better
// world, landing on the core word said earlier. Pure; never throws.
import type { Answers } from './answers'
import type { PitchPart } from './pitch-parts'
import { cleanFragment, fillTemplate, firstFilled, joinSentences } from './fragments'
import { countWords } from '../text/text'
import { en, type Messages } from '@/i18n/en'
import { enComposer, type ComposerMessages } from '@/i18n/en-composer'

export type ComposedPitch = Record<PitchPart, string>

export type { PitchPart }

/** The catalog parts the composer writes with. */
export type ComposeMessages = { composer: ComposerMessages; stages: Messages['stages'] }

const DEFAULT_MESSAGES: ComposeMessages = { composer: enComposer, stages: en.stages }

export type ComposeOptions = {
  /** Which opening (and matching question and landing) to use; any integer, wraps around. */
  variant?: number
  /** Which of the stage's invitations to use; any integer, wraps around. */
  invitationVariant?: number
  messages?: ComposeMessages
}

export const PITCH_WORDS = { min: 50, max: 110 } as const

function pick<T>(list: readonly T[], index: number): T {
  const safe = Number.isFinite(index) ? Math.trunc(index) : 0
  const item = list[((safe % list.length) + list.length) % list.length]
  if (item === undefined) throw new Error('pick from an empty list')
  return item
}

export function openingCount(messages: ComposeMessages = DEFAULT_MESSAGES): number {
  return messages.composer.openings.length
}

export function invitationCount(
  answers: Pick<Answers, 'stage'>,
  messages: ComposeMessages = DEFAULT_MESSAGES,
): number {
  return messages.stages[answers.stage].invitations.length
}

type Slots = Record<
  | 'problem'
  | 'affected'
  | 'spark'
  | 'whyNow'
  | 'belief'
  | 'mistake'
  | 'betterWorld'
  | 'forWhom'
  | 'theme'
  | 'coreWord'
  | 'workOn',
  string
>

function cleanSlots(answers: Answers, messages: ComposeMessages): Slots {
  const c = messages.composer
  const lowercaseStarters = new Set(c.lowercaseStarters)
  const clean = (raw: string, leadIns?: readonly string[]) =>
    cleanFragment(
      typeof raw === 'string' ? raw : '',
      leadIns ? { lowercaseStarters, leadIns } : { lowercaseStarters },
    )
  return {
    problem: clean(answers.problem),
    affected: clean(answers.affected),
    spark: clean(answers.spark),
    whyNow: clean(answers.whyNow),
    belief: clean(answers.belief, c.beliefLeadIns),
    mistake: clean(answers.mistake),
    betterWorld: clean(answers.betterWorld, c.betterWorldLeadIns),
    forWhom: clean(answers.forWhom),
    theme: clean(answers.theme),
    // The core word is said twice; a single word or short phrase, lowercase unless a name.
    coreWord: clean(answers.coreWord),
    workOn: clean(answers.workOn, c.workLeadIns),
  }
}

function composeOpening(slots: Slots, variant: number, messages: ComposeMessages): string[] {
  const c = messages.composer
  const [coreLine = '', themeLine = ''] = pick(c.openings, variant)
  const first = fillTemplate(coreLine, slots)
  const second = fillTemplate(themeLine, slots)
  if (first === null && second === null) return [pick(c.openingFallbacks, variant)]
  return [first, second].filter((s): s is string => s !== null)
}

function composeLanding(slots: Slots, variant: number, messages: ComposeMessages): string {
  const c = messages.composer
  return fillTemplate(pick(c.landings, variant), slots) ?? c.landingFallback
}

function composeBridge(
  slots: Slots,
  variant: number,
  withAffected: boolean,
  messages: ComposeMessages,
): string | null {
  const c = messages.composer
  if (withAffected) {
    const sentence = fillTemplate(c.bridgeWithAffected, slots)
    if (sentence !== null) return sentence
  }
  return fillTemplate(pick(c.bridge, variant), slots)
}

function composeThirtySeconds(slots: Slots, variant: number, messages: ComposeMessages): string {
  const c = messages.composer
  const opening = composeOpening(slots, variant, messages)
  const question = pick(c.questions, variant)
  const landing = composeLanding(slots, variant, messages)
  const betterWorld = fillTemplate(c.betterWorld, slots)

  // Longest first; drop optional sentences until it fits in half a minute.
  const belief = fillTemplate(c.belief, slots)
  const attempts: Array<Array<string | null>> = [
    [
      ...opening,
      question,
      composeBridge(slots, variant, true, messages),
      belief,
      betterWorld,
      landing,
    ],
    [
      ...opening,
      question,
      composeBridge(slots, variant, false, messages),
      belief,
      betterWorld,
      landing,
    ],
    [...opening, question, composeBridge(slots, variant, false, messages), betterWorld, landing],
  ]
  let pitch = ''
  for (const attempt of attempts) {
    pitch = joinSentences(attempt)
    if (countWords(pitch) <= PITCH_WORDS.max) break
  }
  if (countWords(pitch) < PITCH_WORDS.min) {
    // Too short to carry the theme: add the personal spark before the landing.
    const extra = [fillTemplate(c.spark, slots), fillTemplate(c.whyNow, slots)]
    const withoutLanding = pitch.slice(0, pitch.length - landing.length).trim()
    pitch = joinSentences([withoutLanding, ...extra, landing])
  }
  return pitch
}

function composeStory(slots: Slots, variant: number, messages: ComposeMessages): string {
  const c = messages.composer
  return joinSentences([
    ...composeOpening(slots, variant, messages),
    pick(c.questions, variant),
    fillTemplate(c.spark, slots),
    fillTemplate(c.whyNow, slots),
    composeBridge(slots, variant, true, messages),
    fillTemplate(c.mistake, slots),
    fillTemplate(c.belief, slots),
    fillTemplate(c.betterWorld, slots),
    fillTemplate(c.forWhom, slots),
    composeLanding(slots, variant, messages),
  ])
}

function composeHook(slots: Slots, messages: ComposeMessages): string {
  const c = messages.composer
  return (
    firstFilled([c.hook, c.hookWithCoreWordOnly, c.hookWithThemeOnly, c.hookFromProblem], slots) ??
    c.hookFallback
  )
}

function composeOneLiner(slots: Slots, messages: ComposeMessages): string {
  const c = messages.composer
  const lower = (text: string | null) => text?.replace(/^./u, (ch) => ch.toLowerCase()) ?? ''
  const work = slots.workOn || lower(fillTemplate(c.workFromProblem, slots))
  if (work !== '') {
    return (
      firstFilled([c.oneLiner, c.oneLinerNoBelief, c.oneLinerNoBetterWorld, c.oneLinerWorkOnly], {
        ...slots,
        work,
      }) ?? c.oneLinerFallback
    )
  }
  // Only the better world is known: it becomes what the person works on.
  const towards = lower(fillTemplate(c.workFromBetterWorld, slots))
  return (
    firstFilled([c.oneLinerNoBetterWorld, c.oneLinerWorkOnly], { ...slots, work: towards }) ??
    c.oneLinerFallback
  )
}

export function composePitch(answers: Answers, options: ComposeOptions = {}): ComposedPitch {
  const messages = options.messages ?? DEFAULT_MESSAGES
  const variant = options.variant ?? 0
  const slots = cleanSlots(answers, messages)
  const stage = messages.stages[answers.stage] ?? messages.stages.vague
  return {
    hook: composeHook(slots, messages),
    pitch: composeThirtySeconds(slots, variant, messages),
    story: composeStory(slots, variant, messages),
    oneLiner: composeOneLiner(slots, messages),
    invitation: pick(stage.invitations, options.invitationVariant ?? 0),
  }
}
