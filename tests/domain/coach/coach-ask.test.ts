// The coach hears the ask in its many forms and asks who gains; it is fair to pitches people write.
import fc from 'fast-check'
import { reviewInvitation, reviewPitch, tradeByRules, type CheckId } from '@/domain/coach/coach'
import { enCoach } from '@/i18n/en-coach'

type Context = { stage?: string; situation?: string }

function check(text: string, id: CheckId, context: Context = {}) {
  const found = reviewPitch(text, context, enCoach).checks.find((c) => c.id === id)
  if (found === undefined) throw new Error(`no ${id} check`)
  return found
}

function marked(text: string, id: CheckId, context?: Context): string {
  return check(text, id, context)
    .spans.map((s) => text.slice(s.start, s.end))
    .join(' | ')
}

const trades: Array<[string, string]> = [
  ['calendar', "I'd love to get on your calendar for twenty minutes next week."],
  ['sales call', "If you've got land, let's set up a quick discovery call."],
  ['referral', 'I saw your trust is advertising for analysts. Could you refer me?'],
  ['name', 'You know people at the Department. Would you mind giving them my name?'],
  ['introduction for a sale', 'Put me in touch with your snacks buyer and I will send samples.'],
  ['price in words', 'My evening class is forty quid for the six weeks.'],
  ['rate with no currency', "It's thirty-nine a week, and you can pause whenever you like."],
  ['ticket', 'Tickets are twelve pounds, eight for concessions.'],
  ['promo code', 'Use the code LENA15 on the website for your first order.'],
  ['scarcity', 'There are only six places left, so now is the moment.'],
  [
    'demo of so many minutes',
    "Are you the person for facilities? I'd love to set up a 20 min demo.",
  ],
  ['price and deposit', 'I can do a set of 8 plates for 400, deposit secures your date.'],
  ['sales network', "I'd love you to join under me. The starter kit is eighty-nine pounds."],
  ['idiom trade', 'One hand washes the other: send me your buyers.'],
  ['worth your while', "Point a few landlords my way and I'll make it worth your while."],
  ['job', 'You work at the studio, right? Are they taking on juniors at the moment?'],
  ['loan', 'Could you lend me eighty quid till payday?'],
]

test.each(trades)('a %s ask fails the transactional check and marks its words', (_, text) => {
  const result = check(text, 'transactional', { stage: 'growing' })
  expect(result.ok).toBe(false)
  expect(result.spans.length).toBeGreaterThan(0)
})

// Once a known false alarm of the trained model (models of 2026-11 and of the morning of
// 2026-11-30 scored this two-sentence vague-stage reading ask over their threshold); the
// sentence-pooled model of 2026-11-30 leaves it alone.
test('a stage-fitting ask (vague: reading) alone is an invitation', () => {
  const text =
    "If you've read anything good on it, send it my way. I'd love to think it through with you."
  expect(check(text, 'transactional', { stage: 'vague' }).ok).toBe(true)
})

// Once a known miss (the whole-pitch model let the story's words outweigh the ask: 0.61 against a
// threshold of 0.65); the sentence-pooled model of 2026-11-30 scores the asking sentences on
// their own and catches it.
test('a price and a clients ask after a good story, at narrowing, is a trade', () => {
  const text =
    "It's about potential, really. We all know the strange things we do to prove ourselves. " +
    "Who among us hasn't been underestimated at least once? Too many people without a degree get " +
    "shut out of good work. So I'm working on a way for anyone to show what they can do and be " +
    'hired for it. I would love to pick your brain about new clients. My rates start at £40 an ' +
    "hour. It's about potential."
  expect(check(text, 'transactional', { stage: 'narrowing' }).ok).toBe(false)
})

test('a stage-fitting reading ask inside a pitch about the cause is an invitation', () => {
  const text =
    "It's about reading, really. We all know the feeling of a book that found us at the right time. " +
    "I keep thinking about how kids learn to love it. If you've read anything good on it, send it my way."
  expect(check(text, 'transactional', { stage: 'vague' }).ok).toBe(true)
})

const invitations: Array<[string, string, string]> = [
  [
    'convening',
    'sponsors',
    "We're looking for local organisations that might sponsor the workshop days.",
  ],
  [
    'narrowing',
    'a pilot',
    "We're looking for a pharmacy or a home-care agency that would pilot it with ten families.",
  ],
  [
    'growing',
    'introductions',
    "If you know a depot manager who'd want the same for their drivers, I'd love to meet them.",
  ],
]

test.each(invitations)(
  'a stage-fitting ask (%s: %s) is an invitation, not a trade',
  (stage, _, text) => {
    expect(check(text, 'transactional', { stage }).ok).toBe(true)
  },
)

test('the same words for the speaker are a trade: an introduction for a CV, funding for a trip', () => {
  expect(
    check('Could you introduce me? It would look brilliant on my CV next year.', 'transactional', {
      stage: 'convening',
    }).ok,
  ).toBe(false)
  expect(
    check('Would you sponsor my trip? Every bit helps with the flights.', 'transactional', {
      stage: 'convening',
    }).ok,
  ).toBe(false)
})

