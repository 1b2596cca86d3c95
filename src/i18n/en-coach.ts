// Every word the pitch coach says, in one place. Placeholders in braces are filled by the coach:
// {count} a number of checks, {words} a word count, {seconds} a speaking time. The shape is the
// coach's own (CoachMessages, in the domain); this file gives it English words.
import type { CoachMessages } from '@/domain/coach/coach-messages'

export const enCoach = {
  heading: 'Pitch coach',
  intro: 'Advice, not a gate: you can go on to your card whenever you like.',
  summary: '{words} words, about {seconds} seconds out loud.',
  status: {
    allPass: 'Every check passes.',
    oneNeedsWork: '1 check needs work.',
    manyNeedWork: '{count} checks need work.',
    empty: 'Write or paste your pitch to see the checks.',
  },
  state: { pass: 'Passed', fail: 'Needs work', notRead: 'Not read' },
  // Said by each check that reads English words when the pitch is in another language.
  notEnglish:
    'Your pitch looks like it is in {language}, and this check only reads English, so it has not judged it. The other checks still apply.',
  locale: 'en',
  languageNames: {
    es: 'Spanish',
    fr: 'French',
    de: 'German',
    pt: 'Portuguese',
    it: 'Italian',
    nl: 'Dutch',
    pl: 'Polish',
    other: 'another language',
  },
  checklistLabel: 'Pitch checks',
  highlightedHeading: 'Your pitch, with the words behind each check that needs work marked',
  markPrefix: 'Needs work, {checks}:',
  markSuffix: 'end of marked words',
  checks: {
    'theme-first': {
      title: 'Opens with the theme',
      pass: 'You open with what the work is about, so the listener hears a reason to care first.',
      fail: 'The opening introduces you, a title, an organisation or a product. Listeners file a title away; they lean in to a human truth or a moment.',
      suggestion:
        'Try opening on the experience under your work ("It\'s about…"), or on the moment you saw the problem up close.',
    },
    we: {
      title: 'Shares the experience',
      pass: 'You say "we" or "us" about something the listener has lived too.',
      fail: 'Nothing here is shared with the listener yet, or "we" only means your organisation.',
      suggestion:
        'Add a line about the experience all of you have had, such as "We all know what it is to…".',
    },
    question: {
      title: 'Asks one inviting question',
      pass: 'One question, and it invites the listener to remember something of their own.',
      failNone: 'There is no question yet, so the listener has no way into the conversation.',
      failMany: 'Several questions compete with each other, and the listener can only answer one.',
      failRequest:
        'Your question asks the listener for something, so it closes the conversation instead of opening it.',
      suggestion:
        'Try one open question about something the listener has lived too, such as "Is there someone who…?" or "When did you last…?"',
    },
    'core-word': {
      title: 'Lands on a core word',
      pass: 'The pitch ends on a word it said at the start, which gives the listener something to ask about.',
      fail: 'Your last sentence does not come back to a word from your opening, so the listener has nothing to ask about.',
      suggestion:
        'Try choosing the one word your pitch is about, saying it near the start and ending on it.',
    },
    why: {
      title: 'Says why it matters',
      pass: 'You say what would be better if this worked, and for whom.',
      fail: 'The pitch does not yet say who would be better off, or how, so the listener has no reason to join in.',
      suggestion:
        'Name the people who live with the problem and what changes for them, in your own words: "…and now [who] can [what changes]."',
    },
    transactional: {
      title: 'Looks for connection, not a trade',
      pass: 'No selling or trading: you invite people who care about the same thing.',
      fail: 'The marked words ask the listener to give, buy or do something for you, or offer something in return: they turn the conversation into a trade.',
      suggestion:
        'Leave the ask out of the pitch. Once the listener leans in, invite people who care about the same result.',
    },
    'self-focus': {
      title: 'Keeps the cause in front',
      pass: 'The cause and the people it serves come before you.',
      fail: 'Your own needs, career or credentials take up the room the cause and its people should have. Your story is welcome; your wants list is not.',
      suggestion:
        'Keep your moment, and swap a line about what you want for one about the people who live with the problem.',
    },
    jargon: {
      title: 'Plain spoken words',
      pass: 'No buzzwords: this sounds like a person talking.',
      fail: 'Buzzwords make a pitch sound like a brochure, and listeners stop picturing anything.',
      suggestion:
        'Say the marked words the way you would to a friend: what happens, to whom, and what changes.',
    },
    length: {
      title: 'Fits in about 30 seconds',
      pass: '{words} words, about {seconds} seconds: a comfortable half minute.',
      failShort:
        'At {words} words (about {seconds} seconds) there is not yet room for the theme, the question and the why.',
      failLong:
        'At {words} words (about {seconds} seconds) the pitch runs past half a minute, and listeners drift.',
      suggestionShort: 'Aim for 50 to 110 words.',
      suggestionLong:
        'Aim for 50 to 110 words: keep the theme, the question, the why and the core word.',
    },
  },
  // The better move for a transactional pitch depends on where the person is.
  transactionalByStage: {
    vague:
      'While the idea is still taking shape, ask for a sounding board instead: someone to think it through with, or a book worth reading.',
    convening:
      'While you are gathering people, ask instead who might join: experts who care about the same problem, or organisations that might sponsor the work.',
    narrowing:
      'While you are narrowing in, ask instead for partners, a place to pilot it or funding for the cause, from people who care about the result.',
    growing:
      'Now that it is growing, ask instead for introductions to people who share the cause, for its sake rather than yours.',
  },
  transactionalBySituation: {
    job: 'Instead of asking for a job, say why the work matters to you and who it helps.',
    business: 'Instead of selling, say why the business exists and who it makes life better for.',
    'work-project': 'Instead of trading favours, say who the project helps and why that matters.',
    cause: 'Instead of asking for money, say what would be better and for whom.',
    creative:
      'Instead of selling the work, say what you hope it changes for the people who meet it.',
  },
} as const satisfies CoachMessages

export type EnCoach = typeof enCoach

/**
 * This catalog for the person's language, the one way components reach it (English only for
 * now; a second language would be chosen here and loaded with the feature that needs it).
 */
export function useCoachMessages(): EnCoach {
  return enCoach
}
