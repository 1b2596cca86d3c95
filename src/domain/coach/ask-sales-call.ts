// Some calls to buy, book or back the speaker's offer are a trade whatever else a pitch says: a
// heartfelt "why" that ends "only 40 boxes, so grab one early" or "comment ME" still sells. The
// ask model weighs the warm words around such a call and can let it through (spent set 41, read
// 2026-12-05: "I tutor kids in reading bc I was a struggling reader too … $300/kid, max 8 kids.
// Reply here to reserve a spot!" at 2%).
//
// Each call below was chosen over every labelled pitch in English or mixed with English (about
// 5,200 good and 5,100 trades, all of them training data by now) and said as a call in none of
// the good ones. A price alone is no call: good pitches cite "$22 an hour" or "was $900" as
// facts, and "book a slot" asks a blood donor to give, so those are left to the model.
import { isNumberWord } from '../language/lexicon'
import { NOTHING_BEFORE } from './coach-lexicon'
import type { ScannedText, Span } from './coach-text'

const DAY =
  '(?:mon|tues|wednes|thurs|fri|satur|sun)day|tonight|tomorrow|midnight|the \\d+(?:st|nd|rd|th)?|end of (?:the )?(?:week|month)'

const SOLD = '(?:spots?|places?|seats?|slots?|boxes|tickets?|copies|jars)'

