// Every word the pitch coach says, in one place. Placeholders in braces are filled by the coach:
// {count} a number of checks, {words} a word count, {seconds} a speaking time.

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
  state: { pass: 'Passed', fail: 'Needs work' },
  checklistLabel: 'Pitch checks',
  highlightedHeading: 'Your pitch, with the words behind each check that needs work marked',
  markPrefix: 'Needs work, {checks}:',
  markSuffix: 'end of marked words',
  checks: {
    'theme-first': {
      title: 'Opens with the theme',
      pass: 'You open with what the work is about, so the listener hears a reason to care first.',
      fail: 'The opening introduces you, a title, an organisation or a product. Listeners file a title away; they lean in to a human truth.',
      suggestion: 'Try starting with "It\'s about…" and the experience underneath your work.',
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
      failNone: 'There is no question, so the listener has no way in.',
      failMany: 'Several questions compete with each other; the listener cannot answer them all.',
      failRequest: 'The question asks the listener for something instead of inviting them in.',
      suggestion: 'Keep a single question about a shared experience, like "Who among us hasn\'t…?"',
    },
    'core-word': {
      title: 'Lands on a core word',
      pass: 'The pitch ends on a word it said at the start, which gives the listener something to ask about.',
      fail: 'The last sentence does not come back to a word from your opening.',
      suggestion:
        'Pick the one word your pitch is about, say it in the first sentence and end on it.',
    },
    why: {
      title: 'Says why it matters',
      pass: 'You say what would be better if this worked, and for whom.',
      fail: 'The pitch does not yet say how the world would be better, or for whom.',
      suggestion: 'Add one sentence like "…so that [who] can [what changes for them]."',
    },
    transactional: {
      title: 'Looks for connection, not a trade',
      pass: 'No selling or trading: you invite people who care about the same thing.',
      fail: 'These words turn the conversation into a trade: something the listener should give, buy or do for you.',
      suggestion:
        'Leave the ask out of the pitch. Once the listener leans in, invite people who care about the same result.',
    },
    'self-focus': {
      title: 'Keeps the cause in front',
      pass: 'The cause and the people it serves come before you.',
      fail: 'You and your needs or credentials take up the room that the cause and its people should have.',
      suggestion: 'Swap a line about yourself for one about the people who live with the problem.',
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
      'At this stage, invite a sounding board: people who would talk it through or suggest something to read.',
    convening:
      'At this stage, invite people who care to suggest experts to bring together or organisations that might sponsor the work.',
    narrowing:
      'At this stage, invite people who care to suggest partners, places to pilot it or sources of funding.',
    growing: 'At this stage, invite introductions, and customers who share the cause.',
  },
  transactionalBySituation: {
    job: 'Instead of asking for a job, say why the work matters to you and who it helps.',
    business: 'Instead of selling, say why the business exists and who it makes life better for.',
    'work-project': 'Instead of trading favours, say who the project helps and why that matters.',
    cause: 'Instead of asking for money, say what would be better and for whom.',
    creative:
      'Instead of selling the work, say what you hope it changes for the people who meet it.',
  },
} as const

export type EnCoach = typeof enCoach

/** What any translation of the coach must provide: same keys, any wording. */
export type CoachMessages = {
  [K in keyof EnCoach]: EnCoach[K] extends string ? string : DeepStrings<EnCoach[K]>
}
type DeepStrings<T> = { readonly [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> }
