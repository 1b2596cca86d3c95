// Hearing the ask. A pitch turns into a trade when it asks the listener for something that serves
// the speaker (a job, a referral, a sale, money, time on their calendar) or offers something in
// return. This module finds requests by their form (questions with could/would/can, imperatives,
// "if you…", "I'd love…", "let's…"), then asks who gains from what is requested. Money is found
// in any form: digits, number words (compromise's lexicon), currencies, rates per week or month,
// tickets, codes and discounts. The commonest asks and prices in Spanish, French and German are
// caught too. Every finding is a span of the text, so the coach can mark the words behind it.

import type { Stage } from '../pitch/answers'
import { isNumberWord, lexiconTags } from '../language/lexicon'
import { compileList } from './coach-lexicon'
import { findSpans, mergeSpans, type ScannedText, type Span } from './coach-text'

// ---------------------------------------------------------------------------------------------
// The form of a request

/** Sentence openings that make a request of the listener, whatever is asked for. */
const REQUEST_FORM = compileList([
  // Modal questions and polite requests: "Could you…", "Would you mind…", "Can I…".
  "(?:could|would|can|will|won't|might) (?:you|ya|u)",
  '(?:can|could|may|might) (?:i|we)',
  'would (?:it be|you be|your)',
  '(?:do|does|did) (?:you|your|they|anyone|anybody) (?:\\p{L}+ )?(?:know|have|need|want|take|hire|think|fancy)',
  '(?:are|is) (?:they|you|your|there|anyone|anybody)',
  '(?:any|some) chance',
  'fancy (?:a|an|grabbing|meeting|getting|joining|coming)',
  'how about',
  // Conditional asks: "If you could…", "if you know anyone…", "If your board is applying…".
  'if (?:you|your|u|ya|anyone|anybody|someone)',
  // Wishes and invitations: "I'd love to…", "I'd love you to…", "let's…".
  "(?:i|we)(?:'d| would) (?:really |so |just |also )?(?:love|like|appreciate|be (?:grateful|thrilled|happy|delighted))",
  "(?:i|we)(?:'m| am|'re| are) (?:hoping|keen) (?:to|you|for)",
  "let'?s|let me|lets",
  'please',
  // Needs said out loud: "What I need is…", "That's all I need from you".
  '(?:what|all) (?:i|we) (?:really |actually )?(?:need|want)',
  'what would (?:really )?help',
  '(?:i|we) (?:really |just |urgently )?need',
  "(?:i'?m|i am|we'?re|we are)(?: (?:now|currently|actively|also|still|really))? (?:looking|searching|hunting)(?: for)?",
  // "The best thing you can do for the planet is switch your shop to us."
  '(?:the )?(?:best|simplest|easiest|one) thing (?:you|u) (?:can|could) do',
  '(?:think|thought) of me',
  // "Would she mind if I used her name in my cover letter?"
  '(?:would|do|does) (?:she|he|they) mind',
  // "An intro would honestly change our year.": a wish said as what it would do.
  '(?:an? )?(?:intro|introduction|review|share|shout-?out|vote|word) would (?:honestly |really |genuinely |just )?(?:change|make|mean)',
  'keep me in mind',
  // "Just remember my face when the shortlist comes round."
  'remember (?:me|my (?:name|face))',
  // "Who's the right person for me to send a meeting invite to?"
  "who(?:'s| is) the (?:right|best) person (?:for me|i should|to send)",
  // Other languages: "¿Tienes diez minutos…?", "Pourriez-vous…", "Könnten Sie…".
  '(?:podr[ií]as|podr[ií]a|puedes|puede|quieres|quiere|tienes|tiene|te apuntas|me (?:pasas|presentas|recomiendas)|conoces|si (?:conoces|puedes|quieres|me))',
  '(?:pourriez|pourrais|pouvez|peux|voulez|veux|voudriez|auriez|avez) (?:vous|tu)',
  '(?:est-ce que|si vous|si tu|passez|venez|appelez|écrivez)',
  '(?:k[öo]nnten|k[öo]nnen|h[äa]tten|haben|w[üu]rden|m[öo]chten|wollen) (?:sie|wir|du|ihr)',
  '(?:kannst|k[öo]nntest|h[äa]ttest|willst|magst) du',
  '(?:wenn sie|wenn du|melden sie sich|rufen sie)',
])

// Verbs that open an imperative but that the lexicon files under nouns ("Book a demo").
const IMPERATIVE_VERBS = new Set([
  'book',
  'call',
  'ring',
  'text',
  'message',
  'email',
  'mention',
  'forward',
  'pick',
  'sign',
  'check',
  'pop',
  'pay',
  'visit',
  'order',
  'grab',
  'drop',
  'ping',
  'dm',
  'whatsapp',
  'subscribe',
  'tag',
  'share',
  'refer',
  'type',
  'use',
  'head',
  'swing',
  'hit',
  'reach',
  'contact',
  'follow',
  'back',
  'pledge',
  'donate',
  'chip',
])
// Imperatives that invite the listener to think, not to act for the speaker.
const THINKING_VERBS = new Set([
  'imagine',
  'picture',
  'think',
  'remember',
  'consider',
  'look',
  'listen',
  'guess',
  'ask',
  'try',
  'tell',
  'let',
  'wait',
  'keep',
  'take',
])
const LEAD_WORDS = new Set(['so', 'just', 'now', 'okay', 'ok', 'and', 'then', 'oh', 'well', 'go'])