const SALES_CALLS: readonly RegExp[] = [
  // Reserving through the speaker: "Reply here to reserve a spot", "DM me to book".
  /\b(?:reply|comment|dm|message|text|pm|inbox|email|whatsapp) (?:me |us )?(?:here |below |now )?to (?:reserve|book|order|grab|claim|secure|get yours)\b/giu,
  // A deadline on buying: "$799 for anyone who books by Sunday" (not "sign up by Friday to
  // volunteer").
  new RegExp(
    `\\b(?:book|order|buy|reserve|pre-?order)(?:s|ed)? (?:[\\p{L}']+ )?(?:by|before) (?:${DAY})\\b`,
    'giu',
  ),
  // Scarcity: "only 40 boxes, so grab one", "2 spots left", "max 8 kids" (not "only 3 seats on
  // the council").
  new RegExp(
    `\\bonly \\d+ ${SOLD}(?: left| remaining| available|,? so (?:grab|book|get|order|reserve|snag))`,
    'giu',
  ),
  new RegExp(`\\b\\d+ ${SOLD} (?:left|remaining)\\b`, 'giu'),
  /\b(?:max|maximum|capped at) \d+ (?:kids|children|people|students|spots|places|participants)\b/giu,
  // Social-selling calls: "comment ME", "link in bio", "use code SAVE20", "DM me for rates".
  /\bcomment (?:"[^"]{1,20}"|me|yes|info|interested)(?!\p{L})/giu,
  /\blink in (?:my )?bio\b/giu,
  /\b(?:[Uu]se|[Ee]nter|[Ww]ith) (?:my |the |our )?code:? [A-Z0-9]{3,}\b/gu,
  /\b(?:promo|discount|coupon) code\b/giu,
  /\b(?:dm|message|pm|inbox|email) (?:me|us) for (?:rates|prices|pricing|details|a quote|quotes|bookings)\b/giu,
  /\bpre-?orders? (?:are |is )?(?:now )?(?:open|live)\b|\bpre-?order (?:yours|now|one|your)\b/giu,
  // Rewards for backing the speaker's own work: "every $50 backer gets a signed vinyl".
  /\bevery \S*\d\S* (?:backer|pledge|supporter)\b|\bbackers? gets?\b/giu,
  // The speaker's own business: "I'd love to be your agent", "referrals are the biggest
  // compliment", "on your vendor list" (not "referrals are up at the clinic").
  /\b(?:love|like|happy|honou?red|glad) to be your (?:agent|realtor|broker|photographer|coach|go-to|designer|advisor|adviser|planner|accountant|lawyer|trainer|tutor|florist|baker|caterer|dj|stylist|contractor|plumber|electrician|supplier|vendor)\b/giu,
  /\breferrals are (?:the (?:biggest|best|greatest|highest)|always (?:welcome|appreciated)|welcome|appreciated|how i)\b/giu,
  /\b(?:on|onto|to|join) your (?:approved |preferred )?(?:vendor|supplier) list\b/giu,
  // A vote for the speaker (not "vote for our park in the budget").
  /\bvote (?:for )?(?:my|me|us)\b/giu,
  // A price cut: "normally $1,200", "$600 flat".
  /\b(?:normally|usually|regularly|originally) [$£€]\s?\d/giu,
  /[$£€]\s?\d[\d,.]* (?:flat|all in|all-in)\b/giu,
  // Scarcity said outright (spent set 42: "only forty left in this batch, when they're gone
  // they're gone").
  /\bwhen (?:they'?re|they are|it'?s|it is) gone,? (?:they'?re|they are|it'?s|it is) gone\b/giu,
  // A first box, month or session thrown in: "first box free with the link", "your first week's
  // on us".
  /\bfirst (?:box|month|session|class|lesson|week|consultation|consult|delivery|order)(?:'s| is)? (?:free|on (?:me|us|the house))\b(?!,? and so (?:is|are) (?:every|all))/giu,
  /\bsale or return\b/giu,
  // A copy bought as a favour: "buying a copy would really help me out".
  /\bbuy(?:ing)? (?:a|one|my|the|two) \p{L}+\b[^.!?]{0,40}\bhelps? (?:me|us)\b/giu,
  // The speaker's own place in the listener's team: "room on your team for someone like me",
  // "your sustainability team should be hiring someone like me" (not "a book you'd hand to
  // someone like me").
  /\b(?:room|place|seat|space|spot|opening|role)\b[^.!?]{0,30}\bfor someone like me\b|\b(?:needs?|hire|hiring|hires|could use) someone like me\b/giu,
  // The job board's banner (spent set 43: "Open to work — Director-level roles… #OpenToWork"; not
  // "open to working with anyone who cares").
  /#open ?to ?work\b|\bopen to work\b(?! (?:with|alongside|on|for|together))/giu,
  // A favour for a favour: "if you steer the RFP toward our scope, we'd be happy to bring your
  // team onto the next phase", "I'll owe you one", "there's a little something in it for you"
  // (not "if you know an expert, I'd love to bring them in").
  /\bif (?:you|u)\b[^.!?]{0,80}\b(?:we'd|we will|we'll|i'd|i will|i'll|ill)\b[^.!?]{0,40}\b(?:bring|cut|give|send|owe|pay|donate to|review|do) (?:you|your|u|ur)\b/giu,
  /\b(?:i'll|i will|we'll|we will|ill) (?:return the favou?r|do the same for you|owe you one)\b/giu,
  /\bthere's (?:a little |some )?something in it for you\b/giu,
  // Reviews for the speaker's book or shop: "a review on Amazon would mean so much", "leave us a
  // five-star review", "reviews make or break a small-press book".
  /\b(?:review|rating)s? on (?:amazon|goodreads|google|yelp|etsy|trustpilot|tripadvisor|audible|apple podcasts|spotify)\b/giu,
  /\b(?:leave|leaving|write|writing|drop|dropping|pop|popping) (?:me |us )?(?:a )?(?:quick |short |honest |5-star |five-star |5 star |five star )?(?:review|rating)s?\b/giu,
  /\b(?:reviews?|ratings?) (?:really )?(?:make or break|drive sales|help (?:me|us|the algorithm))\b/giu,
  // A word put in for the speaker by someone who decides (spent set 44: "There's an opening at
  // St Luke's, and you're on their board, aren't you? A quick word from you would mean the
  // world"; "if the pilot works it puts me up for the director role, and you're on the promotion
  // panel").
  /\ba (?:quick |good |kind )?word from (?:you|u)\b/giu,
  /\b(?:you're|you are|youre|ur) on (?:the|their|its|our) (?:hiring|promotion|selection|interview|recruitment) (?:panel|committee|board)\b/giu,
  // Plays for the speaker's own record (spent set 44: "pls stream it on repeat when it drops fri,
  // every play counts for the label deal").
  // (Read in spent set 48, 2026-12-06: any stream of the speaker's record asked of the listener,
  // "pls stream it on spotify like 10 times each"; not "we stream it live on Fridays".)
  /(?<!\b(?:we|i|we'll|i'll|we will|i will|they|to|and)\s)\bstream (?:it|my|our|the (?:album|single|ep|track|song|episode|mixtape|tape))\b/giu,
  /\bevery (?:play|stream|listen|download|view|vote|share|follow) (?:really )?counts\b/giu,
  // Read in spent set 45 (2026-12-05) and checked over every labelled pitch: a close that puts a
  // bargain to the listener ("I'll do your logo if you introduce me… Deal?"); the till at hand ("I
  // take Venmo", "I take card!", not "I take cards to the care home"); a price per piece of what
  // the speaker sells ("selling these bracelets I make, 15 each"); stock left on sale or return
  // ("take 24 units on consignment, you pay only for what sells"); a backer's tier ("Back it at 25
  // for a signed copy"); a price cut without a currency sign ("I'll paint their wall for 2,000
  // instead of 3,500"); the goods held out ("I've got them in my bag, want one?", not "centres
  // that would want one?").
  /(?:^|[.!?,] )deal\?/giu,
  /\b(?:i|we) (?:take|accept) (?:venmo|paypal|cash ?app|zelle|revolut|cards?|cash|m-?pesa|bank transfers?|e-?transfers?|apple pay|google pay)(?=[.,!?;:)]|$| (?:and|or|too|now|as well)\b)/giu,
  /\b(?:sell|selling|sells|sold)\b[^.!?]{0,60}\b[$£€]?\d[\d,.]* (?:each|apiece|a piece|a pop)(?=[.,!?;:)]|$)/giu,
  /\bon consignment\b|\bpay (?:only )?for what (?:sells|you sell)\b/giu,
  /\bback (?:it|us|me|the \p{L}+|my \p{L}+|our \p{L}+) at [$£€]?\d|\d (?:for|gets you|and you get) a signed (?:copy|print|vinyl|book|poster|cd)\b/giu,
  /\bfor [$£€]?\d[\d,.]*k? instead of (?:the usual )?[$£€]?\d/giu,
  /(?:^|[.!?,] )(?:so,? |you |u )?want (?:one|some)\?/giu,
  // Read in spent set 46 (2026-12-06) and checked the same way: the recruiter's line ("Would you
  // be open to hearing how you could earn from home too?", "you can earn from it too"; not "how
  // little you can earn as a carer"), and the speaker's goods on the listener's shelves ("we'd
  // love to get on their shelves", "put it on your shelves"; not "bookshops who want these books
  // on their shelves").
  /\b(?:you|u) (?:could|can|can also|too can|might) (?:earn|make money|make extra|make an extra)(?: (?:money|income|cash))? (?:from (?:home|it|this)|too|on the side|while|around)\b/giu,
  /\bopen to hearing (?:more|about|how)\b/giu,
  /\b(?:get|getting|got|put|putting|have|having) (?:us |it |them |(?:our|my) [\p{L}-]+ )?(?:on|onto|into) (?:their|your|ur) shelves\b/giu,
  // Read in spent set 48 (2026-12-06) and checked the same way: a word put in for the speaker
  // ("can you put in a word with Marcus before he decides?", in 72 trades and no good pitch); the
  // algorithm or the numbers the listener's plays and followers feed ("it helps w the algorithm",
  // "promote the episode to your 20k followers? would be huge for my numbers").
  /\bput in a (?:good |kind |quick )?word\b/giu,
  // The same favours in the languages people here write, each in trades only over every labelled
  // pitch (0 good): a good word put in for the speaker (37 trades: "mettere una buona parola",
  // "hablarle bien de mí", "ein gutes Wort", "dobré slovo"); the job seeker's start date (17:
  // "Posso começar segunda-feira", "Je peux commencer lundi", "jeg kan starte 1. marts"); the
  // speaker's number passed on (9: "pásale mi número", "passagli il mio numero"); a favour
  // returned (9: "luego te devuelvo el favor", "je te revaudrai ça").
  /\bbuona parola\b|\bhabl(?:arle|ale|a|es|e) bien de mí|\bfalar bem de mim|\bboa palavra\b|\bpalavra por mim|\bbon mot pour moi|\bgutes wort\b|\bgoed woordje\b|\bgott ord\b|\bgodt ord\b|\bdobre słowo|\bdobré slovo|\bun cuvânt bun|\bjó szót|\bhyvän sanan|\bhyvä sana/giu,
  /(?<!\b(?:quando|cuándo|cuando|quand|wann|wanneer|när|hvornår|når) )(?:\b(?:puedo|podría|podria) (?:empezar|comenzar|incorporarme)|\bposso (?:começar|comecar|cominciare|iniziare|entrare)|\bje (?:peux|pourrais) (?:commencer|démarrer|demarrer)|\b(?:kann|könnte) (?:ich )?(?:sofort|ab|am|nächste|direkt|gleich)[^.!?]{0,20}(?:anfangen|starten|beginnen)|\bik kan (?:maandag|morgen|direct|meteen|per direct|volgende|\d)[^.!?]{0,12}(?:beginnen|starten)\b|\bjag kan börja\b|\bjeg kan (?:starte|begynne|begynde)|\bmogę (?:zacząć|zaczać)|\bmůžu (?:nastoupit|začít)|\bpot începe|\bbaşlayabilirim|\bbisa (?:mulai|langsung)|\bvoin aloittaa)(?! (?:a|à|ad|de|to|att|at|med|met|mit|z|się|să|og) \p{L})/giu,
  /\b(?:pás[ae]le|pasale|dale|passagli|passale|dagli|dalle|passa(?:-lhe)?|dá-lhe|da-lhe|donne-lui|file-lui|transmets-lui|gib (?:ihm|ihr|ihnen)|geef (?:hem|haar)) (?:mi|il mio|o meu|meu|mon|meine|mijn) (?:número|numero|nummer|contacto|contatto|contato|contact|kontakt|cv|currículum|curriculum)/giu,
  /\b(?:te|le|lo|la) (?:devuelvo|devolveré|devolvere) el favor|\bricambio il favore|\bretribuo o favor|\bje te revaudrai|\bte rendrai (?:la pareille|service)/giu,
  /\bhelps? (?:me |us )?(?:w\/? |with )?the algorithm\b/giu,
  /\bto (?:your|ur) [\d,.]+k? (?:followers|subscribers)\b|\b(?:huge|big|great|good) for my (?:numbers|stats|streams|channel)\b/giu,
]

