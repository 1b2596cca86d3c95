// The coach's word lists, kept apart from the checks so they can be read and extended as lists.
// Patterns run on the folded text (plain apostrophes and hyphens), case-insensitively. A space in
// a phrase matches any run of spaces or hyphens, so "win win" also finds "win-win"; " ?" makes
// that run optional.
// Every pattern is a flat alternation with bounded repeats: linear on a 50,000-character paste.

/** Compiles a list of phrase patterns into one global, case-insensitive, whole-word pattern. */
export function compileList(phrases: readonly string[], flags = 'giu'): RegExp {
  const body = phrases.map((p) => p.replace(/ \?/g, '[\\s-]*').replace(/ /g, '[\\s-]+')).join('|')
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, flags)
}

// One word, without hyphens: separators already match hyphens, and a word class that did too
// would let "a-a-a-…" split in exponentially many ways (catastrophic backtracking).
const W = "[\\p{L}\\p{N}']+"
/** A word that may be hyphenated, for patterns whose separator is a plain space. */
const WH = "[\\p{L}\\p{N}']+(?:-[\\p{L}\\p{N}']+)*"

// People a pitch can make the world better for. Used by the `why` check to tell "so families
// can…" (a better world) from "so I can…" (the speaker's gain).
export const BENEFICIARIES = [
  'people',
  'persons?',
  'everyone',
  'everybody',
  'anyone',
  'anybody',
  'nobody',
  'no one',
  'kids?',
  'children',
  'child',
  'famil(?:y|ies)',
  'parents?',
  'patients?',
  'readers?',
  'audiences?',
  'listeners?',
  'viewers?',
  'players?',
  'commuters?',
  'workers?',
  'neighbou?rs?',
  'residents?',
  'students?',
  'pupils?',
  'learners?',
  'teenagers?',
  'teens?',
  'girls?',
  'boys?',
  'women',
  'men',
  'adults?',
  'grown-ups?',
  'elders?',
  'grandparents?',
  'seniors?',
  'refugees?',
  'migrants?',
  'newcomers?',
  'farmers?',
  'growers?',
  'nurses?',
  'teachers?',
  'carers?',
  'caregivers?',
  'volunteers?',
  'customers?',
  'donors?',
  'communit(?:y|ies)',
  'citizens?',
  'visitors?',
  'users?',
  'researchers?',
  'cleaners?',
  'makers?',
  'artists?',
  'writers?',
  'classmates?',
  'friends?',
  'strangers?',
  'humans?',
  'generations?',
  'villages?',
  'towns?',
  'cit(?:y|ies)',
  'the world',
  'the planet',
]
const BENEFICIARY = `(?:${BENEFICIARIES.join('|')})`

// Words that follow "so" when it is an intensifier, a discourse marker or the speaker's own gain,
// not the start of "so that [others can…]".
const SO_NOT_PURPOSE = [
  'i',
  "i'm",
  "i'd",
  "i'll",
  "i've",
  'me',
  'my',
  'much',
  'many',
  'far',
  'long',
  'fast',
  'good',
  'glad',
  'proud',
  'happy',
  'please',
  'what',
  "it's",
  'if',
  'as',
  'to',
  'on',
  'too',
  "that's",
  'here',
  "here's",
  'filled',
  'excited',
  'sorry',
  'badly',
  'hard',
  'well',
  'very',
  'quickly',
  'soon',
  'keen',
  'grateful',
  'lucky',
  'tired',
  'busy',
  'sure',
  'called',
  'yeah',
  'anyway',
  'basically',
]

