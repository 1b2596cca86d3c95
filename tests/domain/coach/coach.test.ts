import fc from 'fast-check'
import { CHECK_IDS, reviewInvitation, reviewPitch, type CheckId } from '@/domain/coach/coach'
import { enCoach } from '@/i18n/en-coach'

function check(text: string, id: CheckId, context: { stage?: string; situation?: string } = {}) {
  const found = reviewPitch(text, context, enCoach).checks.find((c) => c.id === id)
  if (found === undefined) throw new Error(`no ${id} check`)
  return found
}

function marked(text: string, id: CheckId): string[] {
  return check(text, id).spans.map((s) => text.slice(s.start, s.end))
}

// The worked example from the product notes: the quality the composer aims for.
const WORKED_PITCH =
  "It's about potential, really. We all know the strange things we do to prove ourselves. Who among us hasn't been underestimated at least once? Too many people without a degree get shut out of good work, as if paper measured potential. I believe people are capable of far more than others think. So I'm working on a way for anyone to show what they can do and be hired for it. It's about potential."
const WORKED_INVITATION =
  "If this matters to you too, I'd love your advice: who should I be building this with?"

test('the worked example from the product notes passes every check', () => {
  const review = reviewPitch(WORKED_PITCH, { situation: 'cause', stage: 'narrowing' }, enCoach)
  expect(review.checks.filter((c) => !c.ok).map((c) => c.id)).toEqual([])
  // The product notes say 73 words; counted by hand it is 74, which is what countWords says.
  expect(review.wordCount).toBe(74)
  expect(review.speakingSeconds).toBe(30)
})

test('the worked invitation is not transactional', () => {
  expect(reviewInvitation(WORKED_INVITATION, {}, enCoach).ok).toBe(true)
})

test('a review lists every check once, in a stable order', () => {
  expect(reviewPitch('', {}, enCoach).checks.map((c) => c.id)).toEqual([...CHECK_IDS])
})

test('every check explains itself, passing or not', () => {
  for (const c of [
    ...reviewPitch('', {}, enCoach).checks,
    ...reviewPitch(WORKED_PITCH, {}, enCoach).checks,
  ]) {
    expect(c.message.trim().length).toBeGreaterThan(10)
    expect(c.message).not.toMatch(/\{\w+\}/)
  }
})