// Scarcity and a nudge to buy now: "tickets for the Manchester date are nearly gone… grab them
// tonight", "seats are going fast" (not "the elders are going fast"). A sentence that gives
// something free is left to the model ("grab one of the free seed packets at the door").
const RUSH_CALLS: readonly RegExp[] = [
  /\b(?:tickets?|seats?|spots?|places?|copies|bags|boxes)\b[^.!?]{0,40}\b(?:nearly|almost|going|selling|filling)(?: up)? (?:gone|fast|out)\b/giu,
  /\b(?:filling up|selling out|selling) fast\b/giu,
  /\bgrab (?:them|yours|one|a ticket|tickets)\b/giu,
]

// Calls with a number said as a word, read with compromise's lexicon.
const NUMBER_CALLS: readonly RegExp[] = [
  // A spoken price: "it's seven ninety-nine on Amazon", "fourteen ninety nine a month".
  /\b([\p{L}-]+) ninety[- ]?(?:nine|five)\b/giu,
  // Scarcity: "only forty left in this batch", "only six places left" (not "the only thing left").
  /\bonly ([\p{L}-]+) (?:\p{L}+ )?(?:left|remaining)\b/giu,
]

/** A year said aloud ("back in nineteen ninety-five"), not a price. */
const YEAR_BEFORE = /\b(?:in|since|from|until|till|of|by|born|back|around|circa)\s+$/iu

