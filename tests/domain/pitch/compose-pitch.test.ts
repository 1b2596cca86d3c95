import { DETECTED_TAGS } from '@/domain/language/detect-language'
import { PERSONAS_HELD_OUT_40 } from '../../fixtures/personas-held-out-40'
import { saidInEnglish } from '@/domain/language/english-phrase'
import { readAnswer } from '@/domain/language/english'
import { COMPOSER_EN } from '@/domain/pitch/composer-words-en'
import fc from 'fast-check'
import { emptyAnswers, SITUATIONS, STAGES, TEXT_FIELDS, type Answers } from '@/domain/pitch/answers'
import { composePitch, PITCH_WORDS } from '@/domain/pitch/compose-pitch'
import { PITCH_PARTS } from '@/domain/pitch/pitch-parts'
import { PITCH_WORD_RANGE } from '@/domain/pitch/pitch-lengths'
import { countWords } from '@/domain/text/text'
import { en } from '@/i18n/en'
import { WORKED_ANSWERS } from '../../fixtures/worked-example'
import { PERSONAS_HELD_OUT_6 } from '../../fixtures/personas-held-out-6'
import { PERSONAS_HELD_OUT_10 } from '../../fixtures/personas-held-out-10'
import { PERSONAS_HELD_OUT_13 } from '../../fixtures/personas-held-out-13'
import { PERSONAS_HELD_OUT_20 } from '../../fixtures/personas-held-out-20'
import { PERSONAS_HELD_OUT_23 } from '../../fixtures/personas-held-out-23'
import type { Persona } from '../../fixtures/persona-type'
import { PERSONAS as DEV_PERSONAS } from '../../fixtures/personas'
import { PERSONAS_DEV_2 } from '../../fixtures/personas-dev-2'
import { splitSentences, stripEnd } from '@/domain/language/english'
import { composeEn } from '../../support/compose-en'

// The worked example from the product notes, without the name and asks the composer ignores.
const worked: Answers = { ...WORKED_ANSWERS, asks: [], name: '' }

function countOccurrences(text: string, word: string): number {
  return text.toLowerCase().split(word.toLowerCase()).length - 1
}