test('money said as a fact about the world is not a price', () => {
  for (const text of [
    'A wheelchair tyre costs about twelve pounds, and the wait is eleven weeks.',
    'Most of them were two or three hundred pounds short of the rent.',
    'Rent on our street went up forty percent in three years.',
    'Our football sessions started with six boys in a car park.',
  ]) {
    expect(check(text, 'transactional').ok).toBe(true)
  }
})

test('the commonest asks and prices in Spanish, French and German are caught', () => {
  for (const text of [
    '¿Tienes diez minutos el martes para una llamada? Te cuento las tarifas.',
    'Un ressemelage, c’est trente-cinq euros. Passez à l’atelier avec cette carte.',
    'Könnten Sie ihm meinen Lebenslauf weitergeben? Ich wäre Ihnen dankbar.',
    'Hätten Sie nächste Woche fünfzehn Minuten für einen kurzen Termin?',
  ]) {
    expect(check(text, 'transactional').ok).toBe(false)
  }
})

test('a pitch in another language reports its language and which checks cannot read it', () => {
  const text =
    'Es geht um Feierabend. Bei uns im Lager wusste früher keiner, wann seine Schicht wirklich endet. Wir haben die Schichtplanung umgestellt, und an unserem Standort sind die Krankmeldungen um ein Drittel gesunken.'
  const review = reviewPitch(text, {}, enCoach)
  expect(review.language).toBe('de')
  const why = review.checks.find((c) => c.id === 'why')
  expect(why).toMatchObject({ ok: true, notRead: true })
  expect(why?.message).toMatch(/German/)
  expect(review.checks.find((c) => c.id === 'length')?.notRead).toBeUndefined()
})

test('a pitch in a language the catalog does not list is still named, not "another language"', () => {
  const swedish =
    'Det handlar om att ingen ska behöva äta ensam. Min morfar åt middag själv varje kväll i sju år efter att mormor dog. Vem åt du senast middag med? Nu startar vi söndagsmiddagar i föreningslokalen.'
  const review = reviewPitch(swedish, {}, enCoach)
  expect(review.language).toBe('sv')
  expect(review.checks.find((c) => c.id === 'why')?.message).toMatch(/in Swedish,/u)
})

test('a Norwegian pitch whose "i", "for" and "at" are English words too is read as Norwegian, and an English one naming Søren as English', () => {
  const norwegian =
    'I 2020 tok jeg med meg farfar, 84, ut på den første elektriske sjarken vi hadde bygd. Han sa ingenting på en halvtime. Hva betyr det for deg? Det handler om havet.'
  expect(reviewPitch(norwegian, {}, enCoach).language).toBe('nb')
  const english =
    'It’s about belonging, really. My neighbour Søren ran the bakery for 40 years. We all know what it is to be missed. That’s belonging.'
  expect(reviewPitch(english, {}, enCoach).language).toBe('en')
})

test('an English pitch with a few words of Spanish is read as English', () => {
  const text =
    "It's about la sobremesa, that time after dinner when nobody gets up from the table. We all know it, even if we don't have a word for it. Here in Houston a lot of older Latinos eat alone."
  expect(reviewPitch(text, {}, enCoach).language).toBe('en')
})

test('why passes when the pitch says who is better off in its own words', () => {
  expect(
    check(
      'Last year we kept a hundred and twelve families in their homes. It is about stability.',
      'why',
    ).ok,
  ).toBe(true)
  expect(
    check(
      'The kids leave with a book with their name on the spine, and the nurses say the afternoons are calmer.',
      'why',
    ).ok,
  ).toBe(true)
})

test('a title that is the speaker does not count as someone better off', () => {
  expect(
    check("I'm a registered nurse with eight years of experience in acute care.", 'why').ok,
  ).toBe(false)
})

test('a first-person story is not self-focus; a list of wants is', () => {
  const story =
    "I lost most of my sight at twenty-nine. The hardest part wasn't the dark; it was everyone suddenly talking to my partner instead of me. It's about being addressed. I'm building a training day for shop and bank staff, run by blind trainers."
  expect(check(story, 'self-focus').ok).toBe(true)
  const wants =
    "I'm looking for a new role with better pay. I want a promotion this year, and my CV is strong. I need a job that pays more."
  expect(check(wants, 'self-focus').ok).toBe(false)
  expect(marked(wants, 'self-focus')).toMatch(/looking for a new role/)
})

test('an opening on a moment or on other people passes theme-first', () => {
  expect(
    check(
      'When my granddad collapsed at the bus stop, a teenager did CPR until the ambulance came.',
      'theme-first',
    ).ok,
  ).toBe(true)
  expect(
    check('In the next five years, a third of our senior engineers retire.', 'theme-first').ok,
  ).toBe(true)
  // Someone in the speaker's moment with a title is not the speaker's CV.
  for (const moment of [
    'Watching my mother, a retired teacher, try to read her own discharge letter broke something in me.',
    'A recruiter at a job fair asked me if I had ever used a spreadsheet.',
    'At my leaving do, a student I taught in 1998 said I was the reason she became a lawyer.',
  ]) {
    expect(check(moment, 'theme-first').ok, moment).toBe(true)
  }
  // The speaker's own title still is.
  expect(check('As a certified coach, I help leaders find their voice.', 'theme-first').ok).toBe(
    false,
  )
  expect(check('I was a nurse for twenty years before this.', 'theme-first').ok).toBe(false)
})

