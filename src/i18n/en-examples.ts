// Worked examples, one per situation for every step that asks for words. Kept apart from the
// main catalog so that they load with the steps that show them, not with the first screen.
import type { Situation } from '@/domain/pitch/answers'

type StepExample = Record<string, string>

export const enExamples = {
  job: {
    problem: {
      problem: 'so many websites still lock out people who use screen readers',
      affected: 'blind and low-vision people trying to apply for jobs online',
    },
    moves: {
      spark: 'my aunt lost her sight and could not fill in a single job application alone',
      whyNow: 'I have spent two years learning to build pages that work for everyone',
    },
    belief: {
      belief: 'access is part of quality, not an extra',
      mistake: 'teams treat accessibility as a checklist for the end',
    },
    'better-world': {
      betterWorld: 'anyone could apply for a job without asking for help',
      forWhom: 'the one in four adults living with a disability',
      workOn: 'making the web usable by everyone',
    },
    thread: { theme: 'wanting to do things on our own', coreWord: 'independence' },
  },
  business: {
    problem: {
      problem: 'small farms near the city can’t reach the people who would buy from them',
      affected: 'families who farm a few acres',
    },
    moves: {
      spark:
        'our neighbour ploughed his strawberries back into the field because no shop would take them',
      whyNow: 'I grew up on that road and I know both sides',
    },
    belief: {
      belief: 'good food should travel a short way',
      mistake: 'we think cheap food is free of cost',
    },
    'better-world': {
      betterWorld: 'a family farm could live from selling to its own town',
      forWhom: 'farmers and the neighbours they feed',
      workOn: 'a weekly box from farms near you',
    },
    thread: { theme: 'the pride of making something with our own hands', coreWord: 'belonging' },
  },
  'work-project': {
    problem: {
      problem: 'new colleagues spend their first month lost in our internal tools',
      affected: 'everyone who joins the support team',
    },
    moves: {
      spark: 'I watched a brilliant new hire nearly quit in week three',
      whyNow: 'I was that lost new hire four years ago',
    },
    belief: {
      belief: 'people do their best work when they feel they belong from day one',
      mistake: 'we treat onboarding as paperwork instead of welcome',
    },
    'better-world': {
      betterWorld: 'every new colleague could help a customer in their first week',
      forWhom: 'new hires and the customers they serve',
      workOn: 'a first-week guide written by the people who just arrived',
    },
    thread: {
      theme: 'the first days somewhere new, when we feel like outsiders',
      coreWord: 'welcome',
    },
  },
  cause: {
    problem: {
      problem: 'adults without degrees get shut out of good jobs',
      affected: 'people who never went to college',
    },
    moves: {
      spark: 'my brother taught himself electronics and nobody would interview him',
      whyNow: 'I have seen what happens when someone finally gets a chance',
    },
    belief: {
      belief: 'people are capable of far more than others think',
      mistake: 'we write people off instead of finding other ways to grow their potential',
    },
    'better-world': {
      betterWorld: 'anyone could show what they can do and be hired for it',
      forWhom: 'adults the job market overlooks',
      workOn: 'opening good jobs to adults without degrees',
    },
    thread: { theme: 'the strange things we do to prove ourselves', coreWord: 'potential' },
  },
  creative: {
    problem: {
      problem: 'family stories disappear when the last person who remembers them is gone',
      affected: 'children of people who moved countries',
    },
    moves: {
      spark: 'my grandmother died before I asked her why she left Lisbon',
      whyNow: 'my daughter has started asking where we come from',
    },
    belief: {
      belief: 'ordinary lives are worth a novel',
      mistake: 'we wait for a special occasion to ask the big questions',
    },
    'better-world': {
      betterWorld: 'more families would ask their elders while they still can',
      forWhom: 'grandparents and grandchildren',
      workOn: 'a novel about a family that never talked about leaving',
    },
    thread: { theme: 'the questions we wish we had asked', coreWord: 'memory' },
  },
} satisfies Record<Situation, Record<string, StepExample>>

/**
 * This catalog for the person's language, the one way components reach it (English only for
 * now; a second language would be chosen here and loaded with the feature that needs it).
 */
export function useExamples(): typeof enExamples {
  return enExamples
}