function opensWithImperative(scanned: ScannedText, first: number, end: number): boolean {
  let i = first
  while (i < end && LEAD_WORDS.has(scanned.words[i]?.key ?? '')) i++
  const word = scanned.words[i]
  if (word === undefined) return false
  const key = word.key
  if (THINKING_VERBS.has(key)) return false
  if (IMPERATIVE_VERBS.has(key)) return true
  return lexiconTags(key).includes('Infinitive')
}

// ---------------------------------------------------------------------------------------------
// What is asked for: the speaker's gain

/** Time on the speaker's calendar, a call, a demo: the meeting is the sale's first step. */
const MEETING = compileList([
  // "a quick call", "a 20 min demo"
  '(?:a|an|quick|short|brief|intro|introductory|discovery|sales|strategy|zoom|video|phone|free) (?:(?:\\p{L}+|\\d+ ?-?(?:min|mins|minute)) )?(?:call|demo|appointment|consultation)',
  '(?:your|ur) (?:calendar|diary|agenda)',
  'calendly',
  '(?:booking|calendar|sign ?up) link',
  '(?:grab|book|take|get) (?:a |one )?slot|slots? (?:in|on) (?:my|our)',
  '(?:\\d+|ten|fifteen|twenty|thirty|five|half an hour|an hour|a few|\\p{L}+teen|\\p{L}+ty) minutes (?:next|this|on|in|with|of your|for a|to)',
  '(?:half an hour|an hour|ten minutes|fifteen minutes|twenty minutes|a few minutes) (?:in|of) your',
  'on the agenda',
  '(?:quick|short|brief|proper|\\d+ ?-?minute|ten-minute|fifteen-minute|twenty-minute) (?:chat|catch up|catch-up|coffee|zoom|call)',
  '(?:zoom|teams call|google meet|facetime)',
  '(?:find|set up|fix|book|arrange|pencil in|put in) (?:a |some )?(?:time|date|meeting|something in the diary)',
  'pencil (?:you|me|us|it|something) in',
  '(?:hop|jump) on (?:a|the) (?:call|zoom|phone)',
  '(?:a |for a )?coffee (?:next|this|on|some)',
  '(?:free|no-obligation|no obligation) (?:quote|estimate|assessment|survey|audit|consultation|review|trial)',
  'in front of (?:the people who decide|(?:the |your )?(?:boss|board|buyers?|director|directors|decision makers))',
  "(?:walk|talk) (?:you|your (?:[\\p{L}']+ )?(?:people|team|staff|folks)) through",
  '(?:meeting|calendar|zoom|teams) invite',
  'show you (?:our|my) (?:rates|prices|product|app|software|tool|platform|portfolio|work|demo|range|samples)',
  'run the numbers',
  "i'?ll send you the invitation|send you the invitation",
  'no obligation',
  '(?:llamada|cita|reuni[óo]n|videollamada)',
  '(?:rendez-vous|appel|rdv)',
  '(?:termin|gespr[äa]ch|anruf|telefonat)',
  '(?:einen|ein) (?:kurzen |kurzes )?(?:call|meeting|zoom)',
])

/** A job, a role or a way in for the speaker. */
const JOB = compileList([
  'jobs?|roles?|positions?|vacanc(?:y|ies)|openings?|internships?|interns|juniors|apprenticeships?|placements?',
  '(?:my |a )?(?:cv|resume|résumé|portfolio|references?)',
  '(?:taking on|hiring|recruiting)',
  // Not "a seat at the table": who gets one is a cause, not a vacancy.
  '(?:a |that |the )?seat (?:(?:at|on) (?:that|your)|on the)',
  'shortlists?|hiring panel',
  '(?:any|a) way in',
  '(?:bring|bringing|take|taking) (?:me|us) on',
  'anything (?:for|in) (?:someone|me|a person)',
  'anything (?:comes up|opens up|going)|hear of anything',
  'get me in',
  'foot in the door',
  'promotions?|appraisal|mid-year review|trustee seat',
  '(?:land|get|win) (?:the|a|my) (?:fellowship|scholarship|residency|place)',
  'lead the rollout',
  '(?:currículum|curriculum|puesto|trabajo|empleo)',
  '(?:poste|emploi|candidature|mon book|(?:un|mon|le) stage)',
  // "Was würden Sie an meiner Stelle lesen?": "in my place", not a vacancy.
  '(?:lebenslauf|(?<!an (?:meiner|deiner|seiner|ihrer|unserer|eurer|dieser|erster|zweiter|letzter|jeder) )stelle|bewerbung)',
])