export const WHY_MARKERS = compileList([
  'so that',
  `so (?!(?:${SO_NOT_PURPOSE.join('|')})(?![\\p{L}'-]))${W}`,
  `for (?:more |every |each |all |the |those |these |our )?${BENEFICIARY} to`,
  `(?:help|helps|helping|let|lets|letting|allow|allows|allowing|enable|enables|enabling) (?:more |every |each |the |those |our )?${BENEFICIARY}`,
  `(?:no|nobody|no one|no child|no kid|no family|no parent|no patient) (?:${W} )?(?:has|have|would have|will have|needs?|should have) to`,
  "no longer|never again|never have to|(?:doesn't|don't|wouldn't|won't) have to",
  'instead of|rather than',
  '(?:imagine|picture) (?:a world|a town|a city|a country|a place|if|every)',
  'a world (?:where|in which)',
  // "It would change things for deaf job seekers": who is better off, named after "for" (not the
  // speaker: "change things for me" is no why).
  "(?:change|changes|changed|changing) (?:things|everything|lives|life|so much|a lot) for(?! (?:me|myself|my (?:career|business|family))(?![\\p{L}']))",
  // "I'm doing this for lads leaving the army", "this is for the dying", "I do it for the night
  // shift", "most of all, I'm thinking of the night shift": who it is for, named
  // (not the speaker's own: "in it for the money", "doing this for my career").
  `(?:(?:i'?m|i am|we'?re|we are) (?:doing (?:this|it|all this) for|in (?:this|it) for)|(?:i|we) do (?:this|it|all this) for|this is for|it'?s (?:all |meant )?for|that'?s who it'?s for:?|most of all,? (?:i'?m|i am) thinking of)(?! (?:me|myself|us|ourselves|the money|money|cash|fun|sale|free|real|now|later|you|(?:my|our) (?:own|career|business|company|brand|future|bills|cv|portfolio))(?![\\p{L}']))`,
  '(?:makes?|making|made) (?:the world|life|things|lives|it|them|everyone) (?:a (?:little |bit )?)?(?:better|easier|safer|kinder|fairer|healthier)',
  `better for (?:all|the|us|${BENEFICIARY})`,
  '(?:a|the) better (?:world|place|future|life|lives|plan|way|chance|start|deal for)',
  "(?:will|would|could|can|'ll|'d) (?:finally|at last|one day)",
  "(?:will|would|could|can|'ll|'d) be able to",
  `(?:hope|hoping|want|wish|(?:i|we|they)'d (?:like|love)|would like|would love|dream of|dream that) (?:that )?(?:${W} ){0,3}?${BENEFICIARY}`,
  // "gives everyone starting over a fair look", "giving kids somewhere to go"
  `(?:give|gives|giving) (?:every |each |more |all |the |those |our )?${BENEFICIARY}(?: ${W}){0,3}? (?:a|an|their|back|more|somewhere|someone|hope|time|room|space|access)`,
  'feel (?:seen|heard|less|at home|safe|safer|welcome|understood|part of|valued|included|like they belong)',
])
/** A `why` marker is discounted when the rest of its clause is about the speaker. */
export const SELF_GAIN = /^[^.!?;]*?(?<![\p{L}'])(?:my|me|mine|myself)(?![\p{L}'])/iu

// Openings that introduce the speaker, a title, an organisation or a product instead of a theme.
export const INTRO_OPENING = new RegExp(
  [
    '^(?:(?:hi|hello|hey|good (?:morning|afternoon|evening))(?: there| all| everyone)?[\\s,!.-]*)?',
    '(?:(?:so|well|ok|okay|right|basically|anyway|look),? )?',
    '(?:',
    [
      "my name'?s",
      'my name is',
      "(?:i'?m|i am) (?:a|an|the|currently|now|based|from|just|one of|head|founder|co-founder|ceo|senior|junior|lead|chief|director|manager|responsible for)",
      "(?:i'?ve|i have) (?:been|worked) (?:at|with|in|for|a|an|the|as|working)",
      '(?:i|we) (?:work|worked) (?:as|at|for|in)',
      "(?:i|we|i'?ve|we'?ve|i have|we have) (?:(?:just|recently|already) )?(?:run|own|manage|lead|founded|started|co-founded|launched|built|created|developed|designed|set up) (?:a|an|this|my|our|the|two|three|four|five|several)",
      // The speaker's life story where the theme should be.
      "(?:i'?ve|i have) (?:always|never) (?:been|wanted|loved|dreamed|dreamt)",
      '(?:my whole life|all my life|ever since i|i was born|i grew up|growing up,? i)',
      'i (?:graduated|studied|qualified)',
      // A service line: "We help enterprises reimagine their workflows".
      '(?:i|we) (?:help|offer|provide|sell|supply|deliver) (?:[\\p{L}-]+ )?(?:companies|businesses|enterprises|brands|clients|firms|organi[sz]ations|retailers|startups|teams|professionals|services|solutions|bespoke|consulting)',
      '(?:i|we) (?:have|bring|offer) (?:over |more than |nearly |almost )?(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|many|several) years',
      // ("As a boy I swam in the lake": when the speaker was a child, a time, not a title.)
      'as (?:(?:a|an)(?! (?:little |small |young )?(?:boy|girl|kid|child|teen|teenager|youngster|lad|lass)(?![\\p{L}]))|the|head|lead|chief|senior|junior|founder|co-founder|ceo|director|manager|someone who works)',
      "(?:we are|we'?re) (?:a|an|the) ",
    ].join('|'),
    ')(?![\\p{L}])',
  ].join(''),
  'iu',
)
/** Names after "I'm": case matters here, so this pattern is case-sensitive on purpose. */
export const NAME_OPENING =
  /^(?:(?:Hi|Hello|Hey|Good (?:morning|afternoon|evening))(?: there| all| everyone)?[\s,!.-]*)?(?:I'm|I am|i'm|im) [\p{Lu}][\p{L}-]+(?=[,.!]| and | from | here)/u