function numberCallAt(scanned: ScannedText, m: RegExpExecArray): boolean {
  const text = scanned.folded
  const word = (m[1] ?? '').toLowerCase()
  if (word === 'and')
    return /\bhundred and $/iu.test(text.slice(Math.max(0, m.index - 12), m.index + 4))
  if (!isNumberWord(word)) return false
  if (/^(?:nineteen|eighteen|twenty)$/u.test(word)) {
    return !YEAR_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))
  }
  // "Only three spots left on the free mentoring scheme" gives; it does not sell.
  return !m[0].toLowerCase().startsWith('only ') || !givesFree(scanned, m.index)
}

/** The sentence around a call gives something free. */
function givesFree(scanned: ScannedText, index: number): boolean {
  const sentence = scanned.sentences.find(({ start, end }) => start <= index && index < end)
  const text = scanned.folded
  return /\bfree\b/iu.test(sentence === undefined ? text : text.slice(sentence.start, sentence.end))
}

/** Inside double quotes: someone else's words ("a guy said 'first consultation free'"). */
function quoted(text: string, index: number): boolean {
  return (text.slice(0, index).match(/"/gu) ?? []).length % 2 === 1
}

/** The span of a call to buy, book or back the speaker's offer, if the pitch makes one. */
export function salesCall(scanned: ScannedText): Span | undefined {
  const text = scanned.folded
  const patterns = [
    ...SALES_CALLS.map((pattern) => ({ pattern, kind: 'call' as const })),
    ...RUSH_CALLS.map((pattern) => ({ pattern, kind: 'rush' as const })),
    ...NUMBER_CALLS.map((pattern) => ({ pattern, kind: 'numbered' as const })),
  ]
  for (const { pattern, kind } of patterns) {
    pattern.lastIndex = 0
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      // "no code to use", "nothing to pre-order": ruled out, not asked.
      if (NOTHING_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue
      if (quoted(text, m.index)) continue
      if (kind === 'numbered' && !numberCallAt(scanned, m)) continue
      if (kind === 'rush' && givesFree(scanned, m.index)) continue
      return { start: m.index, end: m.index + m[0].length }
    }
  }
  return undefined
}
