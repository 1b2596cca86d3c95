// Which language a person wrote in. Short texts fool every detector, so the answers are judged
// together, and anything unsure is English (the language the drafts are written in).
import { franc, francAll } from 'franc-min'
import { data } from 'franc-min/data.js'
import { asTuples } from 'trigram-utils'
import { FINNISH_TRIGRAMS } from './finnish-trigrams'

/** ISO 639-3 codes franc returns, for the languages people here write in, as BCP 47 tags. */
const TAGS: Record<string, string> = {
  eng: 'en',
  spa: 'es',
  fra: 'fr',
  deu: 'de',
  por: 'pt',
  ita: 'it',
  nld: 'nl',
  pol: 'pl',
}

const CANDIDATES = Object.keys(TAGS)

/** Other languages franc knows that people here also write in, as BCP 47 tags. */
const OTHER_TAGS: Record<string, string> = {
  tur: 'tr',
  swe: 'sv',
  ind: 'id',
  dan: 'da',
  nob: 'nb',
  fin: 'fi',
  ron: 'ro',
  ces: 'cs',
  slk: 'sk',
  hun: 'hu',
  hrv: 'hr',
  // (Bosnian and Serbian in Latin letters are written as Croatian is; franc-min tells them apart
  // by a few points only.)
  bos: 'hr',
  srp: 'hr',
  tgl: 'tl',
  vie: 'vi',
  swh: 'sw',
  zlm: 'ms',
  rus: 'ru',
  ukr: 'uk',
  // Written in their own scripts (franc reads them by their letters).
  ell: 'el',
  heb: 'he',
  arb: 'ar',
  // (Persian and Urdu are written in Arabic letters too: franc-min tells them apart by their
  // trigrams, and a Persian pitch was asked its question in Arabic.)
  pes: 'fa',
  urd: 'ur',
  hin: 'hi',
  jpn: 'ja',
  kor: 'ko',
  cmn: 'zh',
  // (Read by their scripts, which only they write here: without these they were read as English,
  // and a Tamil pitch was said inside English lines: "It's about வியப்பு: …", "I'm working on …".)
  tam: 'ta',
  amh: 'am',
  sin: 'si',
  mya: 'my',
  tel: 'te',
  pan: 'pa',
  guj: 'gu',
  kan: 'kn',
  mal: 'ml',
  // (Devanagari and Cyrillic are written by more than one language here.)
  mar: 'mr',
  npi: 'ne',
  kaz: 'kk',
  bul: 'bg',
  // ("Umkhulu wami wangifundisa ukushaya isiginci…", "Onam 3 oy bitta gilam to'qidi…": Zulu, Igbo,
  // Uzbek, Azerbaijani and Yoruba, which franc-min knows, were read as English, and their words
  // were said inside English lines: "It's about miras: davam etdirmək.")
  zul: 'zu',
  ibo: 'ig',
  uzn: 'uz',
  azj: 'az',
  yor: 'yo',
  // ("Anigu waxaan ahaa wiil geel raaca…", "Raibeko no nampianatra ahy…": Somali and Malagasy,
  // which franc-min knows too, were said inside English lines: "One word: aqoon.")
  som: 'so',
  plt: 'mg',
}

// Languages franc-min knows that write no letter English does not (Zulu, Uzbek), or few: when
// franc-min reads one of them first and English far behind, the answers are in it.
const UNMARKED = new Set(['zul', 'ibo', 'uzn', 'azj', 'yor', 'som', 'plt'])
const UNMARKED_ENGLISH_AT_MOST = 0.9