test('the 30-second pitch opens with the theme, not with who the speaker is', () => {
  const { pitch } = composePitch(worked, { messages: composeEn })
  expect(pitch).not.toMatch(/^I am|^I'm a|^My name/i)
  expect(pitch.slice(0, 40)).toMatch(/potential/)
})

test('the 30-second pitch shares the experience with "we" and asks exactly one question', () => {
  for (const variant of [0, 1, 2]) {
    const { pitch } = composePitch(worked, { messages: composeEn, variant })
    expect(pitch).toMatch(/\b(we|us|our)\b/i)
    expect(pitch.split('?').length - 1).toBe(1)
  }
})

test('the 30-second pitch bridges to the problem and the better world and lands on the core word', () => {
  const { pitch } = composePitch(worked, { messages: composeEn })
  expect(pitch).toContain('Adults without degrees get shut out of good jobs.')
  expect(pitch).toContain('a world where anyone could show what they can do and be hired for it')
  expect(countOccurrences(pitch, 'potential')).toBeGreaterThanOrEqual(2)
  expect(pitch.trim().endsWith('potential.')).toBe(true)
})

test('the 30-second pitch is between 50 and 110 words for the worked example', () => {
  for (const variant of [0, 1, 2]) {
    const words = countWords(composePitch(worked, { messages: composeEn, variant }).pitch)
    expect(words).toBeGreaterThanOrEqual(PITCH_WORDS.min)
    expect(words).toBeLessThanOrEqual(PITCH_WORDS.max)
  }
})

test('very long answers are trimmed from the 30-second pitch until it fits, optional sentences first', () => {
  const long = 'word '.repeat(20).trim()
  const answers = { ...worked, belief: `people can ${long}`, affected: `people who ${long}` }
  const { pitch, story } = composePitch(answers, { messages: composeEn })
  expect(countWords(pitch)).toBeLessThanOrEqual(PITCH_WORDS.max)
  expect(countWords(story)).toBeLessThanOrEqual(160)
  // The person's own moment stays in both.
  expect(pitch).toContain('My brother taught himself electronics')
  expect(story).toContain('My brother taught himself electronics')
})

test('the fragments are cleaned: trimmed, trailing full stop removed, no doubled punctuation', () => {
  const { pitch, story, oneLiner } = composePitch(
    {
      ...worked,
      problem: '   Adults without degrees get shut out of good jobs...  ',
      belief: 'I believe that people are capable of far more than others think!!',
    },
    { messages: composeEn },
  )
  expect(pitch).toContain('Adults without degrees get shut out of good jobs.')
  expect(story).toContain('I believe people are capable of far more than others think.')
  expect(story).not.toMatch(/I believe (that )?I believe/)
  for (const text of [pitch, story, oneLiner]) expect(text).not.toMatch(/[.,;:!?]{2,}|\s{2,}/)
})

test('the one-line why says what the person does and one "because", in at most 30 words', () => {
  const { oneLiner } = composePitch(
    {
      ...worked,
      workOn: 'opening good jobs to adults without degrees',
    },
    { messages: composeEn },
  )
  expect(oneLiner).toBe(
    'Right now I’m opening good jobs to adults without degrees because I believe people are capable of far more than others think.',
  )
  expect(countWords(oneLiner)).toBeLessThanOrEqual(30)
})

test('the one-line why is framed for the situation: a founder builds, a job seeker looks', () => {
  const founder = composePitch(
    { ...worked, situation: 'business', workOn: 'a repair café' },
    { messages: composeEn },
  )
  const seeker = composePitch(
    { ...worked, situation: 'job', workOn: 'a data analyst role' },
    { messages: composeEn },
  )
  expect(founder.oneLiner).toMatch(/^I’m building a repair café because/)
  expect(seeker.oneLiner).toMatch(/^Right now I’m looking for a data analyst role because/)
})

test('the hook names the core word and the theme', () => {
  expect(composePitch(worked, { messages: composeEn }).hook).toBe(
    'It’s about potential: the strange things we do to prove ourselves.',
  )
})

test('the one-minute story adds the personal spark and the belief', () => {
  const { story, pitch } = composePitch(worked, { messages: composeEn })
  expect(story).toContain('My brother taught himself electronics')
  expect(story).toContain('I believe people are capable of far more than others think.')
  expect(countWords(story)).toBeGreaterThan(countWords(pitch))
})

test('each stage offers at least three invitations that cycle', () => {
  for (const stage of STAGES) {
    const seen = new Set(
      [0, 1, 2].map(
        (i) =>
          composePitch({ ...worked, stage }, { messages: composeEn, invitationVariant: i })
            .invitation,
      ),
    )
    expect(seen.size).toBe(3)
    expect(
      composePitch({ ...worked, stage }, { messages: composeEn, invitationVariant: 3 }).invitation,
    ).toBe(
      composePitch({ ...worked, stage }, { messages: composeEn, invitationVariant: 0 }).invitation,
    )
    expect(en.stages[stage].invitations).toContain(
      composePitch({ ...worked, stage }, { messages: composeEn }).invitation,
    )
  }
})

test('three different openings are offered', () => {
  const openings = new Set(
    [0, 1, 2].map(
      (variant) => composePitch(worked, { messages: composeEn, variant }).pitch.split('.')[0],
    ),
  )
  expect(openings.size).toBe(3)
})

test('an entirely blank draft still gives a sentence in every part', () => {
  const pitch = composePitch(emptyAnswers(), { messages: composeEn })
  for (const part of PITCH_PARTS) expect(pitch[part].trim().length).toBeGreaterThan(10)
})

test('a blank answer drops its sentence instead of leaving a hole', () => {
  const { pitch, story } = composePitch(
    { ...worked, belief: '   ', spark: '' },
    { messages: composeEn },
  )
  expect(pitch).not.toMatch(/I believe\s*\./)
  expect(story).not.toMatch(/personal when\s*\./)
})

test('text that looks like a template slot is kept literally', () => {
  const { pitch } = composePitch(
    { ...worked, problem: 'the {coreWord} gap in {problem}' },
    { messages: composeEn },
  )
  expect(pitch).toContain('the {coreWord} gap in {problem}')
})

// Answers made of blanks, whitespace, long runs and odd Unicode.
const oddText = fc.oneof(
  fc.constant(''),
  fc.constantFrom(
    '   ',
    '\n\t',
    '...',
    '?!',
    '—',
    '“”',
    'Zoë, Łódź — Ελλάδα',
    'Москва…',
    '👩🏽‍🚀🎉',
    'مرحبا بالعالم',
    '\u202Eevil',
    '<b>hi</b>',
    'a'.repeat(2000),
  ),
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
)

const arbitraryAnswers: fc.Arbitrary<Answers> = fc
  .record({
    situation: fc.constantFrom(...SITUATIONS),
    stage: fc.constantFrom(...STAGES),
    asks: fc.array(oddText, { maxLength: 3 }),
    ...Object.fromEntries(TEXT_FIELDS.map((field) => [field, oddText])),
  })
  .map((record) => record as unknown as Answers)
  // "null", "undefined" or "{slot}" typed by the person would be their own words, not a composer
  // bug; a separate test shows slot-like text is kept literally.
  .filter(
    (answers) =>
      !Object.values(answers)
        .flat()
        .some((value) => /undefined|null|nan|\{/i.test(value)),
  )

test('no combination of blank, long or odd answers yields "undefined", "null", doubled punctuation or an empty part', () => {
  fc.assert(
    fc.property(
      arbitraryAnswers,
      fc.integer({ min: -5, max: 50 }),
      fc.integer({ min: -5, max: 50 }),
      (answers, variant, invitationVariant) => {
        const pitch = composePitch(answers, { messages: composeEn, variant, invitationVariant })
        for (const part of PITCH_PARTS) {
          const text = pitch[part]
          expect(text.trim()).not.toBe('')
          expect(text).not.toMatch(/undefined|null|NaN/)
          expect(text).not.toMatch(/([.,;:!?])\s*[.,;:!?]/)
          expect(text).not.toMatch(/\{\w+\}/)
          expect(text).not.toMatch(/\s{2,}/)
          expect(text).toBe(text.trim())
        }
      },
    ),
    { numRuns: 400 },
  )
})

test('a lone quote mark and a comma before the answer are not said ("it’s for  and 0")', () => {
  // Found by the property above in CI (seed -1084252303): '", 0' as who it is for.
  for (const forWhom of ['", 0', '", kids', '“, , kids']) {
    const answers: Answers = { ...emptyAnswers(), situation: 'job', forWhom }
    for (const variant of [0, 1, 2]) {
      const { pitch } = composePitch(answers, { messages: composeEn, variant })
      expect(pitch).not.toMatch(/\s{2,}|for\s+and\b|for [",“]/u)
      // (The theme-first opening says who it is for here; the others need not.)
      if (variant === 0) expect(pitch).toMatch(/\bfor (?:0|kids)\b/u)
    }
  }
})

test('answers that are names of object properties compose like any other words', () => {
  for (const word of ['toString', 'constructor', '__proto__', 'hasOwnProperty']) {
    const answers = { ...worked, betterWorld: word, theme: word, coreWord: word, spark: word }
    for (const variant of [0, 1, 2]) {
      const draft = composePitch(answers, { messages: composeEn, variant })
      expect(draft.pitch).not.toMatch(/function|\[object/i)
    }
  }
})

// Read aloud on the former held-out sets (spent 2026-11-30).
function everyDraft(answers: Answers): string {
  return [0, 1, 2]
    .map((variant) => {
      const d = composePitch(answers, { messages: composeEn, variant })
      return [d.hook, d.pitch, d.story, d.oneLiner].join('\n')
    })
    .join('\n')
}

test('a better world typed as "I want a grid where…" is not put after "I want a world where"', () => {
  const drafts = everyDraft({
    ...worked,
    betterWorld:
      'I want a grid where every rooftop panel and home battery can help keep the lights on',
  })
  expect(drafts).toContain('I want a grid where every rooftop panel')
  expect(drafts).not.toMatch(/where I want/u)
})

test('"Imagine …" typed as the better world is a lead-in the stem already says', () => {
  const drafts = everyDraft({
    ...worked,
    betterWorld: 'Imagine Every High Street Salon Had One Chair For Everyone',
  })
  expect(drafts).toContain('every high street salon had one chair for everyone')
  expect(drafts).not.toMatch(/imagine/iu)
})

test('"n/a" typed into a box is a blank box', () => {
  const drafts = everyDraft({ ...worked, mistake: 'n/a', betterWorld: 'n/a', whyNow: 'n/a' })
  expect(drafts).not.toMatch(/n\/a/iu)
})

test('a core word shouted in capitals is said as the word', () => {
  const { hook, pitch } = composePitch(
    { ...worked, coreWord: 'FED', theme: 'BEING LOOKED AFTER' },
    { messages: composeEn },
  )
  expect(hook).toBe('It’s about feeling fed: being looked after.')
  expect(pitch).not.toMatch(/FED/u)
})

test('a theme that only repeats the core word is not said as "We all know voice."', () => {
  const { pitch } = composePitch(
    { ...worked, theme: 'voice', coreWord: 'Voice' },
    { messages: composeEn },
  )
  expect(pitch).not.toMatch(/(know|seen|means to) voice/iu)
  // The same when the core word is said as the theme says it: "It's about being seen, really."
  // is not followed by "We all know the feeling of being seen."
  const seen = composePitch(
    { ...worked, theme: 'being seen', coreWord: 'seen' },
    { messages: composeEn },
  ).pitch
  expect(seen).toMatch(/about being seen/u)
  expect(seen).not.toMatch(/(feeling of|been there:|that feeling:) being seen/u)
})

test('one sentence gives a belief typed as a single thing as "because I believe in …"', () => {
  const { oneLiner } = composePitch(
    { ...worked, belief: 'singing', workOn: 'a choir', situation: 'creative' },
    { messages: composeEn },
  )
  expect(oneLiner).toBe('I’m making a choir because I believe in singing.')
})

test('who gains, typed as two sentences, gives its first inside "It would change things for …"', () => {
  const drafts = everyDraft({
    ...worked,
    forWhom: 'visitors. and maybe the paintings too, if thats a thing',
  })
  expect(drafts).toContain('It would change things for visitors.')
  expect(drafts).not.toMatch(/\. and maybe/u)
})

test('a lone adjective or past form is left out rather than put in a stem', () => {
  const drafts = everyDraft({ ...worked, betterWorld: 'listened', mistake: 'soft' })
  expect(drafts).not.toMatch(/to listened|towards listened|is soft\./u)
})

test('a moment typed as "because of mr hughes. bed 7, march 2023…" loses the "because"', () => {
  const drafts = everyDraft({
    ...worked,
    spark:
      'because of mr hughes. bed 7, march 2023. he asked me four times if he could go home to see his dog',
  })
  expect(drafts).toContain('Mr Hughes. Bed 7, March 2023.')
  expect(drafts).not.toMatch(/because of mr/iu)
})

test('one sentence takes a breath before "because" when its first half has a comma of its own', () => {
  const { oneLiner } = composePitch(
    {
      ...worked,
      situation: 'creative',
      workOn: 'a little story-building app, my first one',
      belief: 'stories are how families stay close',
    },
    { messages: composeEn },
  )
  expect(oneLiner).toBe(
    'I’m making a little story-building app, my first one, because I believe stories are how families stay close.',
  )
})

test('a better world typed as the moment it happens ("when people leave…") is the day worked towards', () => {
  const { pitch } = composePitch(
    { ...worked, betterWorld: 'when people leave the museum having really looked at one thing' },
    { messages: composeEn },
  )
  expect(pitch).toContain(
    'I’m working towards the day when people leave the museum having really looked at one thing.',
  )
  expect(pitch).not.toMatch(/where when/u)
})

test('a core word that is only ever a verb is said as an action; one that can be a thing stays', () => {
  const said = (coreWord: string) =>
    [0, 1, 2]
      .map((variant) => composePitch({ ...worked, coreWord }, { messages: composeEn, variant }))
      .map((d) => `${d.hook} ${d.pitch} ${d.story}`)
      .join(' ')
  for (const [verb, action] of [
    ['remember', 'remembering'],
    ['breathe', 'breathing'],
    ['guide', 'guiding'],
    ['listen', 'listening'],
  ] as const) {
    const text = said(verb)
    expect(text).toContain(action)
    expect(text).not.toMatch(new RegExp(`\\b(about|to|does) ${verb}\\b`, 'iu'))
  }
  for (const noun of ['trust', 'hope', 'stay'])
    expect(said(noun)).toMatch(new RegExp(`\\b${noun}\\b`))
})

test('who gains, typed as a sentence of its own ("I\'m doing it for…"), is said as that sentence', () => {
  const answers = {
    ...worked,
    forWhom: "I'm doing it for the kids who've never been told art is theirs",
  }
  for (const variant of [0, 1, 2]) {
    const { pitch } = composePitch(answers, { messages: composeEn, variant })
    expect(pitch).not.toMatch(/for I'm/u)
    expect(pitch).toContain("I'm doing it for the kids who've never been told art is theirs.")
  }
})

test('every opening says who is better off, in words of its own, even after a long moment', () => {
  const spark =
    'March 14 they let 40 of us go over a 9 minute zoom call and two weeks later the billing update went out without testing and 11000 customers got charged twice, my old team lead texted me a screenshot'
  const answers = { ...worked, spark, forWhom: 'people who just want their bill to be right' }
  // Said by the people typed, or by a better world that names its people ("…where anyone could
  // show what they can do…"), which the story-first opening says when both do not fit.
  const lines = [0, 1, 2].map((variant) => {
    const { pitch } = composePitch(answers, { messages: composeEn, variant })
    const said = pitch.split(/(?<=[.?!])\s+/u)
    const line =
      said.find((s) => s.includes('their bill to be right')) ??
      said.find((s) => s.includes('be hired for it'))
    expect(line, pitch).toBeDefined()
    return line
  })
  // Each opening in its own words.
  expect(new Set(lines).size).toBe(3)
})

test('the story-first opening says the better world rather than a stock line naming who it is for', () => {
  const spark =
    'March 14 they let 40 of us go over a 9 minute zoom call and two weeks later the billing update went out without testing and 11000 customers got charged twice, my old team lead texted me a screenshot'
  const answers = { ...worked, spark, forWhom: 'people who just want their bill to be right' }
  const { pitch } = composePitch(answers, { messages: composeEn, variant: 1 })
  expect(pitch.startsWith('March 14'), pitch).toBe(true)
  expect(pitch).toContain(
    'I want a world where anyone could show what they can do and be hired for it.',
  )
  // A world that names no one says nothing of who is better off: the line naming them stays.
  const noOne = { ...answers, betterWorld: 'a fairer, calmer way of changing jobs' }
  const other = composePitch(noOne, { messages: composeEn, variant: 1 }).pitch
  expect(other).toContain('their bill to be right')
})

test('answers in another language get the pitch’s one question in that language', () => {
  const spanish: Answers = {
    ...worked,
    problem: 'Las niñas de la sierra faltan a la escuela cuatro o cinco días cada mes.',
    affected: 'Las niñas y sus familias de la sierra.',
    spark: 'En 2019 una alumna mía, Itzel, de trece años, dejó de venir una semana entera.',
    whyNow: 'Ahora tenemos un grupo de madres que quieren coser.',
    belief: 'Creo que ninguna niña debería perder clases por ser niña.',
    mistake: 'Piensan que es un tema privado y por eso nadie habla de eso.',
    betterWorld: 'Que todas las niñas vayan a la escuela los treinta días del mes.',
    forWhom: 'Las niñas de la sierra.',
    workOn: 'Talleres de mamás que cosen toallas de tela para las escuelas.',
    theme: 'La vergüenza de algo que es natural.',
    coreWord: 'Dignidad',
  }
  for (const variant of [0, 1, 2]) {
    const { pitch, language } = composePitch(spanish, { messages: composeEn, variant })
    expect(language).toBe('es')
    // The question-first opening asks about the core word by name; the others ask plainly.
    expect(pitch).toContain(
      variant === 2 ? '¿Qué significa dignidad para ti?' : '¿Qué significa para ti?',
    )
    expect(pitch).not.toMatch(/What does/u)
  }
  const german = composePitch(
    {
      ...spanish,
      problem: 'Auf dem Dorf gibt es keinen Ort mehr, an dem man sich trifft.',
      spark: 'Als das Wirtshaus zumachte, hat mein Opa aufgehört, aus dem Haus zu gehen.',
      belief: 'Ich glaube, dass Menschen einen Ort brauchen, der allen gehört.',
      mistake: 'Man denkt, Einsamkeit ist nur ein Problem der Stadt.',
      betterWorld: 'In jedem Dorf gibt es wieder einen Stammtisch.',
      forWhom: 'Alte Leute auf dem Land.',
      workOn: 'Ein Dorfcafé im alten Wirtshaus.',
      theme: 'Ein Ort, an dem man dazugehört.',
      affected: 'Alte Leute auf dem Land.',
      whyNow: 'Die Gemeinde hat uns das Haus angeboten.',
      coreWord: 'vertrauen',
    },
    { messages: composeEn, variant: 2 },
  )
  expect(german.language).toBe('de')
  expect(german.pitch).toMatch(/^Was bedeutet Vertrauen für dich\?/u)
})

test('a core word that is a thing and an action is said as the action the person used it as', () => {
  const drafts = (answers: Answers) =>
    [0, 1, 2]
      .map((variant) => composePitch(answers, { messages: composeEn, variant }))
      .map((d) => `${d.hook} ${d.pitch}`)
      .join(' ')
  const asked = drafts({
    ...worked,
    coreWord: 'ask',
    problem: "Teenage boys don't talk and we don't know how to ask.",
  })
  expect(asked).toMatch(/about asking/u)
  expect(asked).not.toMatch(/about ask\b/u)
  // The same word with nothing saying it is an action stays as typed; an abstract noun stays a noun.
  const typed = drafts({ ...worked, coreWord: 'ask' })
  expect(typed).toMatch(/\bask\b/u)
  expect(typed).not.toMatch(/\basking\b/u)
  expect(drafts({ ...worked, coreWord: 'trust', problem: 'We forget how to trust.' })).toMatch(
    /about trust\b/u,
  )
})

function allDrafts(answers: Answers): string {
  return [0, 1, 2]
    .map((variant) => composePitch(answers, { messages: composeEn, variant }))
    .map((d) => [d.hook, d.pitch, d.story, d.oneLiner].join(' '))
    .join(' ')
}

test('a core word of a few words that is no thing is said so every frame can say it', () => {
  // Read in the drafts: "It's about speak up, really.", "What does walk with mean to you?",
  // "That's not alone.", "It comes down to one word: hands on."
  const said = (coreWord: string) => allDrafts({ ...worked, coreWord })
  const speak = said('speak up')
  expect(speak).toMatch(/\bspeaking up\b/u)
  expect(speak).not.toMatch(/\b(?:about|to|by|is|word:) speak up\b/u)
  expect(said('pass it on')).toMatch(/What does passing it on mean to you\?/u)
  const alone = said('not alone')
  expect(alone).toMatch(/\bnot being alone\b/u)
  expect(alone).not.toMatch(/\b(?:That’s|about|to) not alone\b/u)
  expect(said('out loud')).toMatch(/What does “out loud” mean to you\?/u)
  const hands = said('hands on')
  expect(hands).not.toMatch(/\bone word: hands on\b/u)
  expect(hands).toMatch(/\btwo words: hands on\b/iu)
})

test('a theme typed as a place in a life is said after a colon, not as a thing to know about', () => {
  // Read in the drafts: "We all have our own story of from stranger to neighbour."
  for (const theme of ['from stranger to neighbour', 'between two homes']) {
    const said = allDrafts({ ...worked, theme })
    expect(said).toContain(theme)
    expect(said).not.toMatch(/\b(?:about|of) (?:from|between)\b/u)
  }
})

test('a "he" in the turn of a moment never points at a woman told before it', () => {
  // Read in the drafts: "Day I got out, my mom picked me up. Gave me a phone. I didn't know how to
  // unlock it. He's why I'm here." (the man who showed him was left out).
  const spark =
    "Day I got out, my mom picked me up. Gave me a phone. I didn't know how to unlock it. Stood in the parking lot feeling like a ghost. A man from my old unit was there. He showed me. He's why I'm here."
  for (const variant of [0, 1, 2]) {
    const { pitch } = composePitch({ ...worked, spark }, { messages: composeEn, variant })
    if (pitch.includes('He’s why') || pitch.includes("He's why")) {
      expect(pitch).toMatch(/A man from my old unit/u)
    }
  }
})

test('a moment is never told up to a "one" that stands for a thing left out', () => {
  // Read in the drafts: "When I was 11 I had to interpret my own dad's cancer diagnosis… I made one
  // up." (the sign for biopsy was left out).
  const spark =
    "When I was 11 I had to interpret my own dad's cancer diagnosis because the hospital didn't book anyone. I didn't know the sign for biopsy. I made one up."
  for (const variant of [0, 1, 2]) {
    const { pitch } = composePitch({ ...worked, spark }, { messages: composeEn, variant })
    if (pitch.includes('I made one up.')) expect(pitch).toMatch(/the sign for biopsy/u)
  }
})

test('the question the composer asks about the core word is answered, not repeated', () => {
  const { pitch } = composePitch(
    { ...worked, coreWord: 'home', belief: 'most readmissions are a home problem' },
    { messages: composeEn, variant: 2 },
  )
  expect(pitch).toMatch(/What does home mean to you\? For me, it comes down to this: most/u)
  expect(pitch).not.toMatch(/comes down to home/u)
})

test('a moment typed without its subject gets its "I"; a description of the person does not', () => {
  expect(
    allDrafts({ ...worked, spark: 'fixed my sisters bike with a $4 tube from walmart' }),
  ).toMatch(/I fixed my sisters bike/u)
  const raised = allDrafts({ ...worked, spark: 'raised by my gran in a two-room flat in Leeds' })
  expect(raised).toMatch(/Raised by my gran/u)
  expect(raised).not.toMatch(/I raised/u)
  // "got laid off", "got paged at my daughter's party": something done to the person.
  const laidOff = allDrafts({
    ...worked,
    spark: 'got laid off from a jackup rig off galveston in 2020',
  })
  expect(laidOff).toMatch(/I got laid off from a jackup rig/u)
  expect(allDrafts({ ...worked, whyNow: 'got made redundant in march and i have a van' })).toMatch(
    /I got made redundant in March/u,
  )
})

test('a pitch is not said to be "for me": who gains names someone else, or no one', () => {
  const cases: Array<[forWhom: string, affected: string]> = [
    ['me', ''],
    ['just me lol', 'people stuck in jobs they hate'],
    ['', 'me'],
  ]
  for (const [forWhom, affected] of cases) {
    const drafts = allDrafts({ ...worked, forWhom, affected })
    expect(drafts, `${forWhom}/${affected}`).not.toMatch(/\b(?:for|of|on) me\./u)
  }
})

test('a core of a few words takes the article the person gave it elsewhere', () => {
  const said = allDrafts({
    ...worked,
    coreWord: 'last mile',
    spark: 'Forty pallets sat at a depot for three days because nobody owned the last mile.',
  })
  expect(said).toMatch(/about the last mile/u)
  expect(said).not.toMatch(/about last mile/u)
  // Never said with an article: kept as typed.
  expect(allDrafts({ ...worked, coreWord: 'plain words' })).toMatch(/about plain words/u)
})

test('"the" that a clause about everyone asks for is not the core word’s own', () => {
  // Spent set 42: "the company we keep" is not a company counted ("What does the company mean to
  // you?"); "the ladder I climbed" is one ladder.
  const kept = allDrafts({ ...worked, theme: 'the company we keep', coreWord: 'company' })
  expect(kept).not.toMatch(/\bthe company (?:mean|means)\b|about the company\./u)
  const climbed = allDrafts({
    ...worked,
    coreWord: 'ladder',
    spark: 'My dad built the ladder I climbed out of that town on.',
  })
  expect(climbed).not.toMatch(/\b(?:about|does) ladder\b/u)
})

test('a moment keeps its own opening: no "I" before "inside", no "ok so" after a question back', () => {
  // Spent set 42: "inside the second time a teacher called Mrs Doyle taught me…" (prison) was "I
  // inside the second time…"; "what do you mean by spark exactly? ok so a man called Paddy rang…"
  // was "So a man called Paddy rang…".
  const inside = allDrafts({
    ...worked,
    spark: 'inside the second time a teacher taught me to make a flat white. 7 years clean now',
  })
  expect(inside).toMatch(/Inside the second time a teacher taught me/u)
  expect(inside).not.toMatch(/\bI inside\b/u)
  const asked = allDrafts({
    ...worked,
    spark: 'what do you mean by spark exactly? ok so a man called Paddy rang the salon crying',
  })
  expect(asked).toMatch(/A man called Paddy rang the salon crying/u)
  expect(asked).not.toMatch(/\bSo a man called\b|mean by spark/u)
})

test('a thought that ends on "what your skin says" is whole, and is said whole', () => {
  // Spent set 42: "maybe you get to decide what your skin says" was cut to "…what your skin.",
  // as "her partner had" is cut; "I keep going over what he said" was "…going over what.".
  const skin = allDrafts({ ...worked, belief: 'maybe you get to decide what your skin says' })
  expect(skin).toMatch(/decide what your skin says/u)
  expect(skin).not.toMatch(/what your skin\./u)
})

test('a grandmother named in another answer is who "she" and "her" are in the moment', () => {
  // Spent set 42: "she made her gnocchi at easter…" with "my nonna is 91" and "a zine of my nonnas
  // recipes" told no one; spent set 13: "I tried to film her making kibbeh" became "film my
  // teta's making kibbeh".
  const nonna = allDrafts({
    ...worked,
    problem:
      'idk if its a problem exactly?? my nonna is 91 and none of her recipes are written down',
    spark:
      'she made her gnocchi at easter and forgot the nutmeg and cried about it. she never cries',
    workOn: 'a zine of my nonnas recipes and stories',
  })
  expect(nonna).toMatch(/My nonna made her gnocchi at Easter/u)
  expect(nonna).not.toMatch(/(?:^|[.?!] )She made her gnocchi|problem exactly/u)
  const teta = allDrafts({
    ...worked,
    problem: 'all the recipes in my family live in my teta’s hands',
    spark: 'I tried to film her making kibbeh last Easter and she kept telling the camera off',
  })
  expect(teta).toMatch(/film my teta making kibbeh/u)
  expect(teta).not.toMatch(/my teta’s making/u)
})

test('one sentence changes what a problem turns on, after its "but"', () => {
  // Spent set 42: "30 years offshore, and I want to change that".
  const answers: Answers = {
    ...worked,
    workOn: '',
    betterWorld: '',
    problem:
      '30 years offshore. everyone says oil is finished. aye fine. but nobody tells guys like me where to go',
  }
  const { oneLiner } = composePitch(answers, { messages: composeEn, variant: 0 })
  expect(oneLiner).toMatch(/^Nobody tells guys like me where to go, and I want to change that/u)
})

test('a moment told short keeps the line its last words are about', () => {
  // Spent set 42: "My nephew Kit is autistic and non-speaking. Stoked doesn't cover it." lost the
  // wave and the laugh that "it" is.
  const spark =
    "my nephew Kit is autistic and non-speaking. first time I took him out on a foamie at Fistral at 7am, empty beach, he rode a tiny wave and made this sound I'd never heard. my sister said it was the first time she'd seen him laugh like that. stoked doesn't cover it"
  const said = allDrafts({ ...worked, spark })
  expect(said).toMatch(/My nephew Kit is autistic and non-speaking\./u)
  expect(said).not.toMatch(/non-speaking\. Stoked doesn/u)
})

test('a word that describes the thing after it takes no article from it', () => {
  // Spent set 42: "the city has a shade plan" gave "It’s about a shade".
  const shade = allDrafts({
    ...worked,
    coreWord: 'shade',
    whyNow: 'the city has a shade plan now but no money behind it',
  })
  expect(shade).not.toMatch(/\ba shade(?! plan)\b/u)
  expect(shade).toMatch(/\bword for it is shade\b|\bword: shade\b/u)
})

test('a share stays a number, and not knowing what is a shrug after the work', () => {
  // Spent set 42: "1 week in 4 you sleep with your phone on your chest" was "1 week in for you…";
  // "something about our on-call. not sure what" was said whole, after "So I’m thinking about".
  const oncall = allDrafts({
    ...worked,
    problem: 'on-call is wrecking people. 1 week in 4 you sleep with your phone on your chest',
    workOn: 'something about our on-call. not sure what',
  })
  expect(oncall).toMatch(/1 week in 4 you sleep/u)
  expect(oncall).not.toMatch(/in for you|not sure what/iu)
  expect(oncall).toMatch(/about our on-call\./u)
  // A question the person does not know the answer to is still theirs.
  expect(allDrafts({ ...worked, workOn: 'I am not sure what to do about the rota' })).toMatch(
    /not sure what to do about the rota/u,
  )
})

test('someone a story meets in shorthand is met with "a"; one met before is not', () => {
  const lady = allDrafts({
    ...worked,
    spark: 'lady called about her late husbands account. she hung up crying',
  })
  expect(lady).toMatch(/A lady called about her late husbands account\./u)
  expect(lady).not.toMatch(/(?:^|[.?!] )Lady called/u)
  // Named after a first sentence: new. Said again after it, the same one: left as typed.
  const chuy = allDrafts({
    ...worked,
    spark: 'it was july. guy named Chuy fell 22 feet off a roof. kid was 22',
  })
  expect(chuy).toMatch(/A guy named Chuy fell 22 feet/u)
  expect(chuy).not.toMatch(/A kid was 22/u)
})

test('who gains, with a comma that says more about them, keeps the comma instead of "and"', () => {
  const said = allDrafts({
    ...worked,
    forWhom: 'renters in Maricopa County, a lot of them Spanish speakers',
  })
  expect(said).toMatch(/renters in Maricopa County, a lot of them Spanish speakers/u)
  // Two groups are still a list.
  expect(allDrafts({ ...worked, forWhom: 'night nurses, hospital porters' })).toMatch(
    /night nurses and hospital porters/u,
  )
})

test('a problem typed as what is missing is said as missing', () => {
  const said = allDrafts({ ...worked, problem: 'no young welders' })
  expect(said).toMatch(/There are no young welders\./u)
  expect(said).not.toMatch(/running into no/u)
})

test('a role looked for gets its article; plural roles and work do not', () => {
  const job = { ...worked, situation: 'job' as const }
  expect(allDrafts({ ...job, workOn: 'apprenticeship' })).toMatch(/looking for an apprenticeship/u)
  expect(allDrafts({ ...job, workOn: 'R&D scientist role' })).toMatch(/an R&D scientist role/u)
  expect(allDrafts({ ...job, workOn: 'jobs in tech' })).not.toMatch(/an? jobs/u)
})

test('a pasted letter keeps the person’s words, not its greeting or "I am writing to…"', () => {
  const said = allDrafts({
    ...worked,
    spark:
      'Dear Hiring Manager, I am writing to express my interest in the Legal Assistant position. One client, Mrs. Ortega, lost her apartment of 22 years over one word.',
  })
  expect(said).not.toMatch(/Dear Hiring Manager|I am writing to/u)
  expect(said).toMatch(/Mrs\. Ortega/u)
})

test('a cut moment never stops inside a "because …" before its verb', () => {
  const said = allDrafts({
    ...worked,
    spark:
      'My cousin gave birth in the back of her boyfriends truck on highway 212 because the nearest labor and delivery unit closed in 2021 and she was alone and scared.',
  })
  expect(said).not.toMatch(/because the nearest labor\./u)
})

test('a better world typed after "a world where" stays a clause', () => {
  const said = allDrafts({
    ...worked,
    betterWorld: 'a world where every kid in the hollers has a warm place with wifi open late',
  })
  expect(said).toMatch(/I want a world where every kid in the hollers has/u)
  expect(said).not.toMatch(/working towards every kid/u)
})

test('text-speak is said as words, not read out letter by letter', () => {
  const said = allDrafts({
    ...worked,
    belief: 'dogs r family',
    spark: 'she cried bc he was so happy',
  })
  expect(said).toMatch(/dogs are family/u)
  expect(said).toMatch(/because he was so happy/u)
  expect(said).not.toMatch(/\bbc\b|\br\b/u)
})

test('an answer that starts by saying the question back is read from where the answer starts', () => {
  const said = allDrafts({
    ...worked,
    coreWord: 'My core word is courage.',
    theme: 'The universal thread is being given a second chance',
    spark:
      'The moment I saw it up close was when my uncle came home from prison with £46 and a bin bag.',
    whyNow: 'Why me, why now: because I have run the workshop for nine years.',
    mistake: 'What the world gets wrong is thinking a record is the whole person.',
    forWhom: 'For whom? For people leaving prison.',
  })
  expect(said).toMatch(/about courage/u)
  expect(said).not.toMatch(/core word|universal thread|up close was|why now|gets wrong is|whom/iu)
  expect(said).toMatch(/my uncle came home from prison with £46/u)
  expect(said).toMatch(/The mistake we keep making is thinking a record is the whole person/u)
  expect(said).toMatch(/for people leaving prison/u)
  // An answer that only looks like one: "The world is…" and "Our first one was…" are answers.
  const answers = allDrafts({
    ...worked,
    mistake: 'The world is obsessed with degrees.',
    spark: 'Our first one was called Bess and she had never seen stairs.',
  })
  expect(answers).toMatch(/The world is obsessed with degrees/u)
  expect(answers).toMatch(/Our first one was called Bess/u)
})

test('with no core word and no theme, the pitch lands on the idea the person keeps coming back to', () => {
  const answers: Answers = {
    ...emptyAnswers(),
    situation: 'cause',
    stage: 'vague',
    problem: 'Loneliness in old age is everywhere in this town.',
    spark: 'My gran told me the loneliness was worse than the cancer.',
    workOn: 'maybe a lunch club against loneliness',
  }
  for (const variant of [0, 1, 2]) {
    const { pitch } = composePitch(answers, { messages: composeEn, variant })
    const sentences = pitch.split(/(?<=[.!?])\s+/u)
    expect(sentences.at(-1)).toMatch(/\bloneliness\b/u)
  }
  // A word that is no idea ("a repair workshop", "repaired"): the pitch opens on the problem as
  // typed and comes back to the moment, rather than "One word: repair."
  const repair = composePitch(
    {
      ...answers,
      situation: 'business',
      problem: 'Good bikes end up at the tip because nobody repairs them.',
      spark: 'Found a 1970s Raleigh by the canal. Repaired it for £6.',
      belief: 'Things should be made to be repaired.',
      workOn: 'maybe a repair workshop',
    },
    { messages: composeEn },
  ).pitch
  expect(repair).toMatch(
    /^It’s about this: good bikes end up at the tip because nobody repairs them\./u,
  )
  expect(repair).not.toMatch(/That’s why it matters to me\.$/u)
})

test('a problem typed as one word is the word the pitch lands on ("It’s about this: grief." landed nowhere)', () => {
  const answers: Answers = {
    ...emptyAnswers(),
    situation: 'creative',
    stage: 'vague',
    problem: 'loneliness',
    spark: 'my grandad after the funeral',
    belief: 'songs',
    workOn: 'an EP maybe',
  }
  for (const variant of [0, 1, 2]) {
    const { pitch } = composePitch(answers, { messages: composeEn, variant })
    const sentences = pitch.split(/(?<=[.!?])\s+/u)
    expect(sentences.at(-1)).toMatch(/\bloneliness\b/u)
    // (Not said again as the problem: "I keep running into loneliness.")
    expect(pitch).not.toMatch(/running into loneliness/u)
  }
  // "heat" (one word the tagger reads as an order) and "songs" (a plural) are words too.
  for (const problem of ['heat', 'songs']) {
    const { pitch } = composePitch({ ...answers, problem }, { messages: composeEn, variant: 0 })
    expect(pitch.split(/(?<=[.!?])\s+/u).at(-1), problem).toMatch(
      new RegExp(`\\b${problem}\\b`, 'u'),
    )
  }
  // A problem of a few words, or one that names people, gives no word of its own.
  const few = composePitch(
    { ...answers, problem: 'old people are lonely' },
    { messages: composeEn, variant: 0 },
  )
  expect(few.pitch).not.toMatch(/\bword: (?:old|people|lonely)\b/u)
})

test('with no word to come back to, the pitch comes back to whom its moment was about', () => {
  // Read in the drafts: six people of one held-out set ended every opening on "That's why it
  // matters to me.", which shares nothing with how the pitch began.
  const answers: Answers = {
    ...emptyAnswers(),
    situation: 'work-project',
    stage: 'vague',
    problem: 'our lab produces all this data on pollinators',
    spark:
      'A beekeeper emailed my supervisor asking about a finding from 2019 and nobody had ever told him.',
  }
  const landings = new Set<string>()
  for (const variant of [0, 1, 2]) {
    const { pitch } = composePitch(answers, { messages: composeEn, variant })
    const last = pitch.split(/(?<=[.!?])\s+/u).at(-1) ?? ''
    expect(last).toMatch(/\bthat beekeeper\b/u)
    landings.add(last)
  }
  expect(landings.size).toBe(3)
})

test('with nobody named as better off, the people the problem is about are', () => {
  // Read in the drafts: "I'm doing this for the people who live with it." after "Children in care
  // leave school with half the GCSEs of their classmates."
  const answers: Answers = {
    ...emptyAnswers(),
    situation: 'cause',
    stage: 'narrowing',
    problem: 'Children in care leave school with half the GCSEs of their classmates.',
    workOn: 'a tutoring scheme run by care leavers',
    coreWord: 'belief',
  }
  for (const variant of [0, 1, 2]) {
    const { pitch } = composePitch(answers, { messages: composeEn, variant })
    expect(pitch).toMatch(/\bfor children in care\b|\bthinking of children in care\b/u)
    expect(pitch).not.toMatch(/the people who live with it/u)
  }
})

test('an inferred core word names an idea, never "nobody" or the place the story is set', () => {
  // Read in the drafts: "It comes down to call." (a call centre), "It's about nobody, really."
  const answers: Answers = {
    ...emptyAnswers(),
    situation: 'cause',
    stage: 'vague',
    problem: 'Volunteer crews are shrinking and nobody new joins, so people end up waiting.',
    spark: 'We got a call for a chimney fire at 3am and only 3 of us showed. Nobody else came.',
    workOn: 'getting young people to join the fire crew before the next call',
    forWhom: 'small towns and people left waiting longer when they call',
  }
  for (const variant of [0, 1, 2]) {
    const { pitch, hook } = composePitch(answers, { messages: composeEn, variant })
    expect(hook).toMatch(/\bwaiting\b/u)
    expect(pitch.split(/(?<=[.!?])\s+/u).at(-1)).toMatch(/\bwaiting\b/u)
    expect(pitch).not.toMatch(/\b(?:about|to) (?:nobody|call|fire)\b/iu)
  }
})

test('an inferred word is never a person, a verb that says nothing, or a thing said as an idea', () => {
  const drafts = (answers: Partial<Answers>) =>
    [0, 1, 2]
      .map((variant) => {
        const d = composePitch(
          { ...emptyAnswers(), situation: 'business', stage: 'vague', ...answers },
          { messages: composeEn, variant },
        )
        return `${d.hook} ${d.pitch} ${d.story}`
      })
      .join(' ')
  // "It's about nurse, really." was inferred from "nurse" said in two answers.
  const nurse = drafts({
    problem:
      "i want to work with animals but i'm 42 and everyone says it's too late to be a vet nurse",
    workOn: 'retraining as a vet nurse',
    spark: 'our old dog died and the vet nurse sat on the floor with me for an hour',
  })
  expect(nurse).not.toMatch(/about nurse|That’s nurse|story (?:of|about) nurse/u)
  // "It comes down to doing."
  const doing = drafts({
    problem: 'lads my age have no idea what they are good at doing',
    workOn: 'doing something with careers for lads',
  })
  expect(doing).not.toMatch(/about doing|down to doing|That’s doing/u)
  // A thing said only as one of many ("nail salons", "every salon") is no word to land on: the
  // pitch opens on the problem as typed ("One word: salon." named no why).
  const salon = drafts({
    problem: 'salons are too loud and bright for autistic people',
    workOn: 'a quiet hour in every salon in town',
    betterWorld: 'every salon has a sensory-friendly chair',
  })
  expect(salon).not.toMatch(/about salon\b|That’s salon\./u)
  expect(salon).not.toMatch(/word[^.]*: salon\./u)
  expect(salon).toMatch(/^It’s about this: salons are too loud and bright for autistic people\./u)
  // "It's about station, and we all know it.": a word said only before the noun it describes.
  const station = drafts({
    problem:
      'the construction guys at 5am have nothing to eat but gas station burritos and they deserve real food',
    spark: 'my dad ate the same gas station burrito every day and he got diabetes at 50',
  })
  expect(station).not.toMatch(/\bstation\b(?! burrito)/u)
  // …but an idea said before its noun is still the idea ("hearing loss", "a hearing service").
  expect(
    drafts({
      problem: 'Most people in prison have an untested hearing loss.',
      spark: 'Screened 40 men at HMP Cardiff. 23 of them had significant loss.',
      workOn: 'a hearing service inside prisons',
    }),
  ).toMatch(/about hearing/u)
})

test('markup pasted with an answer is read as the text it shows', () => {
  const { sentences } = readAnswer(
    'Night shift hires quit at double the rate.<br>Nobody from HR is in the building at night &amp; they get a binder.',
    [],
  )
  expect(sentences).toEqual([
    'Night shift hires quit at double the rate.',
    'Nobody from HR is in the building at night and they get a binder.',
  ])
  // ('…stopped coming."⏎she was 19.' had a second stop after the quotation.)
  expect(readAnswer('exit interview: "I just stopped coming."<br>she was 19.', []).text).toBe(
    'exit interview: "I just stopped coming." She was 19',
  )
  expect(readAnswer('i <3 my town', []).text).toMatch(/<3/u)
})

test('with no word or theme, the openings that do not open on the problem still say it', () => {
  const answers: Answers = {
    ...emptyAnswers(),
    situation: 'job',
    stage: 'vague',
    problem: 'hate my job. 9 years in logistics.',
    spark: 'Worked till 2am on a Sunday to fix a pallet count nobody checked.',
    workOn: 'something new',
  }
  const said = [0, 1, 2]
    .map((variant) => composePitch(answers, { messages: composeEn, variant }).pitch)
    .join(' ')
  // (A verb phrase of the person's own is theirs: "And still we forget to hate my job." was said.)
  expect(said).toMatch(/I hate my job\./u)
  expect(said).not.toMatch(/forget to hate/u)
  // ("It's about this: no jobs here." opens the theme-first pitch; the story-first one, said
  // short, filled its time with "I can't stop thinking about it." and said the problem nowhere.)
  const plant = composePitch(
    {
      ...emptyAnswers(),
      situation: 'job',
      stage: 'vague',
      problem: 'no jobs here',
      affected: 'everybody in town',
      spark: 'plant closed. 22 years. got a letter',
      betterWorld: 'jobs',
      workOn: 'finding something',
    },
    { messages: composeEn, variant: 1 },
  )
  expect(plant.pitch).toMatch(/There are no jobs here\./u)
  // ("I think about that pallet count nobody a lot.")
  expect(said).not.toMatch(/count nobody\b(?! checked)/u)
  expect(readAnswer('i honestly dont know. something about banking apps', []).text).toBe(
    'something about banking apps',
  )
})

test('a doing still being decided is said as one, and a world with no verb is no "so that" clause', () => {
  const drafts = (answers: Partial<Answers>) =>
    [0, 1, 2].map((variant) =>
      composePitch(
        {
          ...emptyAnswers(),
          situation: 'business',
          stage: 'vague',
          problem: 'forms are too long',
          ...answers,
        },
        { messages: composeEn, variant },
      ),
    )
  // "Right now I'm maybe training for salons." was said.
  for (const d of drafts({
    workOn: 'maybe training for salons? not sure if its a business or what',
  })) {
    for (const text of [d.pitch, d.story, d.oneLiner]) {
      expect(text).not.toMatch(/I’m maybe/u)
      expect(text).not.toMatch(/not sure if/u)
    }
    expect(d.oneLiner).toMatch(/I’m thinking about training for salons/u)
  }
  // "I'm making a comic. Maybe a webtoon because I believe…" was the one-sentence why.
  for (const d of drafts({
    workOn: 'a comic?? maybe a webtoon',
    belief: 'caregivers are literally superheroes',
  })) {
    for (const text of [d.pitch, d.story, d.oneLiner]) {
      expect(text).toMatch(/a comic, maybe a webtoon\b/u)
      expect(text).not.toMatch(/Maybe a webtoon/u)
    }
  }
  // "…rewriting our forms so that one page, fixed ceiling." was the one-sentence why.
  for (const d of drafts({
    workOn: 'rewriting our forms',
    betterWorld: 'one page, fixed ceiling',
  })) {
    expect(d.oneLiner).not.toMatch(/so that one page/u)
  }
})

test('people named by an adjective alone are "the elderly"', () => {
  for (const variant of [0, 1, 2]) {
    const { pitch, story } = composePitch(
      {
        ...emptyAnswers(),
        situation: 'work-project',
        stage: 'vague',
        problem: 'heat',
        spark: '2022 heatwave',
        betterWorld: 'cooler streets',
        affected: 'elderly',
      },
      { messages: composeEn, variant },
    )
    for (const text of [pitch, story]) expect(text).not.toMatch(/(?:for|of|on) elderly\b/u)
  }
})

test('an -ing word that people do to something is not the word a pitch is about: "people facing eviction"', () => {
  // "For me, it's about facing. … That's facing." was inferred from two answers.
  const answers: Answers = {
    ...emptyAnswers(),
    situation: 'job',
    stage: 'vague',
    problem: 'legal help costs more than most families can pay',
    betterWorld: 'anyone facing eviction gets a lawyer as easily as they get a GP',
    forWhom: 'people facing eviction',
    workOn: 'working out what comes after corporate law',
  }
  for (const variant of [0, 1, 2]) {
    const { pitch, hook } = composePitch(answers, { messages: composeEn, variant })
    expect(`${hook} ${pitch}`).not.toMatch(/about facing|That’s facing/u)
  }
})

test('a moment typed as "when …" or as "-ing …" is told as a sentence, not left a fragment', () => {
  const when = allDrafts({
    ...worked,
    spark: 'when my neighbour Rose, 81, sent £900 to a man who said he was from her bank',
  })
  expect(when).toMatch(/It started when my neighbour Rose, 81, sent £900/u)
  const doing = allDrafts({
    ...worked,
    spark: 'watching my dad, a retired welder, try to read his own hospital discharge letter',
  })
  expect(doing).toMatch(/it started with watching my dad, a retired welder/u)
  expect(doing).not.toMatch(/(?:^|[.?!]\s)Watching my dad/u)
})

test('a moment typed as "remember …?" is told as the person remembers it', () => {
  const said = allDrafts({
    ...worked,
    spark: 'remember the girl who ate lunch in the toilets every day? nobody ever asked her name',
  })
  expect(said).toMatch(/I remember the girl who ate lunch in the toilets every day\./u)
})

test('a one-sentence why with little in it says what it is about', () => {
  const { oneLiner } = composePitch(
    {
      ...emptyAnswers(),
      situation: 'job',
      stage: 'vague',
      problem: 'burnout',
      workOn: 'something new',
      coreWord: 'enough',
    },
    { messages: composeEn },
  )
  expect(countWords(oneLiner)).toBeGreaterThanOrEqual(6)
  expect(oneLiner).toMatch(/enough/u)
})

test('a moment cut short never stops inside a quotation, and a lone "i" is a capital', () => {
  const spark =
    "a reader emailed me after a book signing: 'i read your chapter on grief in the car park and it was the first time since the funeral that i cried, and i mean properly cried for an hour'"
  const said = allDrafts({ ...worked, spark })
  expect(said).not.toMatch(/'i /u)
  for (const sentence of said.split(/(?<=[.!?])\s+/u)) {
    const opened = (sentence.match(/(?:^|\s)'/gu) ?? []).length
    const closed = (sentence.match(/'(?=[\s.,!?]|$)/gu) ?? []).length
    expect(opened, sentence).toBeLessThanOrEqual(closed)
  }
})

test('an answer typed to a stop mid-thought ends where the thought was whole', () => {
  const said = allDrafts({
    ...worked,
    spark:
      'I watched a cleaner at our Leeds site throw 30 lunches into the skip at 3pm and she said',
    problem: 'Carers stop going out because the day centres closed and they',
    belief: 'nobody should have to choose between',
  })
  expect(said).toMatch(/throw 30 lunches into the skip at 3pm\./u)
  expect(said).not.toMatch(/she said\.|and they\.|choose between\./u)
  // A thought that ends on its preposition is whole: kept as typed.
  const whole = allDrafts({ ...worked, theme: 'the places we can never go back to' })
  expect(whole).toMatch(/the places we can never go back to/u)
})

test('work the person is still deciding on is said as still being decided', () => {
  const said = allDrafts({ ...worked, situation: 'business', workOn: 'maybe a bike repair van' })
  expect(said).toMatch(/I’m thinking about a bike repair van/u)
  expect(said).not.toMatch(/building maybe/u)
})

test('work typed as "-ing …" says "I’m", whatever the words after it', () => {
  const said = allDrafts({
    ...worked,
    situation: 'work-project',
    workOn: 'Rolling out shorter delivery routes to 4 more depots in 2027',
  })
  expect(said).toMatch(/I’m rolling out shorter delivery routes/u)
  expect(said).not.toMatch(/(?:^|[.?!]\s)Rolling out/u)
})

test('capitals typed for emphasis or as text-speak are said as words; acronyms keep theirs', () => {
  const shouted = allDrafts({
    ...worked,
    spark: 'MY SISTER MISSED HER EXAM BC THE BUS NEVER CAME AND THE NHS APP WAS DOWN',
  })
  expect(shouted).toMatch(/because the bus never came/u)
  expect(shouted).toMatch(/NHS/u)
  const emphasis = allDrafts({
    ...worked,
    belief: 'good work can be fast and STILL safe',
    mistake: 'the council thinks a leaflet is enough for the ICU families',
  })
  expect(emphasis).toMatch(/fast and still safe/u)
  expect(emphasis).not.toMatch(/\bSTILL\b/u)
  expect(emphasis).toMatch(/ICU/u)
  expect(allDrafts({ ...worked, belief: 'a record aint the whole person' })).toMatch(
    /ain’t the whole person/u,
  )
})

test('a pitch says "For me," once, however its lines begin', () => {
  for (const variant of [0, 1, 2]) {
    const { pitch } = composePitch(
      {
        ...worked,
        coreWord: 'access',
        belief: 'being understood is a right, not a favour',
        spark: 'watching my dad sign to a receptionist who just kept talking louder',
      },
      { messages: composeEn, variant },
    )
    expect(pitch.match(/For me,/gu)?.length ?? 0, pitch).toBeLessThanOrEqual(1)
  }
})

test('a core word that is a quality of things is said as its noun; a state a person is in, as a feeling', () => {
  expect(allDrafts({ ...worked, coreWord: 'honest' })).toMatch(/It’s about honesty/u)
  expect(allDrafts({ ...worked, coreWord: 'honest' })).not.toMatch(/feeling honest/u)
  expect(allDrafts({ ...worked, coreWord: 'safe' })).toMatch(/It’s about feeling safe/u)
  expect(allDrafts({ ...worked, coreWord: 'heard' })).toMatch(/feeling heard/u)
})

test('a sentence typed after a number still starts with a capital', () => {
  const said = allDrafts({
    ...worked,
    spark: 'cleared out the kids wardrobes n filled 9 bin bags. 9. most still had tags on',
    mistake: 'we blame the patients. the rate is 11%. pts miss appts bc letters arrive late',
  })
  expect(said).toMatch(/9\. Most still had tags on/u)
  // (A clinic's "pts" are its patients, said in full since spent persona set 58.)
  expect(said).toMatch(/11%\. Patients miss appointments/u)
  expect(said).not.toMatch(/[.!?] \p{Ll}/u)
})

test('a moment typed as a past verb and a number gets its "I"', () => {
  const lost = allDrafts({
    ...worked,
    spark: 'Lost £63,000, my marriage and nearly my life by 2020',
  })
  expect(lost).toMatch(/I lost £63,000, my marriage/u)
  expect(lost).not.toMatch(/with lost £63,000/u)
  expect(
    allDrafts({ ...worked, spark: 'screened 40 men for prostate cancer in one week' }),
  ).toMatch(/I screened 40 men/u)
})

test('a lone plural typed as the mistake is a thing, not a verb', () => {
  const said = allDrafts({ ...worked, mistake: 'screens' })
  expect(said).not.toMatch(/is to screens/u)
  // (Nor is it the mistake itself: "The mistake we keep making is screens." blames them.)
  expect(said).toMatch(/We keep getting screens wrong\./u)
})

test('answers in another language keep one question: a question mark typed on the work goes', () => {
  const french = {
    ...worked,
    situation: 'business' as const,
    stage: 'vague' as const,
    problem: 'les gens a la campagne peuvent pas se payer une voiture electrique a 35000 euros',
    spark: 'un client retraité a pleuré dans mon garage quand sa 206 passait plus le controle',
    belief: 'on peut faire du neuf avec du vieux',
    mistake: "croire que l'ecologie c'est pour les riches des villes",
    betterWorld: 'tout le monde peut rouler propre sans se ruiner',
    forWhom: 'les ruraux',
    workOn: 'peut etre convertir des vieilles voitures en electrique ?',
    theme: 'pas etre laissé sur le bord de la route',
    coreWord: 'débrouille',
  }
  for (const variant of [0, 1, 2]) {
    const { pitch, story } = composePitch(french, { messages: composeEn, variant })
    expect(pitch.match(/\?/gu)?.length ?? 0, pitch).toBe(1)
    expect(story.match(/\?/gu)?.length ?? 0, story).toBe(1)
  }
})

test('who is better off is said without pointing back at the moment or the mistake', () => {
  const pointing = /(?:It|That) would (?:change things|make life better|change everything) for/u
  for (const variant of [0, 1, 2]) {
    const { pitch, story } = composePitch(
      { ...worked, betterWorld: '' },
      { messages: composeEn, variant },
    )
    expect(`${pitch} ${story}`).not.toMatch(pointing)
    expect(`${pitch} ${story}`).toMatch(/people who never went to college/u)
  }
  // Right after the better world, "it" has something to point at.
  const { pitch } = composePitch(worked, { messages: composeEn, variant: 0 })
  expect(pitch).toMatch(
    /hired for it\. (?:It would change things|It would make life better|That would change everything) for people who never went/u,
  )
})

test('text-speak is said as the words it stands for; names, times and signs in names stay', () => {
  const said = allDrafts({
    ...worked,
    spark:
      'my flatmate is blind n i watched her try to order groceries for 40 mins bc the button had no label. idk why it hit me',
    theme: 'wanting to do things urself w/o asking',
    problem: 'retail ppl are rly good w numbers but no1 in tech takes us srsly tbh',
    belief: 'if u can run a till on xmas eve u can run a dashboard',
    betterWorld: 'any1 can use any site without asking for help',
    mistake: 'proving u r more than ur job title is on us, not on ur manager',
  })
  expect(said).toMatch(/blind and I watched her/u)
  expect(said).toMatch(/for 40 minutes because/u)
  expect(said).toMatch(/I don’t know why it hit me/u)
  expect(said).toMatch(/do things yourself without asking/u)
  expect(said).toMatch(/really good with numbers but no one in tech takes us seriously/u)
  expect(said).toMatch(/Christmas Eve/u)
  expect(said).toMatch(/anyone can use any site/u)
  expect(said).toMatch(/more than your job title/u)
  expect(said).not.toMatch(/\b(?:n|w|urself|any1|no1|rly|srsly|tbh|idk|xmas|you’re job)\b/iu)
  const kept = allDrafts({
    ...worked,
    spark: '0217 hrs, a call came in. I was at Hollister & Reyes then, with a 2 min break',
  })
  expect(kept).toMatch(/0217 hrs/u)
  expect(kept).toMatch(/Hollister & Reyes/u)
  expect(kept).toMatch(/a 2-minute break/u)
})

test('a moment and a reason typed without their "I" get it; "started with" gets its "it"', () => {
  const said = allDrafts({
    ...worked,
    spark: 'lost my cousin jerome in 2019. started with a bad winter',
    whyNow: 'finished my google cert in aug, 3 interviews so far',
  })
  expect(said).toMatch(/I lost my cousin/u)
  expect(said).toMatch(/It started with a bad winter/u)
  expect(
    allDrafts({ ...worked, spark: 'sat in on a call with a claimant who cried on Q14' }),
  ).toMatch(/I sat in on a call/u)
  const story = [0, 1, 2]
    .map(
      (variant) =>
        composePitch(
          { ...worked, whyNow: 'finished my google cert in aug' },
          { messages: composeEn, variant },
        ).story,
    )
    .join(' ')
  expect(story).toMatch(/I finished my google cert/iu)
  // A state stays as typed: "stuck in traffic" is no action.
  expect(
    allDrafts({ ...worked, spark: 'stuck in traffic for 2 hours while the clinic closed' }),
  ).not.toMatch(/I stuck/u)
})

test('work that is an outcome still sought is said as sought; things named in the plural are worked on', () => {
  const job = allDrafts({ ...worked, workOn: 'landing a junior data analyst job' })
  expect(job).toMatch(/trying to land a junior data analyst job/u)
  expect(job).not.toMatch(/I’m landing/u)
  expect(allDrafts({ ...worked, workOn: 'finding a good firm' })).toMatch(
    /looking for a good firm/u,
  )
  const things = allDrafts({
    ...worked,
    situation: 'business',
    workOn: 'honey and beeswax candles',
  })
  expect(things).toMatch(/working on honey and beeswax candles/u)
  expect(things).not.toMatch(/building honey/u)
  expect(allDrafts({ ...worked, situation: 'business', workOn: 'a repair café' })).toMatch(
    /building a repair café/u,
  )
})

test('a first name typed in lower case after "called" or "my cousin" gets its capital; words that are names too stay words', () => {
  const said = allDrafts({
    ...worked,
    spark: 'a lad called kieran told me on google that my cousin jerome had gone',
    theme: 'having a buddy who shows you the clay',
  })
  expect(said).toMatch(/my cousin Jerome/u)
  expect(said).toMatch(/lad called Kieran/u)
  expect(said).toMatch(/on Google/u)
  expect(said).toMatch(/a buddy who shows you the clay/u)
})

test('with no theme to say, the shared line and the question name the core word instead of "there" and "that"', () => {
  for (const variant of [0, 1, 2]) {
    const { pitch } = composePitch(
      { ...worked, theme: '', coreWord: 'trust' },
      { messages: composeEn, variant },
    )
    expect(pitch, pitch).not.toMatch(/We’ve all been there\.|We’ve all felt it|feel that yourself/u)
    expect(pitch, pitch).toMatch(/trust/u)
  }
  const state = [0, 1, 2]
    .map(
      (variant) =>
        composePitch(
          { ...worked, theme: '', coreWord: 'being seen' },
          { messages: composeEn, variant },
        ).pitch,
    )
    .join(' ')
  expect(state).not.toMatch(/last be seen/u)
})

test('a better world typed as a scene is said as one to see; a word or two as what is worked towards', () => {
  const scene = allDrafts({
    ...worked,
    betterWorld:
      'every kid drinking safe water from the tap without anyone having to think about it',
  })
  expect(scene).toMatch(/I want to see every kid drinking safe water/u)
  expect(scene).not.toMatch(/a world where every kid drinking/u)
  expect(allDrafts({ ...worked, betterWorld: 'muddy hands' })).toMatch(
    /I’m working towards muddy hands/u,
  )
})

test('a theme named as a thing is something we know about, share or have a story of, never "we all know" it', () => {
  const said = allDrafts({ ...worked, theme: 'the words we didn’t learn in time' })
  expect(said).not.toMatch(/We all know the words|We’ve all seen the words/u)
  expect(said).toMatch(/the words we didn’t learn in time/u)
  expect(said).not.toMatch(/it chose me/u)
})

test('work typed as an -ing word before a bare noun is worked on, never "I’m bookkeeping business"', () => {
  const said = allDrafts({
    ...worked,
    situation: 'business',
    workOn: 'bookkeeping business for market traders',
  })
  // (One business, said with its article since 2026-12-07.)
  expect(said).toMatch(/working on a bookkeeping business for market traders/u)
  expect(said).not.toMatch(/I’m bookkeeping/u)
  expect(allDrafts({ ...worked, workOn: 'fixing bikes for kids on the estate' })).toMatch(
    /I’m fixing bikes for kids/u,
  )
})

test('signs nobody says aloud are said as words: slashes, "=", "~", "#1", an age in brackets, "£££"', () => {
  const said = allDrafts({
    ...worked,
    spark: 'Mrs Aldridge (91) rehomed her spaniel and got ~200 letters. £££',
    mistake: 'thinking secondhand = scruffy',
    affected: 'wheelchair users / parents with buggies / anyone with luggage',
    problem: 'falls are the #1 reason over 65s end up in hospital',
    workOn: 'a QA / software tester role',
  })
  expect(said).toMatch(/Mrs Aldridge, 91, rehomed/u)
  expect(said).toMatch(/about 200 letters/u)
  expect(said).toMatch(/secondhand means scruffy/u)
  expect(said).toMatch(/number 1 reason/u)
  expect(said).toMatch(/QA or software tester role/u)
  expect(said).not.toMatch(/ \/ | = |~|#|£££|\(91\)/u)
})

test('a thought that ends on a relative clause or a stranded preposition after a verb is whole', () => {
  const said = allDrafts({
    ...worked,
    belief: 'a language is a house you can still walk into',
    theme: 'saying the thing nobody says',
    mistake: 'thinking the barber chair is the safest place a man has',
  })
  expect(said).toMatch(/a house you can still walk into/u)
  expect(said).toMatch(/the thing nobody says/u)
  expect(said).toMatch(/the safest place a man has/u)
  // …while "she said" typed at the end still stops where the thought was whole.
  expect(
    allDrafts({
      ...worked,
      spark: 'I watched a cleaner throw 30 lunches into the skip and she said',
    }),
  ).not.toMatch(/she said\./u)
})

test('a belief with a quantified subject is a whole sentence; a theme typed with "it’s really about" loses the lead-in', () => {
  const said = allDrafts({
    ...worked,
    belief: 'Most reoffending begins at the prison gate, not in the person.',
    theme: "it's really about the courage to start again",
  })
  expect(said).toMatch(/I believe most reoffending begins at the prison gate/u)
  expect(said).not.toMatch(/believe in most/u)
  expect(said).not.toMatch(/it's really about the courage/u)
  expect(said).toMatch(/the courage to start again/u)
})

test('what the person is doing is said in the theme-first and story-first pitches, before who it is for', () => {
  const answers = {
    ...worked,
    workOn: 'a training kitchen for people leaving prison',
    forWhom: 'guys like Joey',
  }
  for (const variant of [0, 1]) {
    const { pitch } = composePitch(answers, { messages: composeEn, variant })
    expect(pitch).toMatch(/training kitchen for people leaving prison/u)
    const work = pitch.indexOf('training kitchen')
    const whom = pitch.indexOf('guys like Joey')
    if (whom >= 0) expect(work).toBeLessThan(whom)
  }
})

test('a moment told short keeps its turn, not only its set-up', () => {
  const { pitch } = composePitch(
    {
      ...worked,
      spark:
        'My cousin Joey did 4 years for something stupid he did at 20. Came out, applied to 60 jobs. Got one callback, for a night shift they cancelled. I hired him to scrub pans. He runs my ovens now.',
    },
    { messages: composeEn, variant: 0 },
  )
  expect(pitch).toMatch(/My cousin Joey did 4 years/u)
  expect(pitch).toMatch(/He runs my ovens now\./u)
})

test('a last line that only says when is background, not the turn of the moment', () => {
  const { pitch } = composePitch(
    {
      ...worked,
      spark:
        'My uncle Hai in Cà Mau have one shrimp pond. In 2018 the truck is late 1 day and he lose all harvest, 30% of his year income. I see him sit on the dock and not speak whole evening. I was engineering student at that time.',
    },
    { messages: composeEn, variant: 0 },
  )
  expect(pitch).toMatch(/My uncle Hai in Cà Mau have one shrimp pond\./u)
  // (Told after the set-up with its middle gone, "at that time" pointed at nothing.)
  expect(pitch).not.toMatch(/at that time/u)
  expect(pitch).toMatch(/I see him sit on the dock/u)
})

test('a turn whose "they" was in the lines left out is not told after the set-up alone', () => {
  const said = allDrafts({
    ...worked,
    spark:
      "In July 2023 I waded through knee-deep water to get my niece home from school. A week later a group of teenagers from her street cleared one drain by hand in an afternoon and the water went down within the hour! I stood there thinking: they just did what the council hasn't done in ten years.",
  })
  expect(said).toMatch(/I waded through knee-deep water/u)
  // (Right after the niece, "they" were the teenagers no one had heard of.)
  expect(said).not.toMatch(/school\. I stood there thinking: they/u)
})

test('a word inside a hyphenated one gives the core word no article', () => {
  // ("What does a shade mean to you?" came from "a shade-first bus stop program".)
  const said = allDrafts({
    ...worked,
    coreWord: 'shade',
    workOn: 'a shade-first bus stop program for the city',
  })
  expect(said).not.toMatch(/\ba shade\b(?!-)/u)
})

test('a saying told as a command and its reward is said as a condition after "I believe"', () => {
  const said = allDrafts({
    ...worked,
    belief: "look after your apprentice and he'll look after your business for 30 years",
  })
  expect(said).toMatch(/if you look after your apprentice, he'll look after your business/u)
  expect(said).not.toMatch(/believe look after/u)
})

test('a turn that opens on a word or two with no verb is not told without the line it answers', () => {
  const said = allDrafts({
    ...worked,
    spark:
      "Got out of the Army in 2022 and couldn't get hired as anything but an EMT-B because my Army training \"didn't transfer\". Then I rode along on a call in Bladen County where we drove 58 minutes with a guy having a heart attack. He made it. Barely. That's when I stopped being mad about the paperwork and started being mad about the miles.",
  })
  expect(said).not.toMatch(/transfer"\. Barely\./u)
})

test('a core word the theme makes a doing is said as that doing, not as a quality', () => {
  // ("last" with "making good things last" was "It's about being last.", the opposite.)
  const last = allDrafts({ ...worked, theme: 'making good things last', coreWord: 'last' })
  expect(last).toMatch(/about lasting/u)
  expect(last).not.toMatch(/being last/u)
  // …a quality felt or had stays one.
  expect(allDrafts({ ...worked, theme: 'helping kids feel brave', coreWord: 'brave' })).not.toMatch(
    /braving/u,
  )
})

test('a turn with "her" or "him" inside it is not told after a set-up that names no one', () => {
  const said = allDrafts({
    ...worked,
    spark:
      'My truck park every Tuesday at Bellaire. 2022 one old man, Bác Tư, come every week, order one bowl pho, sit 3 hour, talk to everybody. One Tuesday he not come. Next week his daughter come and say he pass away, alone in apartment. I give her free bowl and we both cry.',
  })
  // (Right after the truck, "her" was the daughter no one had heard of.)
  expect(said).not.toMatch(/Bellaire\. I give her/u)
})

test('an -ing phrase after the people says what they do; it is no second group', () => {
  const said = allDrafts({
    ...worked,
    affected: 'Families on wells, drinking water they trust because it was always good water',
    forWhom: '',
  })
  expect(said).toMatch(/families on wells, drinking water they trust/u)
  expect(said).not.toMatch(/families on wells and drinking water/u)
  expect(allDrafts({ ...worked, affected: 'carers, working parents', forWhom: '' })).toMatch(
    /carers and working parents/u,
  )
  expect(allDrafts({ ...worked, affected: 'fish, otters, fishing towns', forWhom: '' })).toMatch(
    /fish, otters and fishing towns/u,
  )
})

test('with no word or theme, a problem told of the teller is where they come from, not a "this" we all share', () => {
  const bare: Answers = {
    ...worked,
    situation: 'job',
    stage: 'vague',
    coreWord: '',
    theme: '',
    spark: '',
    forWhom: '',
    affected: '',
    whyNow: '',
    belief: '',
    mistake: '',
    betterWorld: '',
    workOn: 'a new job',
  }
  const own = composePitch(
    { ...bare, problem: "I've done HR for 15 years" },
    { messages: composeEn, variant: 0 },
  )
  expect(own.hook).toBe("It’s about where I’m coming from: I've done HR for 15 years.")
  // ("It's about this: I've done HR for 15 years. We've all been there." said every listener had.)
  expect(own.pitch).not.toMatch(/We’ve all been there/u)
  // …and asks about that someone, not "When did you last feel that yourself?".
  expect(own.pitch).toMatch(/know someone in the same place\. Who [^?.]+\?/u)
  expect(own.pitch).not.toMatch(/feel that yourself/u)
  expect(own.pitch).toMatch(/And that’s where I’m coming from\.$/u)
  // What the person hates or feels is said as what they see.
  const seen = composePitch(
    { ...bare, problem: 'I hate that cheap jewellery is made by kids somewhere' },
    { messages: composeEn, variant: 0 },
  )
  expect(seen.hook).toBe('It’s about this: cheap jewellery is made by kids somewhere.')
})

test('a name given in one answer is a name in every answer; a person noun as the core word is said in the plural', () => {
  const said = allDrafts({
    ...worked,
    spark: 'i had a kid last summer named tyler, 19, sharp as a tack. he quit after 3 weeks',
    forWhom: 'kids like tyler',
    coreWord: 'mentor',
  })
  expect(said).toMatch(/kids like Tyler/u)
  expect(said).not.toMatch(/kids like tyler/u)
  expect(said).toMatch(/about mentors/u)
  expect(said).not.toMatch(/about mentor\b/u)
  expect(said).not.toMatch(/comes back to comeback/u)
  expect(allDrafts({ ...worked, coreWord: 'comeback' })).not.toMatch(/comes back to comeback/u)
})

test('a principle as the theme is asked about as something seen, and a number after a comma is not one more group', () => {
  const answers = {
    ...worked,
    theme: 'nobody should learn hungry',
    affected: 'kids on free lunch, about 60% of our school',
    forWhom: '',
  }
  const said = allDrafts(answers)
  expect(said).not.toMatch(/nobody should learn hungry\. When did you last feel that yourself/u)
  expect(said).toMatch(/kids on free lunch, about 60% of our school/u)
  expect(said).not.toMatch(/free lunch and about 60%/u)
})

test('the first invitation names what the person asked for; a request or their own job hunt is left to the stage’s line', () => {
  const invitationOf = (asks: string[], stage: Answers['stage']) =>
    composePitch(
      { ...worked, stage, asks },
      { messages: composeEn, variant: 0, invitationVariant: 0 },
    ).invitation
  expect(invitationOf(['experts to invite', 'a SPONSOR for the open day'], 'convening')).toBe(
    'I’m bringing people together on this, and I’m looking for experts to invite and a sponsor for the open day. Who comes to mind?',
  )
  expect(invitationOf(['somebody to talk it thru with'], 'vague')).toMatch(
    /I’m looking for somebody to talk it through with\. What comes to mind\?$/u,
  )
  // ("someone whos run a cafe to sanity check me" was dropped as a request: spent set 41's board
  // game cafe. A Filipino "po" is said to the reader, not asked for.)
  expect(invitationOf(['someone whos run a cafe to sanity check me tbh'], 'vague')).toMatch(
    /I’m looking for someone who’s run a cafe to sanity check me\. What comes to mind\?$/u,
  )
  expect(invitationOf(['someone who can advise me po'], 'vague')).toMatch(
    /I’m looking for someone who can advise me\. What comes to mind\?$/u,
  )
  const stock = en.stages.growing.invitations[0]
  expect(invitationOf(['warm intros to hiring managers'], 'growing')).toBe(stock)
  expect(invitationOf(['kindly connect me with QA leads'], 'growing')).toBe(stock)
  // The other invitations stay as they were.
  expect(
    composePitch(
      { ...worked, stage: 'growing', asks: ['experts'] },
      { messages: composeEn, variant: 0, invitationVariant: 1 },
    ).invitation,
  ).toBe(en.stages.growing.invitations[1])
})

test('a quotation the turn answers is told with it; "not having to face it alone" is said as not being alone', () => {
  const { pitch } = composePitch(
    {
      ...worked,
      spark:
        'A scaffolder called Darren came in last week. He had been on our list since 2023. By the time he got to me he had lost his job. He said "if I had seen you a year ago I would still be working." He is right.',
    },
    { messages: composeEn, variant: 0 },
  )
  expect(pitch).not.toMatch(/came in last week\. He is right/u)
  const alone = allDrafts({ ...worked, coreWord: 'alone', theme: 'not having to face it alone' })
  expect(alone).toMatch(/about not being alone/u)
  expect(alone).not.toMatch(/feeling alone/u)
})

test('words quoted in single quotes with an apostrophe inside are a quotation; a place named is no one a "his" can point at', () => {
  const persona = (set: readonly Persona[], id: string) => {
    const found = set.find((each) => each.id === id)
    if (!found) throw new Error(`no persona ${id}`)
    return found.answers
  }
  // "At the reception she told a table of strangers, 'I've not felt this useful since 1980.' Three
  // of them asked for her number.": the strangers the last line speaks of come with the quotation.
  const isa = persona(PERSONAS_HELD_OUT_13, 'h13-p-second-stitch-glasgow')
  const storyFirst = composePitch(isa, { messages: composeEn, variant: 1 }).pitch
  expect(storyFirst).toMatch(/strangers, 'I've not felt this useful since 1980\.' Three of them/u)
  // "15 yrs with Denver PD." then "His mom ran out…": whose mom was in the line left out.
  const call = persona(PERSONAS_HELD_OUT_20, 'h20-p-mike-cop-to-crisis-worker')
  for (const variant of [0, 1, 2]) {
    const { pitch, story } = composePitch(call, { messages: composeEn, variant })
    for (const text of [pitch, story]) expect(text).not.toMatch(/Denver PD\. His mom/u)
  }
})

test('the stock "for the people who live with it" gives way to the moment told to its turn', () => {
  // The nurse's words were cut for "It would make life better for the people who live with it."
  // (Since the story-first opening with no word, theme or problem says "That moment stayed with
  // me.", there is room for both: the moment is told to its turn, and the stock line after it.)
  const gig = PERSONAS_HELD_OUT_23.find((p) => p.id === 'h23-p-musician-wants-stable-job')?.answers
  if (gig === undefined) throw new Error('persona missing')
  const storyFirst = composePitch(gig, { messages: composeEn, variant: 1 }).pitch
  expect(storyFirst).toMatch(
    /the nurse said baby that’s the first time he’s done anything all year\./u,
  )
})

test('what the person is doing is said in each opening in its own words, and a theme lands differently in each', () => {
  const answers = {
    ...worked,
    coreWord: '',
    theme: 'waiting while things get worse',
    workOn: 'group exercise classes for people on the waiting list',
  }
  const pitches = [0, 1, 2].map(
    (variant) => composePitch(answers, { messages: composeEn, variant }).pitch,
  )
  for (const pitch of pitches) expect(pitch).toMatch(/group exercise classes/u)
  const landings = pitches.map((pitch) => pitch.split(/(?<=[.?!])\s+/u).at(-1))
  expect(new Set(landings).size).toBe(3)
})

test('why now is said as a deadline when it is one, and as news of the work when it is that', () => {
  const storyWith = (whyNow: string) =>
    composePitch({ ...worked, whyNow }, { messages: composeEn, variant: 0 }).story
  expect(storyWith('we just closed our Series A and have 400 paying customers')).toMatch(
    /And here’s where it stands: we just closed our Series A/u,
  )
  expect(
    storyWith('the building has been sold and the basement will be cleared in the spring'),
  ).toMatch(/And it can’t wait: the building has been sold/u)
  expect(storyWith('we got phished in August, 40 accounts')).toMatch(
    /And it can’t wait: we got phished/u,
  )
  // A reason that is no deadline is not said as one.
  const reason = storyWith('I RETIRED AND I HAVE TIME AND THE CHURCH HAS A KITCHEN')
  expect(reason).toMatch(/And now is the time: I retired and I have time/u)
  expect(reason).not.toMatch(/can’t wait/u)
})

test('the hook says a theme typed as a sentence; the question-first answer is not echoed by the shared line', () => {
  const answers = { ...worked, coreWord: 'dignity', theme: 'nobody should learn hungry' }
  expect(composePitch(answers, { messages: composeEn, variant: 0 }).hook).toBe(
    'It’s about dignity: nobody should learn hungry.',
  )
  const typedQuestion = {
    ...worked,
    coreWord: 'pride',
    theme: '',
    belief: 'Why do we stop asking old people what they know?',
  }
  const { pitch } = composePitch(typedQuestion, { messages: composeEn, variant: 2 })
  expect(pitch).not.toMatch(/comes down to pride\. We all have our own story of pride/u)
})

test('a thing as the core word takes the article the person gave it; an idea stays bare', () => {
  const ladder = allDrafts({
    ...worked,
    coreWord: 'ladder',
    spark: 'Nobody held the ladder for me when I started at the yard.',
  })
  expect(ladder).toMatch(/about the ladder/u)
  const home = allDrafts({ ...worked, coreWord: 'home', spark: 'We finally found a home in 2019.' })
  expect(home).toMatch(/about home/u)
  expect(home).not.toMatch(/about a home/u)
})

test('a belief said with "maybe that" is said as a belief, and an -ing adjective can open it', () => {
  const said = allDrafts({
    ...worked,
    belief: 'maybe that boring finance people can actually help with climate',
  })
  expect(said).toMatch(/I believe boring finance people can actually help with climate/u)
  expect(said).not.toMatch(/believe in (?:maybe|boring)/u)
})

test('spoken fillers, text-speak and asides about the answer are not said; the answer is', () => {
  const said = allDrafts({
    ...worked,
    problem: 'like half our tickets are people who were never shown how to use the tools',
    mistake: 'gyms are scary af for people who need them (is that too vague)',
    belief: 'authenticity > reach (sorry that sounds like linkedin)',
    spark: 'idk exactly. its something about water and nobody my age talks about it. like at all.',
  })
  expect(said).toMatch(/Half our tickets are people/u)
  expect(said).not.toMatch(/\blike half\b/iu)
  expect(said).not.toMatch(/\baf\b|too vague|linkedin|>|\bexactly\b/iu)
  expect(said).toMatch(/authenticity over reach/u)
  expect(said).toMatch(/It’s something about water/u)
  expect(said).toMatch(/talks about it at all\./u)
})

test('a guess said after who it is for is not said, but a thought left on "and maybe" is not cut to "and"', () => {
  const said = allDrafts({ ...worked, forWhom: 'small shops maybe', affected: '' })
  expect(said).toMatch(/small shops/u)
  expect(said).not.toMatch(/small shops maybe/u)
  const open = allDrafts({
    ...worked,
    betterWorld: 'fishers and scientists at the same table and maybe',
  })
  expect(open).not.toMatch(/table and\./u)
})

test('a turn that only points back ("I never forgot it") is not told without the line it points to', () => {
  for (const variant of [0, 1, 2]) {
    const { pitch } = composePitch(
      {
        ...worked,
        spark:
          'I DROVE THE 17 FOR 31 YEARS. ONE WINTER A LADY RODE TO THE END OF THE LINE AND BACK TWICE BECAUSE THE BUS WAS WARM AND SHE HAD NOT EATEN. I NEVER FORGOT IT',
      },
      { messages: composeEn, variant },
    )
    if (/I never forgot it/u.test(pitch)) expect(pitch).toMatch(/a lady rode/u)
    expect(pitch).not.toMatch(/31 years\. I never forgot it/u)
  }
})

test('an -ing word before the kind of gathering it names is what the gathering is about', () => {
  const said = allDrafts({ ...worked, workOn: 'reading classes in Louisiana prisons' })
  expect(said).toMatch(/working on reading classes in Louisiana prisons/u)
  expect(said).not.toMatch(/I’m reading classes/u)
})

test('a better world that names someone doing something is wanted as a world, with their name', () => {
  const amal = allDrafts({ ...worked, betterWorld: 'Amal drives to her hospital job.' })
  expect(amal).toMatch(/I want a world where Amal drives to her hospital job\./u)
  expect(amal).not.toMatch(/I want to see amal/iu)
  const engineers = allDrafts({
    ...worked,
    betterWorld: 'engineers sleep through the night and stay',
  })
  expect(engineers).not.toMatch(/I want us to engineers/u)
  expect(allDrafts({ ...worked, betterWorld: 'muddy hands' })).not.toMatch(/where muddy hands/u)
})

test('a belief that opens on "what" is believed as a clause; a problem typed as a want is not something to change', () => {
  expect(allDrafts({ ...worked, belief: 'What gets seen gets fixed.' })).toMatch(
    /I believe that what gets seen gets fixed\./u,
  )
  const { oneLiner } = composePitch(
    {
      ...worked,
      workOn: '',
      betterWorld: '',
      problem: 'i want to start a food truck but its not just about food',
    },
    { messages: composeEn },
  )
  expect(oneLiner).not.toMatch(/I want to change that/u)
})

test('an ask is said as what is looked for: no tag or emoji, "talk to someone" as someone to talk to', () => {
  const invitation = (asks: string[]) =>
    composePitch({ ...worked, asks, stage: 'vague' }, { messages: composeEn }).invitation
  expect(invitation(['customers who care #refillrevolution 💚'])).toMatch(
    /looking for customers who care\./u,
  )
  expect(invitation(['talk to someone'])).toMatch(/looking for someone to talk to\./u)
  expect(invitation(['someone to talk too'])).toMatch(/someone to talk to\./u)
})

test('a core word the theme says in a phrase is said as that phrase; an -ing core word is the doing', () => {
  const together = allDrafts({ ...worked, coreWord: 'together', theme: 'standing together' })
  expect(together).toMatch(/about standing together/u)
  expect(together).not.toMatch(/feel(?:ing)? together/u)
  const knowing = allDrafts({ ...worked, coreWord: 'knowing', theme: 'what we forget to ask' })
  expect(knowing).toMatch(/about knowing/u)
  expect(knowing).not.toMatch(/feel(?:ing)? knowing/u)
})

test('weeks, management and birthdays typed short are said in full', () => {
  const said = allDrafts({
    ...worked,
    spark: 'he sat in my chair 2 wks before my bday and said he was fine',
    whyNow: 'mgmt finally gave me 3 months to test it',
  })
  expect(said).toMatch(/2 weeks before my birthday/u)
  expect(said).toMatch(/management finally gave me/u)
  expect(said).not.toMatch(/\b(?:wks|mgmt|bday)\b/u)
})

test('different people get different phrasings of the opening, the landing and the question', () => {
  const cores = ['home', 'trust', 'voice', 'care', 'dignity', 'freedom', 'belonging', 'respect']
  const pitches = cores.map(
    (coreWord) => composePitch({ ...worked, coreWord }, { messages: composeEn, variant: 1 }).pitch,
  )
  const opens = new Set(
    pitches.map((p) => /That’s why|That stayed with me|Since then/u.exec(p)?.[0]),
  )
  expect(opens.size).toBeGreaterThan(1)
  expect(pitches.some((p) => /Who first showed you what \w+ means\?/u.test(p))).toBe(true)
  expect(pitches.some((p) => /make the difference\?/u.test(p))).toBe(true)
  // Each person keeps their own phrasing from one draft to the next.
  expect(
    composePitch({ ...worked, coreWord: 'home' }, { messages: composeEn, variant: 1 }).pitch,
  ).toBe(pitches[0])
})

test('a sentence after a price in pounds and pence starts with a capital', () => {
  const said = allDrafts({
    ...worked,
    spark:
      '2020 wool cheque was 30p a fleece. paid the shearer £1.50. me dad said, lad, we’re paying to farm now',
  })
  expect(said).toMatch(/£1\.50\. Me dad said/u)
})

test('what the person is doing, named with its capitals, is no verb', () => {
  const said = allDrafts({ ...worked, workOn: 'Fell Fleece wool insulation' })
  expect(said).toMatch(/working on Fell Fleece wool insulation/u)
  expect(said).not.toMatch(/want to Fell/u)
})

test('hedges a person types around an answer are not said: "maybe that", "idk", "i guess", "like 3", "um"', () => {
  const said = allDrafts({
    ...worked,
    problem:
      'idk exactly, maybe that phds are trained for like one job that basically doesnt exist anymore',
    spark:
      'maybe when my advisor told me i was wasting my talent for wanting to leave. idk it stuck with me',
    forWhom: 'grad students i guess, esp first gen ones',
    affected: 'teenagers i guess',
    whyNow: 'we waited like 3 hours and um nobody came',
  })
  expect(said).toMatch(/PhDs are trained for one job/u)
  expect(said).toMatch(/I remember when my advisor told me/u)
  expect(said).toMatch(/It stuck with me\./u)
  expect(said).toMatch(/grad students, especially first gen ones/u)
  expect(said).not.toMatch(/\b(?:maybe that|idk|i guess|like one|like 3|um)\b/iu)
})

test('a mistake typed as "that …" is what we wrongly believe, never said as a fact', () => {
  const believed = allDrafts({
    ...worked,
    mistake: 'idk, that academia is the only real use of a phd',
  })
  expect(believed).toMatch(/We keep telling ourselves academia is the only real use of a PhD\./u)
  expect(believed).not.toMatch(/(?:^|\. )(?:That a|A)cademia is the only/u)
  const owned = allDrafts({ ...worked, mistake: 'maybe that we think the law protects everyone' })
  expect(owned).toMatch(/We think the law protects everyone\./u)
})

test('"something with …" as what the person does is still being decided, never "I’m something"', () => {
  const said = allDrafts({ ...worked, workOn: 'idk yet. something with media literacy maybe' })
  expect(said).toMatch(/thinking about something with media literacy\./u)
  expect(said).not.toMatch(/I’m something|literacy maybe/u)
  const felt = allDrafts({ ...worked, problem: 'something about the chromebooks' })
  expect(felt).toMatch(/Something about the chromebooks won’t leave me alone\./u)
  const job = allDrafts({ ...worked, situation: 'job', workOn: 'something else' })
  expect(job).toMatch(/looking for something else/u)
})

test('a project named with capitals after an -ing word is worked on, not done', () => {
  const said = allDrafts({
    ...worked,
    workOn: 'Reading Buddies Cymru, pairing retired people with children who struggle to read',
  })
  expect(said).toMatch(/working on Reading Buddies Cymru/u)
  expect(said).not.toMatch(/I’m Reading Buddies/u)
})

test('a moment told short keeps its turn even when the turn takes fifteen words', () => {
  const { pitch } = composePitch(
    {
      ...worked,
      spark:
        'A boy called Rhys pretended to have lost his glasses every single reading lesson for a term. When I finally sat with him after school he cried and said he was thick like his dad. He was not thick. He could not decode. Six months of one-to-one reading and he was reading Roald Dahl to his little sister.',
    },
    { messages: composeEn, variant: 1 },
  )
  expect(pitch).toMatch(/reading Roald Dahl to his little sister/u)
})

test('punctuation said to a dictation app is written, not said; "period education" stays a word', () => {
  const said = allDrafts({
    ...worked,
    forWhom: 'drivers comma their families comma and everybody else on the road',
    spark: 'she was sleeping in her coat and hat period i brought her a space heater',
    problem: "there's no safe place to park at night period truckers end up on the shoulder period",
  })
  expect(said).toMatch(/drivers, their families, and everybody else on the road/u)
  expect(said).toMatch(/in her coat and hat\. I brought her/u)
  expect(said).toMatch(/There's no safe place to park at night\./u)
  expect(said).not.toMatch(/\b(?:comma|period)\b|forget to there/iu)
  const word = allDrafts({ ...worked, workOn: 'reusable pad kits and period education' })
  expect(word).toMatch(/pad kits and period education/u)
})

test('a theme asked of all of us is the pitch’s one question, before a belief typed as a question', () => {
  const { pitch } = composePitch(
    {
      ...worked,
      theme: "ain't we all just waiting for somebody to listen?",
      belief: 'what if every kid had one adult who said keep going?',
    },
    { messages: composeEn, variant: 0 },
  )
  expect(pitch).toMatch(/Ain't we all just waiting for somebody to listen\?/u)
  expect(pitch.match(/\?/gu)).toHaveLength(1)
})

test('a novel is written and an album recorded; a one-word thing is the one meant; a possessive name is worked on', () => {
  const creative = { ...worked, situation: 'creative' as const }
  expect(allDrafts({ ...creative, workOn: 'a novel called The New Nurse' })).toMatch(
    /I’m writing a novel called The New Nurse/u,
  )
  expect(allDrafts({ ...creative, workOn: 'an album of songs from care homes' })).toMatch(
    /I’m recording an album of songs/u,
  )
  expect(allDrafts({ ...creative, workOn: 'a photo book of Cairo rooftops' })).not.toMatch(
    /writing a photo book/u,
  )
  expect(allDrafts({ ...worked, workOn: 'store' })).toMatch(/working on the store\./u)
  const named = allDrafts({
    ...worked,
    workOn: "Someone's Corner, lifelong mentors for care leavers",
  })
  expect(named).toMatch(/working on Someone's Corner/u)
  expect(named).not.toMatch(/want to Someone/u)
})

test('a pasted heading owned by its writers ("Our story:") is not said', () => {
  const said = allDrafts({
    ...worked,
    spark: 'OUR STORY: It started in 2021 when our founder watched a neighbour lose her shop.',
    problem: 'ABOUT US: Plate Up exists because one in five families here goes hungry.',
  })
  expect(said).not.toMatch(/Our story|About us/iu)
  expect(said).toMatch(/It started in 2021/u)
})

test('answers in a language the composer writes get its own lines in that language, the invitation too', () => {
  const spanish: Answers = {
    ...worked,
    stage: 'convening',
    problem: 'Las recetas de las abuelas se están perdiendo porque nadie las escribe.',
    spark: 'Mi abuela Teodora hacía un mole negro que nadie supo repetir después de que murió.',
    belief: 'Creo que la cocina es la memoria de un pueblo.',
    betterWorld: 'Que cada familia pueda cocinar lo que cocinaban sus abuelas.',
    forWhom: 'Los nietos.',
    workOn: 'Un libro de recetas y voces de las abuelas de la sierra.',
    theme: 'No querer olvidar de dónde venimos.',
    coreWord: 'memoria',
    asks: ['cocineras tradicionales que quieran participar', 'una editorial que lo publique'],
  }
  for (const variant of [0, 1, 2]) {
    const drafts = composePitch(spanish, { messages: composeEn, variant })
    const said = [drafts.hook, drafts.pitch, drafts.oneLiner, drafts.invitation].join(' ')
    // No English line around the person's words, and the words themselves kept whole.
    expect(said).not.toMatch(/\b(?:the|what|about|looking|I’m|It’s|we)\b/u)
    expect(drafts.pitch).toMatch(/\b(?:nos|nosotros|hemos|todos)\b/iu)
    expect(drafts.pitch).toContain('Mi abuela Teodora hacía un mole negro')
    expect(drafts.invitation).toContain(
      'cocineras tradicionales que quieran participar y una editorial que lo publique',
    )
    expect(drafts.oneLiner).not.toMatch(/creo en esto: creo/u)
  }
})

test('answers in a language the composer has no lines for are not taken for one it has', () => {
  const turkish: Answers = {
    ...emptyAnswers(),
    problem:
      'Yayınevleri artık çeviriyi makineye yaptırıp bize sadece düzeltme veriyor, ücretler yarıya düştü.',
    spark:
      'Geçen ay bir romanın makine çevirisini düzelttim, bir karakterin şakası tamamen kaybolmuştu.',
    belief: 'Çeviri bir sanattır, sadece kelime değiştirmek değil.',
    workOn: 'Belki yeni bir iş, bilmiyorum.',
    theme: 'Sesin kaybolması.',
    coreWord: 'ses',
  }
  const drafts = composePitch(turkish, { messages: composeEn, variant: 0 })
  expect(drafts.language).toBe('tr')
  expect(drafts.pitch).not.toMatch(/Cosa significa|In fondo/u)
})

test('a quality felt is a feeling ("feeling safe"); any other is a way of being ("being together")', () => {
  const together = allDrafts({ ...worked, coreWord: 'together', theme: '' })
  expect(together).toMatch(/being together/u)
  expect(together).not.toMatch(/feel(?:ing)? together/u)
  const local = allDrafts({ ...worked, coreWord: 'local', theme: '' })
  expect(local).not.toMatch(/feel(?:ing)? local/u)
  expect(allDrafts({ ...worked, coreWord: 'safe', theme: '' })).toMatch(/feeling safe/u)
})

test('a problem that is the person’s own plight is told, not "changed"; a shrug before it is not said', () => {
  const plight = composePitch(
    {
      ...worked,
      workOn: '',
      betterWorld: '',
      problem: "i love kids but i can't do another year of teaching to the test",
    },
    { messages: composeEn },
  )
  expect(plight.oneLiner).not.toMatch(/want to change that/u)
  const shrug = allDrafts({
    ...worked,
    problem: "i'm not sure really? something about how carers disappear from the world of work",
  })
  expect(shrug).not.toMatch(/not sure/iu)
  expect(shrug).toMatch(/Something about how carers disappear from the world of work/u)
})

test('a job seeker’s invitation asks about the work and its people, not about building a project', () => {
  for (const stage of STAGES) {
    for (const invitationVariant of [0, 1, 2]) {
      for (const asks of [[], ['people who work in patient safety']]) {
        const { invitation } = composePitch(
          { ...worked, situation: 'job', stage, asks },
          { messages: composeEn, invitationVariant },
        )
        expect(invitation).not.toMatch(/building this|bringing people together|To grow it/u)
      }
    }
  }
})

test('German answers keep their nouns’ capitals inside the composer’s frames; the app’s English asks are not said in German', () => {
  const german: Answers = {
    ...emptyAnswers(),
    stage: 'narrowing',
    problem:
      'In unserer Werkstatt stehen die Maschinen still, weil niemand mehr Lehrlinge ausbildet.',
    spark: 'Letzten Winter hat mein Meister seinen Betrieb zugemacht, nach vierzig Jahren.',
    belief: 'Ich glaube, dass Handwerk Zukunft hat.',
    workOn: 'Möbel aus Sturmholz mit jungen Leuten bauen.',
    forWhom: 'Jugendliche ohne Ausbildungsplatz.',
    coreWord: 'Handwerk',
    asks: ['A sounding board to think out loud with', 'Tischlereien in der Region'],
  }
  for (const variant of [0, 1, 2]) {
    const drafts = composePitch(german, { messages: composeEn, variant })
    expect(drafts.language).toBe('de')
    const said = [drafts.pitch, drafts.oneLiner, drafts.invitation].join(' ')
    expect(said).not.toMatch(/: möbel|: jugendliche|: tischlereien/u)
    expect(drafts.invitation).not.toMatch(/sounding board/u)
    expect(drafts.invitation).toContain('Tischlereien in der Region')
    // "…dass Handwerk Zukunft hat" is no sentence without its "Ich glaube".
    expect(drafts.oneLiner).not.toMatch(/: Handwerk Zukunft hat/u)
  }
})

test('asks typed in English are not said inside an invitation in another language', () => {
  // Spent set 40: "Det, der ville hjælpe mig: a sounding board og bøger om at skifte karriere sent",
  // "Wat ik zoek: introductions en bedrijven die vrijwilligers willen leveren".
  const persona = (id: string) => {
    const found = PERSONAS_HELD_OUT_40.find((p) => p.id === id)
    if (!found) throw new Error(`${id} is missing`)
    return found.answers
  }
  const danish = persona('h40-p-grafiker-58-kobenhavn')
  const dutch = persona('h40-p-keukentafel-schulden-rotterdam')
  expect(danish.asks).toContain('a sounding board')
  expect(dutch.asks).toContain('introductions')
  for (const variant of [0, 1, 2]) {
    const da = composePitch(danish, { messages: composeEn, variant })
    expect(da.language).toBe('da')
    expect(da.invitation).not.toMatch(/sounding board/u)
    expect(da.invitation).toContain('bøger om at skifte karriere sent')
    const nl = composePitch(dutch, { messages: composeEn, variant })
    expect(nl.language).toBe('nl')
    expect(nl.invitation).not.toMatch(/introductions|share the cause/iu)
    expect(nl.invitation).toContain('bedrijven die vrijwilligers willen leveren')
  }
})

test('a short phrase is read as English only when its words are English', () => {
  for (const phrase of [
    'a sounding board',
    'Experts to invite',
    'Customers who share the cause',
    'Books and ideas to read',
    'partners from other companies',
  ]) {
    expect(saidInEnglish(phrase), phrase).toBe(true)
  }
  for (const phrase of [
    'partners bij de woningcorporatie',
    'alguien con quien hablar / sounding board',
    'uno sponsor nel board',
    'des experts en droit du logement',
    'presentaciones a cadenas de supermercados',
    '',
    '🙂',
  ]) {
    expect(saidInEnglish(phrase), phrase).toBe(false)
  }
})

test('a story-first pitch on a long moment still says what the person is doing, and for whom', () => {
  // A muralist's three-sentence moment (spent held-out set 6), told in full, left no room for
  // the work: the pitch said who it was for, but not that they paint walls.
  const muralist = PERSONAS_HELD_OUT_6.find((p) => p.id === 'h6-cre-mural-lead-ins')
  if (!muralist) throw new Error('the muralist persona is missing')
  const { pitch } = composePitch(muralist.answers, { messages: composeEn, variant: 1 })
  expect(pitch).toMatch(/^A boy asked me/)
  expect(pitch).toContain('painting local heroes on township walls')
  expect(pitch).toContain('children in Soweto and Alexandra')
  expect(countWords(pitch)).toBeLessThanOrEqual(PITCH_WORDS.max)
})

test('a core word that names a thing is not asked about as an idea ("Who first showed you what the kettle means?")', () => {
  const base: Answers = {
    ...emptyAnswers(),
    situation: 'cause',
    stage: 'growing',
    problem: 'older men in our village go days without talking to anyone',
    forWhom: 'widowers in the village',
    workOn: 'a Tuesday tea club at the chapel',
  }
  const things: Array<[coreWord: string, spark: string]> = [
    [
      'the kettle',
      'My neighbour Len told me the kettle was the only thing that talked back to him.',
    ],
    // Typed bare, but the person's moment says "the puppy": a thing, not an idea.
    ['puppy', 'Len got a puppy after his wife died and suddenly he was out walking every day.'],
    ['a ladder', 'Len fell off a ladder and lay in his yard for a day before anyone came.'],
  ]
  for (const [coreWord, spark] of things) {
    for (const theme of ['feeling alone in a full street', '']) {
      for (const variant of [0, 1, 2]) {
        const { pitch } = composePitch(
          { ...base, coreWord, spark, theme },
          { messages: composeEn, variant },
        )
        expect(pitch).not.toMatch(/showed you what|make the difference\?/u)
        expect(pitch.match(/\?/gu)).toHaveLength(1)
      }
    }
  }
})

test('a thing the person wrote with a word before it ("the barber chair", "our Hindu neighbour") is said as a thing, never as an idea', () => {
  const answers: Answers = {
    ...emptyAnswers(),
    situation: 'business',
    stage: 'growing',
    problem: 'men do not talk about what is going on in their head until it is too late',
    spark:
      'My customer Terrence sat in my chair every 2 weeks for 6 years. Then he stopped coming.',
    belief: 'the barber chair is the most honest seat in the neighbourhood',
    workOn: 'training barbers to spot the signs',
    forWhom: 'men who will not go to a doctor',
    coreWord: 'chair',
  }
  const drafts = [0, 1, 2].map((variant) => composePitch(answers, { messages: composeEn, variant }))
  expect(drafts[0]?.hook).toMatch(/^It’s about the chair\b/u)
  for (const { pitch } of drafts) {
    // ("It's about chair", "That's chair.", "What does chair mean to you?")
    expect(pitch).not.toMatch(/\b(?:about|That’s|does|by|to) chair\b/u)
  }
  // "our Hindu neighbour": a word between, after "our", still points at one person or thing; the
  // word is said as the person's word, not as an idea ("It comes down to neighbour.").
  const neighbours: Answers = {
    ...answers,
    spark:
      'During Ramadan 2020 our Hindu neighbour Mrs. Patel left samosas on our doorstep every evening.',
    belief: 'sharing food is the quickest way to stop being strangers',
    coreWord: 'neighbour',
  }
  for (const variant of [0, 1]) {
    const { pitch } = composePitch(neighbours, { messages: composeEn, variant })
    expect(pitch).not.toMatch(/\b(?:about|That’s|to) neighbour\./u)
    expect(pitch).toMatch(/\b(?:one word|found my word): neighbour\./iu)
  }
  // ("one small reminder changing a life": "one" points at one as "a" does.)
  const reminded: Answers = {
    ...answers,
    coreWord: 'reminder',
    theme: 'one small reminder changing a life',
  }
  const { pitch } = composePitch(reminded, { messages: composeEn, variant: 0 })
  expect(pitch).not.toMatch(/\b(?:to|That’s) reminder\./u)
})

test('work typed as an -ing word before a name is said as doing it ("I’m growing Delgado & Daughters…"), not "working on" it', () => {
  const answers: Answers = {
    ...emptyAnswers(),
    situation: 'business',
    stage: 'growing',
    problem: "Women don't go into plumbing because nobody ever told them they could",
    spark: 'I was the only girl in my trade class in 2004. I passed top of the class.',
    forWhom: 'girls who like tools',
    workOn: 'Growing Delgado & Daughters to a second shop',
    coreWord: 'capability',
  }
  const drafts = [0, 1, 2].map((variant) => composePitch(answers, { messages: composeEn, variant }))
  expect(drafts[0]?.oneLiner).toMatch(
    /^Right now I’m growing Delgado & Daughters to a second shop\b/u,
  )
  for (const { pitch } of drafts) {
    expect(pitch).toMatch(/I’m growing Delgado & Daughters to a second shop\./u)
    expect(pitch).not.toMatch(/working on growing|I’m Growing/u)
  }
})

test('a better world is a picture to see or a world where it happens by its own words: "Local kids eating local carrots" (no name), "A Manchester where…", "everyone with Parkinson’s has…"', () => {
  const base: Answers = {
    ...emptyAnswers(),
    situation: 'cause',
    stage: 'growing',
    problem: 'schools throw out crooked carrots while farmers plow them under',
    spark: 'Plowed under 6 acres of crooked carrots in May.',
    forWhom: 'kids in our county schools',
  }
  const worlds: Array<[typed: string, said: string]> = [
    ['Local kids eating local carrots', 'I want to see local kids eating local carrots.'],
    [
      'Fewer warrants, fewer nights in jail over forgetting',
      'I want to see fewer warrants, fewer nights in jail over forgetting.',
    ],
    [
      'A Manchester where no edible food is wasted',
      'I want to see a Manchester where no edible food is wasted.',
    ],
    // A verb after "where" is the place's, not the subject's: still a picture.
    [
      'every town with a singing group where nobody has to explain themselves',
      'I want to see every town with a singing group where nobody has to explain themselves.',
    ],
    // (…while "every patient leaves…" has its own verb, and is a world where it happens.)
    [
      'every patient leaves with one list, in their language, that they can explain back',
      'I want a world where every patient leaves with one list',
    ],
    // ("everyone" is every one: its verb makes it a world where it happens.)
    [
      "everyone with Parkinson's has a place to dance near home",
      'I want a world where everyone with Parkinson',
    ],
    // (A name stays one: "Mr. Hayes takes his whole dose" is a scene with its subject.)
    ['Mr. Hayes takes his whole dose', 'I want a world where Mr. Hayes takes his whole dose.'],
  ]
  for (const [betterWorld, said] of worlds) {
    const { story } = composePitch({ ...base, betterWorld }, { messages: composeEn, variant: 0 })
    expect(story).toContain(said)
  }
})

test('who it is for, typed as an opinion ("I think patients and nurses both") or with a remark in brackets, is said as the people', () => {
  const answers: Answers = {
    ...emptyAnswers(),
    situation: 'work-project',
    stage: 'narrowing',
    problem: 'allergies get lost at shift change',
    affected: "I would say it's the patients mostly but also the junior nurses who get blamed.",
    forWhom: 'I think patients and nurses both.',
    workOn: 'a bedside handover checklist for the ward',
    coreWord: 'care',
  }
  for (const variant of [0, 1, 2]) {
    const { pitch, story } = composePitch(answers, { messages: composeEn, variant })
    expect(`${pitch} ${story}`).not.toMatch(/\bI think patients|on I would say/u)
    expect(pitch).toMatch(/patients and nurses both/u)
  }
  const bracketed = { ...answers, forWhom: 'Everyone who will be old someday (so, everyone)' }
  const { pitch } = composePitch(bracketed, { messages: composeEn, variant: 0 })
  expect(pitch).toContain('everyone who will be old someday')
  expect(pitch).not.toContain('so and everyone')
})

test('the theme-first pitch keeps the better world over the problem when only one fits: the moment has told the problem already', () => {
  // Spent held-out set 10: Amal's story says what is wrong; the pitch said it twice and never
  // said what the person wants instead.
  const amal = PERSONAS_HELD_OUT_10.find((p) => p.id === 'h10-p-refugee-driving-lessons')
  if (!amal) throw new Error('the persona is missing')
  const { pitch } = composePitch(amal.answers, { messages: composeEn, variant: 0 })
  expect(pitch).toMatch(/My neighbour Amal/u)
  expect(pitch).toContain('I want a world where Amal drives to her hospital job.')
  expect(countWords(pitch)).toBeLessThanOrEqual(PITCH_WORDS.max)
})

test('a quantifier typed with a capital before a name is lowered inside a sentence ("where every Māori child…")', () => {
  const answers: Answers = {
    ...emptyAnswers(),
    situation: 'creative',
    stage: 'growing',
    betterWorld: 'Every Māori child finds herself in a book.',
    forWhom: 'Many Māori kids who never see themselves in the library',
    workOn: 'a picture book in te reo',
    coreWord: 'belonging',
  }
  // (The question-first opening has room for the better world or the last line, not both: the
  // better world stays.)
  const drafts = [0, 1].map((variant) => composePitch(answers, { messages: composeEn, variant }))
  const all = drafts.map((d) => `${d.pitch} ${d.story}`).join(' ')
  expect(all).toContain('every Māori child finds herself in a book')
  expect(all).not.toMatch(/\b(?:where|for|of) (?:Every|Many)\b/u)
})

test('an aside in brackets that closes an answer is written, not said ("small business owners (TAM: 33M US SMBs)")', () => {
  const answers: Answers = {
    ...emptyAnswers(),
    situation: 'business',
    stage: 'growing',
    problem: 'small businesses wait 60 days to get paid',
    spark: 'My mom ran a 6-person HVAC business in Tucson and chased invoices every Sunday night.',
    forWhom: 'small business owners (TAM: 33M US SMBs)',
    workOn: 'a tool that chases invoices for you',
    coreWord: 'fairness',
  }
  for (const variant of [0, 1, 2]) {
    const { pitch, story } = composePitch(answers, { messages: composeEn, variant })
    expect(`${pitch} ${story}`).not.toMatch(/TAM|\(/u)
    expect(pitch).toContain('small business owners')
  }
})

test('what the person works on, named as a thing the tagger reads as a sentence, is said as work ("sand dams near schools")', () => {
  const base: Answers = {
    ...emptyAnswers(),
    situation: 'cause',
    stage: 'narrowing',
    problem: 'girls walk hours for water and miss school',
    forWhom: 'girls aged 8-16 and their mothers',
    coreWord: 'chance',
  }
  const cases: Array<[workOn: string, said: RegExp]> = [
    ['sand dams near schools', /I’m working on sand dams near schools/u],
    ['published salary bands across the company', /I’m working on published salary bands/u],
    ['moving trial sites into community health centers', /I’m moving trial sites into/u],
    ['We run a taxi firm and want to do hospital runs', /We run a taxi firm/u],
  ]
  for (const [workOn, said] of cases) {
    for (const variant of [0, 1, 2]) {
      const { pitch } = composePitch({ ...base, workOn }, { messages: composeEn, variant })
      if (variant !== 1) expect(pitch).toMatch(said)
      expect(pitch).not.toMatch(/(?:^|[.?] )(?:Sand dams|Published salary|Moving trial)/u)
    }
  }
})

test('a moment told short never skips the line its next line leans on ("I drive the 42. She walks 2 miles now.")', () => {
  const leans = /^["“'‘(]*(?:it|its|that|this|these|those|then|so|and|but|not|there|which|also)\b/iu
  const failing: string[] = []
  for (const persona of [...DEV_PERSONAS, ...PERSONAS_DEV_2]) {
    if (persona.language !== 'en') continue
    const lines = splitSentences(persona.answers.spark).map((s) => stripEnd(s))
    for (const variant of [0, 1, 2]) {
      const { pitch } = composePitch(persona.answers, { messages: composeEn, variant })
      lines.forEach((line, i) => {
        const before = lines[i - 1]
        if (i === 0 || before === undefined || !leans.test(line)) return
        if (pitch.includes(line) && !pitch.includes(before))
          failing.push(`${persona.id}/${variant}`)
      })
    }
  }
  expect(failing).toEqual([])
})

test('a "she" after a time gone by ("Three months later she…") or an "each one" needs the line that brought them in', () => {
  const answers: Answers = {
    ...emptyAnswers(),
    situation: 'work-project',
    stage: 'growing',
    problem:
      'people who take years off to care for family find every door closed when they come back',
    spark:
      '"I thought my career had a sell-by date." That was Ruth, one of our first returners, a chemist who had been home caring for her dad for seven years. Three months later she was running the lab.',
    workOn: 'a returnship programme across the company',
    forWhom: 'carers coming back to work',
    coreWord: 'return',
  }
  for (const variant of [0, 1, 2]) {
    const { pitch } = composePitch(answers, { messages: composeEn, variant })
    if (pitch.includes('later she was running')) expect(pitch).toContain('That was Ruth')
  }
  const counted: Answers = {
    ...answers,
    spark:
      'My uncle in Leeds lost £9,000 to a phone scam in 2023. He made 4 transfers in one afternoon. Each one looked normal to the bank. He still will not talk about it with anyone.',
  }
  for (const variant of [0, 1, 2]) {
    const { pitch } = composePitch(counted, { messages: composeEn, variant })
    if (pitch.includes('Each one looked normal')) expect(pitch).toContain('4 transfers')
  }
})

test('a mistake typed as "to think …" is the mistake we keep making, not a fragment', () => {
  const answers: Answers = {
    ...emptyAnswers(),
    situation: 'cause',
    stage: 'narrowing',
    problem: 'carers are paid less than shelf stackers',
    spark: 'My aunt did night shifts in a care home for 19 years and never once got a pay rise.',
    mistake: 'to think caring is not a real skill',
    workOn: 'a campaign for a carers’ pay floor',
  }
  const { story } = composePitch(answers, { messages: composeEn, variant: 0 })
  expect(story).toContain('The mistake we keep making is to think caring is not a real skill.')
  expect(story).not.toMatch(/(?:^|[.!?] )To think caring/u)
})

test('with no one named and a problem about things, the people a better world starts on are who it is for', () => {
  const answers: Answers = {
    ...emptyAnswers(),
    situation: 'business',
    stage: 'growing',
    problem: 'milk sold for less than it costs to make',
    spark: 'In 2021 my father poured 4,000 litres down the drain because the tanker never came.',
    betterWorld: 'Dairy farmers paid a fair price and proud of it again',
    workOn: 'a cheese co-op run by the farms themselves',
  }
  for (const variant of [0, 1, 2]) {
    const { pitch } = composePitch(answers, { messages: composeEn, variant })
    expect(pitch).not.toContain('the people who live with it')
  }
  expect(composePitch(answers, { messages: composeEn, variant: 0 }).story).toMatch(
    /(?:for|of) dairy farmers\./u,
  )
  // "People see the quiet jobs…" names no one in particular: the stock line stays.
  const anyone = { ...answers, betterWorld: 'people see the quiet work that feeds them' }
  expect(composePitch(anyone, { messages: composeEn, variant: 0 }).story).not.toMatch(
    /(?:for|of) people\./u,
  )
})

test('a name after "in" is a place, not the one a later "her" points at', () => {
  const answers: Answers = {
    ...emptyAnswers(),
    situation: 'business',
    stage: 'growing',
    problem: 'girls outside the capital never get to learn to code',
    spark:
      'In 2020 I ran a free Sunday class in Kicukiro. A girl, Aline, cycled 90 minutes each way to come. Her sister now builds apps for a bank in Nairobi.',
    belief: 'talent is everywhere and opportunity is not',
    workOn: 'a coding school for girls',
    forWhom: 'young women in Rwanda',
    coreWord: 'opportunity',
  }
  for (const variant of [0, 1, 2]) {
    const { pitch } = composePitch(answers, { messages: composeEn, variant })
    if (pitch.includes('Her sister')) expect(pitch).toContain('Aline')
  }
})

test('a hook with a core word and a long problem says the problem to its first pause, never to a cut thought', () => {
  const base: Answers = {
    ...emptyAnswers(),
    situation: 'cause',
    stage: 'growing',
    spark: 'My neighbour Tomasz waited nine hours in a corridor with a broken hip in 2022.',
    workOn: 'a volunteer transport scheme',
    coreWord: 'dignity',
  }
  const hook = (problem: string) => composePitch({ ...base, problem }, { messages: composeEn }).hook
  // Up to 17 words, said whole.
  expect(
    hook('older people in our valley wait hours for an ambulance that has to come from the city'),
  ).toBe(
    'It’s about dignity: older people in our valley wait hours for an ambulance that has to come from the city.',
  )
  // Longer: to its first "because", "so", "which" or ";".
  expect(
    hook(
      'older people in our valley wait four or five hours for an ambulance because the nearest station closed in 2019 and nobody replaced it',
    ),
  ).toBe('It’s about dignity: older people in our valley wait four or five hours for an ambulance.')
  // Never to a thought the reading cut short, nor into a contrast after "and" or "but".
  expect(
    hook('we bin about a third of the food we cook on a sunday and i keep thinking if we just'),
  ).toBe('It’s about dignity, and we all know it.')
  expect(
    hook(
      'drivers are brilliant at the job and hopeless at the forms not because they are not clever but because nobody ever explains them',
    ),
  ).toBe('It’s about dignity, and we all know it.')
})

test('a thing named in one word and never with an article is said as the person’s word: no "It’s about road, really."', () => {
  const answers: Answers = {
    ...emptyAnswers(),
    situation: 'cause',
    stage: 'narrowing',
    problem: 'Driving lessons cost $450 now and kids from poor families never get a licence.',
    spark:
      'A boy I taught turned down a job at the depot because there was no bus after 10pm and he could not drive.',
    theme: 'getting where you need to go',
    forWhom: 'teenagers on the east side',
    workOn: 'free driving lessons for teenagers on the east side',
    coreWord: 'road',
  }
  const drafts = [0, 1, 2].map(
    (variant) => composePitch(answers, { messages: composeEn, variant }).pitch,
  )
  const { hook } = composePitch(answers, { messages: composeEn, variant: 0 })
  expect(hook).toBe('It’s about getting where you need to go, and my word for it is “road”.')
  expect(drafts[0]).toMatch(/^One word: road\./u)
  expect(drafts[1]).toMatch(/That’s when I found my word: road\./u)
  expect(drafts[1]).toMatch(/That’s the word: road\.$/u)
  for (const pitch of drafts) {
    // ("It's about road", "That's road.", "What does road mean to you?", "comes back to road")
    expect(pitch).not.toMatch(/\b(?:about|That’s|does|to|by) road\b/u)
  }
  // A theme typed as a sentence is said as one, and the word after it.
  const said = composePitch(
    { ...answers, theme: 'we all need a way to get there' },
    { messages: composeEn, variant: 0 },
  )
  expect(said.hook).toBe('We all need a way to get there. My word for it is road.')
  // Told with no theme, the word asks for the listener's own, not "When did road last matter…".
  const untold = composePitch({ ...answers, theme: '' }, { messages: composeEn, variant: 0 })
  expect(untold.pitch).toMatch(/We all have a word like that\. What’s yours\?/u)
  expect(untold.hook).not.toMatch(/\babout road\b/u)
})

test('a core word that names a thing or an action is said as the person’s word, not as an idea ("It’s about shed, really.")', () => {
  const answers: Answers = {
    ...emptyAnswers(),
    situation: 'cause',
    stage: 'growing',
    problem: 'retired men go quiet and nobody notices',
    spark:
      'After Dad retired he spent every day in the shed, and then he stopped going out there too.',
    theme: 'having somewhere to go',
    forWhom: 'retired men in our town',
    workOn: 'a community shed where men fix things together',
    coreWord: 'shed',
  }
  const theme = composePitch(answers, { messages: composeEn, variant: 0 }).pitch
  const story = composePitch(answers, { messages: composeEn, variant: 1 }).pitch
  expect(theme).toMatch(/^One word: shed\./u)
  expect(theme).toMatch(/That’s my word: shed\.$/u)
  expect(story).toMatch(/That’s the word: shed\.$/u)
  for (const pitch of [theme, story]) {
    expect(pitch).not.toMatch(/about shed|story of shed|That’s shed\./u)
  }
  // An idea keeps its own frames.
  const idea = composePitch(
    { ...answers, coreWord: 'belonging' },
    { messages: composeEn, variant: 0 },
  )
  expect(idea.pitch).not.toMatch(/one word/u)
})

test('a core word that is a verb too is said as the person’s word when they wrote it as a thing ("a ride is a lifeline")', () => {
  const answers: Answers = {
    ...emptyAnswers(),
    situation: 'cause',
    stage: 'narrowing',
    problem: 'when older people in rural Vermont lose their licence, they lose everything',
    spark: 'My friend Walt gave up his keys at 86 and within a year he stopped going anywhere.',
    belief: 'A ride is a lifeline.',
    theme: 'staying connected',
    workOn: 'a volunteer driver network for seniors',
    coreWord: 'Ride',
  }
  const drafts = [0, 1, 2].map((variant) => composePitch(answers, { messages: composeEn, variant }))
  expect(drafts[0]?.pitch).toMatch(/That’s my word: ride\.$/u)
  for (const { pitch, hook, story } of drafts) {
    expect(`${hook} ${pitch} ${story}`).not.toMatch(/about ride\b|That’s ride\.|why ride matters/u)
  }
  // Said as a doing ("we ride together"), the word keeps the frames of an idea.
  const doing = composePitch(
    { ...answers, belief: 'we ride further together', coreWord: 'ride' },
    { messages: composeEn, variant: 0 },
  )
  expect(doing.pitch).not.toMatch(/one word|my word/u)
  // The theme-first and story-first openings ask their question in different words.
  const question = (pitch = '') => pitch.match(/[^.?!]*\?/u)?.[0]
  expect(question(drafts[0]?.pitch)).not.toBe(question(drafts[1]?.pitch))
})

test('the hook says a theme typed as a sentence whole before the person’s word, and a theme that is a doing after "about"', () => {
  const answers: Answers = {
    ...emptyAnswers(),
    situation: 'cause',
    stage: 'growing',
    problem:
      'when people leave jail they get a bus ticket and nothing else, and the first night is where it goes wrong',
    spark:
      'Donna walked out at six in the morning with a paper bag and no phone, and nobody was there for her.',
    belief: 'the first day out decides the next year',
    theme: 'second chances need a first day',
    workOn: 'a release-day kit and a ride home',
    coreWord: 'release',
  }
  const hook = (theme: string, coreWord = 'release') =>
    composePitch({ ...answers, theme, coreWord }, { messages: composeEn, variant: 0 }).hook
  expect(hook('second chances need a first day')).toBe(
    'Second chances need a first day. My word for it is release.',
  )
  expect(hook('nobody should wait alone', 'ride')).toBe(
    'Nobody should wait alone. My word for it is ride.',
  )
  expect(hook('nothing grows without rain', 'ride')).toBe(
    'Nothing grows without rain. My word for it is ride.',
  )
  // Not a sentence: a doing, or a thing with a clause inside it, is still what it is about.
  expect(hook('being written off for a choice', 'ride')).toBe(
    'It’s about being written off for a choice, and my word for it is “ride”.',
  )
  expect(hook('the things our grandparents knew', 'ride')).toMatch(
    /^It’s about the things our grandparents knew/u,
  )
})

test('a theme that is something done, not felt, is shared and seen, not asked about as a feeling', () => {
  const answers: Answers = {
    ...emptyAnswers(),
    situation: 'business',
    stage: 'growing',
    problem: 'the last tannery in town is closing',
    spark: 'My grandfather tanned leather in the same shed for fifty years.',
    theme: 'keeping the old trade alive',
    forWhom: 'young people who want to work with their hands',
    workOn: 'an apprenticeship at our tannery',
    coreWord: 'craft',
  }
  const { pitch } = composePitch(answers, { messages: composeEn, variant: 0 })
  expect(pitch).not.toMatch(/feeling of keeping|keeping the old trade alive feels like/u)
  expect(pitch).not.toMatch(/When did you last feel/u)
  expect(pitch).toContain('keeping the old trade alive')
  // A feeling keeps its own frame and question.
  const felt = composePitch(
    { ...answers, theme: 'being left behind' },
    { messages: composeEn, variant: 0 },
  )
  expect(felt.pitch).toMatch(
    /the feeling of being left behind|When did any of us last feel left behind\?/u,
  )
})

test('"thinking" is said once: a work still being decided is not followed by "Most of all, I’m thinking of…"', () => {
  const answers: Answers = {
    ...emptyAnswers(),
    situation: 'work-project',
    stage: 'vague',
    problem: 'we throw away forty roast dinners every Sunday',
    spark: 'I watched a kitchen porter scrape 40 roast dinners into the bin at 9pm.',
    forWhom: 'kitchens and the planet',
    workOn: 'something about waste, not sure yet',
    coreWord: 'waste',
  }
  for (const variant of [0, 1, 2]) {
    const { pitch } = composePitch(answers, { messages: composeEn, variant })
    expect(pitch.match(/\bthinking\b/gu)?.length ?? 0).toBeLessThanOrEqual(1)
    expect(pitch).not.toMatch(/about something about/u)
  }
})

test('German: an article opening a phrase after the colon is lower case; a whole sentence keeps its capital', () => {
  const answers: Answers = {
    ...emptyAnswers(),
    situation: 'cause',
    stage: 'narrowing',
    problem: 'Viele ältere Menschen in Grünau sind allein.',
    spark: 'Meine Nachbarin Jana stand im Winter 2023 um halb sechs vor meiner Tür.',
    belief: 'Ein Viertel, das seine Alten vergisst, verliert sein Gedächtnis.',
    forWhom: 'Alle in der Platte',
    workOn: 'Ein Netzwerk von Leihgroßeltern in Leipzig-Grünau',
    coreWord: 'Familie',
  }
  const all = [0, 1, 2]
    .map((variant) => composePitch(answers, { messages: composeEn, variant }))
    .map((d) => `${d.pitch} ${d.story} ${d.oneLiner}`)
    .join(' ')
  expect(all).toMatch(/: ein Netzwerk von Leihgroßeltern/u)
  expect(all).not.toMatch(/: Ein Netzwerk/u)
  expect(all).not.toMatch(/: ein Viertel, das/u)
})

test('a moment told in the theme-first opening ends where a sentence ends, not mid-thought', () => {
  const answers: Answers = {
    ...worked,
    spark:
      'My partner on shift fell asleep at a red light at 4am after a cardiac arrest call with a 6 year old. Nowhere to stop. Nowhere to breathe.',
    workOn: 'a rest room in every ambulance station',
    forWhom: 'paramedics',
    theme: 'being looked after',
    belief: 'Who looks after the people who look after us?',
    coreWord: 'recovery',
  }
  const { pitch } = composePitch(answers, { messages: composeEn, variant: 0 })
  expect(pitch).toContain('a cardiac arrest call with a 6 year old.')
  expect(pitch).not.toMatch(/at 4am after\./u)
})

test('who it is for is said short when that leaves room for what the person is doing', () => {
  const answers: Answers = {
    ...worked,
    situation: 'work-project',
    stage: 'convening',
    problem:
      "First-gen students don't drop out because they can't do the work — they drop out because nobody told them what 'office hours' means.",
    spark:
      "I was that student. I thought office hours were when professors were busy in their office and you weren't allowed to knock. I found out senior year.",
    belief: 'The hidden curriculum should be taught out loud.',
    mistake: "We call it a lack of grit when it's a lack of information.",
    betterWorld: 'Every first-gen freshman has a first-gen mentor from week one.',
    forWhom: 'first-gen students and their families',
    workOn: 'a first-gen mentoring program on campus',
    // (A theme asked in the person's words leaves room enough: this one is not.)
    theme: 'belonging in the lecture hall',
    coreWord: 'belonging',
  }
  const { pitch } = composePitch(answers, { messages: composeEn, variant: 1 })
  expect(pitch).toContain('I found out senior year.')
  expect(pitch).toMatch(/I’m leading a first-gen mentoring program on campus\./u)
  expect(pitch).toMatch(/(?:It’s|This is|It’s meant) for first-gen students and their families\./u)
})

test('only an idea is asked about as making the difference; another core word is asked through the theme', () => {
  const asked = (coreWord: string, theme = 'being written off for your choices') =>
    composePitch({ ...worked, coreWord, theme }, { messages: composeEn, variant: 1 }).pitch
  for (const word of ['return', 'night', 'hands', 'water']) {
    expect(asked(word)).not.toMatch(/make the difference\?/u)
    // Asked through the theme: in the person's words when it is something lived.
    expect(asked(word)).toContain(
      'Who among us doesn’t know what it is to feel written off for our choices?',
    )
  }
  expect(asked('dignity', 'nobody should be written off for a choice')).toMatch(
    /Where have you seen dignity make the difference\?|Who first showed you what dignity means\?/u,
  )
})

test('what the person does is said when it names whom it is for, even after a long moment', () => {
  const answers: Answers = {
    ...worked,
    situation: 'business',
    stage: 'narrowing',
    problem:
      'Immigrant women in Copenhagen often never learned to cycle so they are stuck with buses in the city of bikes',
    affected: 'women who moved here as adults',
    spark:
      "A Somali woman, 50, came to my shop to buy a bike for her daugther. I asked if she rides. She laughed and said 'I am too old to fall.' Two weeks later she rode around the block and cried.",
    belief: 'A bike is freedom here.',
    mistake: '',
    betterWorld: '',
    forWhom: '',
    workOn: 'cycling lessons for adult women',
    theme: 'freedom',
    coreWord: 'freedom',
  }
  const { pitch } = composePitch(answers, { messages: composeEn, variant: 1 })
  expect(pitch).toContain('Two weeks later she rode around the block and cried.')
  expect(pitch).toContain('I’m working on cycling lessons for adult women.')
})

test('a thing named with a word that is also a verb is said as the thing; a gathering put on is done', () => {
  const work = (workOn: string) =>
    composePitch({ ...worked, workOn }, { messages: composeEn, variant: 0 }).pitch
  expect(work('dance classes for people with Parkinson’s')).toContain(
    'working on dance classes for people with Parkinson’s.',
  )
  expect(work('touch tours in our sculpture galleries')).toContain(
    'working on touch tours in our sculpture galleries.',
  )
  expect(work('relaxed theatre performances for autistic children')).toContain(
    'working on relaxed theatre performances',
  )
  expect(work('run workshops for carers')).toContain('I’m running workshops for carers.')
  // A verb that is only a verb keeps its reading.
  expect(work('teach kids to code')).toContain('I want to teach kids to code.')
})

test('the core word keeps the meaning and grammar the theme gives it', () => {
  const drafts = (theme: string, coreWord: string) =>
    [0, 1, 2]
      .map(
        (variant) =>
          composePitch({ ...worked, theme, coreWord }, { messages: composeEn, variant }).pitch,
      )
      .join(' ')
  // "not having to wait to be heard" denies the wait, not being heard.
  expect(drafts('not having to wait to be heard', 'heard')).not.toMatch(/not being heard/u)
  // …while "not having to face it alone" does deny being alone.
  expect(drafts('not having to face it alone', 'alone')).toContain('not being alone')
  // A word from the theme's own phrase is said as the phrase.
  expect(drafts('the ones who stayed', 'stayed')).toContain('the ones who stayed')
  expect(drafts('the ones who stayed', 'stayed')).not.toMatch(/feeling stayed/u)
  // A noun before a preposition is no verb: "We all want to pride in…" is no sentence.
  expect(drafts('PRIDE IN A DAYS WORK', 'WORK')).not.toMatch(/to pride in/iu)
})

test('an answer cut off mid-thought is said up to its last whole words, or not at all', () => {
  const drafts = composePitch(
    {
      ...worked,
      theme: 'loneliness on the',
      workOn: 'a job where I can look after drivers instead of',
      belief: 'food is too good to',
    },
    { messages: composeEn, variant: 2 },
  )
  const all = [drafts.hook, drafts.pitch, drafts.story, drafts.oneLiner].join(' ')
  expect(all).not.toMatch(/loneliness on\b|instead of[.,]|too good to\b/u)
  expect(all).toContain('loneliness')
  expect(all).toContain('look after drivers')
})

test('a core word that is someone’s name is never asked about as if the listener knew them', () => {
  const answers: Answers = {
    ...worked,
    spark: 'In prison my cellie Ruben read me the big book out loud every night.',
    theme: 'somebody who knows the way',
    coreWord: 'Ruben',
  }
  const pitches = [0, 1, 2].map(
    (variant) => composePitch(answers, { messages: composeEn, variant }).pitch,
  )
  for (const pitch of pitches) expect(pitch).not.toMatch(/What does Ruben mean to you\?/u)
  expect(pitches[2]).toContain('Is there someone who changed everything for you?')
})

test('who it is for, typed with a second "for", is said with one', () => {
  const pitches = [0, 1, 2].map(
    (variant) =>
      composePitch(
        {
          ...worked,
          spark: 'My friend Lyosha read every poem I translated, out loud, in the kitchen.',
          forWhom: 'Lyosha and for readers',
        },
        { messages: composeEn, variant },
      ).pitch,
  )
  expect(pitches.join(' ')).toContain('Lyosha and readers')
  expect(pitches.join(' ')).not.toMatch(/and for readers/u)
})

test('a core word that only describes is said with what it describes in the theme; the hook says it once', () => {
  const answers: Answers = { ...worked, coreWord: 'second', theme: 'second chances' }
  const { pitch } = composePitch(answers, { messages: composeEn, variant: 0 })
  expect(pitch).toMatch(/second chances[.,]/u)
  expect(pitch).not.toMatch(/about second\b(?! chances)/u)
  const fair = composePitch(
    { ...worked, coreWord: 'fair', theme: 'fair pay for an honest day’s work' },
    { messages: composeEn, variant: 0 },
  )
  expect(fair.hook).not.toMatch(/fair pay: fair pay/u)
})

test('answers in any language the detector names are asked their one question in that language', () => {
  for (const tag of DETECTED_TAGS) {
    expect(COMPOSER_EN.keptWords.questionIn[tag], tag).toBeTruthy()
  }
  const swedish: Answers = {
    ...emptyAnswers(),
    situation: 'cause',
    stage: 'vague',
    problem: 'Killar i min ålder här uppe mår dåligt men pratar inte om det.',
    spark:
      'Min bästa kompis från Lycksele dog i februari förra året. På begravningen sa hans pappa att han aldrig sagt ett ord om hur han mådde.',
    belief: 'Det är lättare att prata när man gör något tillsammans.',
    workOn: 'kanske en klätterkväll där man får prata om man vill',
    theme: 'att inte vara ensam med det',
    coreWord: 'sida vid sida',
  }
  for (const variant of [0, 1, 2]) {
    const { pitch, language } = composePitch(swedish, { messages: composeEn, variant })
    expect(language).toBe('sv')
    expect(pitch).not.toMatch(/What does|mean to you/u)
  }
})

test('what the person is doing, typed as options with question marks, is said as the first option', () => {
  for (const variant of [0, 1, 2]) {
    const { pitch } = composePitch(
      { ...worked, workOn: 'a uniform swap maybe? or get the rules changed? dunno' },
      { messages: composeEn, variant },
    )
    expect(pitch.match(/\?/gu)).toHaveLength(1)
    expect(pitch).not.toMatch(/rules changed/u)
  }
})

test('the question-first opening asks whether the listener remembers a feeling, then tells the moment whole and names the word', () => {
  const answers: Answers = {
    ...worked,
    spark:
      "My 6 year old cried at a birthday party because she couldn't have the cake. I went home and baked until 2am.",
    theme: 'feeling left out',
    coreWord: 'belonging',
    workOn: 'getting our gluten free loaves into 10 cafes',
  }
  const { pitch } = composePitch(answers, { messages: composeEn, variant: 2 })
  expect(pitch).toMatch(/^Do you remember the last time you felt left out\? /u)
  // We all have one, the speaker too: said with "we" or "us", and only once.
  expect(pitch).toMatch(
    /\? (?:Most of us do\. I know I do\.|We all (?:carry|have) one\. Here’s mine\.) My 6/u,
  )
  expect(pitch).toContain('I went home and baked until 2am. For me, it’s about belonging.')
  expect(pitch).toMatch(/It always comes back to belonging\.$/u)
  expect(pitch.match(/\?/gu)).toHaveLength(1)
  // The word comes early: within the first 45 words.
  const words = pitch.split(/\s+/u)
  expect(words.slice(0, 45).join(' ')).toContain('belonging')
})

test('a long moment, or a lived theme most of us live every day, keeps the question about the word', () => {
  const long = composePitch(
    {
      ...worked,
      spark:
        'My 6 year old cried at a birthday party because she couldn’t have the cake, and the other parents just looked away, and on the way home she asked me why her body was broken.',
      theme: 'feeling left out',
      coreWord: 'belonging',
    },
    { messages: composeEn, variant: 2 },
  ).pitch
  expect(long).not.toMatch(/Do you remember/u)
  expect(long).toMatch(/^What does belonging mean to you\?/u)
  const everyDay = composePitch(
    {
      ...worked,
      spark: 'Ray fell asleep at the wheel outside Amarillo.',
      theme: 'getting home safe',
    },
    { messages: composeEn, variant: 2 },
  ).pitch
  expect(everyDay).not.toMatch(/Do you remember the last time you got home safe/u)
})

test('a moment typed as one run-on sentence, told short, keeps its last clause: the turn', () => {
  const answers: Answers = {
    ...worked,
    spark:
      'my grandpa ran the corner shop on our street for forty years and every kid on the block got their first job stacking his shelves and when he closed it the whole street came out to clap him',
    theme: 'being part of something',
    coreWord: 'belonging',
  }
  const { pitch } = composePitch(answers, { messages: composeEn, variant: 0 })
  expect(pitch).toContain('and when he closed it the whole street came out to clap him.')
  expect(pitch).toMatch(/My grandpa ran the corner shop on our street for forty years/u)
})

test('a run-on moment is not split inside a clause, a bracket or a quotation, nor before a clause with no one doing it', () => {
  const told = (spark: string) =>
    composePitch(
      { ...worked, spark, theme: 'being part of something', coreWord: 'belonging' },
      {
        messages: composeEn,
        variant: 0,
      },
    ).pitch
  // "because the nearest labor and delivery unit closed": one clause.
  expect(
    told(
      'my cousin gave birth in the back of a truck on highway 212 because the nearest labor and delivery unit closed in 2021 and she was alone and scared and nobody came for an hour',
    ),
  ).not.toMatch(/because the nearest labor and (?!delivery)/u)
  // "and left me on the old one": no one doing it, so it goes with the clause before it.
  expect(
    told(
      'the self checkouts came in and they moved all the young ones over to the shiny new tills in the front and left me on the old one at the back until it closed',
    ),
  ).not.toMatch(/came in and left me/u)
  // "(a pharmacy in Parramatta, I was 17)": a bracket is never split.
  expect(
    told(
      'at my first job interview (a pharmacy in Parramatta, I was 17) the manager finished my sentences for me the whole time, and I went home and decided I would become the person I needed',
    ),
  ).not.toMatch(/Parramatta(?!, I was 17\))/u)
})

test('a mistake typed as one word naming things is not said to be the mistake itself', () => {
  const said = (mistake: string) =>
    [0, 1, 2]
      .map(
        (variant) => composePitch({ ...worked, mistake }, { messages: composeEn, variant }).story,
      )
      .join(' ')
  expect(said('manuals')).toContain('We keep getting manuals wrong.')
  expect(said('manuals')).not.toMatch(/The mistake we keep making is manuals/u)
  // A mistake named in a word or three is said as named, not in a sentence it cannot finish
  // ("The mistake we keep making is recycling myth.").
  expect(said('silence')).toContain('The mistake we keep making: silence.')
  expect(said('bins as decoration')).toContain('The mistake we keep making: bins as decoration.')
  expect(said('bins as decoration')).not.toMatch(/making is bins/u)
  // A mistake said as a doing keeps its sentence.
  expect(said('ignoring it')).toContain('The mistake we keep making is ignoring it.')
})

test('with no theme, the line we share about the word sets up its own short question', () => {
  const pitches = [0].map(
    (variant) =>
      composePitch(
        { ...worked, theme: '', coreWord: 'kindness', belief: '' },
        { messages: composeEn, variant },
      ).pitch,
  )
  for (const pitch of pitches) {
    expect(pitch).toMatch(
      /We all (?:have (?:a|our own) story (?:about|of) kindness\. What’s yours\?|know what kindness can mean\. What does it mean to you\?)/u,
    )
    expect(pitch).not.toMatch(/When did kindness last matter to you\?/u)
    expect(pitch.match(/\?/gu)).toHaveLength(1)
  }
})

test('the words someone said are the last part of a moment to go', () => {
  const answers: Answers = {
    ...worked,
    spark:
      "In Kharkiv I was chief accountant for 12 years, with a team of nine people. In Warsaw I clean offices at night. One evening the manager saw me reading a tax report on a desk. Manager say 'why you are cleaner?' I say 'because nobody asked.'",
  }
  for (const variant of [0, 1]) {
    const { pitch } = composePitch(answers, { messages: composeEn, variant })
    expect(pitch).toContain("Manager say 'why you are cleaner?' I say 'because nobody asked.'")
  }
})

test('a better world that does not fit whole is said up to where the person’s own words part', () => {
  const answers: Answers = {
    ...worked,
    problem:
      'small warehouses make decisions on gut feeling and lose money they dont even know about',
    spark:
      'i worked 6 years at a parts warehouse in stockton and every christmas we counted everything by hand and the numbers never matched and my supervisor got written up for it even tho it wasnt her fault',
    belief: 'i believe the people on the floor know more than the dashboards do',
    mistake: 'they think data is for head office not for the people doing the work',
    betterWorld:
      'the people who move the boxes can see the numbers too and nobody gets blamed for a bad spreadsheet',
    workOn: 'looking for a data analyst role in logistics',
    forWhom: 'warehouse workers, supervisors',
    theme: 'being blamed for things you couldnt control',
    coreWord: 'fairness',
  }
  const { pitch } = composePitch(answers, { messages: composeEn, variant: 0 })
  expect(pitch).toMatch(
    /I want a world where the people who move the boxes can see the numbers too(?:\.| and nobody)/u,
  )
})

test('a theme is never said as a written "X: we all know how that feels."', () => {
  // (With no moment, the question-first opening asks no question of its own about the theme.)
  const theme = 'being blamed for things you couldnt control'
  const lived = allDrafts({ ...worked, theme, spark: '' })
  expect(lived).toContain(
    'We all know what it’s like to feel blamed for things we couldn’t control.',
  )
  for (const theme of ['being blamed for things you couldnt control', 'belonging at work']) {
    expect(allDrafts({ ...worked, theme })).not.toMatch(/: we all know how that feels/u)
  }
})

test('the story-first opening does not name the core word three times in a row', () => {
  const { pitch } = composePitch(
    { ...worked, coreWord: 'sleep', theme: '' },
    { messages: composeEn, variant: 1 },
  )
  const sentences = pitch.split(/(?<=[.?!])\s+/u)
  sentences.forEach((_, i) => {
    const run = sentences.slice(i, i + 3)
    expect(run.length === 3 && run.every((s) => /\bsleep\b/iu.test(s))).toBe(false)
  })
})

test('a work named in a few words without its article gets one; a mass noun or a plural does not', () => {
  const said = (workOn: string, situation: Answers['situation']) =>
    allDrafts({ ...worked, workOn, situation })
  expect(said('short film', 'creative')).toContain('making a short film.')
  expect(said('buddy system', 'work-project')).toContain('working on a buddy system.')
  expect(said('pollinator-friendly mowing', 'cause')).not.toContain('a pollinator')
  expect(said('memory quilts', 'creative')).not.toContain('a memory quilts')
  expect(said('my fics', 'creative')).not.toContain('a my fics')
  // Spent set 41's "So I’m working on board game cafe.": a word the lexicon does not list, after
  // two that say which kind; not after one, where it is as often food ("frozen roti").
  expect(said('board game cafe', 'business')).toContain('building a board game cafe.')
  expect(said('open-source oxygen concentrator', 'business')).toContain(
    'an open-source oxygen concentrator.',
  )
  expect(said('frozen roti', 'business')).not.toContain('a frozen roti')
})

test('a short moment is told to its last line when that costs nothing else', () => {
  // Half the answers blank, as typed: every opening has room for the whole moment.
  const answers: Answers = {
    ...emptyAnswers(),
    situation: 'business',
    stage: 'vague',
    problem: 'Good amplifiers from the 70s end up in skips because nobody fixes them.',
    spark: 'Found a Quad 303 in a skip on Byres Road. Fixed it with a £3 capacitor. Still playing.',
    belief: 'Things were built to be repaired.',
    workOn: 'maybe a repair shop',
  }
  for (const variant of [0, 1, 2]) {
    const { pitch } = composePitch(answers, { messages: composeEn, variant })
    expect(pitch).toContain('Fixed it with a £3 capacitor. Still playing.')
  }
})

test('a theme typed with its hedge ("i think it\'s wanting…") is said without it', () => {
  const drafts = allDrafts({
    ...worked,
    theme: "i think it's wanting your work to be on the right side",
  })
  expect(drafts).not.toMatch(/I think it's wanting/iu)
  expect(drafts).toMatch(/want(?:ing)? (?:your|our) work to be on the right side/u)
})

test('a theme line does not say its own word twice ("We all know something about making something…")', () => {
  for (const theme of [
    'making something with your own hands',
    'having something to say and nobody listening',
  ]) {
    const drafts = allDrafts({ ...worked, theme })
    expect(drafts).not.toMatch(/We all know something (?:about|of) [^.]*\bsomething\b/u)
  }
})

test('the question-first opening never answers its own question with the same word', () => {
  const bare = allDrafts({ ...worked, coreWord: 'hope', belief: '', spark: '' })
  expect(bare).toContain('What does hope mean to you?')
  expect(bare).not.toMatch(
    /For me, it’s hope\.|For me, it comes down to hope\.|My answer is hope\./u,
  )
})

test('a moment typed as one long run-on is cut where it still makes sense', () => {
  const spark =
    'i worked 6 years at a parts warehouse in stockton and every christmas we counted everything by hand and the numbers never matched and my supervisor got written up for it even tho it wasnt her fault'
  const drafts = allDrafts({ ...worked, spark })
  // "…in stockton and my supervisor got written up for it": "it" was what the cut words told.
  // Cut short, the set-up is told to a pause; told whole where it fits.
  expect(drafts).not.toContain('in stockton and my supervisor got written up for it')
  expect(drafts).toContain('in stockton and every Christmas we counted everything by hand')
  expect(drafts).toContain('the numbers never matched and my supervisor got written up for it')
  // A turn that needs the cut words ("the box" it names, "her" with nobody before) is not told so.
  const box = allDrafts({
    ...worked,
    spark:
      'I was doing a bin audit on ward 8 and pulled out a whole box of an expensive antifungal worth about 3000 dollars unopened because the patient had been discharged and I just stood there holding the box',
  })
  expect(box).not.toContain('on ward 8 and I just stood there')
  const her = allDrafts({
    ...worked,
    spark:
      'Last July my husband came home from a roof at 3pm and sat in the car in the driveway for an hour with the ac blasting and I didn’t know what to tell her',
  })
  expect(her).not.toContain('at 3pm and I didn’t know what to tell her')
})

test('an answer read as something to do but opening on no plain verb is not put in a "to …" frame', () => {
  const said = (problem: string, belief: string) =>
    allDrafts({ ...worked, problem, belief, mistake: '' })
  const drafts = said('mowed roadsides', 'proven track record that skills transfer')
  expect(drafts).not.toMatch(/forget to mowed|should proven/u)
  expect(said("lobster's moving north", '')).not.toMatch(/forget to lobster/u)
  // (A problem read as a doing is no longer said "And still we forget to …": read aloud, none of
  // the drafts with that frame was right; see typed-as-said.test.ts.)
  expect(said('forget the people who do the work', '')).not.toMatch(/we forget to forget/u)
})

test('an abbreviation’s stop before a number does not end the sentence', () => {
  expect(splitSentences('Approx. 30,000 workers and their communities')).toEqual([
    'Approx. 30,000 workers and their communities',
  ])
})

test('a theme said as a story we all have asks for the listener’s in the same breath', () => {
  const cores = ['home', 'trust', 'voice', 'care', 'dignity', 'freedom', 'belonging', 'respect']
  const pitches = cores.map(
    (coreWord) =>
      composePitch(
        { ...worked, coreWord, theme: 'the people who keep the lights on' },
        { messages: composeEn, variant: 0 },
      ).pitch,
  )
  // Different people get different frames for a shared thing, not one line for everyone.
  const frames = new Set(
    pitches.map((p) => /We all [a-z ]+|It’s something we all share/u.exec(p)?.[0]),
  )
  expect(frames.size).toBeGreaterThan(1)
  const asStory = pitches.filter((p) => p.includes('We all have our own story of the people'))
  expect(asStory.length).toBeGreaterThan(0)
  for (const pitch of asStory) {
    expect(pitch).toContain(
      'We all have our own story of the people who keep the lights on. What’s yours?',
    )
  }
})

test('a better world typed as a bare noun or as people and what happens to them reads as a wish', () => {
  const storyOf = (betterWorld: string) =>
    [0, 1, 2]
      .map(
        (variant) =>
          composePitch({ ...worked, betterWorld }, { messages: composeEn, variant }).story,
      )
      .join(' ')
  // "balance" can be a verb too: "I want us to balance." is no wish.
  const balance = storyOf('balance')
  expect(balance).toContain('I’m working towards balance.')
  expect(balance).not.toContain('I want us to balance')
  // ("shop" read as a verb opened "I want us to shop floor people getting hired…".)
  const hired = storyOf('shop floor people getting hired into tech without starting over')
  expect(hired).toContain('I want to see shop floor people getting hired into tech')
  expect(hired).not.toContain('I want us to shop')
  // A verb alone still asks something of us.
  expect(storyOf('thrive')).toContain('I want us to thrive.')
})

test('a moment that ends in the present is not followed by a frame that tells it as past', () => {
  const sparks = [
    'My flatmate got to the final round of 7 interviews last spring and still has nothing',
    'Three years ago a boy on my ward asked me if he was going to die. I still have the drawing he gave me',
    'My nephew Callum knows every bus timetable in Swansea by heart and has been turned down for 31 jobs',
    'When my dad lost his sight in 2019 I read him the paper every morning. I still do it now',
  ]
  for (const spark of sparks) {
    for (const coreWord of ['chance', 'presence', 'courage', 'dignity', 'belonging', 'fairness']) {
      const { pitch } = composePitch(
        { ...worked, spark, coreWord },
        { messages: composeEn, variant: 1 },
      )
      expect(pitch).not.toMatch(
        /\b(?:still|now|has)\b[^.?!]*[.?!] (?:That stayed with me|Since then)/u,
      )
    }
  }
  // A moment told in the present of the person's own English (no verb of it past) is no event
  // to date "since then" from; one told in the past still may be.
  const told = (spark: string) =>
    [0, 1, 2, 3, 4, 5].map(
      (voice) =>
        composePitch(
          {
            ...worked,
            spark,
            coreWord:
              ['courage', 'dignity', 'fairness', 'presence', 'belonging', 'chance'][voice] ?? '',
          },
          { messages: composeEn, variant: 1 },
        ).pitch,
    )
  for (const pitch of told('My sister Thuy work night at the hospital 7pm to 7am')) {
    expect(pitch).not.toMatch(/7am\. (?:That stayed with me|Since then)/u)
  }
  expect(
    told('My sister Thuy worked nights at the hospital and slept in her car').join(' '),
  ).toMatch(/(?:That stayed with me|Since then)/u)
})

test('a core word the person says with an article keeps it, even where they also name a kind of it', () => {
  // "a youth orchestra" is still an orchestra: no sign the word is used bare, as "at home" is.
  const answers = {
    ...worked,
    belief: 'An orchestra is a country you can carry with you.',
    workOn: 'a youth orchestra for migrant kids in Doral',
    coreWord: 'orchestra',
  }
  const { hook } = composePitch(answers, { messages: composeEn, variant: 0 })
  expect(hook).toMatch(/\b(?:the|an) orchestra\b/u)
  // Said bare after a verb or a preposition, the word stays bare ("I found my people at church").
  const church = composePitch(
    {
      ...worked,
      belief: 'The church was the only place that fed us.',
      spark: 'I found my people at church when I was fifteen.',
      coreWord: 'church',
    },
    { messages: composeEn, variant: 0 },
  ).hook
  expect(church).toMatch(/\babout church\b/u)
})

test('a theme that names no thing to share ("not too late") is not said as one; a spoken "so" before it goes', () => {
  const pitches = (theme: string) =>
    [0, 1, 2].map(
      (variant) => composePitch({ ...worked, theme }, { messages: composeEn, variant }).pitch,
    )
  for (const pitch of pitches('not too late')) {
    expect(pitch).not.toMatch(/(?:about|share:|story of) not too late/u)
  }
  for (const pitch of pitches('so being protected I guess')) {
    expect(pitch).not.toMatch(/\bso being protected/u)
  }
  // A feeling typed with "not" is still a thing we share ("not knowing who to call").
  expect(pitches('not knowing who to call').join(' ')).toMatch(/not knowing who to call/u)
})

test('a long theme is never left with "feels like" hanging after it', () => {
  const themes = [
    'being judged before you get to show your work',
    'being invisible in a room full of people',
    'being far from help when it matters most',
  ]
  for (const theme of themes) {
    for (const coreWord of ['dignity', 'belonging', 'fairness', 'home']) {
      const drafts = everyDraft({ ...worked, theme, coreWord })
      expect(drafts).toContain(theme)
      expect(drafts).not.toMatch(/feels like\./u)
    }
  }
})

test('"Have you ever…?" about a thing done is not answered for the listener; a wish is everyone’s', () => {
  const done = ['starting again from zero', 'choosing to stay'].map((theme) =>
    everyDraft({ ...worked, theme, coreWord: 'dignity' }),
  )
  const asked = done.join('\n').match(/Have you ever [^?]+\? [^.]+\./gu) ?? []
  expect(asked.length).toBeGreaterThan(0)
  for (const line of asked) expect(line).toMatch(/\? Most of us have, or know someone who has\.$/u)
  const wished = everyDraft({ ...worked, theme: 'wanting to be useful', coreWord: 'dignity' })
  expect(wished).toMatch(/Have you ever wanted to be useful\? [^.]*most of us have/iu)
})

test('a thing we do with one another is asked of all of us: "When did we last look out for each other?"', () => {
  for (const theme of [
    'looking out for each other',
    'singing together',
    'finding one another again',
  ]) {
    const drafts = everyDraft({ ...worked, theme, coreWord: 'community' })
    expect(drafts).not.toMatch(/Have you ever [^?]*(?:each other|together|one another)\?/u)
    expect(drafts).toMatch(
      /When did we last (?:look out for each other|sing together|find one another again)\?/u,
    )
  }
})

test('a belief naming a thing with a verb of its own is believed as a clause, not "believed in"', () => {
  const beliefs = [
    [
      'every face that worked deserves to be on the wall',
      /I believe (?:that )?every face that worked deserves to be on the wall/u,
    ],
    [
      'consent without understanding is not consent',
      /I believe (?:that )?consent without understanding is not consent/u,
    ],
    [
      'the people who stayed should get first chance to own the block',
      /I believe (?:that )?the people who stayed should get/u,
    ],
    // A verb after a relative clause's own, a modal, a verb the tagger reads as a plural noun.
    [
      'a country that forgets its wounds keeps reopening them',
      /I believe (?:that )?a country that forgets its wounds keeps/u,
    ],
    [
      'a child who reads for fun will never stop learning',
      /I believe (?:that )?a child who reads for fun will/u,
    ],
    [
      'the last day in hospital matters as much as the first',
      /I believe (?:that )?the last day in hospital matters/u,
    ],
    [
      'belonging starts on day one, not day ninety',
      /I believe (?:that )?belonging starts on day one/u,
    ],
  ] as const
  for (const [belief, said] of beliefs) {
    const drafts = everyDraft({ ...worked, belief })
    expect(drafts).not.toMatch(
      /I believe in (?:every face|consent|the people|a country|a child|the last day|belonging)/u,
    )
    expect(drafts).toMatch(said)
  }
  // A doing with "is" said of it is a clause too.
  const doing = everyDraft({
    ...worked,
    belief: 'not speaking the language is not the same as not knowing',
  })
  expect(doing).toMatch(/I believe (?:that )?not speaking the language is not the same/u)
  expect(doing).not.toMatch(/I believe in not speaking/u)
  // A thing believed in stays so: "shade as public health", "people who care", "asking for help".
  for (const belief of ['shade as public health', 'people who care', 'asking for help']) {
    expect(everyDraft({ ...worked, belief })).toContain(`I believe in ${belief}`)
  }
})

test('in another language, the core word is said without the question mark typed after it, and a moment a few words over is told to its end', () => {
  const answers: Answers = {
    ...emptyAnswers(),
    situation: 'work-project',
    stage: 'vague',
    problem:
      'les petites lignes de train ferment une par une et les villages se vident, je ne sais pas par quel bout le prendre',
    spark:
      'ma grand-mère habite à côté de Roanne et sa gare a fermé il y a quelques années, depuis elle ne vient plus nous voir à Lyon. elle dit que le car n’est pas pour elle.',
    belief: 'un train ce n’est pas qu’un transport, c’est un lien',
    workOn: 'un projet pour les petites lignes dans mon service',
    theme: 'être isolé',
    coreWord: 'lien ?',
  }
  for (const variant of [0, 1, 2]) {
    const d = composePitch(answers, { messages: composeEn, variant })
    expect(d.language).toBe('fr')
    expect(d.hook).not.toContain('?')
    expect(d.pitch.match(/\?/gu)?.length ?? 0).toBeLessThanOrEqual(1)
    expect(d.pitch).toContain('Elle dit que le car n’est pas pour elle.')
  }
})

test('a moment told short never keeps "it" while leaving out the line that brought the thing in', () => {
  const answers: Answers = {
    ...worked,
    spark:
      'A Marine, 6\'4", wouldn\'t say a word for two sessions. Third session he hummed a melody. We wrote "Tell Mama I\'m Fine" around it. When he played it for his wife at the showcase she walked up on stage mid-song and held him.',
  }
  for (const variant of [0, 1, 2]) {
    const { pitch, story } = composePitch(answers, { messages: composeEn, variant })
    for (const text of [pitch, story]) {
      expect(text).toContain("A Marine, 6'4\", wouldn't say a word for two sessions.")
      if (/around it/u.test(text)) expect(text).toContain('he hummed a melody')
      expect(text).not.toMatch(/"Tell Mama I'm\./u)
    }
  }
})

test('a thing someone had is brought in before "it" is done to: "I took it away" keeps "She had a phone"', () => {
  const answers: Answers = {
    ...worked,
    spark:
      "found my 9 year old daughter crying under her blanket at 1am because she'd been kicked out of a class group chat. she had a phone for 2 months. I took it away and she said 'now I'll really have no friends'",
  }
  for (const variant of [0, 1, 2]) {
    const { pitch, story } = composePitch(answers, { messages: composeEn, variant })
    for (const text of [pitch, story]) {
      expect(text).toContain('crying under her blanket')
      if (/took it away/u.test(text)) expect(text).toContain('She had a phone for 2 months.')
    }
  }
})

test("a moment told short is never cut inside someone's words in single quotes", () => {
  const answers: Answers = {
    ...worked,
    spark:
      "Played at my grandpa's memory care place last Christmas - he hadn't said my name in a year. I played 'you are my sunshine' and he sang every word - then looked at me and said 'nora, you got your grandma's hands'",
  }
  for (const variant of [0, 1, 2]) {
    const { pitch, story } = composePitch(answers, { messages: composeEn, variant })
    for (const text of [pitch, story]) {
      expect(text).toContain("Played at my grandpa's memory care place last Christmas")
      if (/grandma's hands/u.test(text)) expect(text).toContain("said 'nora, you got")
      expect(text).not.toMatch(/sunshine', you got/u)
    }
  }
})

test('a work not yet known, said with a doubt first, is said as what the person is thinking about', () => {
  const answers: Answers = {
    ...worked,
    workOn: 'no idea yet, something about damp and renters rights',
  }
  const drafts = everyDraft(answers)
  expect(drafts).toContain('thinking about damp and renters rights')
  expect(drafts).not.toMatch(/no idea yet|working on no idea/iu)
})

test('with no word, "something we all share" is said once, and the theme follows its colon', () => {
  const answers: Answers = {
    ...worked,
    coreWord: '',
    theme: 'calling for help and getting the wrong kind',
  }
  const drafts = everyDraft(answers)
  expect(drafts).toContain('It’s about something we all share: calling for help')
  expect(drafts).not.toMatch(/something we all share\. (?:We all|We’ve all|It’s something)/u)
})

test('a world with things gone is said with "with": "a world with no more feed sacks by the road"', () => {
  const drafts = everyDraft({ ...worked, betterWorld: 'No more feed sacks by the road' })
  expect(drafts).toContain('a world with no more feed sacks by the road')
  expect(drafts).not.toContain('a world where no more')
})

test('a problem whose first clause has no verb is not asked as something noticed', () => {
  const answers: Answers = {
    ...worked,
    coreWord: '',
    theme: '',
    problem:
      "Too many dogs and cats out here and the nearest clinic is 2 hrs. People can't afford $300 to spay.",
  }
  expect(everyDraft(answers)).not.toMatch(/noticed that too many dogs/iu)
})

test('the one sentence gives its reason after the work, not after an afterthought typed after it', () => {
  const thrift = composePitch(
    {
      ...worked,
      workOn: 'a campus thrift thing. pop-ups maybe',
      belief: 'clothes deserve a second life',
    },
    { messages: composeEn },
  ).oneLiner
  expect(thrift).toMatch(/campus thrift thing because I believe clothes deserve a second life\.$/u)
  const shrug = composePitch(
    { ...worked, workOn: "don't know yet. a policy maybe", belief: 'nobody should sleep in a car' },
    { messages: composeEn },
  ).oneLiner
  expect(shrug).not.toMatch(/know yet because/iu)
})

test('who it is for is said once as coming first: "Most of all, I’m thinking of widows mostly." is not said', () => {
  const drafts = everyDraft({ ...worked, forWhom: 'widows mostly', affected: '' })
  expect(drafts).toContain('widows')
  expect(drafts).not.toMatch(/widows mostly/u)
})

test('with no moment to tell, no opening says a word "stuck with me"', () => {
  const answers: Answers = {
    ...emptyAnswers(),
    situation: 'business',
    stage: 'vague',
    problem:
      "Our town of 3,000 has no bookstore, the nearest is 45 minutes away in Lexington, and the library is open 3 days a week. I taught 4th grade for 34 years and I've watched kids who loved reading at 9 stop by 13 because there's nowhere to go and nothing new to read. I'm thinking about a used bookshop with coffee, maybe? My late husband always said I should.",
    workOn: 'a bookshop maybe',
  }
  const drafts = everyDraft(answers)
  expect(drafts).toContain('bookshop')
  expect(drafts).not.toMatch(/stuck with me/u)
})

test('a pitch that says nothing of the work says who it is for without "this"', () => {
  const pointing: string[] = []
  let unworked = 0
  for (const persona of [...DEV_PERSONAS, ...PERSONAS_DEV_2].filter((p) => p.language === 'en')) {
    // (The work's longest word stands for it: said, the work line is said.)
    const work =
      persona.answers.workOn
        .toLowerCase()
        .split(/[^\p{L}\p{N}'’-]+/u)
        .sort((a, b) => b.length - a.length)[0] ?? ''
    for (const variant of [0, 1, 2]) {
      const { pitch } = composePitch(persona.answers, { messages: composeEn, variant })
      if (work.trim() !== '' && pitch.toLowerCase().includes(work)) continue
      unworked++
      if (/I’m doing this for|This is for/u.test(pitch)) pointing.push(`${persona.id}/${variant}`)
    }
  }
  expect(unworked).toBeGreaterThan(20)
  expect(pointing).toEqual([])
})

test('a better world that pictures "every …" doing something is seen, not said as a clause without a verb', () => {
  // "I want a world where every school kitchen cooking fresh again…" has no verb for "every
  // school kitchen": after "every" the verb agrees with one ("cooks", "can cook"), and a bare
  // "grow" after "helping" is not it.
  const drafts = allDrafts({
    ...worked,
    betterWorld: 'every school kitchen cooking fresh again, kids helping grow the veg',
  })
  expect(drafts).toMatch(/I want to see every school kitchen cooking fresh again/u)
  expect(drafts).not.toMatch(/world where every school kitchen cooking/u)
  // …while "every bloke on his own has somewhere to go" is a clause.
  expect(
    allDrafts({
      ...worked,
      betterWorld: 'every bloke on his own has somewhere to go on a Tuesday',
    }),
  ).toMatch(/world where every bloke on his own has somewhere to go/u)
})

test('words the theme-first 30-second pitch has left go to the moment, and nothing else is dropped for them', () => {
  const answers: Answers = {
    ...emptyAnswers(),
    situation: 'business',
    stage: 'convening',
    spark:
      'My brother Kimani rode a boda on Thika Road to pay my fees. In 2017 a matatu hit him at Roysambu. He survived but he cannot ride now. I finished my degree because of that bike.',
    workOn: 'affordable helmets and training for boda riders',
    forWhom: 'riders and passengers',
    theme: 'coming home safe',
    coreWord: 'backbone',
  }
  const told = [0, 1, 2].map(
    (variant) => composePitch(answers, { messages: composeEn, variant }).pitch,
  )
  // The accident is the story; the theme-first pitch had words to spare for it.
  expect(told[0]).toContain(
    'In 2017 a matatu hit him at Roysambu. He survived but he cannot ride now.',
  )
  for (const pitch of told) {
    expect(countWords(pitch)).toBeLessThanOrEqual(PITCH_WORDS.max)
    expect(pitch).toMatch(/riders and passengers/u)
    expect(pitch).toMatch(/helmets and training for boda riders/u)
  }
})

test('a hook too long for its twenty words says the first of two sentences, or what was noticed without the noticing', () => {
  // Read in spent persona set 23: both hooks were 21 words.
  const hookOf = (problem: string) =>
    composePitch(
      { ...emptyAnswers(), situation: 'job', stage: 'vague', problem },
      { messages: composeEn },
    ).hook
  const twoSentences = hookOf(
    '200 applications, 3 callbacks. idk if the problem is me or the whole junior dev market',
  )
  expect(twoSentences).toBe('It’s about this: 200 applications, 3 callbacks.')
  const noticing = hookOf(
    'i keep noticing that tenants facing eviction have no idea what their rights are until its too late',
  )
  expect(noticing).toMatch(/^It’s about this: tenants facing eviction have no idea/u)
  for (const hook of [twoSentences, noticing]) expect(countWords(hook)).toBeLessThanOrEqual(20)
})

test('a problem quoted with a question inside still leaves the pitch a question of its own', () => {
  const answers: Answers = {
    ...worked,
    problem:
      'booking a holiday when you\'re in a wheelchair means 40 emails asking "is there REALLY no step?" (there is always a step)',
    belief: '',
    theme: '',
  }
  for (const variant of [0, 1, 2]) {
    const { pitch } = composePitch(answers, { messages: composeEn, variant })
    // A question mark outside any quotation.
    expect(pitch.replace(/"[^"]*"/gu, '')).toContain('?')
  }
})

test('a problem of several sentences gives its first inside the one sentence', () => {
  const { oneLiner } = composePitch(
    {
      ...emptyAnswers(),
      situation: 'work-project',
      stage: 'vague',
      problem: 'high schools cut shop class. in 1998 Duluth had 7 shop programs, in 2024 it has 1',
    },
    { messages: composeEn },
  )
  expect(oneLiner).toMatch(/^High schools cut shop class, and I/u)
})

test('people said with where they are after a comma are one group, not two joined by "and"', () => {
  const drafts = allDrafts({
    ...worked,
    forWhom: 'renters, mostly moms with kids, in the south side',
  })
  expect(drafts).toContain('renters, mostly moms with kids, in the south side')
  expect(drafts).not.toContain('kids and in the south side')
})

test('work named by a quotation that ends on its question mark takes no stop or comma after it', () => {
  const drafts = allDrafts({
    ...worked,
    workOn: 'a zine called "You alright, hen?"',
    forWhom: 'foreign wives',
  })
  expect(drafts).toContain('called "You alright, hen?"')
  expect(drafts).not.toMatch(/hen\?"[.,]/u)
})

test('with no word, no theme and no one in the moment to land on, the pitch comes home to a short problem', () => {
  const answers: Answers = {
    ...emptyAnswers(),
    situation: 'cause',
    stage: 'vague',
    problem: 'nurses are exhausted',
    spark: 'last week i did 4 nights in a row, 13 hours each, didnt get a break on two of them',
  }
  const pitches = [0, 1, 2].map(
    (variant) => composePitch(answers, { messages: composeEn, variant }).pitch,
  )
  for (const pitch of pitches) {
    expect(pitch).not.toContain('That’s why it matters to me.')
    expect(pitch).toMatch(/: nurses are exhausted\.$/u)
  }
  // A problem too long to say twice keeps the plain landing.
  const long = composePitch(
    {
      ...answers,
      problem:
        'we have 3 different coloured bins and everyone puts everything in all of them and nobody cares',
    },
    { messages: composeEn },
  ).pitch
  expect(long).not.toMatch(/let go of: we have 3/u)
})

test('a belief or a better world still hedged with "maybe" is said as the person hedged it', () => {
  const drafts = allDrafts({
    ...worked,
    belief: 'maybe stuff holds stories??',
    betterWorld: 'maybe one day the women are on the wall of the kafeneio too',
  })
  expect(drafts).not.toMatch(/I believe maybe|a world where maybe/u)
  expect(drafts).toContain('Maybe stuff holds stories.')
  expect(drafts).toContain('Maybe one day the women are on the wall of the kafeneio too.')
})

test('a problem too long to land on whole is landed on without its reason', () => {
  const answers: Answers = {
    ...emptyAnswers(),
    situation: 'cause',
    stage: 'narrowing',
    problem:
      'People put off going to hospital because nobody can look after the dog. Some discharge themselves early.',
    workOn: 'emergency dog care for people going into hospital',
  }
  const pitches = [0, 1, 2].map(
    (variant) => composePitch(answers, { messages: composeEn, variant }).pitch,
  )
  for (const pitch of pitches) {
    expect(pitch).not.toContain('That’s why it matters to me.')
    expect(pitch).toMatch(/: people put off going to hospital\.$/u)
  }
})

test('a turn on "her" is not told after a gap when the one named before it is a place gone to or a "Mr."', () => {
  const tell = (spark: string) =>
    [0, 1, 2].map(
      (variant) => composePitch({ ...worked, spark }, { messages: composeEn, variant }).pitch,
    )
  const makoko = tell(
    'I went with my church to Makoko after the flood in July. A woman was drying school books on a roof with a clothes iron heated on charcoal. Page by page. Her son has exams in August.',
  )
  for (const pitch of makoko) expect(pitch).not.toMatch(/in July\. Her son/u)
  const saleh = tell(
    "Mr. Saleh, 81, hadn't eaten properly in five days on the stroke ward in 2021. His granddaughter brought in a tub of her mum's saltah and he ate the lot. I asked her for the recipe on the spot.",
  )
  for (const pitch of saleh) expect(pitch).not.toMatch(/in 2021\. I asked her/u)
  // A title's stop ends no sentence: "Mrs. Lindgren" is someone for the "she" after her.
  const lindgren = tell(
    'Mrs. Lindgren, 84, drove 58 miles for her insulin in January and slid into the ditch on the way back. She sat in her car 3 hours before a trucker stopped. I still think about her.',
  )
  expect(
    lindgren.some((pitch) => /on the way back\. (?:She sat|I still think about her)/u.test(pitch)),
  ).toBe(true)
})

test('a turn on "it" is not told after a gap that made the thing it is', () => {
  const spark =
    "my dad has parkinson's - diagnosed 2018. one morning in 2022 he tried to button his shirt for 15 minutes and wouldn't let me help. i sat on the edge of his bed in verdun and realized i was watching a puzzle - a really hard, really sad puzzle - and i make puzzles for a living. that night i prototyped a button mini-game where your hands shake. my dad played it and laughed and said 'that's exactly it, you bastard'"
  const pitches = [0, 1, 2].map(
    (variant) => composePitch({ ...worked, spark }, { messages: composeEn, variant }).pitch,
  )
  for (const pitch of pitches) expect(pitch).not.toMatch(/diagnosed 2018\. My dad played it/u)
})

test('a turn "after that" is not told after a gap: it says after nothing', () => {
  const spark =
    'My sister Thuy work night at the hospital 7pm to 7am. In 2020 she leave her 2 kids, 5 and 9, sleeping alone in apartment because nobody can watch. Every hour she call from break room to check. One night the 9 year old answer phone crying because smoke alarm is beeping. Ok she quit the job after that.'
  const pitches = [0, 1, 2].map(
    (variant) => composePitch({ ...worked, spark }, { messages: composeEn, variant }).pitch,
  )
  for (const pitch of pitches) {
    expect(pitch).not.toMatch(/7am\. (?:Ok )?[Ss]he quit the job after that/u)
    expect(pitch).not.toMatch(/\bOk she\b/u)
  }
})

test('a turn on "her" is not told after a gap when only a language, a day or a place was named before it', () => {
  const spark =
    'When I arrive in Leeds in 2017 I had good English on paper, but first time I go to the GP I could not say my son has fever. A old lady in the waiting room helped me. Her name was Margaret, we are still friends.'
  const pitches = [0, 1, 2].map(
    (variant) => composePitch({ ...worked, spark }, { messages: composeEn, variant }).pitch,
  )
  for (const pitch of pitches) expect(pitch).not.toMatch(/has fever\. Her name/u)
  // A date is no one either: "she" after "0217 hrs, Oct 2022." leans on the mother left out.
  const dispatcher = [0, 1, 2].map(
    (variant) =>
      composePitch(
        {
          ...worked,
          spark:
            "0217 hrs, Oct 2022. a mom called about her son, 24, off his meds, standing in the kitchen holding a butter knife, saying he was scared. I had to code it as a 'disturbance with weapon.' I heard the whole thing on the open line. he's alive. barely. she still sends me a christmas card",
        },
        { messages: composeEn, variant },
      ).pitch,
  )
  for (const pitch of dispatcher) expect(pitch).not.toMatch(/Oct 2022\. She still/u)
})

test('a moment whose "her" points at no one told says whose, when one person of that kind is named elsewhere', () => {
  const answers: Answers = {
    ...emptyAnswers(),
    situation: 'creative',
    stage: 'vague',
    problem: "my family's recipes only exist in my grandma's head and she's 88...",
    spark:
      'last thanksgiving i tried to make her sambusa and it was a disaster 😭 she laughed so hard then stood next to me for 3 hours and i filmed her hands the whole time. now i watch that video like every week',
    whyNow: "she had a small stroke in august. she's ok but... yeah",
    workOn: 'like a zine? or a cookbook? with drawings of her hands',
    theme: 'holding on to the people who made us',
  }
  const drafts = allDrafts(answers)
  expect(drafts).toContain("I tried to make my grandma's sambusa")
  expect(drafts).not.toMatch(/make her sambusa/u)
  // …and so does a moment that starts on "he" ("He make the best arepas" named no one).
  const brother = allDrafts({
    ...answers,
    problem: 'my brother got out of prison and nobody want to hire him',
    spark: 'he make the best arepas, better than my mami. he cook for 200 inmates every day',
    whyNow: '',
    workOn: 'a food truck with people who were in prison',
  })
  expect(brother).toMatch(/My brother make the best arepas/u)
  expect(brother).not.toMatch(/\bHe make the best/u)
  // A word said after trailing off is not the thought's end: "She's ok but." was told.
  expect(drafts).not.toMatch(/ok but\./u)
  // "like a zine": a hedge, not a simile.
  expect(drafts).not.toMatch(/on like a zine/u)
  // "that video" is the filming: not told after the filming was left out.
  expect(drafts).not.toMatch(/disaster\. Now I watch that video/u)
  // Someone told before the pronoun is who it points at.
  const nan = allDrafts({
    ...answers,
    spark: 'last march my nan waited for 3 buses and missed her hospital appointment',
    problem: 'my nan and my mum both use wheelchairs',
  })
  expect(nan).toContain('missed her hospital appointment')
})

test('a core word before "nobody" in the theme is not read as describing it', () => {
  const drafts = allDrafts({
    ...worked,
    coreWord: 'brave',
    theme: 'the kind of brave nobody salutes',
  })
  expect(drafts).not.toMatch(/brave nobody(?: matters|, really|\.| mean)/u)
  expect(drafts).toContain('the kind of brave nobody salutes')
})

test('a one sentence too short to stand says its why, with a word the composer found', () => {
  const answers: Answers = {
    ...emptyAnswers(),
    situation: 'creative',
    stage: 'vague',
    problem: 'idk. phones?',
    affected: 'teens',
    spark: 'my friends on the train all on phones not talking',
    belief: 'idk',
    betterWorld: 'talking',
    workOn: 'short film',
  }
  for (const variant of [0, 1, 2]) {
    const { oneLiner } = composePitch(answers, { messages: composeEn, variant })
    // ("I'm making a short film." was five words: a line on a form.)
    expect(countWords(oneLiner)).toBeGreaterThanOrEqual(6)
    expect(oneLiner).toMatch(/short film because/u)
  }
})

test('with no one named as better off, the people a problem starts on are, though the lexicon knows them only as words', () => {
  // Compromise reads "nurse" as a verb and "kid" as a plain noun: "It would make life better for
  // the people who live with it." was said in their place.
  for (const [problem, people] of [
    ['nurses are exhausted and nobody asks them why', 'nurses'],
    ['kids at my school have nowhere to go after 3pm', 'kids at my school'],
    ['students skip meals to pay rent', 'students'],
  ] as const) {
    const drafts = [0, 1, 2].map(
      (variant) =>
        composePitch(
          {
            ...emptyAnswers(),
            situation: 'cause',
            stage: 'vague',
            problem,
            spark: 'Last winter I watched it happen to someone I love, and nobody noticed.',
          },
          { messages: composeEn, variant },
        ).pitch,
    )
    for (const pitch of drafts) {
      expect(pitch).not.toMatch(/the people who live with it/u)
      expect(pitch).toContain(people)
    }
  }
})

test('"people" alone, who a problem starts on, is no one in particular: no "This is for people."', () => {
  for (const variant of [0, 1, 2]) {
    const { pitch, story } = composePitch(
      {
        ...emptyAnswers(),
        situation: 'creative',
        stage: 'vague',
        problem: "people finish your sentences for you and think they're being nice",
        betterWorld: 'people wait',
        workOn: 'a comedy show about my stammer',
      },
      { messages: composeEn, variant },
    )
    for (const text of [pitch, story]) expect(text).not.toMatch(/\bfor people\./u)
  }
})

test('a better world of people and what is done for them, with no verb of its own, is seen or had, not "a world where…"', () => {
  const story = (betterWorld: string) =>
    composePitch(
      {
        ...emptyAnswers(),
        situation: 'cause',
        stage: 'vague',
        problem: 'hospitals get hacked',
        betterWorld,
      },
      { messages: composeEn, variant: 0 },
    ).story
  expect(story('no surgery cancelled because of a hacker')).toContain(
    'I want a world with no surgery cancelled because of a hacker.',
  )
  expect(story('dairy farmers paid a fair price again')).toContain(
    'I want to see dairy farmers paid a fair price again.',
  )
  // A participle that says which one, or a verb of the clause's own, keeps the clause.
  expect(story('every cup sold pays for a meal')).toContain(
    'I want a world where every cup sold pays for a meal.',
  )
  expect(story('no child went hungry on a Sunday')).toContain(
    'I want a world where no child went hungry on a Sunday.',
  )
})

test('a better world said as things and people done to, with no verb of their own, is wanted in words that take it', () => {
  const story = (betterWorld: string) =>
    composePitch(
      {
        ...emptyAnswers(),
        situation: 'cause',
        stage: 'vague',
        problem: 'hospitals get hacked',
        betterWorld,
      },
      { messages: composeEn, variant: 0 },
    ).story
  // Who it is may say where they are and whose ("A world where every pet in the county
  // vaccinated…" was said).
  expect(
    story('every pet in the county vaccinated and spayed, and fewer dogs in the shelter'),
  ).toContain(
    'I want to see every pet in the county vaccinated and spayed, and fewer dogs in the shelter.',
  )
  expect(story("every person's wishes written down and honoured")).toContain(
    "I want to see every person's wishes written down and honoured.",
  )
  expect(story('every letter from the city understood in one read')).toContain(
    'I want to see every letter from the city understood in one read.',
  )
  // Past forms the tagger reads alone as adjectives.
  expect(story('no job left half done between shifts')).toContain(
    'I want a world with no job left half done between shifts.',
  )
  expect(story('nobody stuck in one room of their own house waiting on a ramp')).toContain(
    'I want a world with nobody stuck in one room of their own house waiting on a ramp.',
  )
  // A thing named first, its verbs after a comma.
  expect(story('real food on every tray, cooked in the building')).toContain(
    'I want a world with real food on every tray, cooked in the building.',
  )
  expect(story('one registration, shared safely, and more time for actual help')).toContain(
    'I want a world with one registration, shared safely, and more time for actual help.',
  )
  // …but a verb of the main clause after the list keeps the clause ("has"), and so does a
  // verb in -s the tagger may read as a plural ("vents").
  expect(story('every footy ground, pub and servo in the shire has a defib')).toContain(
    'I want a world where every footy ground, pub and servo in the shire has a defib.',
  )
  expect(story('no hospital in the UK vents desflurane by 2026')).toContain(
    'I want a world where no hospital in the UK vents desflurane by 2026.',
  )
  expect(story('when someone falls at night, staff know in one minute')).not.toMatch(
    /world with when/u,
  )
})

test('with no theme and no core word, we share having seen the problem, not having lived it', () => {
  // "It's about this: nurses are exhausted. We've all been there. When did you last feel that
  // yourself?" told every listener they had been an exhausted nurse.
  for (const variant of [0, 1, 2]) {
    const { pitch } = composePitch(
      {
        ...emptyAnswers(),
        situation: 'cause',
        stage: 'vague',
        problem: 'girls miss school when they have their period because pads are expensive',
        spark: 'My niece stayed home three days every month and told her teacher she had a cold.',
        workOn: 'free pads in every girls toilet',
      },
      { messages: composeEn, variant },
    )
    expect(pitch).not.toMatch(/been there|felt it|feel that yourself/u)
    expect(pitch).toMatch(/\b(?:we|us)\b[^.]*\bseen?\b/iu)
  }
  // The speaker's own, told without "I", is something we may have been through; told with it,
  // it is where they come from, and most of us know someone there ("I'm an engineer but driving
  // uber. We've all been there." said every listener had been).
  const own = (problem: string) =>
    composePitch(
      { ...emptyAnswers(), situation: 'job', stage: 'vague', problem },
      { messages: composeEn, variant: 0 },
    ).pitch
  expect(own('retired last year. bored stiff')).toMatch(/We’ve all been there\./u)
  expect(own("I'm an engineer but driving uber")).toMatch(
    /^It’s about where I’m coming from: I'm an engineer but driving uber\. Most of us know someone in the same place\./u,
  )
})

test("a one-word theme is what the hook is about, and the core word the person's word for it", () => {
  const hook = (answers: Partial<Answers>) =>
    composePitch(
      { ...emptyAnswers(), situation: 'cause', stage: 'vague', ...answers },
      { messages: composeEn, variant: 0 },
    ).hook
  // ("It's about company: loneliness." was two labels side by side.)
  expect(hook({ theme: 'loneliness', coreWord: 'company' })).toBe(
    'It’s about loneliness, and my word for it is “company”.',
  )
  // ("craft" is a verb too, and said nowhere else: said as the person's word, as "float" is.)
  expect(hook({ theme: 'pride in a job done right', coreWord: 'craft' })).toBe(
    'It’s about pride in a job done right, and my word for it is “craft”.',
  )
  expect(hook({ theme: 'pride in a job done right', coreWord: 'dignity' })).toBe(
    'It’s about dignity: pride in a job done right.',
  )
})

test('a hook with a core word and no theme says what the word is about with the problem', () => {
  const hook = (answers: Partial<Answers>) =>
    composePitch(
      { ...emptyAnswers(), situation: 'work-project', stage: 'vague', ...answers },
      { messages: composeEn, variant: 0 },
    ).hook
  expect(hook({ problem: 'our code reviews are mean', coreWord: 'kindness' })).toBe(
    'It’s about kindness: our code reviews are mean.',
  )
  // ("It's about trust, and we all know it." said nothing of what the word is about.)
  expect(
    hook({ problem: 'on-call is burning out our best engineers', coreWord: 'sleep' }),
  ).not.toMatch(/we all know it/u)
  // The person, a doubt, or a topic of a word or two is no problem to name the word with.
  for (const problem of [
    'I have been quilting since I was 9',
    'stray dogs',
    'not sure, maybe loneliness',
  ]) {
    expect(hook({ problem, coreWord: 'warmth' })).toBe('It’s about warmth, and we all know it.')
  }
})

test('answers in Chinese or Japanese are joined without a space after each full stop', () => {
  const chinese: Answers = {
    ...emptyAnswers(),
    situation: 'work-project',
    stage: 'growing',
    problem: '我们厂的夜班工人半夜只能吃泡面和冷包子，食堂晚上八点就关了。',
    spark: '有一次凌晨三点我去车间，看到一个二十岁的小伙子蹲在机器旁边用热水壶泡面。',
    belief: '晚上干活的人也应该吃上一口热饭。',
    workOn: '把夜间热饭推广到所有厂区',
    coreWord: '热饭',
  }
  for (const variant of [0, 1, 2]) {
    const drafts = composePitch(chinese, { messages: composeEn, variant })
    expect(drafts.language).toBe('zh')
    for (const text of [drafts.pitch, drafts.story]) {
      expect(text).toContain('热饭')
      expect(text).not.toMatch(/[。？！]\s+\p{Script=Han}/u)
    }
  }
})

test('a belief typed as a question in Arabic or Greek is the pitch’s one question, asked in its own mark', () => {
  const arabic: Answers = {
    ...emptyAnswers(),
    situation: 'business',
    stage: 'convening',
    problem: 'الفلاحون الصغار في الدلتا يصرفون نصف دخلهم على السولار لتشغيل ماكينات الري',
    spark: 'عمي في المنوفية باع جاموسته الوحيدة ليدفع ثمن السولار في صيف ٢٠٢٢',
    belief: 'الشمس موجودة فوق كل حقل، فلماذا ندفع ثمن الطاقة؟',
    workOn: 'مضخات ري بالطاقة الشمسية بالتقسيط',
    coreWord: 'الشمس',
  }
  const greek: Answers = {
    ...emptyAnswers(),
    situation: 'business',
    stage: 'vague',
    problem: 'οι νέοι φεύγουν από το νησί, μένουν μόνο οι γέροι και οι ελιές',
    spark: 'ο παππούς μου έχει 300 ελιές και κανείς από τα εγγόνια δεν θέλει να τις μαζέψει',
    belief: 'γιατί να φεύγεις για να ζήσεις καλά;',
    workOn: 'κάτι με το λάδι; δεν ξέρω ακόμα',
    coreWord: 'ρίζες',
  }
  for (const variant of [0, 1, 2]) {
    const ar = composePitch(arabic, { messages: composeEn, variant }).pitch
    expect(ar).toContain('فلماذا ندفع ثمن الطاقة؟')
    expect(ar.match(/؟/gu)).toHaveLength(1)
    const el = composePitch(greek, { messages: composeEn, variant }).pitch
    expect(el).toContain('Γιατί να φεύγεις για να ζήσεις καλά;')
    expect(el).not.toContain('?')
    // The work typed with a hedge ("something with the oil? don't know yet") is said, not asked.
    expect(el).toMatch(/[Κκ]άτι με το λάδι, δεν ξέρω ακόμα\./u)
    expect(el.match(/;/gu)).toHaveLength(1)
  }
})

test('a theme or a work that names a thing is not said as a doing', () => {
  const base: Answers = {
    ...emptyAnswers(),
    situation: 'cause',
    stage: 'narrowing',
    problem: 'ambulance crews go from one bad call to the next with nowhere to stop',
    spark: 'after a cot death call my partner sat in the cab and shook for an hour',
    belief: 'the people who carry us need carrying too',
  }
  for (const variant of [0, 1, 2]) {
    const drafts = composePitch(
      {
        ...base,
        theme: 'respect for people who do the work',
        workOn: 'rest stations for ambulance crews',
      },
      { messages: composeEn, variant },
    )
    for (const text of [drafts.pitch, drafts.story, drafts.oneLiner]) {
      // ("We all want to respect for people…", "So I want to rest stations…" were said.)
      expect(text).not.toMatch(/\bto respect for\b|\bto rest stations\b/u)
    }
    if (variant === 0) {
      expect(drafts.pitch).toMatch(/share: respect for people who do the work\./u)
      expect(drafts.pitch).toMatch(/working on rest stations for ambulance crews/u)
    }
  }
  // A doing stays one: "build trust", "care for elders".
  const doing = composePitch(
    { ...base, workOn: 'care for elders in their own homes' },
    { messages: composeEn },
  )
  expect(doing.pitch).toMatch(/want to care for elders/u)
})

test('a one sentence made from a long problem stays within its words', () => {
  const drafts = composePitch(
    {
      ...emptyAnswers(),
      situation: 'cause',
      stage: 'vague',
      problem:
        "my son was excluded from school 4 times last year for 'behaviour' which was actually him being overwhelmed in a corridor with 1,200 kids, and every time the school rang me at work I had to leave",
      workOn: 'dunno yet',
    },
    { messages: composeEn },
  )
  expect(countWords(drafts.oneLiner)).toBeLessThanOrEqual(PITCH_WORD_RANGE.oneLiner.max)
  expect(drafts.oneLiner).toMatch(/^My son was excluded from school/u)
})

test('a core word of one of a kind is said with "the", unless the person gave it their own article', () => {
  const answers: Answers = {
    ...emptyAnswers(),
    situation: 'work-project',
    stage: 'narrowing',
    problem: 'aid gets to the capital in hours and to the mountain villages in weeks',
    workOn: 'a network of local drivers with 4x4s',
    coreWord: 'last mile',
  }
  for (const variant of [0, 1, 2]) {
    const drafts = composePitch(answers, { messages: composeEn, variant })
    expect(drafts.pitch).toMatch(/\bthe last mile\b/u)
    expect(drafts.pitch).not.toMatch(/(?:about|to|That’s|of) last mile\b/u)
  }
  const own = composePitch(
    { ...answers, coreWord: 'first job', belief: 'a first job changes everything' },
    { messages: composeEn },
  )
  expect(own.pitch).not.toMatch(/\bthe first job\b/u)
})

test('a work named by an -ing word and the kind of thing it is is worked on, not done', () => {
  const base: Answers = {
    ...emptyAnswers(),
    situation: 'business',
    stage: 'growing',
    problem: 'young lads round here leave school with nothing and nobody takes them on',
    belief: 'every lad who can hold a spanner can earn a living',
  }
  for (const [workOn, said] of [
    ['plumbing firm that trains apprentices', 'working on a plumbing firm that trains apprentices'],
    ['bookkeeping made for salons', 'working on bookkeeping made for salons'],
    ['reading corners in laundromats', 'working on reading corners in laundromats'],
  ] as const) {
    const drafts = composePitch({ ...base, workOn }, { messages: composeEn })
    // ("So I'm plumbing firm that trains apprentices." was said.)
    expect(drafts.oneLiner).toContain(said)
  }
  // Doing it stays doing it.
  const doing = composePitch(
    { ...base, workOn: 'starting peer support circles in rural coffee shops' },
    { messages: composeEn },
  )
  expect(doing.oneLiner).toContain('I’m starting peer support circles')
})

test('answers read as Malay are framed with the Indonesian lines, not English', () => {
  const drafts = composePitch(
    {
      ...emptyAnswers(),
      situation: 'business',
      stage: 'vague',
      problem:
        'Ibu saya menjual kuih di pasar setiap pagi sejak saya kecil, dan sekarang dia sudah tidak larat lagi.',
      workOn:
        'Saya ingin membuka kedai kopi yang membeli biji kopi terus daripada petani kecil di kampung supaya mereka dapat harga yang adil.',
    },
    { messages: composeEn },
  )
  expect(drafts.language).toBe('ms')
  expect(drafts.invitation).not.toMatch(/\b(?:I|I’m|looking|love|who)\b/u)
})

test('a belief typed with its own "。" is not stopped twice; two asks join with no spaces', () => {
  const answers: Answers = {
    ...emptyAnswers(),
    situation: 'work-project',
    stage: 'growing',
    problem: '我们厂的夜班工人半夜只能吃泡面和冷包子，食堂晚上八点就关了。',
    belief: '晚上干活的人也应该吃上一口热饭。',
    workOn: '把夜间热饭推广到所有厂区。',
    coreWord: '热饭',
    asks: ['其他厂区的负责人', '本地餐饮公司'],
  }
  const drafts = composePitch(answers, { messages: composeEn })
  for (const text of [drafts.oneLiner, drafts.pitch, drafts.story])
    expect(text).not.toMatch(/。。/u)
  expect(drafts.invitation).toContain('其他厂区的负责人和本地餐饮公司')
})

test('a hook in another language is never the English fallback', () => {
  const swedish: Answers = {
    ...emptyAnswers(),
    situation: 'cause',
    stage: 'convening',
    problem: 'Många äldre män i vår by sitter ensamma hemma och ingen märker det.',
    spark: 'Min granne Bengt satt ensam i tre veckor innan någon knackade på.',
    workOn: 'en fikagrupp för äldre män',
    coreWord: 'gemenskap',
  }
  for (const answers of [swedish, { ...swedish, coreWord: '' }]) {
    for (const variant of [0, 1, 2]) {
      const { hook, language } = composePitch(answers, { messages: composeEn, variant })
      expect(language).toBe('sv')
      expect(hook).not.toMatch(/It’s about/u)
    }
  }
})

test('after the person’s own question, a word is said as theirs and the line we share has something to point at', () => {
  const answers: Answers = {
    ...emptyAnswers(),
    situation: 'creative',
    stage: 'vague',
    problem: 'Nobody knits the island patterns any more.',
    spark:
      'My mother knit a different stitch for each of her children, the cable for me, the honeycomb for my brother.',
    belief: "Isn't every jumper a kind of letter?",
    workOn: 'a book of the patterns',
    coreWord: 'stitch',
  }
  const { pitch } = composePitch(answers, { messages: composeEn, variant: 2 })
  expect(pitch).toMatch(
    /^Isn't every jumper a kind of letter\? For me, it comes down to one word: stitch\./u,
  )
  // Not "My answer is stitch.", nor "We've all felt it." with no "it" to point at.
  expect(pitch).not.toMatch(/My answer is|We’ve all felt it/u)
  expect(pitch).toMatch(/\bWe all\b/u)
  // An idea after a typed question is said as one, with the theme as what we share.
  const idea = [0, 1, 2]
    .map(
      (variant) =>
        composePitch(
          { ...answers, coreWord: 'patience', theme: 'waiting for our turn to be heard' },
          { messages: composeEn, variant },
        ).pitch,
    )
    .find((p) => p.startsWith("Isn't"))
  expect(idea).toMatch(
    /^Isn't every jumper a kind of letter\? For me, it’s patience\. We all know what it’s like to wait for our turn to be heard\./u,
  )
})

test('a core word said as an act lands on what it means, not "That’s remembering."', () => {
  const answers: Answers = {
    ...emptyAnswers(),
    situation: 'cause',
    stage: 'convening',
    problem: 'Old people in care homes lose their stories when they lose their words.',
    spark: 'My gran sang the same Gaelic song every night until the week she died.',
    workOn: 'recording the songs of people in care homes',
    coreWord: 'remembering',
  }
  const { pitch } = composePitch(answers, { messages: composeEn, variant: 0 })
  expect(pitch).toMatch(/I call that remembering\.$/u)
  expect(pitch).not.toMatch(/That’s remembering\./u)
})

test('a theme that says the core word in another form is the hook alone, not said twice', () => {
  const answers: Answers = {
    ...emptyAnswers(),
    situation: 'job',
    stage: 'narrowing',
    problem: 'Government forms online cannot be read by a screen reader.',
    spark: 'My uncle asked me to fill his pension form because the captcha could not be read.',
    workOn: 'an accessibility engineer role',
    theme: 'being independent',
    coreWord: 'independence',
  }
  const { hook } = composePitch(answers, { messages: composeEn, variant: 0 })
  expect(hook).toBe('It’s about being independent.')
  // A word that only starts alike is another word: the core is still said.
  const watch = composePitch(
    { ...answers, theme: 'watching out for each other', coreWord: 'watchdog' },
    { messages: composeEn, variant: 0 },
  ).hook
  expect(watch).toMatch(/\bwatchdog\b/u)
})

test('a belief with a gerund for its subject is said as the clause it is ("being heard starts…")', () => {
  const answers: Answers = {
    ...emptyAnswers(),
    situation: 'cause',
    stage: 'growing',
    problem: 'Older people lose the conversation when they lose their hearing.',
    spark: 'My wife Joan stopped coming to bridge club.',
    belief: 'being heard starts with hearing',
    workOn: 'free hearing checks at the library',
    coreWord: 'connection',
  }
  const said = [0, 1, 2]
    .map((variant) => {
      const d = composePitch(answers, { messages: composeEn, variant })
      return `${d.pitch} ${d.story} ${d.oneLiner}`
    })
    .join(' ')
  expect(said).toMatch(/I believe being heard starts with hearing\./u)
  expect(said).not.toMatch(/believe in being heard starts/u)
})

test('a theme said as "our own story" says the listener’s words of all of us, and a question not understood is no part of it', () => {
  const answers: Answers = {
    ...emptyAnswers(),
    situation: 'business',
    stage: 'convening',
    problem: 'Migrant women cook for the whole street and cannot register a business.',
    spark: 'My neighbour Rasha was selling baklava from her kitchen.',
    workOn: 'an agency that walks migrant women through registering a business',
    theme: 'someone believing in you before you believe in yourself',
    coreWord: 'door',
  }
  const said = [0, 1, 2, 3, 4, 5]
    .map((variant) => {
      const d = composePitch(answers, { messages: composeEn, variant })
      return `${d.hook} ${d.pitch} ${d.story}`
    })
    .join(' ')
  expect(said).toMatch(/our own story of someone believing in us before we believe in ourselves\./u)
  expect(said).not.toMatch(/our own story of [^.]*\byou/u)
  const confused = composePitch(
    {
      ...answers,
      theme: "idk what you mean by thread. being seen after you've been counted out i guess",
      coreWord: 'seen',
    },
    { messages: composeEn, variant: 0 },
  )
  expect(`${confused.hook} ${confused.story}`).not.toMatch(/mean by thread/u)
  expect(confused.hook).toBe("It’s about being seen after you've been counted out.")
})

test('the work after a world worked towards is what that means now, not "working" twice', () => {
  const answers: Answers = {
    ...emptyAnswers(),
    situation: 'cause',
    stage: 'convening',
    problem: 'The town mows the roadsides before the monarchs come through.',
    spark:
      'June 2021 the town mowed the milkweed along Route 100 two days before the monarchs came.',
    betterWorld: 'Blooming roadsides.',
    workOn: 'Pollinator-friendly mowing.',
    coreWord: 'bloom',
  }
  const said = [0, 1, 2]
    .map((variant) => {
      const d = composePitch(answers, { messages: composeEn, variant })
      return `${d.pitch} ${d.story}`
    })
    .join(' ')
  expect(said).toMatch(
    /I’m working towards blooming roadsides\. Right now that means pollinator-friendly mowing\./u,
  )
  expect(said).not.toMatch(/working towards [^.]*\. [^.]*working on/u)
})

test('who it is for, typed with its own "and" in another language, gets no second one', () => {
  const answers: Answers = {
    ...emptyAnswers(),
    situation: 'cause',
    stage: 'convening',
    problem: 'Elders die alone in the heat after hurricanes when the power is out.',
    spark: 'Mi abuelo Papo lived in Utuado. The death certificate says natural causes.',
    forWhom: 'elderly people living alone en la isla, y los que se mudaron a Orlando también',
    workOn: 'a neighbor-to-neighbor check-in network for elders',
    coreWord: 'vecinos',
  }
  const said = [0, 1, 2]
    .map((variant) => composePitch(answers, { messages: composeEn, variant }).pitch)
    .join(' ')
  expect(said).toMatch(/en la isla, y los que se mudaron/u)
  expect(said).not.toMatch(/\band y\b/u)
})

test('a theme said in a "We all…" line says "you" of all of us, as subject or object', () => {
  const base: Answers = {
    ...emptyAnswers(),
    situation: 'cause',
    stage: 'convening',
    problem: 'Old songs are being forgotten in the care homes.',
    spark: 'My gran sang the same song every night.',
    workOn: 'recording the songs of people in care homes',
    coreWord: 'memory',
  }
  const said = (theme: string) =>
    [0, 1, 2, 3, 4, 5]
      .map((variant) => composePitch({ ...base, theme }, { messages: composeEn, variant }).pitch)
      .join(' ')
  const songs = said('the songs that bring you back to yourself')
  expect(songs).toMatch(/songs that bring us back to ourselves/u)
  expect(songs).not.toMatch(/We all [^.]*\b(?:you|bring we)\b/u)
  const going = said('not losing what keeps you going')
  expect(going).toMatch(/We all [^.]*keeps us going/u)
  expect(going).not.toMatch(/keeps we going/u)
  expect(said('leaving it better than you found it')).toMatch(/better than we found it/u)
})

test('a work typed with its price first is still what the person is working on', () => {
  const answers: Answers = {
    ...emptyAnswers(),
    situation: 'business',
    stage: 'narrowing',
    problem: 'Hearing aids cost thousands so people go without.',
    spark: 'My grandpa Leo stopped coming to Sunday dinner.',
    workOn: '$299 OTC hearing aids sold through pharmacies',
    coreWord: 'table',
  }
  const d = composePitch(answers, { messages: composeEn, variant: 0 })
  expect(d.oneLiner).toMatch(/^I’m working on \$299 OTC hearing aids sold through pharmacies\b/u)
})

test('an inferred word is never what the person is against ("without killing everything")', () => {
  const answers: Answers = {
    ...emptyAnswers(),
    situation: 'business',
    stage: 'vague',
    problem:
      'people call us to kill bees in their walls and we do it because thats the job but it feels wrong every time',
    spark: 'the pastor asked if we could save them and my dad said no we dont do that',
    belief: 'u can solve a pest problem without killing everything',
    workOn: 'maybe turning dads pest control into bee rescue',
  }
  const said = [0, 1, 2]
    .map((variant) => {
      const d = composePitch(answers, { messages: composeEn, variant })
      return `${d.hook} ${d.pitch} ${d.story}`
    })
    .join(' ')
  expect(said).not.toMatch(/about killing|back to killing|That’s killing|call that killing/u)
})

test('a moment that opens by pointing back ("I was one of them.") is told without the pointing', () => {
  const answers: Answers = {
    ...emptyAnswers(),
    situation: 'cause',
    stage: 'convening',
    problem:
      'Kids in Duluth who age out of foster care at 18 leave with their life in a trash bag.',
    spark:
      'I was one of them. March 2009, one black trash bag and a greyhound ticket to minneapolis. The bag ripped in the parking lot.',
    workOn: 'a suitcase and mentor program for kids aging out',
    coreWord: 'dignity',
  }
  const said = [0, 1, 2]
    .map((variant) => {
      const d = composePitch(answers, { messages: composeEn, variant })
      return `${d.pitch} ${d.story}`
    })
    .join(' ')
  expect(said).toMatch(/March 2009, one black trash bag/u)
  expect(said).not.toMatch(/I was one of them/u)
})

// A verb that is a noun too ("float", "share", "fix"), typed as the core word: "It's about float"
// is no English. The answers say which the person meant: a doing when they use it as one and
// never as a thing ("It's about sharing"), a thing when they say it as one ("drivers need rest"),
// and their word, said as a word, when they say neither.
describe('a core word that is a verb and a noun both', () => {
  const swim: Answers = {
    ...emptyAnswers(),
    situation: 'cause',
    stage: 'convening',
    problem: 'Most kids on our side of town never learn to swim.',
    spark: 'Summer 2022 I pulled an 8-year-old out of the deep end at the city pool.',
    theme: 'what gets passed down',
    forWhom: 'kids who never got the chance to learn',
    workOn: 'free swim lessons for kids in Baltimore',
    coreWord: 'float',
  }
  const drafts = (answers: Answers) =>
    [0, 1, 2].map((variant) => composePitch(answers, { messages: composeEn, variant }))

  test('said as the person’s word when the answers never use it', () => {
    const composed = drafts(swim)
    expect(composed[0]?.hook).toBe(
      'It’s about what gets passed down, and my word for it is “float”.',
    )
    for (const { pitch } of composed) {
      expect(pitch).not.toMatch(/\b(?:about|That’s|to|why) float\b/u)
    }
    expect(composed[0]?.pitch).toMatch(/That’s my word: float\.$/u)
  })

  test('said as a doing when the answers do it and never name it', () => {
    const fridge: Answers = {
      ...swim,
      problem: 'Restaurants bin good food every night.',
      belief: 'Food that is good enough to serve is good enough to share.',
      theme: 'nothing wasted',
      workOn: 'a pickup service for restaurant surplus',
      coreWord: 'share',
    }
    expect(drafts(fridge)[0]?.hook).toBe('It’s about sharing: nothing wasted.')
  })

  test('kept a thing when the answers say it as one', () => {
    const drivers: Answers = {
      ...swim,
      problem: 'Truckers sleep on the shoulder because there is nowhere safe to park.',
      belief: 'Drivers need rest, and a safe place to rest.',
      theme: 'getting home safe',
      workOn: 'truck parking on the interstate',
      coreWord: 'rest',
    }
    expect(drafts(drivers)[0]?.hook).toBe('It’s about rest: getting home safe.')
  })
})

test('a theme typed as a sentence that holds the core word is said as a sentence', () => {
  const answers: Answers = {
    ...emptyAnswers(),
    situation: 'cause',
    stage: 'narrowing',
    problem: 'Half the villages in our district still carry their water from the river.',
    theme: 'water is life',
    workOn: 'rainwater tanks for village schools',
    coreWord: 'water',
  }
  const { hook } = composePitch(answers, { messages: composeEn, variant: 0 })
  expect(hook).toBe('It’s about this: water is life.')
  // ("love you can hold" is a thing with what is said of it, and stays one.)
  const { hook: held } = composePitch(
    { ...answers, theme: 'love you can hold', coreWord: 'love' },
    { messages: composeEn, variant: 0 },
  )
  expect(held).toBe('It’s about love you can hold.')
})

test('one word typed as the belief is no belief, unless it names an idea, a doing or things', () => {
  const story = (belief: string) =>
    composePitch(
      {
        ...emptyAnswers(),
        situation: 'business',
        stage: 'vague',
        problem: 'Schools throw out tonnes of ugly produce that tastes fine.',
        belief,
        workOn: 'selling wonky vegetables to school kitchens',
      },
      { messages: composeEn, variant: 0 },
    ).story
  // ("I believe in waste." said the opposite of a pitch against it.)
  expect(story('Waste.')).not.toMatch(/I believe/u)
  expect(story('anyone')).not.toMatch(/I believe/u)
  expect(story('patience')).toMatch(/I believe in patience\./u)
  expect(story('cooperatives')).toMatch(/I believe in cooperatives\./u)
})

test('bullets typed between items are said as a list, or as sentences when each item is one', () => {
  const listed = allDrafts({
    ...worked,
    affected: 'customers over 70 • their adult kids • us on the phones',
  })
  expect(listed).toMatch(/customers over 70, their adult kids and us on the phones/u)
  const sentences = allDrafts({
    ...worked,
    spark:
      '• 8 years in SQL, Python, Tableau • Led analytics for 3 hospital networks • Saw a dashboard nobody opened',
  })
  expect(sentences).toMatch(/Led analytics for 3 hospital networks\. Saw a dashboard/u)
  expect(`${listed} ${sentences}`).not.toMatch(/[•▪◦‣]/u)
})

test('work typed as an adjective before a thing with no article is the thing, not a doing', () => {
  const thing = allDrafts({ ...worked, workOn: 'free one-to-one reading tutoring for adults' })
  expect(thing).toMatch(/working on free one-to-one reading tutoring for adults/u)
  expect(thing).not.toMatch(/to free one-to-one/u)
  // A verb with its particle or its article keeps the doing.
  expect(allDrafts({ ...worked, workOn: 'free up time for carers' })).toMatch(
    /to free up time for carers/u,
  )
})

test('a moment told with no word or theme says what stopped being abstract, or what it did', () => {
  const bare = { ...worked, coreWord: '', theme: '', forWhom: '' }
  const told = composePitch(
    {
      ...bare,
      problem: 'Farmworkers pick grapes in wildfire smoke',
      spark: '2020. My tía coughed for months.',
    },
    { messages: composeEn, variant: 1 },
  ).pitch
  // "That's when it stopped being abstract. Most of us have seen it." pointed at nothing said.
  expect(told).toMatch(
    /That’s when it stopped being abstract: farmworkers pick grapes in wildfire smoke\. Most of us have seen it\. What does it look like where you are\?/u,
  )
  // A problem that names no clause is no "it" to have become real: the moment is what stayed.
  const moment = composePitch(
    {
      ...bare,
      problem: 'month end',
      spark: 'My mother passed in June. I have tried her stew 11 times.',
    },
    { messages: composeEn, variant: 1 },
  ).pitch
  expect(moment).toMatch(
    /That moment stayed with me\. We’ve all had a moment like that\. What was yours\?/u,
  )
  expect(moment).not.toMatch(/stopped being abstract/u)
})

test('a problem said after a colon keeps the capitals of a word that has more than one', () => {
  const told = composePitch(
    {
      ...worked,
      coreWord: '',
      theme: '',
      problem: 'PhDs are trained for one job that barely exists',
      spark: 'My supervisor laughed when I said I wanted to work in industry.',
    },
    { messages: composeEn, variant: 1 },
  ).pitch
  expect(told).toMatch(/abstract: PhDs are trained/u)
})

test('a lone "w" before a number is said as "with"', () => {
  const said = allDrafts({
    ...worked,
    spark: 'I built his ramp on a weekend w 2 friends and he cried when he rolled in.',
  })
  expect(said).toMatch(/on a weekend with 2 friends/u)
  expect(said).not.toMatch(/ w 2 /u)
})

test('who it is for keeps a clause about them, and loses a hedge after them', () => {
  // Read in the drafts: "This is for wheelchair users who are skint and which is most of us.",
  // "This is for PhDs and kind of."
  const skint = allDrafts({
    ...worked,
    forWhom: '',
    affected: 'wheelchair users who are skint, which is most of us',
  })
  expect(skint).toMatch(/wheelchair users who are skint, which is most of us/u)
  expect(skint).not.toMatch(/and which/u)
  const hedged = allDrafts({ ...worked, forWhom: '', affected: 'PhDs, kind of.' })
  expect(hedged).toMatch(/\bPhDs\./u)
  expect(hedged).not.toMatch(/kind of/u)
})

test('a problem said again on the way home keeps the end of its verb', () => {
  // Read in the drafts: "That’s the part I can’t let go of: my lola cooks everything by feel and
  // nobody wrote any of it." ("down" was cut as if it began a phrase of its own).
  const said = allDrafts({
    ...emptyAnswers(),
    situation: 'creative',
    stage: 'vague',
    problem: 'my lola cooks everything by feel and nobody wrote any of it down lol',
    spark: 'I asked her how much tamarind and she said "until it tastes like your lolo is home".',
    workOn: 'a zine of her recipes with drawings',
  })
  expect(said).toMatch(/: my lola cooks everything by feel and nobody wrote any of it down\./u)
  expect(said).not.toMatch(/any of it\./u)
})

test('a moment told short never ends on a thing only its cut middle brought in', () => {
  // Read in the drafts: "Man on a bridge in 2019. He kept looking at it." (the gun was cut).
  const said = allDrafts({
    ...worked,
    spark:
      'Man on a bridge in 2019. I talked to him for two hours with a gun on my belt. He kept looking at it.',
  })
  expect(said).not.toMatch(/in 2019\. He kept looking at it/u)
})

test('a grade after "an" is no article left hanging', () => {
  // Read in the drafts: "…and the teacher gave her." (from "…gave her an A and wrote…").
  const said = allDrafts({
    ...worked,
    spark:
      'my granddaughter did a school project on "an interesting person" and picked me and the teacher gave her an A and wrote that she wanted to hear more so I started writing in a notebook at the kitchen table and now its 3 notebooks',
  })
  expect(said).not.toMatch(/gave her\./u)
  expect(said).toMatch(/gave her an A\b/u)
})

test('a better world of people and what is done for them is seen, whatever follows "to" or "because"', () => {
  // Read in the drafts: "I want a world where every barber trained to listen…", "I want a world
  // where no one stuck indoors because the good chair costs more than their car."
  const world = (betterWorld: string) => allDrafts({ ...worked, betterWorld })
  expect(world('every barber trained to listen and know where to send somebody')).toMatch(
    /I want to see every barber trained to listen/u,
  )
  const stuck = world('no one stuck indoors because the good chair costs more than their car')
  expect(stuck).toMatch(/I want a world with no one stuck indoors/u)
  expect(stuck).not.toMatch(/world where no one stuck/u)
  // (A clause with its own verb after "because" is still a world where it happens.)
  expect(world('kids learn to swim because the pool is free')).toMatch(
    /I want a world where kids learn to swim because the pool is free/u,
  )
})

test('work wanted named by who does it is work as one', () => {
  // Read in the drafts: "So I’m looking for work in data analyst."
  const said = allDrafts({ ...worked, situation: 'job', workOn: 'data analyst' })
  expect(said).toMatch(/looking for work as a data analyst/u)
  expect(said).not.toMatch(/work in data analyst/u)
  // (Work in a field stays work in it.)
  expect(allDrafts({ ...worked, situation: 'job', workOn: 'renewable energy' })).not.toMatch(
    /work as/u,
  )
})

test('a work named with capitals and no verb of its own is worked on, not said bare', () => {
  // Read in spent set 44: "Desert Dogs skate shop and free board program because I believe…".
  const said = allDrafts({
    ...worked,
    situation: 'business',
    workOn: 'Desert Dogs skate shop + free board program',
  })
  expect(said).toMatch(/I’m working on Desert Dogs skate shop and free board program/u)
  expect(said).not.toMatch(/(?:^|[.?!] )Desert Dogs skate shop/u)
})

test('a theme about proving oneself is ours in a line about all of us', () => {
  // Read in spent set 44: "We all know the feeling of proving myself."
  const said = allDrafts({ ...worked, coreWord: 'chance', theme: 'proving myself' })
  expect(said).not.toMatch(/the feeling of proving myself/u)
  expect(said).toMatch(/proving ourselves|prove ourselves/u)
})

test('a better world that has a thing and then a clause of its own is one where there is the thing', () => {
  // Read in spent set 44: "I want a world where a full fridge on every block and nobody has to…"
  const said = allDrafts({
    ...worked,
    betterWorld: 'a full fridge on every block and nobody has to explain why they are hungry',
  })
  expect(said).toMatch(/a world where there’s a full fridge on every block and nobody has to/u)
  // Two people and their verb, and a person who walks, are left as typed.
  const two = allDrafts({
    ...worked,
    betterWorld: 'a kid from Aleppo and a kid from Neukölln have the same chance',
  })
  expect(two).not.toMatch(/there’s a kid/u)
  const walks = allDrafts({
    ...worked,
    betterWorld: 'a kid with a prosthetic walks into class and someone says cool leg',
  })
  expect(walks).not.toMatch(/there’s a kid/u)
})

test('a first job is the speaker’s own, and a doubt asked after the work goes with the doubt', () => {
  // Read in spent set 44: "So I’m looking for first full-time job as a product designer.", "So I’m
  // working on maybe an overnight daycare. Is that even a thing."
  expect(
    allDrafts({ ...worked, situation: 'job', workOn: 'first full-time job as a product designer' }),
  ).toMatch(/looking for my first full-time job as a product designer/u)
  const daycare = allDrafts({
    ...worked,
    situation: 'business',
    workOn: 'maybe an overnight daycare? is that even a thing',
  })
  expect(daycare).toMatch(/thinking about an overnight daycare\./u)
  expect(daycare).not.toMatch(/maybe an overnight daycare|Is that even a thing/u)
})

test('a problem said short never ends on a "not" cut from what it denies', () => {
  // Read in spent set 24: "It's about this: hawker uncles and aunties closing down because they
  // don't know their own numbers, not."
  const said = allDrafts({
    ...worked,
    coreWord: '',
    theme: '',
    problem:
      "hawker uncles and aunties closing down because they don't know their own numbers, not because their food not nice",
  })
  expect(said).not.toMatch(/\bnot\./u)
})

test('a name the person gave is capitalised as a word of its own, never inside "don’t"', () => {
  // Read in spent set 23: a moment about "Don Chuy" made "And I Don’t think I’m the only one."
  const said = allDrafts({
    ...worked,
    spark:
      "a new operator was about to quit on day 4. an older guy, Don Chuy, sat with him at lunch. don's been his buddy since",
    problem: "new hires quit in the first 30 days and I don't think anyone has noticed",
  })
  expect(said).not.toMatch(/Don[’']t/u)
  expect(said).toMatch(/Don Chuy/u)
})

test('a belief whose thing is also a doing is said as a clause when a verb follows the thing', () => {
  // Read in spent set 44: "I believe we should experience under pressure counts."
  const said = allDrafts({ ...worked, belief: 'experience under pressure counts' })
  expect(said).not.toMatch(/we should experience under pressure counts/u)
  // (A doing with its things stays one: "I believe we should teach kids.")
  expect(allDrafts({ ...worked, belief: 'teach kids' })).toMatch(/we should teach kids/u)
})

test('a core word the person says as a thing had is not made a doing', () => {
  // Read in spent set 44: "It comes down to saying. When did any of us last have a say?"
  const said = allDrafts({ ...worked, coreWord: 'say', theme: 'having a say' })
  expect(said).not.toMatch(/\bsaying\b/u)
  // (One said as a doing still is: "It's about remembering.")
  expect(allDrafts({ ...worked, coreWord: 'remember', theme: '' })).toMatch(/\bremembering\b/u)
})

test('a wrong belief typed as a plain statement is said as what we keep telling ourselves', () => {
  // Read in spent set 44: "Everyone has to go to college." said alone, as the speaker's claim.
  const said = allDrafts({ ...worked, mistake: 'everyone has to go to college' })
  expect(said).toMatch(/We keep telling ourselves everyone has to go to college\./u)
  // The person's own correction and what is done are said as typed.
  for (const mistake of ['a record is not a person', 'access is treated as a nice extra']) {
    expect(allDrafts({ ...worked, mistake })).not.toMatch(/We keep telling ourselves/u)
  }
})

test('a problem with no verb before its "because" is not asked as something noticed', () => {
  // Read in spent sets 24 and 36: "Have you ever noticed that girls missing school on their period
  // because they can’t afford pads?"
  const said = allDrafts({
    ...worked,
    coreWord: '',
    theme: '',
    problem: 'girls missing school on their period because they can’t afford pads',
  })
  expect(said).not.toMatch(/noticed that girls missing/u)
})

// Read in spent persona set 45 (2026-12-06).
test('a doubt said as its own sentence leaves the work said mid-sentence: "thinking about something for…"', () => {
  const answers: Answers = {
    ...emptyAnswers(),
    situation: 'cause',
    stage: 'vague',
    problem: 'auld men on their own. nae one to talk tae',
    spark: 'my pal Davie was deid in his flat 9 days before anyone noticed. 9 days',
    forWhom: 'widowers',
    workOn: 'no sure yet. something for lonely auld men in Govan',
  }
  for (const variant of [0, 1, 2]) {
    const { pitch } = composePitch(answers, { messages: composeEn, variant })
    expect(pitch).not.toMatch(/working on no sure/u)
    expect(pitch).toMatch(/thinking about something for lonely auld men in Govan\./u)
  }
})

test('a problem cut for the hook never ends on a verb that links it to nothing ("everyone my age is.")', () => {
  const answers: Answers = {
    ...emptyAnswers(),
    situation: 'creative',
    stage: 'vague',
    problem:
      'idk like everyone my age is so anxious all the time and nobody talks about it properly, its all tiktok therapy speak',
    spark:
      'my best friend stopped coming to school for like 3 months and i didnt know what to say to her',
    workOn: 'maybe a comic?? or a short film idk',
  }
  const { pitch } = composePitch(answers, { messages: composeEn, variant: 0 })
  expect(pitch).not.toMatch(/\bmy age is\./u)
  expect(pitch).toMatch(/everyone my age is so anxious/u)
})

test('a memory said as one keeps its place over a present the work line tells anyway', () => {
  const answers: Answers = {
    ...emptyAnswers(),
    situation: 'business',
    stage: 'convening',
    problem: 'fish women at makoko market lose like half their catch before noon bcos no ice',
    spark:
      'my mum sold fish for 22yrs. i remember pouring away spoilt fish in the gutter with her, crying. now i have a small solar freezer pilot with 3 women and it actually works',
    workOn: 'solar cold rooms for market women',
    coreWord: 'keep',
    theme: 'working hard and still losing it all',
  }
  for (const variant of [0, 2]) {
    const { pitch } = composePitch(answers, { messages: composeEn, variant })
    expect(pitch).toMatch(/I remember pouring away spoilt fish/u)
  }
})

test('a thing built or run, named before whom it is for, is said with its article', () => {
  const answers = (workOn: string): Answers => ({
    ...emptyAnswers(),
    situation: 'work-project',
    stage: 'growing',
    problem: 'women engineers leave after maternity leave because nobody assigns them anything',
    spark: 'My tech lead Kavya quit the month she got back from maternity leave.',
    workOn,
  })
  const work = (workOn: string) =>
    composePitch(answers(workOn), { messages: composeEn, variant: 0 }).pitch
  expect(work('sponsorship programme for mid-career women engineers')).toMatch(
    /working on a sponsorship programme for mid-career women engineers\./u,
  )
  // Not a service given or a thing had: "a universal free lunch", "a live lift status".
  expect(work('universal free lunch in our district')).not.toMatch(/\ba universal\b/u)
  expect(work('live lift status for passengers')).not.toMatch(/\ba live lift\b/u)
})

test('a moment that says "I still think about him" is not followed by "I still think about that wee lad."; a place keeps its capital after a colon', () => {
  const answers: Answers = {
    ...emptyAnswers(),
    situation: 'creative',
    stage: 'convening',
    problem:
      'belfast still has around 100 peace walls. kids from either side grow up a street apart',
    spark:
      'i was painting a mural on one side and a wee lad from the other side climbed up to watch. he asked could he help. i still think about him',
    forWhom: 'young people in north Belfast',
  }
  for (const variant of [0, 1, 2]) {
    const { pitch } = composePitch(answers, { messages: composeEn, variant })
    expect(pitch.match(/\bthink about\b/gu)?.length ?? 0).toBeLessThanOrEqual(1)
    expect(pitch).not.toMatch(/\bbelfast\b/u)
  }
})

test('one person, whoever they are, and their verb is a world where it happens; a second guess after a thing is set off by a comma', () => {
  const answers: Answers = {
    ...emptyAnswers(),
    situation: 'creative',
    stage: 'vague',
    problem: 'long haul is lonely, nobody talks about it',
    spark: 'been writing songs in my head on the 16 for years. grown man with tears',
    betterWorld: 'some guy in his cab at 3am feels less alone',
    workOn: 'songs about life on the road maybe an album',
    coreWord: 'road',
    theme: 'lonely miles',
  }
  const { pitch } = composePitch(answers, { messages: composeEn, variant: 0 })
  expect(pitch).toMatch(/I want a world where some guy in his cab at 3am feels less alone\./u)
  expect(pitch).toMatch(/songs about life on the road, maybe an album\./u)
})

test('answers outside English keep their doubled words; a Greek question in quotes ends its sentence', () => {
  // Doubling is grammar in many languages: a fruit, "step by step", "that very day".
  expect(readAnswer('đổ bỏ nguyên 2 tấn chôm chôm xuống mương', [], false).text).toMatch(
    /chôm chôm/u,
  )
  expect(readAnswer('wenn man die Leute fragt, die die Arbeit machen', [], false).text).toMatch(
    /die die Arbeit/u,
  )
  const greek = readAnswer(
    "κάθε μισή ώρα ρωτούσε 'κορίτσι μου, με ξεχάσατε;'. δεν τον είχαν ξεχάσει. απλά κανείς δεν του είχε πει",
    [],
    false,
  )
  expect(greek.sentences.map((s) => s.charAt(0))).toEqual(['Κ', 'Δ', 'Α'])
  // English still says a small word typed twice once.
  expect(readAnswer('we went to the the market', []).text).toBe('we went to the market')
})

test('"who knows" after someone says who; after a thing it is a shrug, as is a question asked after "etc."', () => {
  expect(readAnswer('i am the only one who knows', []).text).toBe('I am the only one who knows')
  expect(readAnswer('some songs maybe an album someday who knows', []).text).not.toMatch(
    /who knows/u,
  )
  expect(
    readAnswer(
      "blaming tenants for 'lifestyle', drying clothes inside etc. where else are they meant to dry them",
      [],
    ).sentences,
  ).toEqual([
    "Blaming tenants for 'lifestyle', drying clothes inside etc.",
    'Where else are they meant to dry them?',
  ])
  // A list that goes on after "etc." is no question.
  expect(readAnswer('Punjabi, Tamil etc. the family members are asked', []).text).toMatch(
    /etc\., the family/u,
  )
})

test('a better world typed as an instruction is said with who does it', () => {
  const base: Answers = {
    ...emptyAnswers(),
    situation: 'work-project',
    stage: 'convening',
    problem: 'tenants report mould and it takes 4-6 weeks to get a surveyor out',
    spark:
      'a mam showed us her baby’s cot pushed into the middle of the room because the wall was wet',
    coreWord: 'believed',
    workOn: 'report-by-photo for damp and mould',
  }
  const said = (betterWorld: string) =>
    [0, 1, 2]
      .map(
        (variant) => composePitch({ ...base, betterWorld }, { messages: composeEn, variant }).story,
      )
      .join(' ')
  expect(said("send a photo on WhatsApp, someone's out within 5 days")).toMatch(
    /I want a world where you send a photo on WhatsApp, someone's out within 5 days\./u,
  )
  expect(said('get a job, get a flat, see my daughter weekends')).toMatch(
    /I want a world where I get a job, get a flat, see my daughter weekends\./u,
  )
  expect(said('fix your bike where you live')).toMatch(
    /I want a world where we fix your bike where you live\./u,
  )
  // Something to do with no one named is still wished for all of us.
  expect(said('ship a game without breaking people')).toMatch(
    /I want us to ship a game without breaking people\./u,
  )
})

test('a core word the person’s theme does ("own", "owning the work your hands do") is said as that doing', () => {
  const answers: Answers = {
    ...emptyAnswers(),
    situation: 'business',
    stage: 'convening',
    problem: 'braiders work 12 hour days for booth rent of $300 a week',
    spark: 'my mentor Auntie Bisi had to stop at 51 because of carpal tunnel in both hands',
    workOn: "a braiders' cooperative salon in southwest Houston",
    coreWord: 'own',
    theme: 'owning the work your hands do',
  }
  for (const variant of [0, 1, 2]) {
    const { pitch } = composePitch(answers, { messages: composeEn, variant })
    expect(pitch).not.toMatch(/\bbe(?:ing)? own\b/u)
    expect(pitch).toMatch(/\bowning\b/u)
  }
  // A state the theme names by its doing is still felt: "seen" is "feeling seen", not "seeing".
  const seen = composePitch(
    { ...answers, coreWord: 'seen', theme: 'seeing the trip from the other seat' },
    { messages: composeEn, variant: 0 },
  )
  expect(seen.pitch).toMatch(/\bfeel(?:ing)? seen\b/u)
})

test('a moment cut short never ends on a question whose answer was cut', () => {
  const answers: Answers = {
    ...emptyAnswers(),
    situation: 'cause',
    stage: 'narrowing',
    problem: 'violence against women in Fiji is one of the highest in the world',
    spark:
      'one of my under-18 players, a quiet boy, came to training with a cut on his hand. I asked him. he said he put his hand between his dad and his mum the night before. he was 16. that night I couldn’t pray properly bro',
    workOn: 'respect sessions after training in rugby clubs',
    coreWord: 'respect',
    theme: 'what it really means to be a strong man',
  }
  for (const variant of [0, 1, 2]) {
    const { pitch } = composePitch(answers, { messages: composeEn, variant })
    expect(pitch).not.toMatch(/I asked him\.(?! He said)/u)
  }
})

test('a thing, then what it does in an -ing word, is a picture, not something to do', () => {
  expect(readAnswer('postcode deciding your care', []).form).toBe('noun-phrase')
  expect(readAnswer('load shedding every day', []).form).toBe('noun-phrase')
  // A verb that takes an -ing word keeps it; so does "who's watching".
  expect(readAnswer('keep dreaming about it', []).form).toBe('verb-phrase')
  expect(readAnswer('start cooking at home', []).form).toBe('verb-phrase')
  expect(readAnswer("who's watching when nobody's watching", []).form).not.toBe('noun-phrase')
})

test('a thing, an adverb of time and a word in -s is a clause: the thing and what it does', () => {
  expect(readAnswer('experience still counts for something', []).form).toBe('clause')
  const { story } = composePitch(
    {
      ...emptyAnswers(),
      situation: 'job',
      stage: 'vague',
      problem: 'plant closed after 19 years and nobody wants a guy my age',
      belief: 'experience still counts for something',
      workOn: 'looking for work',
    },
    { messages: composeEn, variant: 2 },
  )
  expect(story).toMatch(/I believe experience still counts for something\./u)
})

test('an apology for the answer is not said; nor is the thinking that led into a thought left unfinished', () => {
  expect(
    readAnswer(
      'He won a small contract and hired 11 people. Sorry for the jargon before, this is the plain version.',
      [],
    ).sentences,
  ).toEqual(['He won a small contract and hired 11 people.'])
  expect(readAnswer('sorry for the long answer. my mum ran a shop for 30 years', []).text).toBe(
    'my mum ran a shop for 30 years',
  )
  expect(
    readAnswer(
      'we bin about 30% of the food we prep on a sunday and i keep thinking if we just changed the way we',
      [],
    ).text,
  ).toBe('we bin about 30% of the food we prep on a Sunday')
  // A thought the person finished keeps its thinking.
  expect(readAnswer('we lost the contract and i keep thinking', []).text).toBe(
    'we lost the contract and I keep thinking',
  )
})

test('the word "fair" is said as the quality it names, fairness', () => {
  const answers: Answers = {
    ...emptyAnswers(),
    situation: 'work-project',
    stage: 'growing',
    problem: 'repair times are 4 days in ward 2 and 31 days in ward 7',
    spark: 'I pulled the repair times by ward for a routine report. My mom lives in ward 7.',
    workOn: 'a public 311 dashboard for every city service',
    coreWord: 'fair',
  }
  for (const variant of [0, 1, 2]) {
    const { pitch } = composePitch(answers, { messages: composeEn, variant })
    expect(pitch).toMatch(/\bfairness\b/u)
    expect(pitch).not.toMatch(/\b(?:to|about|That’s) fair\b/u)
  }
})