/** The listener's network put to work for the speaker: names, introductions, referrals. */
const REFERRAL = compileList([
  'refer (?:me|us|my)',
  '(?:introduc(?:e|ing)|intro|present(?:ing)?) (?:me|us)',
  'introduced',
  'introductions?',
  'put (?:me|us) in touch',
  '(?:give|pass|send|forward|mention|glisser) (?:them |him |her |it |along )?(?:my|our|me|us) (?:name|cv|email|number|details|card|deck|manuscript|book|portfolio)?',
  '(?:say|drop|mention) my name',
  '(?:use|used|using|drop|dropped|mention|mentioned) (?:your|her|his|their) name',
  'my name',
  '(?:connect|link|hook|set) (?:me|us) (?:up )?(?:with|to)',
  '(?:vouch for|recommend|reference) (?:me|us)',
  '(?:be|act as) (?:my|a) (?:referee|reference)',
  'put (?:my|our) name forward',
  'point (?:me|us) (?:to|towards|at)',
  "(?:put|pass|get) (?:it|my|our|this)(?: [\\p{L}']+)? on (?:your|their|his|her)(?: [\\p{L}']+)?(?: [\\p{L}']+)? desk",
  'my way',
  'put in a word',
  'an intro(?:duction)? to',
  // "Do you know any literary agents?": the listener's contacts for the speaker's own book.
  'know any (?:literary agents?|agents|publishers|editors|producers|buyers|recruiters|landlords)',
  'a (?:good |kind )?word (?:for|with)',
  'warm intro(?:duction)?',
  '(?:mention|recommend) (?:me|us)',
  'whoever (?:books|buys|hires|decides|signs)',
  '(?:pass|forward|send) (?:it|them|this) (?:on|along|to)',
  '(?:presentaras|presentarme|presentes|recomiendes|recomendarme|pasarle)',
  '(?:glisser|donner|transmettre|passer|présenter|recommander) (?:lui |leur )?(?:mon|ma|mes|moi)',
  '(?:mon nom|mon cv|mi nombre|mi cv|meinen namen)',
  '(?:weitergeben|weiterleiten|empfehlen|vorstellen)',
])

/** Buying, subscribing, joining the speaker's sales team. */
const SALE = compileList([
  // Not "could I buy you a coffee": the speaker pays.
  '(?:buy|order|purchase|subscribe|sign up|signup|book in|pre-order|preorder)s?(?! (?:you|u|ya)(?![\\p{L}]))',
  'count on (?:your|ur) vote|vote for me',
  '(?:amazon|google) ?(?:reviews?|ratings?)|goodreads|tripadvisor|trustpilot|yelp|rezension|(?:five|5) ?stars?',
  '(?:team|teams|downline) under (?:me|my)',
  'tickets?',
  'checkout|promo|(?:the |my |a |discount )code',
  '(?:join|joining) (?:under (?:me|my)|my team|me in)',
  'be your own boss|side hustle|business opportunity|residual income|distributor|upline|downline',
  'tarifs?|prix|precios?|tarifas|preise?|angebot|formules?',
  '(?:my|our) downline|(?:grow|growing|build|building) my team',
  'starter kit|the opportunity|launch party|bonus',
  'see for yourself',
  '(?:free |some )?samples? (?:on|to|for|in)',
  'set you up',
  'the big one',
  '(?:switch|move|come over|sign up|sign) (?:to|with) (?:us|me|our)',
  // "switch your weekly shop to us"
  "(?:switch|move) (?:your|ur) (?:[\\p{L}']+ ){0,2}(?:over )?to (?:us|me|our)",
  '(?:share|follow|repost|tag|subscribe to) (?:my|me|our|us)',
  '(?:your|their) followers',
  'send me (?:a|your) (?:photo|picture|pic|brief|message)',
  '(?:my|the) (?:number|whatsapp)',
  '(?:text|ring|call|whatsapp|message|write|dm|email) (?:me|us|the number)',
  'try (?:them|it|one|us)',
  '(?:send|get) (?:you|me) (?:a|the) (?:quick )?(?:video|link|info|brochure|price list)',
  'pre-?saves?|pre-?save it|(?:the |my )?links?(?:.s| is| are)? in (?:my|the) bio',
  'rate card|(?:here.?s|take) my card',
  'profile (?:piece )?(?:on|of|about) (?:me|us)',
  'run it (?:at|for) (?:yours|your (?:place|company|team|school|office|firm))',
  'patreon|onlyfans|etsy|kickstarter|indiegogo|gofundme|startnext|ulule|verkami|kisskissbankbank',
  '(?:your|the) (?:first )?(?:order|purchase|install)',
  'first go',
  '(?:pide|pedir|compra|comprar|apúntate|apuntas|equipo)',
  '(?:achetez|commandez|inscrivez|inscrire|formules)',
  '(?:bestellen|kaufen|buchen|anmelden)',
])

/** Money for the speaker: loans, stakes, backing their own venture or trip. */
const MONEY_ASK = compileList([
  'lend (?:me|us)',
  '(?:a |small )?loan',
  '(?:invest|back|sponsor|fund|pledge|chip in|donate)(?: to| in| for)? (?:me|my|our (?:company|startup|round|campaign|kickstarter|trip))',
  'sponsor my',
  '(?:a |small |the )?cheques?',
  '(?:pre-seed|seed|angel|series [a-c]) (?:round|investment|funding)?',
  'come in on (?:the|our|this|my) round',
  'chip(?:s)? in',
  'an investor',
  'need investors?',
  'for (?:\\d+|\\p{L}+) (?:percent|per cent|%)',
  '(?:prestar|invertir|inversión|inversor)',
  '(?:prêter|investir|investisseur)',
  '(?:leihen|investieren|investor)',
])