// The hand-written rules are one feature of the trained model; what they hear is tested alone.
function ruleWords(text: string, stage?: string): string {
  return tradeByRules(text, stage)
    .map((s) => text.slice(s.start, s.end))
    .join(' | ')
}

test.each([
  ['a vote for the speaker', 'I am standing for the parish council. Can I count on your vote?'],
  [
    'a review for the speaker',
    'If you liked the album, a couple of lines on Goodreads would mean a lot.',
  ],
  ['stars in a shop', 'Could you give the app five stars? It really helps us.'],
  ['a team under the speaker', "I'm looking for two hungry people to build a team under me."],
  ['a meeting invite', 'Who is the right person for me to send a calendar invite to?'],
  ['a product walk-through', 'Could I walk your finance people through it on Tuesday?'],
  ['being introduced for work', 'Would you be up for introducing me to your head of design?'],
  ['being brought on', 'Do you think they might bring me on for the spring season?'],
  ['a shortlist', 'You are on the panel, right? Remember my name when the shortlist is drawn up.'],
  [
    "a contact's name borrowed",
    'Your brother runs the clinic, right? Would he mind if I used his name in my application?',
  ],
  ['a price per copy in lei', 'The book is done. Sixty lei a copy, and I have some with me.'],
  ['pre-orders', "I'm taking pre-orders tonight for the second print run."],
  [
    'a price said as a discount',
    "Usually ninety, but for anyone here tonight it's seventy until Friday.",
  ],
  ['cash or card', 'Framed prints are on the table, twenty pounds cash or card.'],
  ['an Italian price', 'Il mio libro costa dodici euro, se volete.'],
  ['a German price per piece', 'Ich male auch Porträts, sechzig Euro pro Bild.'],
  ['a reward per sign-up', 'I give 50 quid for every one who signs up.'],
  [
    'a waitlist with a launch offer',
    'Jump on the waitlist tonight; the first fifty get it free for life.',
  ],
  ['a first month on the house', 'Need a bookkeeper? First month’s on us.'],
  [
    'press for the speaker',
    'I would love a profile piece on me; it would help me land the fellowship.',
  ],
  [
    'a price per company',
    'It is a two-day training, 1,800 per company. I would love to run it at yours.',
  ],
  ['an agent for the speaker’s book', 'Do you know any literary agents? I think it would sell.'],
  ['a pre-save', 'My first single drops Friday. Could you pre-save it? The link is in my bio.'],
  ['a day rate', 'If you know anyone getting married next summer, I’m 900 for the day.'],
  [
    'a rate card',
    'We are looking for sponsors now, our rate card is on the site, £400 per ad read.',
  ],
])('%s is heard by the rules', (_, text) => {
  expect(ruleWords(text)).not.toBe('')
})

test.each([
  [
    'a seat at the table as an idiom',
    'If you care about who gets a seat at the table, could you help us think it through?',
  ],
  ['a coffee the speaker buys', 'Could I buy you a coffee some time and think out loud with you?'],
  [
    'a grant received',
    'We got a £3,000 grant from the county for the first season, which is wild.',
  ],
  [
    '"an meiner Stelle" (in my place)',
    'Ich weiß noch nicht viel. Was würden Sie an meiner Stelle zuerst lesen?',
  ],
  [
    'a free report that asks nothing back',
    "There's a free report on it; I'll send you the link, nothing to sign up for.",
  ],
  [
    'an introduction to people who want the same thing',
    'Kennst du Schulen, die so etwas auch wollen? I would love an intro.',
  ],
  [
    'hours counted per person',
    'En mi oficina perdemos unas seis horas por persona cada semana buscando archivos.',
  ],
])('%s is not a trade to the rules', (_, text) => {
  expect(ruleWords(text, 'vague')).toBe('')
})

test('the transactional advice fits the stage', () => {
  const text = "I'd love to get on your calendar for twenty minutes next week."
  expect(check(text, 'transactional', { stage: 'vague' }).message).toMatch(/sounding board/)
  expect(check(text, 'transactional', { stage: 'narrowing' }).message).toMatch(/pilot/)
})

test('the review never throws and every span lies inside the text', () => {
  fc.assert(
    fc.property(
      fc.string({ maxLength: 400 }),
      fc.constantFrom('vague', 'growing', 'x'),
      (text, stage) => {
        const review = reviewPitch(text, { stage }, enCoach)
        expect(typeof review.language).toBe('string')
        for (const c of review.checks) {
          for (const s of c.spans) {
            expect(s.start).toBeGreaterThanOrEqual(0)
            expect(s.end).toBeLessThanOrEqual(text.length)
            expect(s.start).toBeLessThan(s.end)
          }
        }
        expect(reviewInvitation(text, { stage }, enCoach).id).toBe('transactional')
      },
    ),
    { numRuns: 200 },
  )
})