const ORGANISATIONS =
  '(?:company|companies|startup|start-up|business|firm|agency|platform|app|product|service|tool|charity|non-profit|nonprofit|organi[sz]ation|foundation|initiative|project|proposal|workstream|work stream|scheme|pilot|roadmap|dashboard|campaign|programme|program|practice|brand|studio|shop|store|label|portfolio|website|blog|podcast|channel|solution|consultancy|marketplace|book|novel|film|album|game|exhibition|latest|new)'
// ("My last day the new shift lead was 24…" is a moment: "new" and "latest" name the speaker's
// own thing only straight after "my" or "our", as in "our latest".)
const ORGANISATION_NOUNS = ORGANISATIONS.replace('|latest|new)', ')')
export const ORGANISATION_OPENING = new RegExp(
  `^(?:(?:hi|hello)[\\s,!.]*)?(?:(?:my|our|this|the) (?:${WH} ){0,3}?${ORGANISATION_NOUNS}|(?:my|our) (?:latest|new))(?![\\p{L}])`,
  'iu',
)
export const DEFINITION_OPENING = new RegExp(
  `(?<![\\p{L}])(?:is|are|'s) (?:a|an|the) (?:${WH} ){0,3}?${ORGANISATIONS}(?![\\p{L}])`,
  'iu',
)
export const TITLE_IN_OPENING = compileList([
  `(?:a|an|as|great|senior|junior|freelance|award-winning|registered|certified|qualified|experienced|professional) (?:${W} ){0,2}?(?:developer|engineer|designer|marketer|manager|director|founder|co-founder|ceo|cto|cfo|consultant|coordinator|nurse|teacher|illustrator|filmmaker|producer|entrepreneur|broker|analyst|accountant|lawyer|coach|officer|specialist|freelancer|photographer|copywriter|writer|author|artist|architect|recruiter|strategist|executive|salesperson|agent|advis[eo]r|therapist|doctor|programmer|student|graduate)s?`,
])
/** Openings that are plainly about a theme, whatever follows them. */
export const THEME_OPENING =
  /^(?:(?:so|well|honestly|mostly|really|for me|to me|i think),? )?(?:it'?s|it is|this is|that'?s|it'?s really|it'?s mostly|it'?s all) about(?![\p{L}])/iu

// Selling, trading and taking: language that turns a conversation into a transaction.
export const TRANSACTIONAL_ALWAYS = compileList([
  'pick (?:your|ur|his|her|their) brains?',
  "what'?s in it for (?:you|me|them|us)",
  'quid pro quo',
  "scratch (?:my|your|each other'?s) backs?",
  'return the favou?r',
  "(?:i'?ll|i will|i'd|i would) owe you(?: one)?",
  'win win',
  '(?:my|our|special|limited time|limited|exclusive|introductory|launch) offer',
  'discounts?',
  'discounted',
  '\\d+ ?% off',
  'per ?cent off',
  'half price',
  // Offering the listener a commercial something: "happy to offer a free first review".
  `offer(?:ing)? (?:you )?(?:a |an |my |our )?(?:${W} )?(?:discount|deal|rate|price|review|consultation|trial|package|quote|demo)`,
  '(?:first|1st) (?:\\p{L}+ )?(?:months?|weeks?) free',
  `free (?:${W} )?(?:trial|consultation|consult|demo|quote|sample|audit|assessment|review|estimate|valuation|discovery call|strategy call|session)`,
  `book (?:you|a|in|me)(?: ${W}){0,4}? (?:demo|call|consultation|meeting|session|slot|appointment)`,
  '(?:books?|booking|sign(?:s|ing)? up|orders?|ordering) (?:this|before|by) (?:week|weekend|month|friday|monday|the end)',
  'sign(?:s|ing)? up (?:today|now|here|for|through|via|with|before|on)',
  // Calls to action that move the talk into a sales channel.
  'dm me',
  '(?:drop|send|slide) (?:me|into) (?:a |my )?(?:dm|dms|message|line)',
  '(?:message|email|text|whatsapp|ping) me (?:on|at|about|if|for|after|through)',
  '(?:link|code|details) in (?:my|the) bio',
  '(?:my|our) (?:affiliate|referral|booking|sign up|discount) (?:link|code)',
  '(?:through|via|with) my link',
  'follow (?:me|us) on',
  `add you to (?:my|our) (?:${W} )?(?:list|newsletter|database|crm|network|mailing list)`,
  '(?:join|subscribe to|sign up to|sign up for|get on) (?:my|our) (?:mailing list|newsletter|email list|waitlist|waiting list)',
  '(?:donate|donation|giving|payment) (?:button|link|page)',
  '(?:every|each) (?:pound|dollar|euro|penny|cent|donation) (?:helps|counts)',
  'buy (?:two|one|now|today|my|our|from me|from us)',
  'get (?:a|the|one|your) (?:\\p{L}+ )?free',
  '(?:this|next) (?:weekend|week|month) only',
  'limited time',
  'promo code',
  'ship anywhere',
  'available in (?:\\p{L}+ )?(?:sizes|colou?rs|editions|formats)',
  'per (?:hour|project|session|day|month|head|seat|user|piece|print)',
  'hire me',
  'hiring me',
  "(?:i'?m|i am) available (?:now|from|for|to start|immediately|right away)",
  '(?:can|could) start (?:on )?(?:monday|tomorrow|immediately|next week|right away|straight away|next month)',
  // The listener's network as the speaker's way in.
  '(?:connect|meet|talk|speak|network|get in front of|get introduced to|an intro to|an introduction to) (?:with )?(?:the |some |key |more |your )?(?:decision makers|budget holders|hiring managers|buyers|procurement)',
  'what (?:can|could|will) you (?:do|offer|give) (?:for )?(?:me|us)',
  'what (?:do|would|will) (?:i|we) get',
  'send (?:(?:them|work|jobs|clients|leads|people|anyone) )?(?:my|our) way',
  'send (?:them|people|clients|customers|anyone|friends) (?:to me|to us)',
  // A verb with the speaker's own gain as its object.
  `(?:grow|growing|build|building|expand|expanding|boost|boosting|increase|increasing) (?:my|our) (?:${W} )?(?:book of business|client base|customer base|clients|client list|sales|revenue|income|pipeline|following|followers|audience|mailing list|brand|portfolio)`,
  'book of business',
  '(?:my|your) (?:cv|resume|résumé)',
  'job hunting',
  'job seeking',
  '(?:are you|anyone|anybody|someone|is anyone|who is|who) (?:\\p{L}+ )?(?:hiring|recruiting)',
  "who'?s hiring",
  '(?:do you|does your (?:company|team|business|firm)) (?:need|want) (?:any|a|an|some|more)? ?(?:\\p{L}+ )?(?:work|services?|help with|designer|developer|consultant|writer|photographer|illustrator|marketer|freelancer)',
  '(?:my|our) (?:rates|prices|fees|pricing|services|packages)',
  '(?:reasonable|competitive|great|low|special) (?:rates|prices|fees)',
  'pricing',
  'price list',
  '(?:warm|hot|qualified|sales|new|more|good) leads',
  'stream of (?:warm |hot |new )?leads',
  '(?:a|your|my|me|send|get|give|for) referrals?',
  'referral (?:fee|bonus|commission|scheme|reward)',
  "finder'?s fee",
  'commissions?',
  '(?:close|closing|seal|sealing|land|landing) (?:a|the|this|that|more)? ?deals?',
  '(?:great|good|sweet|special|exclusive) deal',
  'deal\\?',
  "(?:it'?s|is it) a deal",
  'upsell',
  'sales (?:pitch|funnel|target|quota)',
  '(?:my|our) (?:target|quota)',
  'hit (?:my|our|the) (?:target|number|quota|goal)',
  '(?:earn|win|get) (?:your|their) business',
  '(?:sell|selling) (?:you|to you|sponsorships?|packages|tickets|prints|copies|my|our|it to)',
  'sponsorship (?:packages?|packs?|tiers?|deals?|levels?|opportunit(?:y|ies))',
  // Sponsors sold exposure, not invited into the cause.
  `(?:sponsors?|your (?:company|brand|business|firm|logo|name)) (?:is |are |will be |gets? |get )?(?:featured|promoted|showcased|profiled)`,
  '(?:great|brand|good|free|extra|more|huge|real|massive) visibility',
  'visibility (?:for|to) your',
  `exposure to (?:my|our) (?:${W} ){0,2}?(?:followers|audience|readers|subscribers|members|network)`,
  '(?:sponsored|paid) (?:posts?|content|reels?|placements?)',
  'logo on',
  'your logo',
  '(?:brand|great|free|media) exposure',
  'exposure for (?:you|your)',
  '(?:great|good|free) pr',
  '(?:for|to|grow) your brand',
  '(?:csr|marketing|advertising) budgets?',
  '(?:intro|introduction) to your (?:boss|ceo|manager|investors|network|contacts|clients|director)',
  'put in a good word',
  '(?:pass|send|forward|share) (?:along )?(?:my|the) (?:cv|resume|details|deck|card|portfolio)',
  '(?:see|send you) (?:the|my|our) (?:pitch )?deck',
  'pitch deck',
  '(?:back|pledge|support) (?:it|me|us|my [\\p{L}-]+|our [\\p{L}-]+) at',
  '\\d+ tier',
  'reward tiers?',
  '(?:launched|launching|my|our) (?:a )?(?:kickstarter|crowdfunding campaign|gofundme)',
  '(?:take|get|grab|have) your (?:email|number|details|card)',
  'donation (?:link|page)',
  'invest (?:in|into) (?:me|my|us|our)',
  '(?:angel|seed|series [a-c]) (?:round|investment|funding)',
  '(?:raising|raise) (?:a|our|my) (?:seed|round|series)',
  'valuation',
  'equity stake',
  'return on (?:your )?investment',
  '(?:will|would|could|can) you (?:back|support|vouch for|sponsor|fund|hire|sign off|invest in|buy from|vote for) (?:me|my|us|our)',
  '(?:my|the) next promotion',
  'promotion round',
  "(?:i|me|i'?ll|to) (?:finally )?get promoted",
  '(?:make|making) (?:senior|partner|director|manager|lead)(?: this| next| by)',
  'visibility i need',
  'sign off (?:the|my|our) budget',
  '(?:better|higher|more) (?:pay|salary|rates)',
  'pays better',
  'pay rise',
  '(?:six|seven|eight)[\\s-]figures?',
  'financial freedom',
  'passive income',
  'get rich',
  '(?:first|free) pick of',
  '(?:i|we) can (?:get|save|make|earn) (?:you|your)',
  "(?:you'?d|you will|you'?ll|you can) earn",
  `(?:are|would|might|is|could) (?:you|your (?:company|firm|team|business|organi[sz]ation|brand|department)) (?:be )?interested in (?:buying|investing|hiring|working with|sponsoring|booking|signing|a|an|my|our|some)`,
  'you might be interested in (?:buying|investing|hiring|working with|a|my|our)',
])
/** "In return" is a trade unless it is the speaker expecting nothing in return. */
export const IN_RETURN = compileList(['in return', 'in exchange'])
export const NOTHING_BEFORE = /(?:nothing|anything|not|never|without)\W+(?:[\p{L}']+\W+){0,3}$/iu

// The speaker seeking something for themselves. Exempted when the people sought are described
// by what they care about ("investors who care about…", "customers who share the cause").
const SEEKERS = [
  "(?:i'?m|i am|i'?ve been|i have been|we'?re|we are)(?: (?:currently|now|actively|really|still|also|just))? (?:looking|searching|hunting|angling|on the hunt|on the lookout) for",
  "(?:i'?m|i am|we'?re|we are)(?: (?:currently|now|actively|really|still|also|just))? (?:seeking|after|chasing)",
  "(?:i|we)(?: (?:really |just |urgently )?(?:need|want|seek|would like|would love|hope to find|hope to land|am after)|'d (?:really )?(?:like|love))",
  'looking to (?:land|find|get|secure|close|sign|win|attract|bring in|pick up)',
  '(?:taking on|to find|to get|to land|to win|to attract|to sign|bring in|bringing in)',
]
const FILLERS =
  '(?:a|an|my|our|the|some|more|new|next|better|senior|junior|good|paid|paying|well-paid|full-time|part-time|permanent|strategic|first|big|bigger|few|lead|leading|extra|any|potential|prospective|high-paying|decent|strong)'
const WANTED =
  '(?:jobs?|roles?|positions?|posts?|gigs?|clients?|customers?|leads|referrals?|investors?|investment|funding|funds|money|capital|cash|buyers?|deals?|contracts?|work|opportunit(?:y|ies)|openings?|raise|promotion|sales|business)'
export const TRANSACTIONAL_SEEKING = compileList([
  `(?:${SEEKERS.join('|')}) (?:${FILLERS} ){0,3}${WANTED}`,
  `(?:new|more|paying|potential|prospective) (?:clients|customers|buyers|investors)`,
  'looking to (?:partner|work|team up|collaborate) with(?: [\\p{L}-]+){0,2}? (?:brands|companies|businesses|firms|corporates|retailers|clients|investors)',
])
export const CARES_AFTER =
  /^(?:[\s,]+[\p{L}'-]+){0,4}?[\s,]+(?:who|that|whose)\s+(?:(?:also|really|truly|genuinely|deeply)\s+)?(?:care|cares|share|shares|believe|believes|want to help|wants to help|feel|feels|love|loves|get it|understand|understands|are passionate|is passionate)(?![\p{L}])/iu

// Money with a price or an ask attached ("just £19 a month", "a £5,000 donation").
export const CURRENCY_AMOUNT =
  /(?:[£$€¥]\s?\d[\d,.]*(?:\s?(?:k|m|bn|million|thousand))?|(?<![\p{L}\p{N}])\d[\d,.]*\s?(?:dollars|euros|pounds|bucks|quid)(?![\p{L}]))/giu
export const MONEY_IN_WORDS = compileList([
  '(?:a|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|a few|several) (?:hundred|thousand|grand)(?: (?:pounds|dollars|euros|quid|bucks))?',
  '(?:a|one|two|three|four|five|ten|twenty|fifty|hundred) (?:pounds|dollars|euros|quid|bucks)',
])
export const PRICE_BEFORE =
  /(?:just|only|from|at|for|cost|costs|price|priced|pay|paid|rate|rates|fee|fees|charge|charges|charged|raise|raising|target|donate|donation|invest|put in|budget|spend)\W+(?:[\p{L}']+\W+)?$/iu
export const PRICE_AFTER =
  /^\s*(?:(?:a|an|per|\/)\s?(?:month|hour|week|year|project|session|day|head|print|piece|job|ticket|table|night)|off|tier|donation|framed|each|upfront|deposit|fee|package|budget|a head|for (?:a|an|ten|twenty|\d+) ?(?:%|per ?cent|stake|share|slice))(?![\p{L}])/iu

// Buzzwords and corporate filler: words that sound like a brochure, not a person.
export const JARGON = compileList([
  'synerg(?:y|ies|istic|ise|ize|ising|izing)',
  'leverag(?:e|es|ed|ing)',
  'disrupt(?:s|ed|ing|ive|ion|or|ors)?',
  'value propositions?',
  'value[\\s-]add(?:ed)?',
  'add(?:s|ing)? value',
  'unlock(?:s|ing)? value',
  'thought leaders?(?:hip)?',
  'best in class',
  'best of breed',
  'world class',
  'next generation',
  'next gen',
  'cutting edge',
  'bleeding edge',
  'state of the art',
  'game changers?',
  'game changing',
  'paradigms?',
  'holistic(?:ally)?',
  'robust',
  'seamless(?:ly)?',
  'end to end',
  'scalable',
  'at scale',
  'stakeholders?',
  'multi stakeholder',
  'deliverables?',
  'bandwidth',
  'circle back',
  'touch base',
  'move the needle',
  'low hanging fruit',
  'deep dive',
  'actionable',
  'key learnings',
  'learnings',
  'core competenc(?:y|ies)',
  'mission critical',
  'results driven',
  'data driven',
  'ai powered',
  'omnichannel',
  'customer journey',
  'growth hacking',
  'hypergrowth',
  'streamlin(?:e|es|ed|ing)',
  'optimi[sz](?:e|es|ed|ing|ation)',
  'operationali[sz](?:e|es|ed|ing)',
  'incentivi[sz](?:e|es|ed|ing)',
  'moneti[sz](?:e|es|ed|ing|ation)',
  'ideat(?:e|ion)',
  'empower(?:s|ed|ing|ment)?',
  'impactful',
  'proactive(?:ly)?',
  'cross functional',
  'verticals',
  'kpis?',
  'roi',
  'b2b',
  'b2c',
  'saas',
  'smes?',
  'go to market',
  'best practices?',
  'cent(?:re|er) of excellence',
  'operational excellence',
  'tech stack',
  'north star',
  'turnkey',
  'frictionless',
  'capacity building',
  'theory of change',
  'agile transformation',
  'take (?:it|this|things) to the next level',
  'next level',
  'liminal',
  'praxis',
  'hegemonic',
  'discursive',
  'interrogat(?:e|es|ing)',
  'materiality',
  'multidisciplinary',
  'methodolog(?:y|ies)',
  'immersive experiences?',
  'utili[sz](?:e|es|ed|ing)',
  'wheelhouse',
  'boil the ocean',
  'drill down',
  'rockstar',
  'ninja',
  'growth mindset',
  'win win',
])

// "We" that is a company speaking, not an experience shared with the listener.
export const CORPORATE_AFTER_WE =
  /^\s+(?:(?:also|now|always|currently|proudly|really|just)\s+)?(?:offer|provide|sell|deliver|leverage|specialise|specialize|operationalise|operationalize|charge|serve|supply|need|are a|are an|are the|are open|are hiring|are raising|are trying|are running|are scaling|are selling|are looking|are offering|should (?:talk|chat|meet|connect|catch up|grab)|pay|charge|guarantee|ship|install|partner with (?:brands|companies|businesses)|can (?:streamline|deliver|offer|optimi[sz]e|leverage|drive|scale|unlock|maximi[sz]e|automate|save you|get you|help your)|help (?:companies|businesses|brands|clients|enterprises|firms|retailers|startups|teams|organisations|organizations))(?![\p{L}])/iu
export const CORPORATE_AFTER_WE_HAVE =
  /^\s+(?:(?:already|now|just|recently)\s+)?(?:got (?:over |more than |nearly |about |almost )?(?:\d|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|a hundred|a thousand|hundreds|thousands|customers|users|clients|investors|traction)|raised|signed|launched|delivered|sold|onboarded|acquired|secured|won (?:contracts|clients|deals))(?![\p{L}])/iu
export const CORPORATE_AFTER_WE_CONTRACTED =
  /^\s+(?:a|an|the|open|hiring|raising|trying|running|scaling|selling|looking|offering|growing (?:fast|quickly|rapidly|our (?:client|customer|user)))(?![\p{L}])/iu
export const CORPORATE_AFTER_OUR =
  /^\s+(?:(?:[\p{L}-]+\s+){0,2}?(?:newsletter|market update|consultants|client base|customer base|user base|price list|rates|fees|prices|packages)|company|firm|agency|startup|platform|product|products|app|clients|customers|services|solution|solutions|brand|business|charity|foundation|programme|non-profit|nonprofit|organisation|organization|kpis|existing|theory|mission statement|offer|team of)(?![\p{L}])/iu
export const CORPORATE_BEFORE = /(?:can|could|shall|think of|contact|hire|call|email|join)\s+$/iu

// Credentials and self-promotion: the speaker's CV where the cause should be.
export const CREDENTIALS = compileList([
  "years'? of experience",
  "years' experience",
  'award winning',
  'top of (?:my|the) class',
  "(?:my|a) (?:master'?s|bachelor'?s|phd|mba|degree)",
  'certifications?',
  'certified',
  'track record',
  'proven',
  'my (?:skills|expertise|portfolio|achievements|accomplishments|awards|credentials|background|experience)',
  'excellent references',
  "i'?ve worked (?:with|at|for|in)",
  'i was named',
  'serial entrepreneur',
  'founded (?:\\p{L}+ )?companies',
  '(?:six|seven|eight) figures',
  'i bring',
  'results driven',
  'the best [\\p{L}-]+ (?:she|he|they) (?:had|has) ever',
  "i'?m (?:really )?proud of (?:my|what i)",
  "i'?m the (?:person|one) who",
])
/** The speaker's own wants and career, said out loud: what crowds the cause out of a pitch. */
export const SELF_NEEDS = compileList([
  "(?:i|i'?m|i am|i'?ve been|i have been)(?: (?:really|just|currently|now|actively|still|also|desperately|urgently))? (?:need|want|looking for|searching for|hunting for|seeking|after|keen to|hoping to|trying to) (?:(?:a|an|my|the|some|more|new|next|better|senior|paid|good)\\s+){0,3}(?:job|role|position|promotion|raise|pay rise|clients|customers|investors|funding|money|referrals?|opportunit(?:y|ies)|career|break|work|visibility|exposure|followers|sales|contract|contracts|deal|deals)",
  '(?:grow|advance|boost|build|further|kick-?start) my (?:career|profile|brand|business|network|following|portfolio|cv)',
  'my (?:career|cv|resume|portfolio|rates|fees|promotion|appraisal|bonus|target|quota|pipeline|personal brand)',
  "(?:i'?m|i am) (?:the (?:best|right|perfect|ideal)|really good at|great at|a fast learner|a hard worker|very hard worker|passionate and driven)",
  '(?:show|prove) (?:them |everyone |people )?what i can do',
  "i'?m (?:available|free) (?:now|from|to start|immediately)",
])
export const FIRST_PERSON_SINGULAR = new Set([
  'i',
  'me',
  'my',
  'mine',
  'myself',
  "i'm",
  "i've",
  "i'd",
  "i'll",
  'im',
  'ive',
])

// Questions that ask the listener for something instead of inviting them in.
export const REQUEST_QUESTION = new RegExp(
  [
    '^(?:(?:so|and|but|well|now|then|look|listen),?\\s+)?',
    '(?:',
    [
      // ("Can we not live with water instead of fighting it?" asks what the listener thinks.)
      '(?:can|could|may|might|shall) (?:i|we)(?! not)',
      // ("Would you want to hear your diagnosis through a frozen screen?" puts the listener in
      // the problem; "Would you want to join us?" asks.)
      'would (?:you|your (?:company|firm|team|business|organi[sz]ation|brand|department)) (?:like|be|mind|consider|want(?! (?:to (?:hear|find out|learn|be told|live|wait|grow up|go through|sit|spend|die|be treated)|your|yours)))',
      '(?:can|could|will|would) you (?:tell|send|introduce|connect|put|pass|share|give|help|email|forward|recommend|refer) (?:me|us|my|our)',
      'what (?:can|could|will) you (?:do|offer|give)',
      '(?:who|where|how) (?:should|can|could|do) (?:i|we) (?:talk|speak|send|contact|reach|ask|go|apply|pitch)',
      '(?:who|which [\\p{L}-]+) (?:handles|does|is in charge of|makes|signs off|decides on) (?:the )?(?:hiring|recruiting|recruitment|budget|buying|purchasing|procurement|decisions)',
      'are you (?:hiring|interested|looking|free|available|recruiting|in)',
      '(?:is|does) (?:anyone|anybody|your [\\p{L}-]+) (?:hiring|recruiting|looking|need)',
      'do you (?:need|want|have (?:a|an|any) (?:job|role|opening|budget|vacanc(?:y|ies)|position))',
      'do you know (?:anyone|anybody|someone|somebody|of any)',
      'will you (?:back|help|buy|sign|support|hire|introduce|sponsor|fund|invest|vote|share)',
      '(?:want|wanna|interested|keen|fancy|care) (?:to |in )?',
      'how about',
      'shall we',
      '(?:deal|interested|sound good|yes or no|in or out)\\s*[?!.]*$',
    ].join('|'),
    ')(?![\\p{L}])',
  ].join(''),
  'iu',
)

/** "Do you have a pension…?": a prospect's qualifying question, a request only in a sales pitch. */
export const QUALIFYING_QUESTION =
  /^(?:(?:so|and|but|now),?\s+)?(?:do|does|did|are|is|have|has) (?:you|your [\p{L}-]+) (?:already |ever |currently |still )?(?:have|own|use|run|need|want|struggle|spend|pay|looking|thinking|planning|got)(?![\p{L}])/iu

/** The rest of a clause that serves other people ("…, so that the next woman is heard"). */
export const FIRST_PERSON_SUBJECT = /^\s*(?:i|i'm|i'll|i'd|i've|me|my|myself)(?![\p{L}'])/iu
export const FIRST_PERSON_INSIDE =
  /(?<![\p{L}'])(?:i|i'm|i'll|i'd|i've|me|my|mine|myself)(?![\p{L}'])/iu

// Words too common to be the word a pitch lands on.
export const STOP_WORDS = new Set(
  (
    'a an the and or but nor so yet of to in on at by for from with into onto about above after ' +
    'before over under up down out off as than then too very just also only even still again ' +
    "ever never always really mostly honestly simply is are was were be been being am it it's its " +
    "this that that's these those there there's here here's what what's who who's whom which when " +
    'where why how all any some one ones more most much many every each own same other others ' +
    'not no can could will would should may might must shall do does did done doing have has had ' +
    'having get gets got make makes made making go goes went come comes came like well now today ' +
    'we us our ours ourselves i me my mine myself you your yours yourself they them their he she ' +
    "his her him we're we've we'd we'll i'm i've i'd i'll you're you've they're isn't aren't " +
    "wasn't weren't doesn't don't didn't can't won't wouldn't couldn't shouldn't let's it'll " +
    'everyone everybody anyone anybody someone somebody nobody nothing something everything ' +
    'people thing things way lot lots kind sort bit little big new old good great whole ' +
    'if because since while though although until unless whether than'
  ).split(/\s+/),
)