/** Something offered back for the listener's help: the trade said out loud. */
const OFFER_IN_RETURN = compileList([
  "(?:i'?ll|i will|i'd|i would|we'?ll|we will) (?:make it worth|return the favou?r|owe you|back your|support your|vote for yours|do the same|send (?:my|our|some) (?:clients|customers|buyers|work|business|people) your way|send (?:them|people|clients|work|business) your way|make sure (?:you|your)|remember (?:it|this|that)|not forget|never forget|see you right|sort you out|look after you|put in a (?:good )?word for you|cut you in|knock|throw in|keep (?:it|one) for you)",
  "(?:i|we) won'?t forget",
  'worth your while',
  'one hand washes the other|hand washes',
  'scratch (?:my|your) back|you scratch',
  'thank-you in an envelope|in an envelope|a little (?:something|thank-you|thank you)',
  "i'?d owe you|owe you one",
  'make it up to you',
  "(?:drinks?|lunch|dinner|coffee|beers?|pints?|the next round) (?:are |is |'s )?on me",
  "(?:i'?ll|i will) (?:buy|get) you (?:a |lunch|dinner|a drink|a coffee|a pint|a beer)",
  "(?:i'?ll|i will) (?:cover|take) (?:your|one of your)",
  'you help me,? (?:and )?i(?:.ll)? help you',
  '(?:kickback|finder.s fee|commission|a cut)',
  '(?:una mano lava la otra|te lo devuelvo|te debo una)',
  "(?:renvoyer l'ascenseur|je te revaudrai|donnant donnant)",
  '(?:eine hand wäscht die andere|eine hand waescht die andere|ich revanchiere mich|gegenleistung)',
])

/** The people sought are described by what they care about: an invitation, not a trade. */
const CAUSE_QUALIFIER = compileList([
  "(?:who|that|which|whose)(?:'d|'s|'ll| would| will| might| could| also| really| already| just| truly| genuinely){0,2} (?:care|cares|share|shares|believe|believes|want|wants|would want|get this|gets this|get it|gets it|would rather|feel|feels|understand|understands|love|loves|matter|matters|think|thinks|work with|works with|run|runs|has run|have run|'ve run|has done|have done|'ve done|are passionate|is passionate|might sponsor|could sponsor|would sponsor|might fund|would fund|would pilot|might pilot|could pilot|would try|might try|want to see|wants to see|needs? it|needs? this|listen|listens)",
  '(?:for|to) their (?:\\p{L}+ )?(?:drivers|patients|kids|children|families|students|staff|workers|residents|members|tenants|pupils|clients|community|neighbou?rs)',
  'so (?:they|it) (?:reach|reaches|can reach|get|gets)',
  'to (?:pilot|trial|test|try) (?:it|this|the|our)',
  'to help print',
  'anyone who wants',
  '(?:al que|a la que|a quien|que) (?:le |les )?importe',
  '(?:qui|que) (?:partagent|partage|tiennent|tient|comprennent|aiment)',
  '(?:denen|dem|der) das (?:auch )?(?:wichtig|am herzen)',
  'que (?:quiera|quieran) esto',
])

/** A thing given that says it asks nothing back. */
const NOTHING_BACK = compileList(['nothing to (?:sign up for|buy|pay)', 'no (?:paywall|sign-?up)'])

/** Things to read and people to think with: what the vague stage should ask for. */
const READING = compileList([
  '(?:a|any|good|the|one|some) (?:good |great )?(?:book|podcast|article|film|documentary)s?',
  '(?:book|podcast|article)s? (?:on|about|that)',
  'anything good|something good|reading|read anything|the title|the tip|sounding board|think it through|think (?:out loud|aloud)|hear (?:about|it|them|her|him|your)',
])

// ---------------------------------------------------------------------------------------------
// Money in any form

