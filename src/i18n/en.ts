// The English message catalog. Every word the app shows or writes lives here (or in a sibling
// en-*.ts file for one feature), so a translation is a new catalog, not a code change.
import type { Situation } from '@/domain/pitch/answers'
import type { CardFaceMessages } from '@/domain/card/card-messages'
import type { StageMessages } from '@/domain/pitch/pitch-messages'

export const en = {
  app: {
    title: 'Why Card',
    tagline: 'From “I care about something, vaguely” to a pitch people want to join.',
    stepOf: (n: number, total: number) => `Step ${n} of ${total}`,
    progressLabel: 'Your progress',
    back: 'Back',
    next: 'Next',
    continueHint: 'Press Enter to continue. Shift+Enter starts a new line.',
    startOver: 'Start over',
    startOverConfirmTitle: 'Start over?',
    startOverConfirmBody:
      'This clears every answer, your pitch and the people you logged from this browser. It cannot be undone.',
    startOverConfirm: 'Yes, clear everything',
    cancel: 'Cancel',
    optional: 'optional',
    previewLabel: 'In your pitch:',
    previewQuestion: 'Your pitch will ask it as its one question:',
    exampleHeading: (situation: string) => `An example: ${situation}`,
    hintHeading: 'Hint',
    skipToContent: 'Skip to the current step',
    counter: (used: number, limit: number) => `${used} of ${limit} characters`,
    trimmedNotice: (limit: number) =>
      `That was longer than ${limit} characters, so the end was cut off. Shorten it in your own words if you like.`,
    footer: 'Everything you type stays in this browser.',
    loading: 'Loading…',
  },

  validation: {
    required: (what: string) => `Please write ${what}, even roughly. You can sharpen it later.`,
    chooseSituation: 'Choose the situation closest to yours.',
    chooseStage: 'Choose where you are right now.',
    coreWordTooLong: 'Keep the core word short: one word, or two at most.',
  },

  storage: {
    unavailable:
      'This browser is not letting the page save, so your draft lives only in this tab. Keep the tab open, and export it to a file before you close it: the file keeps your answers, your pitch and the people you met.',
    'write-failed':
      'Your latest changes could not be saved (the browser’s storage may be full). They are kept while this tab is open; export them to a file to keep your answers, your pitch and the people you met.',
    corrupt:
      'Your saved draft could not be read, so the app started fresh. A copy of what was saved is kept in this browser: download it to keep your words.',
    'too-new':
      'Your saved draft was made by a newer version of Why Card and could not be opened here. A copy is kept in this browser: download it to keep your words.',
    'partly-read':
      'Part of your saved draft could not be read, so the app opened what it could. A copy of everything that was saved is kept in this browser: download it to keep your words.',
    downloadBackup: 'Download the saved copy',
    dismiss: 'Dismiss',
  },

  situations: {
    job: { label: 'Looking for a job', short: 'a job search' },
    business: { label: 'Building a business', short: 'a business' },
    'work-project': { label: 'Winning a project at work', short: 'a project at work' },
    cause: { label: 'Starting a cause or non-profit', short: 'a cause' },
    creative: { label: 'Making a creative work', short: 'a creative work' },
  } satisfies Record<Situation, { label: string; short: string }>,

  stages: {
    vague: {
      label: 'I only have a vague sense of the problem',
      description: 'People love to be a sounding board and to suggest what to read.',
      asks: [
        'A sounding board to think out loud with',
        'Books and articles worth reading',
        'Stories from people who live with this problem',
      ],
      invitations: [
        'If this matters to you too, I’d love to hear how you see it. What would you tell me to read first?',
        'I’m still finding the shape of it. Would you be a sounding board over coffee sometime?',
        'If you’ve thought about this too, I’d love to know which book or idea changed your mind.',
      ],
    },
    convening: {
      label: 'I’m gathering people and shaping a vision',
      description: 'People love to suggest experts to invite and organisations that care.',
      asks: [
        'Experts to invite into the conversation',
        'Organisations that might sponsor the work',
        'People who want to help shape the vision',
      ],
      invitations: [
        'I’m gathering people who care about this. Who do you think should be in the room?',
        'If this matters to you too, I’d love your help finding the experts we should invite.',
        'Do you know an organisation that cares about this as much as we do?',
      ],
    },
    narrowing: {
      label: 'I’m narrowing in on a solution',
      description: 'People love to suggest partners, pilots and funders who share the cause.',
      asks: [
        'Partners to build it with',
        'A place to try a first pilot',
        'Funders who care about the same result',
      ],
      invitations: [
        'If this matters to you too, I’d love your advice: who should I be building this with?',
        'We’re looking for a first place to try this. Who do you know who would want to shape it with us?',
        'Do you know anyone who backs work like this because they care how it turns out?',
      ],
    },
    growing: {
      label: 'I’m ready to grow',
      description: 'People love to introduce you to others who share the cause.',
      asks: [
        'Introductions to people who care about this',
        'Early users who share the cause',
        'Organisations to grow alongside',
      ],
      invitations: [
        'If this speaks to you, who else do you think should hear about it?',
        'I’d love to meet more people who care about this. Is there someone you’d introduce me to?',
        'Do you know people who would want this for themselves or their community?',
      ],
    },
  } satisfies StageMessages,

  steps: {
    start: {
      name: 'Start',
      title: 'Networking for connection, not transactions',
      intro:
        'The best conversations at an event are not trades. They start when you talk about what moves you, and the right people lean in because they care about it too. In a few short steps you will turn a vague sense of a problem into a short “why” pitch and a card to carry into the room.',
      situationLegend: 'What are you working towards?',
      nameLabel: 'Your name, for the card',
      hint: 'The situation only changes the examples and hints. You can change it later.',
      resumeTitle: 'Welcome back',
      resumeBody: 'Your answers are saved in this browser. Carry on with them, or start over.',
      resume: 'Continue with my draft',
      begin: 'Begin',
    },
    problem: {
      name: 'The problem',
      title: 'What keeps pulling at you?',
      intro: 'Vague is fine. The next steps are there to sharpen it.',
      problemLabel: 'The problem you care about',
      problemWhat: 'the problem that keeps pulling at you',
      affectedLabel: 'Who lives with it?',
      hint: 'Describe what is wrong in the world, not what you do or sell. One plain sentence is enough.',
    },
    moves: {
      name: 'What moves you',
      title: 'When did you see it up close?',
      intro: 'Passion, not credentials. A moment, a person, a scene.',
      sparkLabel: 'The moment it became personal',
      sparkWhat: 'the moment it became personal',
      whyNowLabel: 'Why you, and why now?',
      hint: 'Skip the CV. Think of the first time it made you angry, sad or hopeful.',
    },
    belief: {
      name: 'What you believe',
      title: 'What do you believe that others may not, yet?',
      intro: 'A conviction is what makes a listener pick a side.',
      beliefLabel: 'What you believe',
      beliefWhat: 'what you believe',
      mistakeLabel: 'The mistake the world keeps making about it',
      hint: 'Finish the sentence “I believe…”. Then name what most people get wrong.',
    },
    'better-world': {
      name: 'The better world',
      title: 'If it worked, what would be different?',
      intro:
        'If you cannot say why your work makes the world better, it will not move anyone. This step matters most.',
      betterWorldLabel: 'What would be different',
      betterWorldWhat: 'what would be different if it worked',
      forWhomLabel: 'For whom?',
      workOnLabel: 'What you are working on, in a few words',
      hint: 'Describe the world after, not your product. Who wakes up to a better day?',
    },
    stage: {
      name: 'Where you are',
      title: 'Where are you right now?',
      intro:
        'Where you are sets what to ask for. An ask is an invitation to people who care about the same result, never a trade.',
      stageLegend: 'Your stage',
      asksLegend: 'What would help most right now?',
      customAskLabel: 'Another ask, in your words',
      addAsk: 'Add',
      removeAsk: (ask: string) => `Remove “${ask}”`,
      hint: 'Pick one or two asks. Fewer asks make warmer conversations.',
    },
    thread: {
      name: 'The universal thread',
      title: 'What is the human experience under it?',
      intro:
        'Under every problem is something anyone can recognise: wanting to prove yourself, being written off, work that matters, belonging. Name it, then pick the one word your pitch will land on.',
      themeLabel: 'The universal thread',
      themeWhat: 'the human experience under your problem',
      coreWordLabel: 'Your core word',
      coreWordWhat: 'one core word',
      hint: 'Write the thread as a phrase that fits after “We all know…”. The core word is what the listener will ask you about.',
      suggestions: [
        'the strange things we do to prove ourselves',
        'the feeling of being written off',
        'wanting our work to matter',
        'the need to belong somewhere',
        'being seen for who we really are',
      ],
      suggestionsLabel: 'Threads others have found',
    },
    pitch: {
      name: 'The pitch',
      title: 'Your why pitch',
      intro:
        'Drafted from your answers. Say it out loud and change anything that does not sound like you.',
      hookLabel: '10-second hook',
      pitchLabel: '30-second pitch',
      storyLabel: 'One-minute story',
      oneLinerLabel: 'One sentence why',
      invitationLabel: 'The invitation, once they lean in',
      invitationHint: 'Keep it out of the pitch. Use it when the listener asks how they can help.',
      stats: (words: number, seconds: number) =>
        `${words} ${words === 1 ? 'word' : 'words'}, about ${seconds} ${seconds === 1 ? 'second' : 'seconds'} aloud`,
      edited: 'Edited by you',
      nextOpening: 'Try another opening',
      nextInvitation: 'Try another invitation',
      variantOf: (n: number, total: number) => `Version ${n} of ${total}`,
      recomposeTitle: 'Replace your edits?',
      recomposeBody: (parts: string) =>
        `You have edited ${parts}. A new draft would replace your words.`,
      recomposeConfirm: 'Replace with the new draft',
      recomposeKeep: 'Keep my edits',
      resetPart: 'Back to the draft',
      hint: 'A good pitch opens with the theme, shares it with “we”, asks one question, and lands on your core word.',
      otherLanguage: (language: string) =>
        `Your answers look like ${language}. The drafts keep your own sentences whole and add only a few short lines of their own in ${language} around them; the rest of the app is in English for now. Check those lines and rewrite anything freely.`,
      otherLanguageInEnglish: (language: string) =>
        `Your answers look like ${language}. The drafts keep your own sentences whole, each on its own, and ask one question in ${language}; the invitation and the rest of the app are in English for now. Translate or rewrite them freely.`,
      languageNames: {
        es: 'Spanish',
        fr: 'French',
        de: 'German',
        pt: 'Portuguese',
        it: 'Italian',
        nl: 'Dutch',
        pl: 'Polish',
      } as Record<string, string>,
    },
    card: {
      name: 'The card',
      title: 'Your conversation card',
      intro:
        'Carry it into the room. The front is for you; the back keeps the conversation about them.',
      copyPitch: 'Copy pitch',
      copied: 'Pitch copied to the clipboard.',
      copyFailed: 'Copying was blocked by the browser. Select the pitch text and copy it by hand.',
      print: 'Print card',
      previewLabel: 'Card preview',
    },
  },

  /** The words printed on the card itself (the card step's own words are in steps.card). */
  cardFace: {
    front: 'Front',
    back: 'Back',
    openingQuestion: 'So, what are you passionate about?',
    listeningHeading: 'Then listen for',
    listeningPrompts: [
      'What first pulled you towards it?',
      'What would change if it worked?',
      'Who else should I know who cares about this?',
    ],
    invitationHeading: 'When they lean in',
    asksHeading: 'What would help right now',
    notesHeading: 'Who I met',
    notesLines: ['Name', 'What they care about', 'Follow up by'],
    hookHeading: 'In ten seconds',
    pitchHeading: 'In thirty seconds',
    whyHeading: 'Why',
  } satisfies CardFaceMessages,
}

export type Messages = typeof en
