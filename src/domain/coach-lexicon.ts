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
  '(?:makes?|making|made) (?:the world|life|things|lives|it|them|everyone) (?:a (?:little |bit )?)?(?:better|easier|safer|kinder|fairer|healthier)',
  `better for (?:all|the|us|${BENEFICIARY})`,
  '(?:a|the) better (?:world|place|future|life|lives|plan|way|chance|start|deal for)',
  "(?:will|would|could|can|'ll|'d) (?:finally|at last|one day)",
  "(?:will|would|could|can|'ll|'d) be able to",
  `(?:hope|hoping|want|wish|'d like|'d love|would like|would love|dream of|dream that) (?:that )?(?:${W} ){0,3}?${BENEFICIARY}`,
  'feel (?:seen|heard|less|at home|safe|safer|welcome|understood|part of|valued|included|like they belong)',
])
/** A `why` marker is discounted when the rest of its clause is about the speaker. */
export const SELF_GAIN = /^[^.!?;]*?(?<![\p{L}'])(?:my|me|mine|myself)(?![\p{L}'])/iu

// Openings that introduce the speaker, a title, an organisation or a product instead of a theme.
export const INTRO_OPENING = new RegExp(
  [
    '^(?:(?:hi|hello|hey|good (?:morning|afternoon|evening))(?: there| all| everyone)?[\\s,!.-]*)?',
    '(?:',
    [
      "my name'?s",
      'my name is',
      "(?:i'?m|i am) (?:a|an|the|currently|now|based|from|just|one of|head|founder|co-founder|ceo|senior|junior|lead|chief|director|manager|responsible for)",
      "(?:i'?ve|i have) (?:been|worked) (?:at|with|in|for|a|an|the|as|working)",
      '(?:i|we) (?:work|worked) (?:as|at|for|in)',
      '(?:i|we) (?:run|own|manage|lead|founded|started|co-founded|launched|built) (?:a|an|this|my|our|the|two|three|four|five|several)',
      'i (?:graduated|studied|qualified)',
      '(?:i|we) (?:have|bring|offer) (?:over |more than |nearly |almost )?(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|many|several) years',
      'as (?:a|an|the|head|lead|chief|senior|junior|founder|co-founder|ceo|director|manager|someone who works)',
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
  '(?:company|companies|startup|start-up|business|firm|agency|platform|app|product|service|tool|charity|non-profit|nonprofit|organi[sz]ation|initiative|project|proposal|programme|program|practice|brand|studio|shop|store|label|portfolio|website|solution|consultancy|marketplace|book|novel|film|album|game|exhibition|latest|new)'
export const ORGANISATION_OPENING = new RegExp(
  `^(?:(?:hi|hello)[\\s,!.]*)?(?:my|our|this|the) (?:${WH} ){0,3}?${ORGANISATIONS}(?![\\p{L}])`,
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
  '(?:first|1st) (?:\\p{L}+ )?(?:months?|weeks?) free',
  'free (?:trial|consultation|demo|quote|sample|audit)',
  `book (?:you|a|in|me)(?: ${W}){0,4}? (?:demo|call|consultation|meeting|session)`,
  'sign up (?:today|now|here|for)',
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
  'sponsorship (?:packages?|tiers?|deals?|opportunit(?:y|ies))',
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
  'get promoted',
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
  '(?:are you|you might be|would you be) interested in (?:buying|investing|hiring|working with|a|my|our)',
])
/** "In return" is a trade unless it is the speaker expecting nothing in return. */
export const IN_RETURN = compileList(['in return', 'in exchange'])
export const NOTHING_BEFORE = /(?:nothing|anything|not|never|without)\W+(?:[\p{L}']+\W+){0,3}$/iu

// The speaker seeking something for themselves. Exempted when the people sought are described
// by what they care about ("investors who care about…", "customers who share the cause").
const SEEKERS = [
  "(?:i'?m|i am|i'?ve been|i have been|we'?re|we are)(?: (?:currently|now|actively|really|still|also|just))? (?:looking|searching|hunting|angling|on the hunt|on the lookout) for",
  "(?:i'?m|i am|we'?re|we are)(?: (?:currently|now|actively|really|still|also|just))? (?:seeking|after|chasing)",
  "(?:i|we) (?:really |just |urgently )?(?:need|want|seek|would like|'d like|'d love|would love|hope to find|hope to land|am after)",
  'looking to (?:land|find|get|secure|close|sign|win|attract|bring in)',
  '(?:taking on|to find|to get|to land|to win|to attract|to sign|bring in|bringing in)',
]
const FILLERS =
  '(?:a|an|my|our|the|some|more|new|next|better|senior|junior|good|paid|paying|well-paid|full-time|part-time|permanent|strategic|first|big|bigger|few|lead|leading|extra|any|potential|prospective|high-paying|decent|strong)'
const WANTED =
  '(?:jobs?|roles?|positions?|posts?|gigs?|clients?|customers?|leads|referrals?|investors?|investment|funding|funds|money|capital|cash|sponsors?|buyers?|deals?|contracts?|work|opportunit(?:y|ies)|openings?|raise|promotion|sales|business)'
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
export const PRICE_BEFORE =
  /(?:just|only|from|at|for|cost|costs|price|priced|pay|paid|rate|rates|fee|fees|charge|charges|charged|raise|raising|target|donate|donation|invest|budget|spend)\W+(?:[\p{L}']+\W+)?$/iu
export const PRICE_AFTER =
  /^\s*(?:(?:a|an|per|\/)\s?(?:month|hour|week|year|project|session|day|head|print|piece)|off|tier|donation|framed|each|upfront|deposit|fee|package|budget|a head)(?![\p{L}])/iu

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
  /^\s+(?:(?:also|now|always|currently|proudly|really|just)\s+)?(?:offer|provide|sell|deliver|leverage|specialise|specialize|operationalise|operationalize|charge|serve|supply|need|are a|are an|are the|are open|are hiring|are raising|are trying|are running|are scaling|are selling|are looking|are offering|can streamline|can deliver|can offer|help (?:companies|businesses|brands|clients|organisations|organizations))(?![\p{L}])/iu
export const CORPORATE_AFTER_WE_CONTRACTED =
  /^\s+(?:a|an|the|open|hiring|raising|trying|running|scaling|selling|looking|offering|growing fast)(?![\p{L}])/iu
export const CORPORATE_AFTER_OUR =
  /^\s+(?:company|firm|agency|startup|platform|product|products|app|clients|customers|services|solution|solutions|brand|business|charity|non-profit|nonprofit|organisation|organization|kpis|existing|theory|mission statement|offer|team of)(?![\p{L}])/iu
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
      '(?:can|could|may|might|shall) (?:i|we)',
      'would you (?:like|be|mind|consider|want)',
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