const CURRENCY_SYMBOL = /[£$€¥]/u
const CURRENCY_WORDS = new Set([
  'pounds',
  'pound',
  'quid',
  'dollars',
  'dollar',
  'bucks',
  'euros',
  'euro',
  'pence',
  'p',
  'grand',
  'k',
  'dólares',
  'dolares',
  'pesos',
  'francs',
  'eur',
  'usd',
  'gbp',
  // Currencies the people here price in besides the pound, the dollar and the euro.
  'lei',
  'leu',
  'zloty',
  'złoty',
  'zł',
  'kronor',
  'kroner',
  'kr',
  'lira',
  'rupees',
  'rand',
  'naira',
  'shillings',
  'yen',
  'yuan',
  'reais',
  'baht',
  'ringgit',
  'dirhams',
])
const MONEY_NOUNS = new Set(['tenner', 'fiver', 'tenners', 'fivers', 'quid', 'grand'])
// Number words in Spanish, French and German: a closed class, so a list is the honest tool.
const FOREIGN_NUMBERS = new Set(
  (
    'dos tres cuatro cinco seis siete ocho nueve diez once doce quince veinte treinta cuarenta ' +
    'cincuenta sesenta setenta ochenta noventa cien ciento cientos mil ' +
    'deux trois quatre cinq six sept huit neuf dix onze douze quinze vingt trente quarante ' +
    'cinquante soixante cent cents mille trente-cinq vingt-cinq ' +
    'zwei drei vier fünf sechs sieben acht neun zehn elf zwölf fünfzehn zwanzig dreißig vierzig ' +
    'fünfzig sechzig siebzig achtzig neunzig hundert tausend ' +
    // Italian, without "due", "sei" and "otto", which are English words or names too.
    'quattro cinque sette nove dieci undici dodici quindici venti trenta quaranta cinquanta ' +
    'sessanta settanta ottanta novanta cento'
  ).split(' '),
)
const PERIODS =
  /^(?:,\s*deposit|\s*(?:(?:a|an|per|\/|each|every)\s?(?:week|month|quarter|year|hour|session|class|day|night|head|person|piece|print|seat|user|ticket|box|lesson|copy|bottle|jar|bag|loaf|pair|card|company|organisation|organization|school|business|participant|delegate|attendee|employee|ad|ad read|spot|post|episode|photo|song|track|video)|cash or card|card or cash|on retainer|monthly|weekly|upfront|up front|deposit|for the lot|for the (?:six|\p{L}+) weeks|for (?:six|four|eight|ten|twelve) weeks|each|gets you|off|at checkout|for (?:\d+|\p{L}+) (?:percent|per cent|%)|a pop|a go|a time|an hour|a lesson|al mes|por mes|a la semana|par mois|par semaine|pro monat|im monat|pro woche|pro (?:stück|gedicht|bild|exemplar|flasche|glas|kopie|karte|buch)))(?![\p{L}])/iu