// A script only one language here writes: where franc-min knows no such language (Hebrew), the
// script names it.
const SCRIPTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\p{Script=Hebrew}/u, 'he'],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, 'ja'],
  [/\p{Script=Hangul}/u, 'ko'],
  [/\p{Script=Han}/u, 'zh'],
  [/\p{Script=Greek}/u, 'el'],
  [/\p{Script=Arabic}/u, 'ar'],
  [/\p{Script=Devanagari}/u, 'hi'],
  // (franc-min knows neither Bengali nor Thai; each is the one language here in its script.)
  [/\p{Script=Bengali}/u, 'bn'],
  [/\p{Script=Thai}/u, 'th'],
  [/\p{Script=Cyrillic}/u, 'ru'],
  // (franc-min names none of these: each is the one language here in its script.)
  [/\p{Script=Georgian}/u, 'ka'],
  [/\p{Script=Armenian}/u, 'hy'],
  [/\p{Script=Khmer}/u, 'km'],
  [/\p{Script=Lao}/u, 'lo'],
  [/\p{Script=Tamil}/u, 'ta'],
  [/\p{Script=Ethiopic}/u, 'am'],
  [/\p{Script=Sinhala}/u, 'si'],
  [/\p{Script=Myanmar}/u, 'my'],
  [/\p{Script=Telugu}/u, 'te'],
  [/\p{Script=Gurmukhi}/u, 'pa'],
  [/\p{Script=Gujarati}/u, 'gu'],
  [/\p{Script=Kannada}/u, 'kn'],
  [/\p{Script=Malayalam}/u, 'ml'],
]

/** Every tag detectLanguage can return besides 'en': each needs the composer's one line in it. */
export const DETECTED_TAGS: readonly string[] = [
  ...new Set([
    ...Object.values(TAGS).filter((tag) => tag !== 'en'),
    ...Object.values(OTHER_TAGS),
    ...SCRIPTS.map(([, tag]) => tag),
    'ca',
    'sr',
    'lt',
    'lv',
    'af',
    'sl',
    'is',
    'et',
    'sq',
    'cy',
    'ha',
    'mn',
  ]),
]

// A language outside the candidates wins unless the candidate franc chose is all but tied with it:
// Turkish read as Italian is not Italian, Danish read as Dutch is not Dutch (Galician and Catalan
// are not listed: Spanish read as either stays Spanish).
const OTHER_MARGIN = 0.995

// A language people here write in, read this far behind one nobody here writes, is no reading.
const KNOWN_MARGIN = 0.97

// Every composition (each opening, each keystroke) asks about the same answers again.
const detected = new Map<string, string>()

/** The primary language of the texts together: a BCP 47 tag, 'en' when unsure. Never throws. */
export function detectLanguage(texts: readonly string[]): string {
  const key = texts.join('\u0000')
  const known = detected.get(key)
  if (known) return known
  const language = detectUncached(texts)
  if (detected.size >= 200) detected.clear()
  detected.set(key, language)
  return language
}

