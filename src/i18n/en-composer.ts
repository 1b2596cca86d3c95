// Sentence templates for the pitch composer. {slots} are filled with the person's cleaned
// fragments; a template whose slot is empty is skipped, so a blank answer never leaves a hole.
export const enComposer = {
  openings: [
    ['It’s about {coreWord}, really.', 'We all know {theme}.'],
    ['For me, it comes down to one word: {coreWord}.', 'Think of {theme}.'],
    ['I keep coming back to {coreWord}.', 'We have all lived {theme}.'],
  ],
  openingFallbacks: [
    'It’s about something we all share.',
    'Let me tell you what keeps pulling at me.',
    'There is one thing I can’t stop thinking about.',
  ],
  questions: [
    'Who among us hasn’t felt that at least once?',
    'Haven’t we all been there?',
    'Who hasn’t lived some version of that?',
  ],
  bridge: ['I see it most clearly here: {problem}.', 'Here is where it hurts: {problem}.'],
  bridgeWithAffected: 'For {affected}, it is daily life: {problem}.',
  belief: 'I believe {belief}.',
  betterWorld: 'So I’m working towards a world where {betterWorld}.',
  landings: ['It’s about {coreWord}.', 'That’s what {coreWord} means to me.', 'It all comes back to {coreWord}.'],
  landingFallback: 'That’s why it matters to me.',
  spark: 'It became personal when {spark}.',
  whyNow: 'Why now? {whyNow}.',
  mistake: 'The mistake we keep making is this: {mistake}.',
  forWhom: 'That would change everything for {forWhom}.',
  hook: 'It’s about {coreWord} — {theme}.',
  hookWithCoreWordOnly: 'It’s about {coreWord}.',
  hookWithThemeOnly: 'It’s about {theme}.',
  hookFromProblem: 'It’s about this: {problem}.',
  hookFallback: 'It’s about something we all share.',
  oneLiner: 'I work on {work} because I believe {belief}, so that {betterWorld}.',
  oneLinerNoBelief: 'I work on {work} so that {betterWorld}.',
  oneLinerNoBetterWorld: 'I work on {work} because I believe {belief}.',
  oneLinerWorkOnly: 'I work on {work}, and I’d love to tell you why.',
  oneLinerFallback: 'I work on something I care about, and I’d love to tell you why.',
  workFromProblem: 'a problem I can’t ignore: {problem}',
  workFromBetterWorld: 'a world where {betterWorld}',
  // Words a fragment may start with that should not keep a capital mid-sentence.
  lowercaseStarters: [
    'a', 'an', 'the', 'we', 'our', 'us', 'they', 'their', 'them', 'it', 'its', 'this', 'that',
    'these', 'those', 'there', 'here', 'so', 'too', 'many', 'most', 'some', 'every', 'everyone',
    'anyone', 'nobody', 'no', 'people', 'kids', 'children', 'adults', 'young', 'old', 'new',
    'small', 'big', 'good', 'bad', 'all', 'each', 'my', 'your', 'his', 'her', 'families',
    'women', 'men', 'students', 'teachers', 'workers', 'when', 'what', 'how', 'why', 'because',
    'if', 'more', 'less', 'fewer', 'nothing', 'something', 'someone', 'getting', 'being',
    'making', 'helping', 'opening', 'building', 'finding', 'ordinary', 'local', 'great',
  ],
  // Lead-ins a person often types that the template already says.
  beliefLeadIns: ['i believe that', 'i believe', 'i think that', 'i think', 'that'],
  betterWorldLeadIns: ['a world where', 'in a world where', 'where', 'that'],
  workLeadIns: ['i work on', 'i am working on', 'i’m working on', "i'm working on"],
}

export type ComposerMessages = typeof enComposer