/** Verbs that make an amount a fact about the world, not a price the speaker charges. */
const INNOCENT_BEFORE =
  /(?:spend|spent|spends|lose|lost|loses|earn|earned|earns|earning|costs?|cost us|save|saved|saves|short|owe|owed|waste|wasted|worth|raised for|(?<![\p{L}])(?:got|received|won|awarded|secured|landed)(?![\p{L}'])|pay(?:s|ing)? (?:for|out)|gone up|went up|rent|rents|bills?|wage|wages|salary|debt|cuesta|coûte|kostet|gana|gagne|verdient)\W+(?:[\p{L}']+\W+){0,2}$/iu
const PRICE_BEFORE =
  /(?:^|[^\p{L}])(?:is|are|it'?s|that'?s|just|only|from|at|for|starts? at|priced at|tickets?|entry|pay|lend me|lend us|invest|back|pledge|chip in|with|c'est|es|son|sont|est|für|mit|ab|desde|dès|à|a|und|y|et|nur|solo|seulement|kit is|kit's|retainer|costs?|costa|costano|cuesta|cuestan|coûte|coûtent|kostet|kosten)\W+(?:(?:about|around|roughly|just|only|a|an)\W+)?$/iu
const PRICE_SUBJECT =
  /(?:my|our|the|it'?s|that'?s)\s+(?:[\p{L}-]+\s+){0,3}?(?:class|classes|course|session|sessions|kit|box|boxes|ticket|tickets|entry|membership|package|programme|program|walks?|visits?|lessons?|print|prints|book|retainer|service|subscription|bundle|docena|ressemelage|talons)\b/iu
const TICKETS = /(?<![\p{L}])(?:tickets?|entradas?|billets?|karten?|eintritt)(?![\p{L}])/iu

type Amount = Span & { explicit: boolean }

/** "six boys", "forty people": a number counting something is not a price. */
const COUNTED_AFTER =
  /^\s+(?!(?:a|an|per|for|or|and|each|off|upfront|up|to|on|but|if|at|with|in|down|deposit|a head)(?![\p{L}]))\p{L}/iu

/** Runs of number words or digits, with the currency that marks them as money when there is one. */
function findAmounts(scanned: ScannedText): Amount[] {
  const { words, folded } = scanned
  const amounts: Amount[] = []
  let i = 0
  while (i < words.length) {
    const word = words[i]
    if (word === undefined) break
    const key = word.key
    if (MONEY_NOUNS.has(key) && key !== 'quid' && key !== 'grand') {
      amounts.push({ start: word.start, end: word.end, explicit: true })
      i++
      continue
    }
    if (!isAmountWord(key)) {
      i++
      continue
    }
    let j = i
    while (j + 1 < words.length) {
      const next = words[j + 1]
      if (next === undefined) break
      const gap = folded.slice(words[j]?.end ?? 0, next.start)
      if (!/^[\s,.-]*$/u.test(gap) || /[.,]\s/u.test(gap)) break
      if (isAmountWord(next.key) || (next.key === 'and' && isAmountWord(words[j + 2]?.key ?? ''))) {
        j++
        continue
      }
      break
    }
    let start = word.start
    let end = words[j]?.end ?? word.end
    let explicit = false
    const before = folded.slice(Math.max(0, start - 2), start)
    if (CURRENCY_SYMBOL.test(before)) {
      explicit = true
      start = start - (before.endsWith(' ') ? 2 : 1)
    }
    const after = words[j + 1]
    if (after !== undefined && CURRENCY_WORDS.has(after.key) && after.start - end <= 1) {
      explicit = true
      end = after.end
      j++
    } else if (/^[€$£]/u.test(folded.slice(end, end + 2).trimStart())) {
      explicit = true
      end =
        end +
        folded.slice(end, end + 2).indexOf(folded.slice(end, end + 2).trimStart()[0] ?? '') +
        1
    }
    if (/^\p{N}+k$/iu.test(key)) explicit = true
    amounts.push({ start: Math.max(0, start), end, explicit })
    i = j + 1
  }
  return amounts
}

function isAmountWord(key: string): boolean {
  if (/^\p{N}[\p{N},.]*k?$/u.test(key)) return true
  if (key === 'a' || key === 'an') return false
  return isNumberWord(key) || FOREIGN_NUMBERS.has(key)
}

/** The speaker's own thing: "my book costs…" is a price, "a flat costs…" a fact. */
const OWN =
  /(?:^|\P{L})(?:my|our|mio|mia|miei|mie|nostro|nostra|mi|mis|nuestro|nuestra|mon|ma|mes|notre|nos|mein|meine|meinen|unser|unsere)\P{L}/iu

/** Amounts said as a price or an ask: a rate, a ticket, a fee, a stake. */
function findPrices(scanned: ScannedText): Span[] {
  const text = scanned.folded
  const spans: Span[] = []
  for (const amount of findAmounts(scanned)) {
    const before = text.slice(Math.max(0, amount.start - 40), amount.start)
    const after = text.slice(amount.end, amount.end + 30)
    // The sentence so far, looking back no further than a couple of hundred characters.
    const lookBack = text.slice(Math.max(0, amount.start - 200), amount.start)
    const cut = Math.max(
      lookBack.lastIndexOf('.'),
      lookBack.lastIndexOf('?'),
      lookBack.lastIndexOf('!'),
      lookBack.lastIndexOf('\n'),
    )
    const sentenceBefore = lookBack.slice(cut + 1)
    const innocent = INNOCENT_BEFORE.test(before) && !OWN.test(sentenceBefore)
    if (innocent) continue
    const rate = PERIODS.test(after)
    const ticket = TICKETS.test(text.slice(Math.max(0, amount.start - 25), amount.end + 12))
    const counted = !amount.explicit && COUNTED_AFTER.test(after)
    const priced = !counted && PRICE_BEFORE.test(before) && PRICE_SUBJECT.test(sentenceBefore)
    const explicitPrice = amount.explicit && (PRICE_BEFORE.test(before) || rate)
    if (rate || ticket || priced || explicitPrice)
      spans.push({ start: amount.start, end: amount.end })
  }
  return spans
}

/** Discounts, codes and scarcity: the language of a sales counter. */
const SALES_COUNTER = compileList([
  '(?:\\d+|\\p{L}+) ?(?:%|percent|per cent) off',
  '(?:knock|take) (?:\\p{L}+ )?(?:\\d+|\\p{L}+)? ?(?:%|percent|per cent|quid|pounds|dollars)? ?off',
  '(?:use|with) (?:the |my )?code',
  'early bird',
  '(?:only|just) (?:\\p{L}+ )?(?:places?|spots?|slots?|seats?|tickets?) (?:left|free|remaining)',
  '(?:places?|spots?|slots?|seats?) (?:left|remaining) (?:before|this|for)',
  "(?:i'?ve|we'?ve|i have|we have) (?:got )?(?:only )?(?:\\p{L}+ )?(?:spots?|places?|slots?) left",
  'waiting list',
  'fully booked',
  'half price|à moitié prix|moitié prix|mitad de precio|halber preis|zum halben preis',
  'first (?:month|week|lesson|session|class) (?:is )?(?:free|half)',
  '(?:descuento|rebaja|oferta|r[ée]duction|remise|promo|rabatt|gutschein)',
  '(?:pour cent|por ciento|prozent)',
  'free delivery|envío gratis|livraison gratuite',
  "mates'? rates?|friends and family (?:rate|discount|price)|special price|best price|cheaper for you",
  '(?:spaces?|places?|numbers?) (?:are )?limited|selling fast|going fast|last few (?:places|spots|tickets|seats)',
  '(?:offer|deal|price|discount) ends|ends (?:this|on )?(?:friday|sunday|monday|tonight|midnight)',
  'eventbrite|tickets? (?:are )?(?:on sale|still available|selling|left)',
  'no pressure',
  '(?:taking|take) pre-?orders|pre-?orders? (?:are |is )?open',
  'commissions? (?:are )?(?:now )?open',
  '(?:waitlist|wait-list)',
  'the first (?:\\d+|\\p{L}+) (?:people |customers |users |sign-?ups |members )?(?:get|gets|pay)',
  'free for life|lifetime (?:deal|access|discount|membership)',
  "(?:month|week|session|lesson|class|order|visit|round|consultation)(?:'s| is) on (?:us|me|the house)",
  // "I give 50 quid for every one who signs up."
  'for every (?:one|friend|person|client|customer|referral|member) (?:who|that|you) (?:signs? up|joins?|books?|buys?|refers?|sends?)',
  // "I'm 900 for the day."
  "(?:i'?m|we'?re|it'?s|i charge|we charge) (?:[£$€]?\\d[\\d,.]*k?|\\p{L}+(?: \\p{L}+)?) (?:pounds |quid |dollars |euros )?(?:for the|a|per) (?:day|night|evening|weekend|session|wedding|shoot|gig)",
  // "Normally two hundred, but for anyone I meet tonight it's one-fifty."
  '(?:normally|usually|regularly),? (?:[£$€]?\\d+|\\p{L}+(?: \\p{L}+)?)(?: (?:pounds|dollars|euros|quid|each))?,? but (?:for (?:you|anyone|everyone|friends)|tonight|today|this week|until)',
])

/** A personal promo code: "use LENA15", "type JONNO at checkout". Case matters here. */
const CODE_WORD =
  /(?<![\p{L}])(?:[Uu]se|[Tt]ype|[Ee]nter|[Qq]uote|[Cc]ode|[Cc]ódigo|[Cc]ode promo|[Gg]utscheincode)(?: the| my)?(?: code)? (?=[\p{Lu}\p{N}]{3,}(?![\p{Ll}]))(?=[\p{Lu}]*\p{N}|[\p{Lu}]{3,})[\p{Lu}\p{N}]{3,}(?![\p{L}])/gu

// ---------------------------------------------------------------------------------------------
// Putting it together

type Clause = Span & { text: string; sentence: number }

const SUBORDINATE_OPENING =
  /^(?:when|whenever|if|once|before|after|as soon as|next time|si|cuando|quand|wenn|sobald)(?![\p{L}])/iu

/** Sentences, cut again at semicolons and colons, so "…, grab a slot on my Calendly" stands alone. */
function clausesOf(scanned: ScannedText): Clause[] {
  const clauses: Clause[] = []
  scanned.sentences.forEach((sentence, index) => {
    const body = scanned.folded.slice(sentence.start, sentence.end)
    let from = 0
    // "When Helen asks you, just say my name": after a leading when/if clause, the comma opens
    // the main clause, which may be an imperative.
    const cut = SUBORDINATE_OPENING.test(body) ? /[;:,]\s|\s[–—-]\s/gu : /[;:]\s|\s[–—-]\s/gu
    let match = cut.exec(body)
    while (match !== null) {
      clauses.push(clause(sentence.start + from, sentence.start + match.index, index))
      from = match.index + match[0].length
      match = cut.exec(body)
    }
    clauses.push(clause(sentence.start + from, sentence.end, index))
  })
  return clauses.filter((c) => c.end > c.start)

  function clause(start: number, end: number, sentence: number): Clause {
    return { start, end, text: scanned.folded.slice(start, end), sentence }
  }
}

function test(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0
  return pattern.test(text)
}

function first(pattern: RegExp, text: string, offset: number): Span | undefined {
  pattern.lastIndex = 0
  const match = pattern.exec(text)
  if (match === null) return undefined
  return { start: offset + match.index, end: offset + match.index + match[0].length }
}

const SPEAKER =
  /(?<![\p{L}'])(?:me|my|mine|myself|i|i'm|i'd|i'll|i've|mi|mis|me|moi|mon|ma|mes|mich|mir|mein|meine|meinen)(?![\p{L}'])/iu
const INTRODUCTION = /(?<![\p{L}])(?:introduc\p{L}*|present\p{L}*|meet)(?![\p{L}])/iu
const FOR_ME = /(?<![\p{L}'])(?:for me|of me|get me|me in|me a|moi|mich|me)(?![\p{L}'])/iu
const LISTENER =
  /(?<![\p{L}'])(?:you|your|yours|u|ur|te|tu|vous|votre|sie|ihnen|ihr|du|dein|deine)(?![\p{L}'])/iu

/**
 * Where the pitch trades: each span marks the words behind a request for the speaker's gain, a
 * price, or an offer in return. Stage-fitting asks for the shared cause are left alone.
 */
export function findTrade(scanned: ScannedText, stage: Stage | undefined): Span[] {
  const spans: Span[] = [
    ...findPrices(scanned),
    ...findSpans(scanned.folded, SALES_COUNTER),
    ...findSpans(scanned.folded, CODE_WORD),
  ]
  const bySentence: Clause[][] = scanned.sentences.map(() => [])
  for (const clause of clausesOf(scanned)) bySentence[clause.sentence]?.push(clause)
  scanned.sentences.forEach((sentence, index) => {
    const own = bySentence[index] ?? []
    const text = scanned.folded.slice(sentence.start, sentence.end)
    const offer = first(OFFER_IN_RETURN, text, sentence.start)
    if (offer !== undefined) {
      spans.push(offer)
      return
    }
    const isRequest =
      test(REQUEST_FORM, text) || own.some((clause) => opensClauseImperative(scanned, clause))
    if (!isRequest) return
    const around = `${sentenceText(scanned, index - 1)} ${text}`
    const span = selfGain(
      { start: sentence.start, end: sentence.end, text, sentence: index },
      sentence.isQuestion,
      around,
      sentenceText(scanned, index + 1),
      stage,
    )
    if (span !== undefined) spans.push(span)
  })
  return mergeSpans(spans)
}

function opensClauseImperative(scanned: ScannedText, clause: Clause): boolean {
  const words = scanned.words
  let lo = 0
  let hi = words.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((words[mid]?.start ?? Infinity) < clause.start) lo = mid + 1
    else hi = mid
  }
  let end = lo
  while (end < words.length && (words[end]?.start ?? Infinity) < clause.end) end++
  return end > lo && opensWithImperative(scanned, lo, end)
}