function detectUncached(texts: readonly string[]): string {
  const joined = texts
    .map((text) => text.trim())
    .filter(Boolean)
    .join('. ')
  // Fewer than a dozen words: no detector is reliable, so trust the default. Only answers of a
  // few words count: "voices fading. Dad. now. singing. silence" is a list of labels, and a
  // detector reads labels as any language at all.
  // "Весною 2022 ми з донькою…", "やさしい日本語": a language in a script of its own is read by its
  // letters (the Latin candidates below cannot name it, and a text with no spaces has no words to
  // count). It was read as English, and its drafts said "It's about зірки: світло в темряві."
  const letters = joined.match(/\p{L}/gu)?.length ?? 0
  const latin = joined.match(/\p{Script=Latin}/gu)?.length ?? 0
  if (letters >= 20 && latin < letters / 2) return inOwnScript(joined)
  const inSentences = texts
    .map((text) => text.trim().split(/\s+/u).filter(Boolean).length)
    .filter((n) => n >= 4)
    .reduce((sum, n) => sum + n, 0)
  if (inSentences < 12) return 'en'
  // "Bagru ke block-print karigar ek bedsheet 400 rupaye mein…": Hindi written in Latin letters
  // among English words. franc-min knows Hindi only in its own script and read it as Malay,
  // Swahili or Dutch; no drafts are framed in romanised Hindi, and its writers read English.
  if (readsAsRomanisedHindi(joined)) return 'en'
  // "Močiutė per kalėdas pasakė…": Lithuanian and Latvian, which franc-min does not know, are
  // told by the letters only they write (Lithuanian was framed in Spanish: "Lo que hago: …").
  const own = byLettersOfTheirOwn(joined)
  if (own !== null) return own
  try {
    const code = franc(joined, { only: CANDIDATES, minLength: 20 })
    const tag = TAGS[code] ?? 'en'
    const maybeFinnish = mayBeFinnish(joined)
    const accented = writesLettersEnglishDoesNot(joined)
    // English is the safe answer: only a language other than English is asked about again.
    if (tag === 'en' && !maybeFinnish && !accented) return unmarkedOr(joined, tag)
    // (francAll's scores are relative to the best language it read: 1 for the top.)
    const ranked = francAll(joined, { minLength: 20 })
    // ("Kak, kebetulan aku buka jasa katering…": franc-min reads Indonesian as Sundanese first, a
    // language nobody here writes, and the pitch was taken for French; the best-read language
    // people here do write in is the one to weigh.)
    const top = ranked.find(([language]) => language in TAGS || language in OTHER_TAGS)
    // (Slovak typed without its marks reads to franc-min as Italian or Polish first, with Czech
    // close behind: its own small words decide.)
    // (Czech typed without its marks too: "kurovec sezral pulku lesu… porad stejna chyba" read as
    // Spanish, Czech behind.)
    if (ranked.slice(0, 8).some(([language]) => language === 'ces')) {
      if (readsAsSlovak(joined)) return 'sk'
      if (readsAsCzech(joined)) return 'cs'
    }
    if (maybeFinnish && readsAsFinnish(joined, ranked[0]?.[0])) return 'fi'
    // ("Bagru ke block-print karigar ek bedsheet…": Hindi in Latin letters reads as Hausa first and
    // as Turkish only far behind; no language here is close, so the answer is the safe one.)
    const best = ranked[0]
    if (
      best !== undefined &&
      top !== undefined &&
      top !== best &&
      !(top[0] in TAGS) &&
      top[1] < best[1] * KNOWN_MARGIN
    ) {
      return 'en'
    }
    const other = top ? OTHER_TAGS[top[0]] : undefined
    // "Csak azt tudom, hogy a Balatonnál a halászok…", "Nếu chị biết thầy cô…": among the
    // candidates English reads closest, but a text whose words are full of letters English never
    // writes is the language franc reads best of all.
    if (tag === 'en') return accented && other !== undefined ? byLetters(other, joined) : tag
    if (top === undefined || other === undefined) return byLetters(tag, joined)
    const chosen = ranked.find(([language]) => language === code)?.[1] ?? 0
    return byLetters(chosen >= top[1] * OTHER_MARGIN ? tag : other, joined)
  } catch {
    return 'en'
  }
}

// Hindi's commonest small words as they are typed in Latin letters; one word in six or more of a
// text being one of them is Hindi (English, Malay and Swahili say "ke", "se" or "hai" rarely).
const ROMANISED_HINDI =
  /(?<!\p{L})(?:hai|hain|ka|ki|ke|mein|nahi|nahin|ko|se|aur|bhi|toh|kya|ye|yeh|woh|pe|hota|hoti|karna|karta|karti|tha|thi|apna|apni|mera|meri|hum|hamara|unke|unka|jo|jab|sab|kuch)(?!\p{L})/giu

function readsAsRomanisedHindi(text: string): boolean {
  const words = text.match(/\p{L}+/gu)?.length ?? 0
  const hindi = text.match(ROMANISED_HINDI)?.length ?? 0
  return hindi >= 4 && hindi >= words / 6
}

/** The language of a text written mostly outside the Latin script; 'en' when franc cannot say. */
function inOwnScript(text: string): string {
  if (readsAsMongolian(text)) return 'mn'
  try {
    const [top] = francAll(text, { minLength: 10 })
    // (Serbian in Cyrillic is no Croatian: its script names it below.)
    const named = top && top[0] !== 'srp' && top[0] !== 'bos' ? OTHER_TAGS[top[0]] : undefined
    if (named) return cyrillicByLetters(named, text)
  } catch {
    // Read by its script below.
  }
  // (franc-min knows no Hebrew.)
  const script = SCRIPTS.find(([letters]) => letters.test(text))
  return script ? cyrillicByLetters(script[1], text) : 'en'
}

/**
 * "Зудын өвөл манай аавын адууны олонх нь үхсэн": Mongolian writes ө and ү in Cyrillic, as Kazakh
 * does, but none of the letters only Kazakh (ә, ғ, қ, ң, ұ, һ, і) or Uzbek (ў, ҳ) writes.
 * franc-min knows no Mongolian; it read it as Uzbek, and the pitch asked its question in Uzbek.
 */
