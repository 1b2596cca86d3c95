// The English words of what comes around the pitch: practising it aloud, the log of people met
// at an event, and the follow-up messages, calendar and list drafted from that log.
import type { FollowUpMessages } from '@/domain/after/follow-up-messages'
import type { PracticeLength } from '@/domain/after/practice'
import type { SuggestionKind } from '@/domain/after/people'

function seconds(n: number): string {
  return `${n} s`
}

function people(n: number): string {
  return `${n} ${n === 1 ? 'person' : 'people'}`
}

export const enAfter = {
  practice: {
    heading: 'Practise it aloud',
    intro:
      'Read each length out loud and time yourself, or open the teleprompter. Nothing is recorded: only the times are kept, in this browser.',
    // Worded apart from the pitch fields' labels ("30-second pitch"), so each name stays unique.
    lengths: {
      hook: 'Hook · 10 seconds',
      pitch: 'Pitch · 30 seconds',
      story: 'Story · one minute',
    } satisfies Record<PracticeLength, string>,
    target: (target: number, words: number, estimate: number) =>
      `Aim for ${seconds(target)}. This text is ${words} ${words === 1 ? 'word' : 'words'}, about ${seconds(estimate)} at an easy pace.`,
    start: 'Start',
    stop: 'Stop',
    running: 'Reading… ',
    elapsed: (n: number) => seconds(n),
    result: (elapsed: number, target: number) => {
      const diff = elapsed - target
      if (diff === 0) return `${seconds(elapsed)} — right on target`
      return diff > 0
        ? `${seconds(elapsed)} — ${seconds(diff)} over`
        : `${seconds(elapsed)} — ${seconds(-diff)} under`
    },
    announce: (length: string, result: string) => `${length}: ${result}.`,
    tooShort: (length: string) => `${length}: too short to count. Press Start and read it aloud.`,
    attemptsLabel: (length: string) => `Last times, ${length}`,
    noAttempts: 'No attempts yet.',
    clearAttempts: 'Clear times',
    emptyText: 'Nothing to read yet: write this part above first.',
    openTeleprompter: 'Teleprompter',
    /** Read after a button's visible words, so it says which length it is for. */
    // The full names of the buttons, for screen readers: they start with the visible words.
    startFull: (length: string) => `Start: ${length}`,
    stopFull: (length: string) => `Stop: ${length}`,
    teleprompterFull: (length: string) => `Teleprompter: ${length}`,
    clearFull: (length: string) => `Clear times: ${length}`,
  },

  teleprompter: {
    title: (length: string) => `Teleprompter: ${length}`,
    help: 'Arrow keys and Page Up / Page Down scroll by hand. Space plays or pauses. Escape closes.',
    textLabel: 'Text to read',
    play: 'Play',
    pause: 'Pause',
    back: 'Back a little',
    ahead: 'Ahead a little',
    restart: 'From the top',
    close: 'Close',
    pace: (wpm: number) => `Scrolls at about ${wpm} words a minute.`,
    finished: 'End of the text.',
  },

  people: {
    tabCard: 'Your card',
    tabPeople: 'People I met',
    tabsLabel: 'Card and people',
    heading: 'People I met',
    intro:
      'Most conversations lead nowhere in particular, and that is fine. Note the ones that stayed with you: what the other person cares about, what they pointed you to, and when to get back in touch. It stays in this browser, with your draft.',
    addHeading: 'Add someone you met',
    editHeading: (name: string) => `Edit ${name}`,
    name: 'Their name',
    metAt: 'Where you met',
    metAtHint: 'The event, the place, or how you got talking.',
    passion: 'What they are passionate about',
    passionHint: 'In their words if you can. The follow-up message starts from this.',
    suggestionKind: 'What they suggested',
    suggestionKindNone: 'Nothing in particular',
    suggestionKinds: {
      book: 'A book or something to read',
      expert: 'An expert to talk to',
      organisation: 'An organisation',
      partner: 'A partner',
      funding: 'A source of funding',
      other: 'Something else',
    } satisfies Record<SuggestionKind, string>,
    suggestionKindsShort: {
      book: 'Book',
      expert: 'Expert',
      organisation: 'Organisation',
      partner: 'Partner',
      funding: 'Funding',
      other: 'Other',
    } satisfies Record<SuggestionKind, string>,
    suggestion: 'Which one, in a few words',
    followUpOn: 'Follow up by',
    followUpHint: 'Two days after you met is a good rhythm.',
    done: 'Followed up',
    // The full names of each entry's controls, for screen readers: they start with the visible words.
    doneFull: (name: string) => `Followed up with ${name}`,
    messageToggleFull: (name: string) => `Follow-up message for ${name}`,
    editFull: (name: string) => `Edit ${name}`,
    removeFull: (name: string) => `Delete ${name}`,
    add: 'Add person',
    save: 'Save changes',
    cancel: 'Cancel',
    edit: 'Edit',
    remove: 'Delete',
    removed: (name: string) => `${name} was removed from the list.`,
    undo: 'Undo',
    restored: (name: string) => `${name} is back on the list.`,
    added: (name: string) => `${name} was added.`,
    saved: (name: string) => `Changes to ${name} saved.`,
    nameRequired: 'Write their name, or a few words you will recognise them by.',
    dateInvalid: 'Choose a follow-up date (year, month and day).',
    empty: 'No one yet. After an event, add the people you would like to stay in touch with.',
    listLabel: 'People you met',
    count: (n: number) => people(n),
    sortLabel: 'Order',
    sortByDate: 'Follow-up date, soonest first',
    sortByAdded: 'The order you added them',
    metAtLabel: 'Met',
    passionLabel: 'Cares about',
    suggestedLabel: 'Suggested',
    followUpLabel: 'Follow up by',
    doneBadge: 'Done',
    dueBadge: 'Due',
    messageToggle: 'Follow-up message',
    messageLabel: (name: string) => `Follow-up message to ${name}`,
    messageHint:
      'Drafted from what they care about and the cause you share. Make it yours; it is saved as you type.',
    subjectLabel: 'Subject',
    copy: 'Copy message',
    copied: 'Message copied.',
    copyFailed: 'Copying was blocked by the browser. Select the text and copy it by hand.',
    mail: 'Open in mail app',
    redraft: 'Draft it again',
    exportHeading: 'Take it with you',
    exportIcs: 'Add follow-ups to a calendar (.ics)',
    exportCsv: 'Download the list (.csv)',
    exportCsvHint:
      'Cells that start with =, +, - or @ get a leading apostrophe so a spreadsheet shows them as text instead of running them as formulas.',
    exportedIcs: (n: number) =>
      `Saved a calendar file with ${n} follow-up ${n === 1 ? 'date' : 'dates'}. Open it to add them to your calendar.`,
    exportedCsv: (n: number) => `Saved the list of ${people(n)}.`,
    nothingToExport: 'Every follow-up is done, so there is nothing to add to a calendar.',
    icsFileName: 'why-card-follow-ups.ics',
    csvFileName: 'why-card-people.csv',
  },

  followUp: {
    greeting: ['Hi {firstName},', 'Hello,'],
    met: ['It was good to meet you at {metAt}.', 'It was good to meet you.'],
    passion: [
      'I keep thinking about what you said about {passion}.',
      'I keep thinking about our conversation.',
    ],
    passionClause: [
      'I keep thinking about what you told me: {passion}.',
      'I keep thinking about our conversation.',
    ],
    cause: [
      'It connects with what moves me too: {theme}. For me it all comes back to {coreWord}.',
      'It connects with what moves me too: {theme}.',
      'For me it all comes back to {coreWord}, and I think it does for you too.',
      'It connects with what I care about: {betterWorld}.',
    ],
    suggestion: {
      book: [
        'Thank you for suggesting {suggestion}. It is on my reading list.',
        'Thank you for the reading idea.',
      ],
      expert: [
        'Thank you for mentioning {suggestion}. I am looking into their work.',
        'Thank you for thinking of someone I could learn from.',
      ],
      organisation: [
        'Thank you for pointing me to {suggestion}. I am reading about what they do.',
        'Thank you for the organisation you mentioned.',
      ],
      partner: [
        'Thank you for thinking of {suggestion} as someone who shares this.',
        'Thank you for thinking of people who share this.',
      ],
      funding: [
        'Thank you for telling me about {suggestion}.',
        'Thank you for the idea about support for this.',
      ],
      other: ['Thank you for suggesting {suggestion}.', 'Thank you for your suggestion.'],
    } satisfies Record<SuggestionKind, readonly [string, string]>,
    suggestionWithoutKind: 'Thank you for suggesting {suggestion}.',
    closing: 'Whatever comes of it, I am glad we talked, and I hope our paths cross again.',
    signOff: 'Warmly,',
    subject: ['Good to meet you at {metAt}', 'Good to meet you'],
    /** For the calendar: what the event is called and what it reminds the person of. */
    eventSummary: 'Follow up with {name}',
    eventLines: {
      metAt: 'Met at: {metAt}',
      passion: 'Cares about: {passion}',
      suggestion: 'Suggested: {suggestion}',
      message: 'Draft message:',
    },
    /** The CSV header row, in column order. */
    csvHeader: [
      'Name',
      'Where we met',
      'Passionate about',
      'Suggested (kind)',
      'Suggested',
      'Follow up by',
      'Followed up',
    ],
    yes: 'yes',
    no: 'no',
  } satisfies FollowUpMessages,
} as const

export type AfterMessages = typeof enAfter

/**
 * This catalog for the person's language, the one way components reach it (English only for
 * now; a second language would be chosen here and loaded with the feature that needs it).
 */
export function useAfterMessages(): AfterMessages {
  return enAfter
}
