// Follow-up messages drafted around the other person's passion and the cause both people share,
// never around a request: the point of following up is to keep a connection, not to collect.
import type { FollowUpMessages } from './follow-up-messages'
import type { Answers } from '../pitch/answers'
import { COMPOSER_EN } from '../pitch/composer-words-en'
import { cleanFragment, firstFilled, joinSentences } from '../pitch/fragments'
import { normalizeText } from '../text/text'
import { readAnswer, stripEnd, type ReadAnswer } from '../language/english'
import type { CalendarEvent } from './ics'
import { toWellFormed } from '../text/text'
import type { Person } from './people'

export type FollowUpDraft = { subject: string; body: string }

/** The words to write with: the follow-up part of the person's catalog. */
export type FollowUpOptions = { messages: FollowUpMessages }

// What people tend to type before the part that matters ("at the climate meetup").
const MET_AT_LEAD_INS = ['at', 'in', 'during', 'met at', 'we met at']
const PASSION_LEAD_INS = [
  'passionate about',
  'they are passionate about',
  'about',
  'they care about',
  'cares about',
]

/** An answer read by the same language layer as the pitch: cased, lead-in dropped, its form known. */
function read(raw: string, leadIns: readonly string[] = []): ReadAnswer {
  return readAnswer(typeof raw === 'string' ? raw : '', leadIns)
}

function phrase(answer: ReadAnswer): string {
  return answer.form === 'empty' ? '' : stripEnd(answer.text)
}

// Places and titles ("The Hub", "The Repair Manifesto") are names: keep their capitals.
const NO_STARTERS: ReadonlySet<string> = new Set()

function cleanName(raw: string, leadIns: readonly string[] = []): string {
  return cleanFragment(raw, { lowercaseStarters: NO_STARTERS, leadIns })
}

/** The first word of a name for the greeting ("Hi Ada,"); the whole name when it is one word. */
function firstNameOf(name: string): string {
  const words = normalizeText(name).split(' ')
  const first = words[0] ?? ''
  // "Dr. Okafor" reads better in full than as "Hi Dr.,".
  return /\.$/u.test(first) && words.length > 1 ? words.slice(0, 2).join(' ') : first
}

function sharedCause(answers: Answers, messages: FollowUpMessages): string | null {
  const core = phrase(read(answers.coreWord))
  const world = read(answers.betterWorld, COMPOSER_EN.leadIns.betterWorld)
  return firstFilled(messages.cause, {
    theme: phrase(read(answers.theme, COMPOSER_EN.leadIns.theme)),
    coreWord: core === core.toUpperCase() && core.length > 3 ? core.toLowerCase() : core,
    betterWorld: world.form === 'clause' ? `a world where ${phrase(world)}` : phrase(world),
  })
}

function thanks(person: Person, messages: FollowUpMessages): string | null {
  const suggestion = cleanName(person.suggestion)
  if (person.suggestionKind === '') {
    return suggestion === '' ? null : firstFilled([messages.suggestionWithoutKind], { suggestion })
  }
  return firstFilled(messages.suggestion[person.suggestionKind], { suggestion })
}

/**
 * A first draft of the follow-up email. Every sentence is about them, the conversation or the
 * shared cause; what they suggested is thanked for, and nothing is asked of them.
 */
export function draftFollowUp(
  person: Person,
  answers: Answers,
  options: FollowUpOptions,
): FollowUpDraft {
  const messages = options.messages
  const metAt = cleanName(person.metAt, MET_AT_LEAD_INS)
  const passionRead = read(person.passion, PASSION_LEAD_INS)
  const passion = phrase(passionRead)
  const greeting = firstFilled(messages.greeting, { firstName: firstNameOf(person.name) })
  const opening = joinSentences([
    firstFilled(messages.met, { metAt }),
    // "what you said about she wants…" is no sentence: a whole thought gets its own stem.
    firstFilled(passionRead.form === 'clause' ? messages.passionClause : messages.passion, {
      passion,
    }),
    sharedCause(answers, messages),
  ])
  const myName = normalizeText(answers.name)
  const paragraphs = [
    greeting,
    opening,
    thanks(person, messages),
    messages.closing,
    // Kept apart from the templates: filling one folds line breaks, and the name goes below.
    myName === '' ? messages.signOff : `${messages.signOff}\n${myName}`,
  ].filter((p): p is string => p !== null && p !== '')
  return {
    subject: toWellFormed(firstFilled(messages.subject, { metAt }) ?? ''),
    body: toWellFormed(paragraphs.join('\n\n')),
  }
}

/** The message the person will send: their own edit when they made one, else the draft. */
export function followUpBody(person: Person, answers: Answers, options: FollowUpOptions): string {
  return person.message === undefined
    ? draftFollowUp(person, answers, options).body
    : toWellFormed(person.message)
}

/**
 * One all-day calendar event per follow-up still to do, carrying what the person needs at that
 * moment: who, what they care about, and the message ready to send.
 */
export function followUpEvents(
  people: readonly Person[],
  answers: Answers,
  options: FollowUpOptions,
): CalendarEvent[] {
  const messages = options.messages
  return people
    .filter((person) => !person.done)
    .map((person) => {
      const lines = messages.eventLines
      const name = normalizeText(person.name)
      const details = [
        firstFilled([lines.passion], { passion: normalizeText(person.passion) }),
        firstFilled([lines.metAt], { metAt: normalizeText(person.metAt) }),
        firstFilled([lines.suggestion], { suggestion: normalizeText(person.suggestion) }),
      ].filter((line): line is string => line !== null)
      const description = [
        ...details,
        '',
        lines.message,
        followUpBody(person, answers, options),
      ].join('\n')
      return {
        uid: `follow-up-${person.id}@why-card`,
        date: person.followUpOn,
        summary: firstFilled([messages.eventSummary], { name }) ?? name,
        description: description.trim(),
      }
    })
}