function readsAsMongolian(text: string): boolean {
  return (
    /\p{Script=Cyrillic}/u.test(text) &&
    countOf(text, /[өү]/giu) >= 2 &&
    !/[әғқңұһіўҳ]/iu.test(text)
  )
}

/** A language franc-min knows that writes as English does, read first and English far behind. */
function unmarkedOr(text: string, tag: string): string {
  const ranked = francAll(text, { minLength: 20 })
  const [best] = ranked
  if (best === undefined || !UNMARKED.has(best[0])) return tag
  const english = ranked.find(([language]) => language === 'eng')?.[1] ?? 0
  return english < best[1] * UNMARKED_ENGLISH_AT_MOST ? (OTHER_TAGS[best[0]] ?? tag) : tag
}

/**
 * A language franc-min does not know (or reads as another), told by letters or small words only it
 * writes here: 'is', 'lt', 'lv', 'et', 'sq', 'ha' or 'cy'; else null.
 */
function byLettersOfTheirOwn(text: string): string | null {
  // ("Stór hluti íbúa hér fyrir vestan… það": Icelandic writes þ and ð, which franc-min's
  // languages do not; it was read as Swedish.)
  if (countOf(text, /[þð]/giu) >= 2) return 'is'
  if (countOf(text, /[ėįų]/giu) >= 2) return 'lt'
  // (ā, ē, ī alone are Māori's and romanised Japanese's too.)
  if (countOf(text, /[āēīū]/giu) >= 2 && countOf(text, /[ļņķģ]/giu) >= 1) return 'lv'
  // ("Üks mu õpilane, Mart, istus pool tundi…": Estonian writes õ, which Portuguese writes only
  // after its own ã-less endings "-ões", "põe"; it was framed in Italian, "In fondo, tutto si
  // riduce a una parola".)
  if (countOf(text, /õ(?![eé]s?\b)/giu) >= 2 && !/ã/iu.test(text)) return 'et'
  // ("Gjyshja ime lindi në një nga ato shtëpi…": Albanian writes ë in nearly every sentence,
  // with its own small words; it was framed in Portuguese.)
  if (
    countOf(text, /ë/giu) >= 3 &&
    countOf(
      text,
      /(?<!\p{L})(?:është|një|që|në|të|dhe|për|nuk|më|ishte|kjo|ky|janë)(?!\p{L})/giu,
    ) >= 3
  ) {
    return 'sq'
  }
  // ("ɗakunan sanyi… ruɓe": Hausa writes hooked letters no other language here does; franc-min
  // reads Finnish as Hausa, so the letters, not franc-min, name it.)
  if (countOf(text, /[ɓɗƙƴ]/giu) >= 2) return 'ha'
  // ("Collodd fy nghymydog ei fuches gyfan…": franc-min knows no Welsh and read it as German.)
  if (readsAsWelsh(text)) return 'cy'
  return null
}