// theme-first
test('opening with "I\'m a" and a job title fails theme-first and marks the title', () => {
  const text = "I'm a senior software engineer at a bank. We all want work that matters."
  expect(check(text, 'theme-first').ok).toBe(false)
  expect(marked(text, 'theme-first').join(' ')).toMatch(/I'm a/)
})

test('"As a girl I…" says when, not what the speaker is; "As a consultant I…" still opens on a title', () => {
  const moment =
    'As a girl I walked two miles to the well every morning. It’s about water. Where have you seen it?'
  expect(check(moment, 'theme-first').ok).toBe(true)
  expect(check('As a young lad, I fished that river every Sunday.', 'theme-first').ok).toBe(true)
  expect(check('As a consultant I have seen every kind of team.', 'theme-first').ok).toBe(false)
})

test('a moment about someone else’s app is no product opening; the speaker’s own app still is', () => {
  const moment =
    "My grandma's pill app kept logging her out and she'd stop taking her meds. It's about care. Where have you seen care make the difference? It all comes back to care."
  expect(check(moment, 'theme-first').ok).toBe(true)
  expect(check('My app helps nurses plan shifts. Download it today.', 'theme-first').ok).toBe(false)
})

test('opening with a company or product fails theme-first', () => {
  expect(
    check("Our platform helps teams ship faster. Who hasn't been late?", 'theme-first').ok,
  ).toBe(false)
  expect(check('BrightBox is a startup that sells lunch boxes.', 'theme-first').ok).toBe(false)
  expect(check('Our family store sells paint and nails.', 'theme-first').ok).toBe(false)
})

test('a moment in which a store or a project appears is no company opening', () => {
  const moment =
    'My grandpa opened the store in 1952 and he knew every customer by name. That’s when I saw it was about belonging.'
  expect(check(moment, 'theme-first').ok).toBe(true)
})

test('a moment with someone new in it is no product opening; "our new app" still is', () => {
  const moment =
    'My last day the new shift lead was 24 and he had to ask me how to reset the charger. That’s why experience matters to me.'
  expect(check(moment, 'theme-first').ok).toBe(true)
  expect(check('Our new app books dog walkers in a tap. Try it today.', 'theme-first').ok).toBe(
    false,
  )
  expect(check('My latest collection is out now. Who has seen it?', 'theme-first').ok).toBe(false)
})

test('opening with what it is about passes theme-first', () => {
  expect(check("It's about belonging. We all want a seat at the table.", 'theme-first').ok).toBe(
    true,
  )
  expect(check('I keep coming back to second chances.', 'theme-first').ok).toBe(true)
})

// we
test('a pitch without "we" or "us" fails the we check', () => {
  expect(check('Kids deserve books. Libraries give them books.', 'we').ok).toBe(false)
})

test('"we" that only means the company does not count as shared', () => {
  const text = 'We offer payroll software. Our clients love it. We are a small team.'
  expect(check(text, 'we').ok).toBe(false)
  expect(marked(text, 'we')).toEqual(['We', 'Our', 'We'])
})

test('"we all" and "who among us" count as shared', () => {
  expect(check('We all know that feeling.', 'we').ok).toBe(true)
  expect(check('Who among us has not been there?', 'we').ok).toBe(true)
})

// question
test('a pitch with no question fails the question check', () => {
  expect(check('It is about time. We never have enough.', 'question').ok).toBe(false)
})

test('a string of questions fails the question check and marks each one', () => {
  const text = 'Why do we wait? Why do we worry? What if we stopped?'
  expect(check(text, 'question').ok).toBe(false)
  expect(marked(text, 'question')).toHaveLength(3)
})

test('one inviting question passes the question check', () => {
  expect(check("It's about home. Who among us hasn't felt far from it?", 'question').ok).toBe(true)
})

test('a question is heard in the mark each script asks with', () => {
  // Arabic "؟", Chinese and Japanese "？" (no space after "。"), Greek ";" after a Greek word.
  for (const text of [
    'الشمس. عمي باع جاموسته. لماذا ندفع ثمن الطاقة؟ الشمس.',
    '热饭。我们厂的夜班工人只能吃泡面。这对你意味着什么？热饭。',
    'Ρίζες. Ο παππούς μου έχει 300 ελιές. Γιατί να φεύγεις για να ζήσεις καλά; Ρίζες.',
  ]) {
    expect(check(text, 'question').ok).toBe(true)
    expect(marked(`${text} ${text}`, 'question')).toHaveLength(2)
  }
  // A question quoted in « » or 「」 is something someone said, not the pitch's question.
  expect(
    check(
      'Un petit m’a dit « madame, je peux en avoir moins ? » et j’ai dit non. Et si on faisait confiance aux enfants ?',
      'question',
    ).ok,
  ).toBe(true)
  expect(check('母は「大丈夫？」と聞いた。なぜ誰も助けないのか？', 'question').ok).toBe(true)
  // German opens low („…“) or with »…«: the question after the quotation is still asked.
  for (const quote of ['„Muss ich jetzt ins Gefängnis?“', '»Muss ich jetzt ins Gefängnis?«']) {
    expect(check(`Mein Sohn fragte: ${quote} Warum lassen wir das zu?`, 'question').ok).toBe(true)
  }
  // A semicolon in a Latin script still joins two clauses.
  expect(check('It is about time; we never have enough.', 'question').ok).toBe(false)
  // Burmese asks with a particle before its full stop ("…ရှိလဲ။"); a statement ends on "။" too.
  const burmese = 'ပညာ။ ဒါက သင့်အတွက် ဘာအဓိပ္ပာယ်ရှိလဲ။ ဆိုင်ထဲမှာ ညနေစာသင်ခန်း ဖွင့်ချင်တယ်။'
  expect(check(burmese, 'question').ok).toBe(true)
  expect(check('ပညာ။ ဆိုင်ထဲမှာ ညနေစာသင်ခန်း ဖွင့်ချင်တယ်။', 'question').ok).toBe(false)
})

test('one question that asks for something fails the question check', () => {
  expect(check('It is about design. Do you need a designer?', 'question').ok).toBe(false)
  expect(check('It is about books. Can I send you my catalogue?', 'question').ok).toBe(false)
  expect(check('It is about care. Would you want to join us on Saturday?', 'question').ok).toBe(
    false,
  )
  expect(check('It is about water. Can we meet next week?', 'question').ok).toBe(false)
})

test('a question that puts the listener in the problem asks nothing of them', () => {
  const hear =
    'It is about interpreting. Would you want to hear your diagnosis through a frozen screen?'
  expect(check(hear, 'question').ok).toBe(true)
  const water = 'It is about adapting. Can we not live with water instead of fighting it?'
  expect(check(water, 'question').ok).toBe(true)
})

// core-word
test('ending on a word from the opening passes core-word', () => {
  expect(
    check("It's about fellowship. We all need friends on the road. Fellowship.", 'core-word').ok,
  ).toBe(true)
})

test('plural and singular count as the same core word', () => {
  expect(
    check("It's about second chances. We all need one. That is a second chance.", 'core-word').ok,
  ).toBe(true)
})

test('a common word the pitch opens on and ends on is its core word', () => {
  const text = "It's about making, really. Nobody mends a chair now. It all comes back to making."
  expect(check(text, 'core-word').ok).toBe(true)
  // …but not a common word met on the way: the pitch must end on it.
  const drifting = "It's about making, really. Nobody mends a chair now. Making friends is hard."
  expect(check(drifting, 'core-word').ok).toBe(false)
})

test('ending somewhere new fails core-word and marks the last sentence', () => {
  const text = "It's about fellowship. We all need friends. Call me sometime."
  expect(check(text, 'core-word').ok).toBe(false)
  expect(marked(text, 'core-word')).toEqual(['Call me sometime.'])
})

// why
test('saying who would be better off passes why', () => {
  expect(check('We run a van so that nobody sleeps hungry.', 'why').ok).toBe(true)
  expect(check('I want to teach so kids can keep asking questions.', 'why').ok).toBe(true)
})

test('naming who it changes things for is a why; changing things for oneself is not', () => {
  expect(check('It would change things for deaf job seekers.', 'why').ok).toBe(true)
  expect(check('That would change everything for my kababayan and the elderly.', 'why').ok).toBe(
    true,
  )
  expect(check('It would change things for me.', 'why').ok).toBe(false)
  expect(check('It would change things for my career.', 'why').ok).toBe(false)
})

test('people named in the plural, the possessive or as a group say who it is for', () => {
  expect(check('Every chef and inspector I know has a drawer of certificates.', 'why').ok).toBe(
    true,
  )
  expect(check("It has already covered three people's boiler repairs.", 'why').ok).toBe(true)
  expect(check('Our night shift never gets asked anything.', 'why').ok).toBe(true)
  expect(check('The tenants upstairs wait weeks for a repair.', 'why').ok).toBe(true)
  expect(check('I film the sea every morning for my channel.', 'why').ok).toBe(false)
})

test("people the speaker gathers are other people, not the speaker's title", () => {
  const gathered = "I'm bringing together nurses and school counsellors who burned out like I did."
  expect(check(gathered, 'why').ok).toBe(true)
  expect(check("I'm pulling a few people together to look at it.", 'why').ok).toBe(true)
  expect(check("I'm a registered nurse and I love my work.", 'why').ok).toBe(false)
})

test('a job title the lexicon lacks is read as people by its ending, and "someone" is someone', () => {
  expect(check('We are bringing arborists and historians to save the old oaks.', 'why').ok).toBe(
    true,
  )
  expect(check('Every winter someone on our street sleeps in the bus shelter.', 'why').ok).toBe(
    true,
  )
  expect(check('The mist over the valley is my favourite thing to paint.', 'why').ok).toBe(false)
})

test('the why of a pitch in Hungarian is not judged in English', () => {
  const review = reviewPitch(
    'Még nem értem egészen, csak azt látom, hogy a piacon a gazdák a termés felét a kukába dobják. Szívesen beszélgetnék erről bárkivel.',
    {},
    enCoach,
  )
  expect(review.language).toBe('hu')
  expect(review.checks.find((c) => c.id === 'why')?.notRead).toBe(true)
})

test('Italian, Spanish and Portuguese are not taken for English by the words they share with it', () => {
  // "a", "in", "me", "do" are as much theirs as English's.
  const italian =
    'Il progetto sulle pause per chi lavora in magazzino è partito in un solo deposito e ora è in dodici. Vorrei conoscere altre aziende della logistica che ci credono: mi presenteresti a qualcuno?'
  expect(reviewPitch(italian, {}, enCoach).language).toBe('it')
  const spanish = '¿Me echas una mano con tu jefe? Si me consigues la entrevista te invito a cenar.'
  expect(reviewPitch(spanish, {}, enCoach).language).toBe('es')
  // A pitch in notes, with few of English's short words, stays English.
  const notes =
    "Dogs in prisons. Inmates train rescue dogs; dogs get homes; men get something to love. Nine prisons now. Growing. What did a dog ever teach you? Know a warden who'd listen? Intro me."
  expect(reviewPitch(notes, {}, enCoach).language).toBe('en')
})

test('"so I can" is the speaker\'s gain, not a why', () => {
  expect(check('Let us grab a coffee so I can learn about your budget.', 'why').ok).toBe(false)
})

test('a wish that turns back to the speaker is not a why', () => {
  expect(check('I just hope I can prove everyone wrong.', 'why').ok).toBe(false)
  expect(check('I hope my neighbours appreciate it.', 'why').ok).toBe(false)
  expect(check("I'd love more towns to have a choir anyone can join.", 'why').ok).toBe(true)
})

test('describing the work without a better world fails why', () => {
  expect(check('I paint the sea every morning. The show opens in May.', 'why').ok).toBe(false)
})

// transactional
test('"the best thing you can do" is a request, and switching the listener\'s shopping to the speaker a sale', () => {
  const switchShop =
    "We're opening a second zero-waste grocery. Honestly the best thing you can do is switch your weekly shop to us, we deliver now."
  expect(check(switchShop, 'transactional').ok).toBe(false)
  expect(marked(switchShop, 'transactional').join(' | ')).toMatch(/switch your weekly shop to us/)
})

test('asking for clients, a job or money fails transactional and marks the words', () => {
  const text = "I'm looking for new clients and my rates start at £40 per hour."
  expect(check(text, 'transactional').ok).toBe(false)
  const words = marked(text, 'transactional').join(' | ')
  expect(words).toMatch(/looking for new clients/)
  expect(words).toMatch(/£40/)
})

test('"pick your brain", "what\'s in it for you" and "quid pro quo" are trades', () => {
  expect(check('Could I pick your brain over coffee?', 'transactional').ok).toBe(false)
  expect(check('So what’s in it for you? Plenty.', 'transactional').ok).toBe(false)
  expect(check('It is quid pro quo, really.', 'transactional').ok).toBe(false)
})

test('looking for people who care about the same cause is not a trade', () => {
  expect(check("We're looking for partners who care about clean rivers.", 'transactional').ok).toBe(
    true,
  )
  expect(
    check("I'm looking for investors who care about adult learning.", 'transactional').ok,
  ).toBe(true)
  expect(check('We pair families with neighbours who want to help.', 'transactional').ok).toBe(true)
  expect(check('If this matters to you too, come and say hello.', 'transactional').ok).toBe(true)
})

test('everyday words about money and work are not trades on their own', () => {
  const text =
    'Farmers sell at the market and families buy good food. Nobody should lose a job for being ill, and every pound of a donation should be seen.'
  expect(check(text, 'transactional').ok).toBe(true)
})

test('expecting nothing in return is not a trade', () => {
  expect(check('People help without expecting anything in return.', 'transactional').ok).toBe(true)
  expect(check('Send me referrals and I will send some in return.', 'transactional').ok).toBe(false)
})

test('offers, prices and calls to action are trades, however they are phrased', () => {
  for (const text of [
    "I'm here tonight to grow my book of business.",
    "I'm happy to offer a discount to anyone here.",
    'DM me on Instagram.',
    'Book a call through my website.',
    'We pay a referral fee of two hundred pounds for every job you send our way.',
    'Can I add you to my list?',
    'My rates start at six hundred a day.',
    "I'm offering ten percent off for anyone who books this month.",
    'Honestly, you should hire me.',
    "I'm looking to connect with decision makers at fintech companies.",
    'What can you do for me?',
    "I'm looking for investors for my app.",
    'Would your company be interested in a package?',
  ]) {
    expect(check(text, 'transactional').ok, text).toBe(false)
  }
})

test('a job, a sponsor or funding sought for the result, not the speaker, is not a trade', () => {
  for (const text of [
    "I'm looking for a role on a research team that takes those symptoms seriously, so that the next woman is heard the first time.",
    "I'm looking for a sponsor on the leadership team who cares about this as much as the nurses do.",
    'A few local businesses who believe in this already sponsor a table each week.',
    'We match them with employers who believe in second chances, so that they can land a job.',
    'In our firm, the people who get promoted tend to look like the bosses.',
    'Two hundred people sleep outside on a cold night.',
  ]) {
    expect(check(text, 'transactional').ok, text).toBe(true)
  }
  // The purpose has to be someone else's: "so that I can…" does not excuse the ask.
  expect(
    check("I'm looking for new clients so that I can pay off my loan.", 'transactional').ok,
  ).toBe(false)
})

test('sponsors sold exposure are a trade; sponsors invited in are not', () => {
  expect(check("We're looking for corporate sponsors.", 'transactional').ok).toBe(true)
  expect(
    check(
      'For five hundred pounds your logo goes on every T-shirt. Great visibility!',
      'transactional',
    ).ok,
  ).toBe(false)
})

test('the transactional advice fits the stage', () => {
  const text = "I'm looking for funding. Want to see the deck?"
  expect(check(text, 'transactional', { stage: 'vague' }).message).toMatch(/sounding board/i)
  expect(check(text, 'transactional', { stage: 'growing' }).message).toMatch(/introductions/i)
  expect(check(text, 'transactional', { stage: 'nonsense' }).message).toMatch(/leave the ask out/i)
})

test('an invitation asking for customers or money fails the invitation review', () => {
  const result = reviewInvitation(
    'Would you like to buy my course? It is £99 for a limited time.',
    {},
    enCoach,
  )
  expect(result.id).toBe('transactional')
  expect(result.ok).toBe(false)
  expect(result.spans.length).toBeGreaterThan(0)
})

test('an invitation to people who care passes the invitation review', () => {
  expect(
    reviewInvitation('If this matters to you, who should I be talking to?', {}, enCoach).ok,
  ).toBe(true)
  expect(
    reviewInvitation(
      "I'd love suggestions for partners or sources of funding who care about this.",
      {},
      enCoach,
    ).ok,
  ).toBe(true)
})

// self-focus
test('a pitch crowded with "I" and "my" fails self-focus', () => {
  const text =
    'I started this because I needed it. I put my savings and my time in. I am proud of my work and I want people to see it.'
  expect(check(text, 'self-focus').ok).toBe(false)
  expect(marked(text, 'self-focus').length).toBeGreaterThan(4)
})

test('a string of credentials fails self-focus', () => {
  expect(
    check('With ten years of experience and a proven track record, the rest is easy.', 'self-focus')
      .ok,
  ).toBe(false)
})

test('a story about someone named with a title ("Mrs. Goldberg") is not about the speaker alone', () => {
  const story =
    'For 6 years I take care of Mrs. Goldberg in Forest Hill. I believe caring is a skill. I ask because for me it is about care. I know how she likes her tea.'
  expect(check(story, 'self-focus').ok).toBe(true)
  expect(check(story.replace('Mrs. Goldberg', 'my own garden'), 'self-focus').ok).toBe(false)
})

test('a few mentions of the speaker are fine', () => {
  expect(check(WORKED_PITCH, 'self-focus').ok).toBe(true)
})

// jargon
test('buzzwords fail jargon and each one is marked', () => {
  const text = 'We leverage synergies to deliver best-in-class, scalable solutions.'
  expect(check(text, 'jargon').ok).toBe(false)
  expect(marked(text, 'jargon')).toEqual(['leverage', 'synergies', 'best-in-class', 'scalable'])
})

test('plain words pass jargon', () => {
  expect(check(WORKED_PITCH, 'jargon').ok).toBe(true)
})

// length
test('fewer than 50 words fails length', () => {
  expect(check('It is about potential.', 'length').ok).toBe(false)
})

test('more than 110 words fails length and marks where half a minute runs out', () => {
  const text = Array.from({ length: 130 }, (_, i) => `word${i}`).join(' ')
  const result = check(text, 'length')
  expect(result.ok).toBe(false)
  expect(result.message).toMatch(/130 words/)
  expect(marked(text, 'length')[0]?.startsWith('word110')).toBe(true)
})

test('50 to 110 words passes length', () => {
  expect(check(WORKED_PITCH, 'length').ok).toBe(true)
})

// Never throws, spans always inside the text
function expectWellFormed(text: string): void {
  const review = reviewPitch(text, { stage: 'narrowing', situation: 'cause' }, enCoach)
  expect(review.checks).toHaveLength(CHECK_IDS.length)
  expect(Number.isFinite(review.wordCount)).toBe(true)
  for (const c of [...review.checks, reviewInvitation(text, {}, enCoach)]) {
    expect(typeof c.message).toBe('string')
    if (c.ok) expect(c.spans).toEqual([])
    for (const span of c.spans) {
      expect(Number.isInteger(span.start) && Number.isInteger(span.end)).toBe(true)
      expect(span.start).toBeGreaterThanOrEqual(0)
      expect(span.start).toBeLessThan(span.end)
      expect(span.end).toBeLessThanOrEqual(text.length)
    }
  }
}

const pitchyWords = fc.constantFrom(
  'we',
  'us',
  'I',
  "I'm",
  'my',
  'so',
  'that',
  'clients',
  'pick your brain',
  '£19',
  'a month',
  'leverage',
  'who among us',
  '?',
  '.',
  '!',
  '…',
  ',',
  'It’s about',
  'potential',
  'win-win',
  '\n',
  '  ',
  'in return',
  'nothing',
  'who care',
  'looking for',
  'investors',
  '%',
  'off',
)

test('any string gives a well-formed review', () => {
  fc.assert(
    fc.property(fc.string(), (text) => expectWellFormed(text)),
    { numRuns: 300 },
  )
})

test('any unicode text, including lone surrogates, gives a well-formed review', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary' }), (text) => expectWellFormed(text)),
    { numRuns: 300 },
  )
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => expectWellFormed(text)),
    { numRuns: 200 },
  )
})

