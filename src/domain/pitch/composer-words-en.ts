// The English the composer writes with. {x} is the person's answer in the form the stem needs
// (the composer reads each answer's form first); {core} is their core word. Every stem here was
// read aloud with real answers in it (npm run drafts).
import { MORE_QUESTION_ABOUT, MORE_QUESTION_IN } from './composer-words-more'
import { OTHER_LANGUAGE_LINES } from './composer-words-other'
import type { Stage } from './answers'
import type { Situation } from './answers'

// After "When did you last feel invisible at work?": the question is left with the listener, and
// the room with it ("We all know that feeling." answered it for them: a fresh reader counted such
// lines in 84 of 120 pitches).
const NOT_ALONE_IN_IT: readonly string[] = [
  'We rarely stop to ask.',
  'We don’t ask it enough.',
  'We rarely ask it aloud.',
]
// "Who among us hasn't…?" is the Tolkien question: it needs no line after it.
const NOTHING_AFTER: readonly string[] = []
// "Do you remember the last time you felt invisible at work?": we all have one, the speaker
// too, and tells theirs next.
const I_DO: readonly string[] = [
  'Most of us do. I know I do.',
  'We all carry one. Here’s mine.',
  'We all have one. Here’s mine.',
]

// The question-first opening's question when nothing the person typed can be asked.
const UNSEEN = 'Have you ever seen something you couldn’t unsee?'