// Welsh's commonest small words, which no other language here writes as words.
const WELSH_WORDS =
  /(?<!\p{L})(?:yn|yr|mae|roedd|ddim|gyda|hefyd|wedi|fy|ei|wrth|nhw|iawn|pobl|dyn|hyn|sy|sydd|ond|gan|oedd|ein|eich|i['’]r|a['’]r|o['’]r|dw|dwi|rwy|rydw|ti|chi|ni|bod|cael|mynd|gwneud)(?!\p{L})/giu

function readsAsWelsh(text: string): boolean {
  const words = text.match(/\p{L}+/gu)?.length ?? 0
  const welsh = countOf(text, WELSH_WORDS) + countOf(text, /[ŵŷ]/giu)
  return welsh >= 4 && welsh >= words / 8 && /(?:dd|ll|wy)/iu.test(text)
}
/**
 * "Наш двор превратился в парковку…": franc-min read this Russian as Ukrainian by a point, and
 * its drafts were framed in Ukrainian ("Що я роблю: возвращаем двор людям"). Letters only one of
 * the languages written in Cyrillic here uses decide: ы, э, ё are Russian; ї, є, ґ Ukrainian;
 * ђ, ћ, џ, љ, њ, ј Serbian; ә, ғ, қ, ң, ө, ұ, ү, һ Kazakh.
 */
function cyrillicByLetters(tag: string, text: string): string {
  if (!CYRILLIC.has(tag)) return tag
  const kazakh = countOf(text, /[әғқңөұүһ]/giu)
  const serbian = countOf(text, /[ђћџљњј]/giu)
  const ukrainian = countOf(text, /[їєґ]/giu)
  const russian = countOf(text, /[ыэё]/giu)
  if (kazakh >= 2) return 'kk'
  if (serbian >= 2) return 'sr'
  if (ukrainian > 0 && russian === 0) return 'uk'
  if (russian > 0 && ukrainian === 0) return tag === 'bg' && russian < 2 ? 'bg' : 'ru'
  return tag
}
const CYRILLIC = new Set(['ru', 'uk', 'bg', 'kk', 'sr'])

/**
 * "sønnen min … ødelegger": Swedish writes ä and ö, Norwegian and Danish æ and ø, so letters the
 * other language never uses settle a call between them (lower-case Norwegian was read as Swedish,
 * and its pitch asked "Vad betyder det för dig?"). franc-min knows neither Norwegian nor Danish:
 * between those two, the small words each spells its own way decide ("hva", "meg", "av", "nå"
 * against "hvad", "mig", "af", "nu").
 */
function byLetters(tag: string, text: string): string {
  const danoNorwegian = /[æø]/iu.test(text)
  const swedish = /[äö]/iu.test(text)
  // (franc-min reads them as Swedish or Dutch; neither writes æ or ø.)
  if (tag !== 'nb' && tag !== 'da' && danoNorwegian && !swedish) {
    // (Danish writes b, d, g where Norwegian writes p, t, k, "ud", "efter", "bruger", "-hed"
    // against "ut", "etter", "bruker", "-het": "pædagoger bruger flere timer om ugen" and "tryghed"
    // were read as Norwegian.)
    const norwegian = countOf(
      text,
      /(?<!\p{L})(?:hva|meg|deg|seg|av|nå|ikkje|noe|noen|ut|ute|etter|etterpå|mye|henne|kvinner|uka|barna|bruker|sier|lage|gjøre|\p{L}+het(?:en)?)(?!\p{L})/giu,
    )
    const danish = countOf(
      text,
      /(?<!\p{L})(?:hvad|mig|dig|sig|af|nu|noget|nogen|nogle|ud|ude|efter|bagefter|meget|hende|kvinder|ugen|børnene|bruger|siger|lave|gøre|\p{L}+hed(?:en)?)(?!\p{L})/giu,
    )
    return danish > norwegian ? 'da' : 'nb'
  }
  if ((tag === 'nb' || tag === 'da') && swedish && !danoNorwegian) return 'sv'
  if (tag === 'ms' && readsAsIndonesian(text)) return 'id'
  if (ROMANCE.has(tag) && readsAsCatalan(text)) return 'ca'
  if (tag === 'nl' && readsAsAfrikaans(text)) return 'af'
  // (Czech and Slovenian typed without their marks read to franc-min as Croatian.)
  if (tag === 'hr') return readsAsCzech(text) ? 'cs' : readsAsSlovenian(text) ? 'sl' : tag
  return tag
}

const ROMANCE = new Set(['es', 'fr', 'pt', 'it'])

/**
 * "Ja som bola jediná z osady, čo dokončila strednú": franc-min knows no Slovak and reads it as
 * Czech (or, typed without its marks, as Italian or Polish), so its pitch said "Co dělám:" around
 * Slovak words. Letters only Slovak writes (ä, ľ, ĺ, ŕ, ô) and the small words each spells its
 * own way ("som", "aj", "len", "bola" against "jsem", "ne", "jen", "byla") settle it.
 */
function readsAsSlovak(text: string): boolean {
  // (Polish says "nie" and "że" too, and writes ł, ą, ę, ś, ź, ż, ń, ć, which Slovak never does.)
  if (/[łąęśźżńć]/iu.test(text)) return false
  const polish = countOf(
    text,
    /(?<!\p{L})(?:się|sie|jest|jestem|mnie|tylko|dla|bardzo|był|była|było|moja|mój)(?!\p{L})/giu,
  )
  const slovak =
    countOf(text, /[äľĺŕô]/giu) +
    countOf(
      text,
      /(?<!\p{L})(?:som|sme|ste|aj|len|alebo|keď|ked|ktor[ýéáío]|veľmi|velmi|bola|bolo|boli|dieťa|dieta)(?!\p{L})/giu,
    )
  const czech =
    countOf(text, /[řůě]/giu) +
    countOf(
      text,
      /(?<!\p{L})(?:jsem|jsme|jste|ne|jako|jen|pro|nebo|když|kdyz|kter[ýéáío]|byla|bylo|byli|dítě|dite)(?!\p{L})/giu,
    )
  return slovak >= 2 && slovak > czech && slovak > polish
}

// The small words Croatian spells its own way, against Czech's and Slovenian's.
const CROATIAN_WORDS =
  /(?<!\p{L})(?:sam|smo|su|nije|što|sto|jer|koji|koja|koje|već|vec|još|jos|jako|zašto|zasto|nitko|nešto|nesto|sada|opet|ali|ovdje|puno|kao|gdje|znam)(?!\p{L})/giu

/**
 * "kurovec sezral pulku smrkovych lesu a ted se sazi zase smrk. porad stejna chyba": Czech typed
 * without its marks reads to franc-min as Croatian, and its pitch was asked "Što to tebi znači?".
 * Letters only Czech writes (ř, ů, ě) and its own small words ("jsem", "když", "teď", "pořád",
 * "nikdo" against "sam", "kad", "sada", "opet", "nitko") settle it.
 */
function readsAsCzech(text: string): boolean {
  const czech =
    countOf(text, /[řůě]/giu) +
    countOf(
      text,
      /(?<!\p{L})(?:jsem|jsme|jsou|neni|není|kdyz|když|protoze|protože|taky|také|jeste|ještě|proc|proč|ale|uz|už|nikdo|neco|něco|ted|teď|zase|porad|pořád|tady|moc)(?!\p{L})/giu,
    )
  return czech >= 2 && czech > countOf(text, CROATIAN_WORDS)
}

/**
 * "rada bi delala kot gozdarka, ampak v gozdarstvu skoraj ni žensk": Slovenian reads to franc-min
 * as Croatian. Its own small words ("kot", "ampak", "skoraj", "ni", "vem", "kje" against "kao",
 * "ali", "skoro", "nije", "znam", "gdje") settle it; Slovenian writes no ć or đ.
 */
function readsAsSlovenian(text: string): boolean {
  if (/[ćđ]/iu.test(text)) return false
  const slovenian = countOf(
    text,
    /(?<!\p{L})(?:kot|ampak|skoraj|ni|vem|kje|sem|kaj|tudi|ker|ki|zelo|bom|bo|vendar|lahko|samo)(?!\p{L})/giu,
  )
  return slovenian >= 3 && slovenian > countOf(text, CROATIAN_WORDS)
}

/**
 * "Oom Piet se kleinseun het longontsteking gekry… die dak lek al 3 jaar": franc-min knows no
 * Afrikaans and reads it as Dutch, so its pitch said "Eigenlijk draait alles om één woord". The
 * small words each says its own way ("nie", "ek", "jy", "baie", "'n" against "niet", "ik", "jij",
 * "veel", "een") settle it.
 */
function readsAsAfrikaans(text: string): boolean {
  const afrikaans = countOf(
    text,
    /(?<!\p{L})(?:nie|ek|jy|julle|hulle|baie|gekry|gesê|sê|ons|onse|moet|kan nie|[’']n)(?!\p{L})/giu,
  )
  const dutch = countOf(
    text,
    /(?<!\p{L})(?:niet|ik|jij|jullie|zij|veel|een|zijn|mijn|wij|heb|hebben|geen|ook|maar|zo)(?!\p{L})/giu,
  )
  return afrikaans >= 3 && afrikaans > dutch
}

/** How many times the words (or letters) match in the text. */
function countOf(text: string, words: RegExp): number {
  return (text.match(words) ?? []).length
}

/**
 * "pas hujan deres, aku liat pak Udin… gapapa mas, udah biasa": franc-min reads everyday
 * Indonesian as Malay, and its drafts were framed in Malay ("Pada asasnya…", "kerana").
 * The words each spells or says its own way decide ("karena", "uang", "gak", "udah" against
 * "kerana", "wang", "tak", "sahaja").
 */
function readsAsIndonesian(text: string): boolean {
  const indonesian = countOf(
    text,
    /(?<!\p{L})(?:karena|uang|bisa|gak|nggak|enggak|udah|aja|banget|bgt|sih|dong|kok|nih|gimana|bikin|kayak|kalo|mobil|kantor)(?!\p{L})/giu,
  )
  const malay = countOf(
    text,
    /(?<!\p{L})(?:kerana|wang|boleh|mahu|sahaja|awak|tak|nak|kat|kereta|pejabat|sebab|budak|encik|puan)(?!\p{L})/giu,
  )
  return indonesian > malay
}

/**
 * "La senyora Pepita, del meu replà, fa dos anys que no baixa al carrer": franc-min knows no
 * Catalan and reads it as Spanish, so its pitch said "Lo que hago:" around Catalan words. Small
 * words only Catalan spells so ("amb", "perquè", "també", "nosaltres") against their Spanish twins
 * ("con", "porque", "también", "nosotros") settle it.
 */
function readsAsCatalan(text: string): boolean {
  const catalan = countOf(
    text,
    /(?<!\p{L})(?:amb|perquè|però|també|aquest|aquesta|aquests|aquestes|molt|molta|molts|moltes|meva|seva|nosaltres|vosaltres|ningú|tinc|vull|sóc|avui|dels|pels|gairebé|cap a|hi ha|feina|gent gran|jo)(?!\p{L})/giu,
  )
  const spanish = countOf(
    text,
    /(?<!\p{L})(?:con|porque|pero|también|este|esta|estos|estas|muy|mucho|mucha|muchos|muchas|nosotros|nadie|tengo|quiero|soy|hoy|hay|trabajo|yo|y)(?!\p{L})/giu,
  )
  return catalan >= 2 && catalan > spanish
}

// franc's own measure: how far the text's trigrams sit from a language's ranking of them.
const MAX_DIFFERENCE = 300
const ranks = new Map<string, Map<string, number>>()

function ranksOf(name: string, profile: string | undefined): Map<string, number> | undefined {
  const known = ranks.get(name)
  if (known !== undefined || profile === undefined) return known
  const made = new Map(profile.split('|').map((trigram, rank) => [trigram, rank] as const))
  ranks.set(name, made)
  return made
}

function distance(tuples: ReadonlyArray<readonly [string, number]>, model: Map<string, number>) {
  let sum = 0
  for (const [trigram, rank] of tuples) {
    const known = model.get(trigram)
    sum += known === undefined ? MAX_DIFFERENCE : Math.abs(rank - known - 1)
  }
  return sum
}

/**
 * Whether one word in five or more carries a Latin letter English does not write ("látom",
 * "thầy"): a name or a "café" in an English pitch does not come near that.
 */
export function writesLettersEnglishDoesNot(text: string): boolean {
  const words = text.match(/[\p{L}']+/gu) ?? []
  if (words.length === 0) return false
  const marked = words.filter((word) => /[^\P{Script=Latin}a-zA-Z]/u.test(word)).length
  return marked / words.length >= ACCENTED_SHARE
}
const ACCENTED_SHARE = 0.2

// (Finnish writes ä or ö in nearly every sentence, and no å, æ, ø or õ: any other text is not
// measured, so English pays nothing for it.)
function mayBeFinnish(text: string): boolean {
  return /[äö]/iu.test(text) && !/[åæøõ]/iu.test(text)
}

/**
 * Finnish, measured as franc measures every language, against `top`, the language franc-min reads best (which
 * cannot be Finnish: franc-min has no Finnish data, and read "meidän tiimistä kaksi jäi…" as
 * Ilocano, Hausa or Italian).
 */
function readsAsFinnish(text: string, top: string | undefined): boolean {
  if (top === undefined) return false
  const model = ranksOf(top, data.Latin?.[top])
  const finnish = ranksOf('fin', FINNISH_TRIGRAMS)
  if (model === undefined || finnish === undefined) return false
  const tuples = asTuples(text.slice(0, 2048))
  return distance(tuples, finnish) < distance(tuples, model)
}