test('pitch-like word salad gives a well-formed review', () => {
  fc.assert(
    fc.property(fc.array(pitchyWords, { maxLength: 120 }), (parts) =>
      expectWellFormed(parts.join(' ')),
    ),
    { numRuns: 300 },
  )
})

test('markup, emoji, right-to-left text and lone surrogates give a well-formed review', () => {
  const samples = [
    '<script>alert("we")</script><b>It\'s about us?</b>',
    '<mark>pick your brain</mark> &amp; &lt;',
    'It’s about 🌍🔥 — we all 👨‍👩‍👧‍👦 know it? 🙂',
    'נשמח אם נוכל לעזור. מי מאיתנו לא? זה עניין של אמון.',
    'هذا عن الانتماء. من منا لم يشعر بذلك؟',
    '\u202eIt is about we\u202c? \u200f',
    '\ud800 we \udc00 us? \udbff\udfff',
    'İstanbul İİİ we us ß ﬁ ǅ',
    '?'.repeat(1000),
    '.'.repeat(1000),
    '',
    ' \n\t ',
  ]
  for (const sample of samples) expectWellFormed(sample)
})

test('a 50,000-character paste gives a well-formed review', () => {
  const pasted = `${WORKED_PITCH} I'm looking for clients! `.repeat(120).slice(0, 50_000)
  expect(pasted.length).toBe(50_000)
  expectWellFormed(pasted)
  expectWellFormed('a'.repeat(50_000))
  expectWellFormed('we '.repeat(16_667).slice(0, 50_000))
})

test('a pitch in Chinese or Japanese is timed by its characters, not by its runs between commas', () => {
  // About 160 characters: some 80 words' time, half a minute aloud (it was "3 words, too short").
  const japanese =
    '突き詰めると、すべては「つながり」という言葉に行き着きます。去年の大雨で、避難所に来なかったおばあさんを探して三時間歩きました。見つけたとき、彼女は一人で台所に座っていて、「誰も来ないと思っていた」と言いました。私は今、町内で高齢者の見守りの仕組みを作っています。あなたにとって、つながりとはどんな意味がありますか？'
  const review = reviewPitch(japanese, { situation: 'cause' }, enCoach)
  expect(review.wordCount).toBeGreaterThan(60)
  expect(review.wordCount).toBeLessThan(100)
  expect(review.speakingSeconds).toBeGreaterThan(20)
  expect(review.speakingSeconds).toBeLessThan(40)
  // English words are counted as words, as before.
  expect(reviewPitch('We all know this feeling.', {}, enCoach).wordCount).toBe(5)
})