export const COMPOSER_EN = {
  // The stem each answer completes, shown under a blank field before the person types.
  fieldStems: {
    name: '',
    problem: 'In your own words, as a sentence of its own.',
    affected: 'It lands hardest on …',
    spark: 'Your moment, told as you would tell it.',
    whyNow: 'And it can’t wait: …',
    belief: 'I believe …',
    mistake: 'The mistake we keep making is …',
    betterWorld: 'I want a world where …',
    forWhom: 'It would change things for …',
    workOn: 'Right now I’m …',
    theme: 'We all know …',
    coreWord: 'It’s about …, really.',
  },
  // The words of the wizard's own question for each answer. A person who starts by saying the
  // question back ("My core word is patience", "The moment I saw it up close was when…", "Why me,
  // why now: because…") has not started the answer yet; an opening made only of these words (and
  // small words) before "is", a colon or a question mark is dropped. A word marked ~ may be in
  // such an opening but does not make one ("The world is…" is an answer).
  questionWords: {
    problem: ['problem', 'keeps', 'pulling', 'pulls', '~thing'],
    affected: ['lives', 'live', 'living', 'affected', 'hardest', '~people', '~most'],
    spark: ['moment', 'saw', 'see', 'close', 'became', 'personal', 'spark'],
    whyNow: ['now', '~me', '~you'],
    belief: ['believe'],
    mistake: ['mistake', 'keeps', 'making', 'gets', 'wrong', '~world', '~people'],
    betterWorld: ['better', 'worked', 'different', '~world', '~would', '~be'],
    forWhom: ['whom'],
    workOn: ['working', 'work', 'doing', '~am'],
    theme: ['universal', 'thread', 'experience', 'theme', '~human', '~under'],
    coreWord: ['core', '~word'],
  },
  // Lead-ins a person types that the stem already says; never said twice.
  leadIns: {
    problem: ['the problem is that', 'the problem is', 'my problem is', 'problem:'],
    whyNow: ['why now?', 'why now:', 'why now', 'because'],
    belief: [
      // "maybe that boring finance people can help": a belief said with a shrug is still said
      // as one ("I believe in maybe that…" is no sentence).
      'maybe i think that',
      'maybe that',
      'maybe,',
      'i truly believe that',
      'i really believe that',
      'i believe that',
      'i believe in',
      'i believe',
      'i think that',
      'i think',
      'i reckon that',
      'i reckon',
      'reckon',
      'i feel that',
      'i feel like',
      'we believe that',
      'we believe',
      'my belief is that',
      'that',
      // "because the people who care most…": the reason typed is the belief itself.
      'because',
    ],
    mistake: [
      'the mistake is that',
      'the mistake is',
      'the world thinks that',
      'people think that',
    ],
    betterWorld: [
      'in a better world,',
      'in a better world',
      'imagine a world where',
      'imagine if',
      'imagine',
      'i want a world where',
      'a world where',
      'a world in which',
      'in a world where',
      'the world where',
      'where',
      'that',
      // "so tradespeople keep more…": a purpose, already said by the stem it goes into.
      'so that',
      'so',
    ],
    forWhom: [
      'for whom:',
      'for whom',
      // "I want it to be for families like that mom's": the stem says who it is for already.
      'i want it to be for',
      'i want this to be for',
      'it’s for',
      "it's for",
      'this is for',
      // "I think patients and nurses both.": an opinion's lead-in, not who says it.
      "i think it's",
      'i think it’s',
      'i think',
      "i'd say",
      'i would say',
      'i guess',
      'for',
    ],
    affected: [
      "i would say it's",
      'i would say it’s',
      "i'd say it's",
      'i would say',
      "i'd say",
      "i think it's",
      'i think it’s',
      'i think',
    ],
    // "because of mr hughes. bed 7…": the moment answers "why", and says it without "because".
    spark: ['because of', 'because'],
    workOn: ['i work on', 'i am working on', 'i’m working on', "i'm working on", 'working on'],
    theme: [
      'we all know',
      'the feeling of',
      'the theme is',
      "i think it's about",
      'i think it is about',
      "it's really about",
      'it is really about',
      "it's all about",
      'its about',
      "i'd say it's about",
      "it's about",
      'it is about',
      // ("i think it's wanting your work to be on the right side": a theme with its hedge.)
      "i think it's",
      'i think it is',
    ],
  },
  theme: {
    // "We all know the words we didn't learn in time" says the opposite of what was meant; a
    // thing is something we know about, share, or have a story of.
    noun: [
      'We all know something about {x}.',
      'It’s something we all share: {x}.',
      'We all have our own story of {x}.',
    ],
    feeling: ['We’ve all known it: {x}.', 'We’ve all been there: {x}.', 'We all know it: {x}.'],
    // ("We've all been there: driving impact." and "We all know that feeling:" after a belief
    // point at nothing: the experience is named first, or said as one we know.)
    gerund: [
      'We all know the feeling of {x}.',
      'We all know what {x} feels like.',
      'We all know something of {x}.',
    ],
    // "We all know what being judged before you get to show your work feels like.": a long
    // theme leaves "feels like" hanging far from "what"; it is said before the theme instead.
    gerundLong: [
      'We all know the feeling of {x}.',
      'Most of us have felt it: {x}.',
      'We all know something of {x}.',
    ],
    // ("Being blamed for things you couldn't control: we all know how that feels." is written,
    // not said.) For a theme lived, in place of the third line: "being blamed for things you
    // couldn't control" → "We all know what it's like to be blamed for things we couldn't control."
    gerundLived: 'We all know what it’s like to {x}.',
    verbPhrase: [
      'We all know what it means to {x}.',
      'We all want to {x}.',
      'We all know what it takes to {x}.',
    ],
    clause: ['We all know this: {x}.', 'We’ve all seen it: {x}.', 'We all know it: {x}.'],
    // ("who gets to be cool in summer": a question we all come to, not a thing we know.)
    wondered: [
      'Sooner or later we all wonder {x}.',
      'We all wonder, at some point, {x}.',
      'We all come to wonder {x}.',
    ],
  },
  spark: { phrase: 'For me, it started with {x}.', when: 'It started' },
  // Each slot says, for every form an answer can take, the stem that fits it; 'alone' means the
  // answer is already a sentence and stands on its own; 'unsaid' that the slot is left out for that
  // form. A question never fills a slot: it becomes the pitch's one question instead.
  problem: {
    clause: 'alone',
    gerund: 'I keep seeing it: {x}.',
    // ("Strip mines.", "need a job", "spend all day under sinks" were said "And still we forget to
    // strip mines.": a reader found none of the fifteen drafts with that line right; the landing
    // still names the problem.)
    'verb-phrase': 'unsaid',
    'noun-phrase': 'I keep running into {x}.',
  },
  // "how people walk past the paintings in 4 seconds": the how is what is seen.
  problemSeenHow: 'I keep seeing {x}.',
  // A problem felt before it is named ("something about the chromebooks").
  problemFelt: '{x} won’t leave me alone.',
  // A problem typed as what is missing ("no young welders").
  problemMissing: { plural: 'There are {x}.', singular: 'There’s {x}.' },
  // A mistake typed as what is wrongly believed ("that it's a luxury").
  mistakeBelieved: 'We keep telling ourselves {x}',
  // "think its just getting old", typed without who thinks it: people do.
  mistakeThoughtBy: 'People {x}',
  // A mistake typed as one word naming things ("manuals", "landlords").
  mistakeThings: 'We keep getting {x} wrong.',
  // A mistake named in a word or three ("silence", "recycling myth", "trees as decoration").
  // (Not "The mistake we keep making? Silence.": a pitch asks one question.)
  mistakeNamed: 'The mistake we keep making: {x}.',
  mistake: {
    clause: 'alone',
    gerund: 'The mistake we keep making is {x}.',
    'verb-phrase': 'The mistake we keep making is to {x}.',
    'noun-phrase': 'The mistake we keep making is {x}.',
  },
  belief: {
    clause: 'I believe {x}.',
    gerund: 'I believe in {x}.',
    'verb-phrase': 'I believe we should {x}.',
    'noun-phrase': 'I believe in {x}.',
  },
  world: {
    clause: 'I want a world where {x}.',
    gerund: 'I’m working towards {x}.',
    'verb-phrase': 'I want us to {x}.',
    // "every kid drinking safe water from the tap", "muddy hands", "boats going out again": a
    // picture of the world, seen.
    'noun-phrase': 'I want to see {x}.',
  },
  // "cheaper for everyone": how things should be.
  worldState: 'I want things to be {x}.',
  // "no surgery cancelled because of a hacker": a world with none of it.
  worldWith: 'I want a world with {x}.',
  // A better world typed as the moment it happens, with no main clause ("when people leave…").
  worldMoment: 'I’m working towards the day {x}.',
  // "A shed. Tools. Tea. Company.": things named one by one, said as the picture they make.
  worldPictured: 'I can picture it: {x}.',
  work: {
    clause: 'alone',
    gerund: 'Right now I’m {x}.',
    ongoing: 'Right now I’m working on {x}.',
    'verb-phrase': 'So I want to {x}.',
    // A noun phrase is framed for the situation (below); this is the plain fallback.
    'noun-phrase': 'So I’m working on {x}.',
    jobRole: 'Right now I’m looking for {x}.',
    // Work named by who does it: "a night nurse", "a Senior Software Engineer".
    jobAs: 'So I’m looking for work as {x}.',
    // Outside a job search, the person is it already: "a mobile barber for care homes".
    workingAs: 'So I’m working as {x}.',
    hedged: 'Right now I’m thinking about {x}.',
    // A written or recorded work ("a novel about…", "an album of…").
    writing: 'So I’m writing {x}.',
    recording: 'So I’m recording {x}.',
    // A stem's verb said again by the work ("building a gym built around…"): another word for it.
    unechoed: { making: 'creating', building: 'starting', leading: 'running' },
    roleWords:
      /\b(role|job|position|opening|post|internship|placement|apprenticeship|traineeship|spot|gig)s?\b/iu,
    noun: {
      job: 'So I’m looking for work in {x}.',
      // Said only of one thing named with "a"/"an" ("a repair café", "a choir"): "building
      // honey", "making my novel" and "leading single sign-on" are said "working on" (below).
      business: 'So I’m building {x}.',
      'work-project': 'So I’m leading {x}.',
      cause: 'So I’m working on {x}.',
      creative: 'So I’m making {x}.',
    } satisfies Record<Situation, string>,
  },
  questions: {
    // Said instead of "Where have you seen … make the difference?" for every other person, so the
    // story-first question is not the same line for everyone.
    whoShowedYou: 'Who first showed you what {core} mean{s}?',
    // A thing the person named ("road", "corner") is asked about as their word.
    wordAsked: 'What does “{core}” mean to you?',
    // A thing, not an idea ("puppy", "the kettle", "a mic"): nobody "shows you what a kettle
    // means", nor has seen one "make the difference"; the listener is asked about the feeling
    // the theme named, or about the thing itself.
    aboutThing: {
      themed: 'When did you last feel that?',
      plain: 'What {does} {core} bring back for you?',
    },
    // With no theme said before it, "that" has nothing to point at.
    withCoreNoTheme: [
      'When did {core} last matter to you?',
      'Where have you seen {core} make the difference?',
      'What {does} {core} mean to you?',
    ],
    // ("being seen" is asked as "feel seen": "When did you last be seen?" is no question.)
    withQualityNoTheme: [
      'When did you last feel {quality}?',
      'Who was the last person who made you feel {quality}?',
      'When did you last feel {quality}?',
    ],
    withCore: [
      'When did you last feel that yourself?',
      'Where have you seen {core} make the difference?',
      'What {does} {core} mean to you?',
    ],
    withQuality: [
      'When did you last feel that yourself?',
      'Who was the last person who made you feel {quality}?',
      'When did you last feel {quality}?',
    ],
    // "being seen": "Where have you seen being seen…" trips over itself.
    withState: [
      'When did you last feel that yourself?',
      'Has that ever happened to you?',
      'What does {core} mean to you?',
    ],
    plain: [
      'When did you last feel that yourself?',
      'Has that ever happened to you?',
      // The question-first opening asks it before anything is said: it must stand on its own.
      // ("Have you ever noticed something nobody else seemed to see?" flattered the teller, and
      // was answered by two stock lines: "I ask because I can't stop thinking about it. Once we
      // notice it, we see it everywhere.")
      UNSEEN,
    ],
    // …and with no theme either: the problem is asked about as seen, not as lived.
    plainUnthemed: [
      'Where does it show up for you?',
      // (After "Most of us have seen it.", not "Has that ever happened to you?": a listener asked
      // whether farmworkers' smoke has happened to them has nothing to answer.)
      'What does it look like where you are?',
      UNSEEN,
    ],
    // With no word and no theme, the question-first opening asks about the problem the person
    // typed, as something seen: {x} is "new people quit in the first 2 weeks".
    // The one of them answered by the teller, before the moment they could not unsee.
    unseen: UNSEEN,
    unseeAnswered: 'I ask because I have.',
    noticedThat: 'Have you ever noticed that {x}?',
    // …and a problem typed as a thing ("public health funerals"), as something to think about.
    thoughtAbout: 'Have you ever thought about {x}?',
    // …and when it is about the teller's own place ("our crews work 10 hr days…"), as news.
    newsThat: 'Did you know that {x}?',
    // …and when they typed a theme that is something lived, it is asked in their words ("When
    // did you last feel left behind?", "When were you last asked the wrong question?", "Have you
    // ever looked after your mates?"), then answered without saying it twice.
    livedNoCore: {
      state: 'When did you last {x}?',
      doneTo: 'When were you last {x}?',
      act: 'Have you ever {perfect}?',
    },
    // After a theme that is a principle or a thing ("nobody should learn hungry"), not a feeling.
    seenIt: 'Where have you seen that up close?',
    // The question-first question when the core word is someone's name.
    aboutSomeone: 'Is there someone who changed everything for you?',
    // The story-first question about a theme, when the core word is no idea to see at work.
    themeInYourLife: 'Where do you see that in your own life?',
    // A theme lived ("feeling invisible", "asking for help") asked in the person's own words, in
    // place of a stock question about "that": one frame per opening, so the openings differ.
    lived: {
      // A way of being, felt or done to us: "When did you last feel invisible at work?" in the
      // theme-first opening (then a line that says we all know it); the Tolkien question in the
      // story-first one, which needs no answer: "Who among us doesn't know what it is to feel safe
      // in our own home?" ("Have you ever felt safe…? We all have." turns a flooded home's point
      // upside down, and so does "Who among us hasn't felt safe…?": the person's point is often
      // that some of us have not; knowing what it is to feel it holds both.)
      // Each frame with the lines said after it in place of the theme line, which the question has
      // just said: the listener is told they are not alone in it, without answering for them.
      // The question-first opening asks whether the listener remembers it, says we all do, the
      // speaker too, then tells the moment: asked only when there is one to tell.
      state: [
        { ask: 'When did any of us last {plainOurs}?', then: NOTHING_AFTER },
        { ask: 'Who among us doesn’t know what it is to {plainOurs}?', then: NOTHING_AFTER },
        { ask: 'Do you remember the last time you {past}?', then: I_DO },
      ],
      doneTo: [
        { ask: 'When were you last {x}?', then: NOT_ALONE_IN_IT },
        { ask: 'Who among us doesn’t know what it is to {plainOurs}?', then: NOTHING_AFTER },
        { ask: 'Do you remember the last time you were {x}?', then: I_DO },
      ],
      // A thing done once or for good ("Have you ever started over at 47?") is asked once, where
      // the story has just been told; the theme-first opening keeps its own question (no frame).
      // (The question-first opening asks about the core word: no frame of its own here.)
      // "Have you ever started again from zero? Plenty of us have." answers for the listener, and
      // for more people than the speaker can know; the room is asked instead whom they know. A
      // wish ("wanted to be useful", "needed a reason to get up") is everyone's: we all have.
      act: [
        null,
        {
          ask: 'Have you ever {perfect}?',
          // "Have you ever looked out for each other? Most of us have…" asks one person what two
          // do together: it is asked of all of us, with nothing after.
          askTogether: 'When did we last {plainOurs}?',
          // ("Have you ever missed someone? Most of us know someone who has." says what nobody
          // would, of a thing most have done; said with nothing after, no "we" is heard.)
          then: [
            'Most of us have, or know someone who has.',
            'Most of us have, or know someone who has.',
            'Most of us have, or know someone who has.',
          ],
          thenWished: [
            'Most of us have, one way or another.',
            'I think most of us have.',
            'Most of us have, at some point.',
          ],
        },
      ],
    },
  },
  openings: {
    'theme-first': {
      // One is chosen for each person (and the other openings choose from their own), so two
      // people's pitches do not open on the same line.
      open: [
        'It’s about {core}, really.',
        'For me, it’s about {core}.',
        'It comes down to {core}.',
      ],
      noCore: [
        'It’s about something we all share.',
        'It’s about something we all share.',
        'It’s about something we all share.',
      ],
      landing: ['That’s {core}.'],
      // "That's songs." and "That's feeling heard." are not said: plurals and feelings land so.
      // ("That's what friends are for" is said of people; of "headers" or "passwords" it says
      // what they are used for, so other things land as a theme does.)
      landingPlural: 'In the end, it’s about {core}.',
      landingPluralPeople: 'That’s what {core} are for.',
      landingQuality: 'That’s what it means to {feel} {quality}.',
      landingGerund: 'I call that {core}.',
    },
    'story-first': {
      open: [
        // (A moment is not always a sudden realisation: a fresh reader counted "That's when I
        // knew/saw it was about…" in every story-first pitch. It can be why the word matters, or
        // what it has meant since.)
        'That’s why {core} matter{s} to me.',
        // (What a moment does, without claiming what it taught: it stayed.)
        'That stayed with me: it was about {core}.',
        'Since then, for me, it’s been about {core}.',
      ],
      noCore: [
        'That’s when it stopped being abstract.',
        'That’s when it stopped being abstract.',
        'That’s when it stopped being abstract.',
      ],
      // …and what stopped being abstract, when the problem is short enough to say here.
      noCoreProblem: 'That’s when it stopped being abstract: {x}.',
      // …and when there is none to say, what the moment did.
      noCoreMoment: 'That moment stayed with me.',
      landing: [
        'It all comes back to {core}.',
        'In the end, it comes back to {core}.',
        'For me, it always comes back to {core}.',
      ],
    },
    'question-first': {
      // (Not "My answer is…": most questions people type are not answered by a word: "Isn't it
      // odd that we teach teenagers to drive but not to vote? My answer is vote.")
      open: [
        'For me, it comes down to {core}.',
        'For me, it’s {core}.',
        'To me, it’s about {core}.',
      ],
      noCore: [
        'I ask because I can’t stop thinking about it.',
        'I ask because I can’t stop thinking about it.',
        'I ask because I can’t stop thinking about it.',
      ],
      // (It answers the opening's own question, "What does … mean to you?", in the same words.)
      // (Two ways to say it, so one line does not end every question-first pitch.)
      landing: ['That’s what {core} mean{s} to me.', 'That’s what I mean by {core}.'],
      // After "Do you remember the last time you…? Here's mine." and the moment it recalls: what
      // it was about, in one word, and the pitch lands on that word.
      afterRemembered: 'For me, it’s about {core}.',
      landingRemembered: 'It always comes back to {core}.',
    },
  },
  // After an opening on where the person comes from, the pitch comes back to it.
  landingOwn: 'And that’s where I’m coming from.',
  landingNoCore: 'That’s why it matters to me.',
  // With no word to land on, back to whom the moment was about: {x} is "that beekeeper".
  landingOnMoment: [
    'I still think about {x}.',
    'I keep coming back to {x}.',
    'I think about {x} a lot.',
  ],
  // With no word and no one in a moment to land on, back to the problem the pitch began with:
  // {x} is "nurses are exhausted".
  // …and after the question-first opening's "I ask because I can't stop thinking about it.":
  landingOnProblemAsked: 'That’s what I can’t stop thinking about: {x}.',
  // …and after "Have you ever seen something you couldn't unsee? I ask because I have.":
  landingOnProblemUnseen: 'That’s what I couldn’t unsee: {x}.',
  landingOnProblem: [
    'That’s the part I can’t let go of: {x}.',
    'I keep coming back to that: {x}.',
    'That’s what stays with me: {x}.',
  ],
  // One per opening, so three drafts do not end on the same line.
  landingTheme: [
    'In the end, it’s about {x}.',
    'It all comes back to {x}.',
    'That’s what it’s about for me: {x}.',
  ],
  // The question-first opening, when the composer asked the question about the core word, answers
  // it: with the belief when there is one, else by going to the moment that comes next.
  questionFirstAnswer: {
    belief: 'For me, it comes down to this: {x}.',
    moment: 'For me, it goes back to one moment.',
    rest: 'Here’s what it means to me.',
  },
  // The question-first opening names a short theme when there is no core word to name.
  questionFirstTheme: 'For me, it comes down to {x}.',
  // …and after a question that asked the theme in the person's words.
  questionFirstThemeAsked: 'For me, that’s what it comes down to.',
  // A line that shares the experience when the theme is not said in the opening.
  sharedLines: [
    'We’ve all been there.',
    'We’ve all felt it.',
    'We’ve all felt it, one way or another.',
  ],
  // After a problem said with no theme or word ("girls miss school because pads are expensive"):
  // we have not all been there, but most of us have seen it.
  sharedLinesSeen: [
    'We’ve all seen it.',
    'Most of us have seen it.',
    'Once we notice it, we see it everywhere.',
  ],
  // …and after a problem the person told of themselves ("I am pharmacist from Aleppo."): not
  // everyone has been there, but most of us know someone who has.
  sharedLinesOwn: [
    'Most of us know someone in the same place.',
    'We all know someone in the same place.',
    'Plenty of us know someone who’s been there.',
  ],
  // …and the question after it asks about that someone.
  sharedAsksOwn: ['Who comes to mind for you?', 'Who do you know who’s been there?'],
  // …and with a core word to name: "there" and "it" would point at nothing.
  // A core word that names a thing or an action ("shed", "the kettle", "reach out"): said as the
  // person's word, not as an idea ("It's about shed, really." and "We all have our own story of
  // reach out." are not said).
  // {words} is "one word" or "two words" ("hands on"), and the other slots agree with it.
  asWord: {
    // The one-minute story has the time to say it in full.
    storyOpen: 'It comes down to {words}: {core}.',
    // (Short as the idea's "It's about soil, really.": the words a frame takes are the moment's.)
    'theme-first': {
      open: '{Words}: {core}.',
      landing: '{mine}: {core}.',
    },
    // (As short as the idea's own frames, "That's why soil matters to me.": two words more
    // left the work line out of 25 pitches.)
    'story-first': {
      open: 'That’s when I found my {word}: {core}.',
      landing: 'That’s the word: {core}.',
    },
    // After a moment that ends "That's when I signed up for welding school.", not a second
    // "That's when" in a row.
    afterWhen: 'It gave me my {word}: {core}.',
    // The story-first opening with no moment to tell: nothing "stuck", and its words differ from
    // the theme-first opening's.
    untold: {
      open: '{Words} {sum} it up for me: {core}.',
      landing: 'It always comes back to {core}.',
    },
    shared: 'We all have {like}.',
    // …and asks for the listener's.
    ask: 'What’s yours?',
    // The same after a story, in other words, so the two openings stay unalike.
    sharedAfterStory: 'I think we all have one.',
    askAfterStory: 'What would yours be?',
    // After "What does a repair mean to you?" has asked it already.
    sharedAfterQuestion: 'We all have our own answer.',
    // …and its answer, after "What does “road” mean to you?".
    questionLanding: 'That’s what “{core}” means to me.',
    // After "Do you remember the last time you…? … I know I do." and the moment.
    afterRemembered: 'For me, it comes down to {words}: {core}.',
    landingRemembered: 'It always comes back to {words}: {core}.',
  },
  sharedLinesWithCore: [
    'We all have a story about {core}.',
    // ("We all know what blood looks like." says nothing: what it can mean is the story.)
    'We all know what {core} can mean.',
    'We all have our own story of {core}.',
  ],
  // The question each shared line sets up, when there is no theme to say: in the same order.
  sharedAsks: ['What’s yours?', 'What does it mean to you?', 'What’s yours?'],
  // After a moment told with no word, theme or problem to name: we have all had one.
  sharedLineMoment: 'We’ve all had a moment like that.',
  // After "Did you know that our town of 3,000 has no bookstore?"
  sharedAfterNews: 'Most people have no idea.',
  momentAsk: 'What was yours?',
  // …and after a story, in other words than the theme-first opening's, so the two stay unalike.
  sharedAsksAfterStory: [
    'Where have you seen it make a difference?',
    'When did it last matter to you?',
    'Who first showed you what it means?',
  ],
  story: {
    // A deadline can't wait; any other reason ("I retired and I have time") is why now.
    whyNowUrgent: 'And it can’t wait: {x}.',
    whyNow: 'And now is the time: {x}.',
    // "we just closed our Series A", "I've hired 12 guys like Joey": news of how far it has come is
    // no deadline.
    whyNowNews: 'And here’s where it stands: {x}.',
    affected: 'It lands hardest on {x}.',
    forWhom: 'It would change things for {x}.',
    // The same line in each opening's own words: three drafts that say "It would change things
    // for…" read like a form letter.
    forWhomByOpening: [
      'It would change things for {x}.',
      'It would make life better for {x}.',
      'That would change everything for {x}.',
    ],
    // Said when the line before is not the better world, so "it" and "that" have nothing to
    // point back to but the moment or the mistake ("…the kid was drinking from the tap. That
    // would change everything for…").
    forWhomAlone: [
      'I’m doing this for {x}.',
      'Most of all, I’m thinking of {x}.',
      'This is for {x}.',
    ],
    // The same, when the pitch says nothing of what the person is doing: the cause, not a work.
    // ("Above all, it's for my fellow helpers." said no "it": the person is in it. Each as long as the
    // line it replaced: a word more leaves some pitches no room for who it is for.)
    forWhomUnworked: ['I’m in this for {x}.', 'It matters most for {x}.', 'I’m in it for {x}.'],
    // The same, when the pitch has room for no more.
    forWhomShort: ['It’s for {x}.', 'I do it for {x}.', 'It’s meant for {x}.'],
    // Nobody named: the pitch still says that people would be better off.
    forEveryone: 'It would make life better for the people who live with it.',
    forEveryoneAlone: 'I’m doing this for the people who live with it.',
  },
  // Plain lines that need no answer, for a pitch still too short to be said in half a minute: in
  // pairs that read on from each other, three lines at most in any pitch or story.
  fillers: {
    withCore: [
      'I can’t stop thinking about it.',
      'And I don’t think I’m the only one.',
      'Most people feel it before they can name it.',
      'That’s the part I want to talk about.',
      'It’s a small word for something big.',
      'I’d love to hear where you’ve seen it.',
    ],
    plain: [
      'I can’t stop thinking about it.',
      'And I don’t think I’m the only one.',
      'Most people feel it before they can name it.',
      'That’s the part I want to talk about.',
      'It matters more than it looks.',
      'I’d love to hear where you’ve seen it.',
    ],
  },
  // The first invitation names what the person asked for, in their words; the stage's other
  // invitations stay for those who want a plainer line.
  // A job seeker's invitation asks for people and advice about the work, never "who should I be
  // building this with?" (three lines a stage, as the stages' own).
  jobInvitations: {
    vague: [
      'If this matters to you too, I’d love to hear how you see it. What would you tell me to read first?',
      'I’m still working out where I fit. Would you be a sounding board over coffee sometime?',
      'If you’ve thought about this too, I’d love to know which book or idea changed your mind.',
    ],
    convening: [
      'I’m talking with people who care about this. Who do you think I should be listening to?',
      'If this matters to you too, I’d love your help finding the people who know this work best.',
      'Do you know someone who works on this because they care how it turns out?',
    ],
    narrowing: [
      'I know the kind of work I want to do now. Who do you think I should talk to?',
      'If this matters to you too, I’d love your advice: where is this work done well?',
      'Do you know anyone who does this work and would tell me how they got there?',
    ],
    growing: [
      'If this speaks to you, who else do you think I should hear from?',
      'I’d love to meet more people who care about this. Who do you think I should meet?',
      'Do you know people who would want to talk about this as much as I do?',
    ],
  } satisfies Record<Stage, readonly string[]>,
  jobInvitationWithAsks: {
    vague: 'I’m still working out where I fit, so I’m looking for {x}. What comes to mind?',
    convening:
      'I’m talking with people who care about this, and I’m looking for {x}. Who comes to mind?',
    narrowing:
      'I know the kind of work I want now, and I’m looking for {x}. Who do you think I should talk to?',
    growing: 'For the next step, I’m looking for {x}. Who do you think I should meet?',
  } satisfies Record<Stage, string>,
  invitationWithAsks: {
    vague: 'I’m still finding the shape of it, so I’m looking for {x}. What comes to mind?',
    convening: 'I’m bringing people together on this, and I’m looking for {x}. Who comes to mind?',
    narrowing: 'Next, I’m looking for {x}. Who do you think I should talk to?',
    growing: 'To grow it, I’m looking for {x}. Who do you think I should meet?',
  },
  hook: {
    withTheme: 'It’s about {core}: {x}.',
    withWordTheme: 'It’s about {x}, and my word for it is {core}.',
    coreOnly: 'It’s about {core}, and we all know it.',
    // A thing the person named ("road", "corner"), said as their word, not as an idea.
    wordOnly: 'It comes down to one word: {core}.',
    wordProblem: '{X}. My word for it is {core}.',
    themeOnly: 'It’s about {x}.',
    problem: 'It’s about this: {x}.',
    // A problem the person told of themselves ("I've done HR for 15 years"): where they stand,
    // not a "this" everyone shares.
    problemOwn: 'It’s about where I’m coming from: {x}.',
    fallback: 'It’s about something we all share.',
  },
  oneLiner: {
    becauseBelief: 'because I believe {x}',
    becauseBeliefIn: 'because I believe in {x}',
    because: 'because {x}',
    soThat: 'so that {x}',
    becauseCore: 'because for me it’s about {core}',
    fromProblem: {
      job: 'I want work that takes on {x}',
      business: 'I’m building something for {x}',
      'work-project': 'I’m leading a project on {x}',
      cause: 'I’m working on {x}',
      creative: 'I’m making something about {x}',
    } satisfies Record<Situation, string>,
    changeProblem: '{x}, and I want to change that',
    fallback: 'I work on something I care about, and I’d love to tell you why.',
  },
  keptWords: {
    // The few lines said around the person's own words, in their language (where written).
    lines: OTHER_LANGUAGE_LINES,
    // The one line the composer adds to answers in another language is asked in that language,
    // so the pitch is all one language (every language detectLanguage names has a line).
    questionIn: {
      es: '¿Qué significa para ti?',
      fr: 'Et pour toi, qu’est-ce que ça veut dire ?',
      de: 'Was bedeutet das für dich?',
      pt: 'O que isso significa para você?',
      it: 'Cosa significa per te?',
      nl: 'Wat betekent het voor jou?',
      pl: 'Co to dla ciebie znaczy?',
      // ("What does it mean to you?" in a Swedish pitch mixed two languages: every other language
      // the detector names has its line too.)
      tr: 'Bu senin için ne anlama geliyor?',
      sv: 'Vad betyder det för dig?',
      id: 'Apa artinya bagimu?',
      da: 'Hvad betyder det for dig?',
      nb: 'Hva betyr det for deg?',
      fi: 'Mitä se merkitsee sinulle?',
      ro: 'Ce înseamnă asta pentru tine?',
      cs: 'Co to pro tebe znamená?',
      sk: 'Čo to pre teba znamená?',
      hu: 'Mit jelent ez neked?',
      hr: 'Što to tebi znači?',
      tl: 'Ano ang ibig sabihin nito para sa iyo?',
      vi: 'Điều đó có ý nghĩa gì với bạn?',
      sw: 'Hii ina maana gani kwako?',
      ms: 'Apa maknanya bagi anda?',
      ru: 'Что это значит для тебя?',
      uk: 'Що це означає для тебе?',
      el: 'Τι σημαίνει αυτό για σένα;',
      he: 'מה זה אומר לך?',
      ar: 'ماذا يعني ذلك لك؟',
      ur: 'آپ کے لیے اس کا کیا مطلب ہے؟',
      hi: 'आपके लिए इसका क्या मतलब है?',
      ja: 'あなたにとって、それはどんな意味がありますか？',
      ko: '당신에게 그것은 어떤 의미인가요?',
      zh: '这对你意味着什么？',
      ...MORE_QUESTION_IN,
    } as Record<string, string>,
    // The question-first opening asks about the core word by name: "What does it mean to you?"
    // as a pitch's first line points at nothing.
    questionAbout: {
      es: '¿Qué significa {core} para ti?',
      fr: 'Et pour toi, que veut dire « {core} » ?',
      de: 'Was bedeutet {core} für dich?',
      pt: 'O que significa {core} para você?',
      it: 'Cosa significa {core} per te?',
      nl: 'Wat betekent {core} voor jou?',
      pl: 'Co dla ciebie znaczy {core}?',
      sv: 'Vad betyder {core} för dig?',
      da: 'Hvad betyder {core} for dig?',
      nb: 'Hva betyr {core} for deg?',
      fi: 'Mitä {core} merkitsee sinulle?',
      ru: 'Что для тебя значит {core}?',
      uk: 'Що для тебе означає {core}?',
      // (Turkish would put a case ending on the word: the word is named.)
      tr: 'Bu kelime sana ne ifade ediyor: {core}?',
      cs: 'Co pro tebe znamená {core}?',
      ro: 'Ce înseamnă {core} pentru tine?',
      // (Hungarian would put "a" or "az" before the word by its first sound: the word is named.)
      hu: 'Neked mit jelent ez a szó: {core}?',
      id: 'Apa arti {core} bagimu?',
      // (Greek puts an article before the word by its gender: the word is named.)
      el: 'Τι σημαίνει για σένα η λέξη «{core}»;',
      ja: '「{core}」は、あなたにとってどんな意味がありますか？',
      zh: '“{core}”对你意味着什么？',
      // (Korean's topic marker changes with the word's last sound: the word stands first.)
      ko: '{core}, 당신에게는 어떤 의미인가요?',
      vi: 'Với bạn, {core} có ý nghĩa gì?',
      ...MORE_QUESTION_ABOUT,
    } as Record<string, string>,
  },
}

export type ComposerWords = typeof COMPOSER_EN

/** The stems of one slot, by the form of the answer that fills it. */
export type SlotStems = Record<'clause' | 'gerund' | 'verb-phrase' | 'noun-phrase', string>