function sentenceText(scanned: ScannedText, index: number): string {
  const sentence = scanned.sentences[index]
  return sentence === undefined ? '' : scanned.folded.slice(sentence.start, sentence.end)
}

function selfGain(
  clause: Clause,
  question: boolean,
  context: string,
  next: string,
  stage: Stage | undefined,
): Span | undefined {
  const { text, start } = clause
  const caring = test(CAUSE_QUALIFIER, context) || test(CAUSE_QUALIFIER, next)
  const selfish =
    test(JOB, context) ||
    test(SALE, context) ||
    test(SALE, next) ||
    /(?<![\p{L}'])my (?:cv|career|business|company|clients|sales)/iu.test(context)
  const money = first(MONEY_ASK, text, start)
  if (money !== undefined && !(caring && stage !== 'vague')) return money
  const sale = first(SALE, text, start)
  // "I'll send you the link, nothing to sign up for": the gift says it asks nothing back.
  const nothingBack = test(NOTHING_BACK, text)
  if (sale !== undefined && !caring && !nothingBack && (LISTENER.test(text) || SPEAKER.test(text)))
    return sale
  const meeting = first(MEETING, text, start)
  // "Could I buy you a coffee and think out loud with you?" is the vague stage's sounding board.
  const thinking = stage === 'vague' && test(READING, text)
  if (meeting !== undefined && !caring && !thinking) return meeting
  const job = first(JOB, text, start)
  // "I'm looking for a role on a team that…" names the job without asking the listener for it.
  if (job !== undefined && !caring && (question || LISTENER.test(text) || FOR_ME.test(text)))
    return job
  const referral = first(REFERRAL, text, start)
  // Introductions are what the growing stage asks for, unless they serve the speaker's own sale
  // or career.
  if (referral !== undefined && stage === 'growing' && INTRODUCTION.test(text) && !selfish) {
    return undefined
  }
  if (referral !== undefined && !caring) {
    // "If you've read anything good on it, send it my way" is the vague stage's own ask.
    if (test(READING, context)) return undefined
    return referral
  }
  return undefined
}

// ---------------------------------------------------------------------------------------------
// Signals for the trained model

/**
 * The rules' ingredients, one name per finding and the sentence it sits in, without the
 * hand-set logic that weighs them: the trained model (ask-features.ts) learns the weighing.
 */
export function tradeSignals(scanned: ScannedText): Array<{ sentence: number; name: string }> {
  const out: Array<{ sentence: number; name: string }> = []
  const { sentences, folded } = scanned
  const sentenceAt = (offset: number): number => {
    let lo = 0
    let hi = sentences.length - 1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      const s = sentences[mid]
      if (s === undefined) return -1
      if (offset < s.start) hi = mid - 1
      else if (offset >= s.end) lo = mid + 1
      else return mid
    }
    return -1
  }
  const spanSignals: Array<[string, Span[]]> = [
    ['price', findPrices(scanned)],
    ['sales-counter', findSpans(folded, SALES_COUNTER)],
    ['code', findSpans(folded, CODE_WORD)],
  ]
  for (const [name, spans] of spanSignals) {
    for (const span of spans) out.push({ sentence: sentenceAt(span.start), name })
  }
  const imperative = new Set<number>()
  for (const clause of clausesOf(scanned)) {
    if (opensClauseImperative(scanned, clause)) imperative.add(clause.sentence)
  }
  const patterns: Array<[string, RegExp]> = [
    ['offer', OFFER_IN_RETURN],
    ['request-form', REQUEST_FORM],
    ['money-ask', MONEY_ASK],
    ['sale', SALE],
    ['meeting', MEETING],
    ['job', JOB],
    ['referral', REFERRAL],
    ['caring', CAUSE_QUALIFIER],
    ['reading', READING],
  ]
  sentences.forEach((sentence, index) => {
    const text = folded.slice(sentence.start, sentence.end)
    const found: string[] = []
    for (const [name, pattern] of patterns) if (test(pattern, text)) found.push(name)
    if (imperative.has(index)) found.push('imperative')
    const request = found.includes('request-form') || found.includes('imperative')
    if (request) {
      if (SPEAKER.test(text)) found.push('request&speaker')
      if (LISTENER.test(text)) found.push('request&listener')
      for (const name of ['money-ask', 'sale', 'meeting', 'job', 'referral', 'caring', 'reading']) {
        if (found.includes(name)) found.push(`request&${name}`)
      }
    }
    for (const name of found) out.push({ sentence: index, name })
  })
  return out
}
