// The ask model's who-gains features (ask-features.ts): each fires on the sentence it describes
// and stays quiet on a look-alike whose grammar puts the gain elsewhere.
import { featureNames } from '@/domain/coach/ask-features'
import { scanText } from '@/domain/coach/coach-text'
import type { Stage } from '@/domain/pitch/answers'

const namesOf = (text: string, stage: Stage = 'growing') =>
  new Set(featureNames(scanText(text), { stage, language: 'en' }).map((f) => f.name))

test('a need said by the group is told from a need said by the speaker', () => {
  const we = namesOf('We need about £30,000 to buy the minibus.')
  expect(we.has('f:need-we')).toBe(true)
  expect(we.has('s:growing&need-we')).toBe(true)
  expect(we.has('f:need-me')).toBe(false)
  const me = namesOf('I need about £30,000 to clear my loans.')
  expect(me.has('f:need-me')).toBe(true)
  expect(me.has('s:growing&need-me')).toBe(true)
  expect(me.has('f:need-we')).toBe(false)
})

test('the group as the only speaker in a sentence, alone and with a request', () => {
  const we = namesOf('Could you introduce us to the head teachers you know?')
  expect(we.has('f:we')).toBe(true)
  expect(we.has('f:we-only')).toBe(true)
  expect(we.has('x:modal-you&we-only')).toBe(true)
  expect(we.has('s:growing&request&we-only')).toBe(true)
  const me = namesOf('Could you introduce me and our team to the head teachers you know?')
  expect(me.has('f:we')).toBe(true)
  expect(me.has('f:we-only')).toBe(false)
  expect(me.has('x:modal-you&we-only')).toBe(false)
})

test("whose money: the group's, the speaker's, with a need or with no ask at all", () => {
  const group = namesOf('We need £3,000 for the printer.')
  expect(group.has('x:money&we-only')).toBe(true)
  expect(group.has('x:money&need-we')).toBe(true)
  expect(group.has('x:money&me')).toBe(false)
  const own = namesOf('I need £3,000 for my rent.')
  expect(own.has('x:money&me')).toBe(true)
  expect(own.has('x:money&need-me')).toBe(true)
  expect(own.has('x:money&we-only')).toBe(false)
  // A price told, with no request and no listener, against a price put to the listener.
  expect(namesOf('A return bus ticket into town is £4.60.').has('x:money&no-ask')).toBe(true)
  expect(namesOf('Could you lend me £4.60 for the bus?').has('x:money&no-ask')).toBe(false)
  expect(namesOf('We walk to the stop together.').has('x:money&no-ask')).toBe(false)
})

test('a third person as the object of a request: the one the request serves', () => {
  const them = namesOf('Please send her to me.')
  expect(them.has('f:verb-them')).toBe(true)
  expect(them.has('x:imperative&them')).toBe(true)
  const me = namesOf('Please send me your favourites.')
  expect(me.has('f:verb-them')).toBe(false)
  expect(namesOf('Her shop is on the corner.').has('f:verb-them')).toBe(false)
})

test('people named by what they need', () => {
  const need = namesOf('If you know a woman who sews and needs work, tell me.')
  expect(need.has('f:who-need')).toBe(true)
  expect(need.has('x:if-you&who-need')).toBe(true)
  expect(namesOf('If you know a woman who runs a shop, tell me.').has('f:who-need')).toBe(false)
})

test('another language’s trade words are also read as the English word the model weighs', () => {
  const spanish = featureNames(
    scanText('Si en tu empresa hay alguna vacante, me encantaría una entrevista.'),
    { stage: 'vague', language: 'es' },
  ).map((f) => f.name)
  expect(spanish).toEqual(expect.arrayContaining(['u:vacante', 'u:job', 'u:love', 'u:interview']))
  const german = featureNames(scanText('Buchen Sie einen Termin in meinem Kalender.'), {
    language: 'de',
  }).map((f) => f.name)
  expect(german).toEqual(expect.arrayContaining(['u:book', 'u:call', 'u:calendar']))
  // An English pitch is read as typed: "stage" and "red" are English words there.
  const english = featureNames(scanText('The red stage at the festival.'), { language: 'en' }).map(
    (f) => f.name,
  )
  expect(english).not.toEqual(expect.arrayContaining(['u:internship']))
  expect(english).not.toEqual(expect.arrayContaining(['u:network']))
})

test('with prefixes on, a long word also counts by its first five letters, so kin words weigh alike', () => {
  const read = (text: string, prefixes: boolean) =>
    new Set(featureNames(scanText(text), { language: 'en', prefixes }).map((f) => f.name))
  const referral = read('Could you give me a referral?', true)
  const refer = read('Could you refer me to them?', true)
  expect(referral.has('p:refer')).toBe(true)
  expect(refer.has('p:refer')).toBe(false) // "refer" is five letters: no shorter kin to stand for
  expect(read('Any discounted tickets?', true).has('p:disco')).toBe(true)
  expect(read('Could you give me a referral?', false).has('p:refer')).toBe(false)
})

test('the committed model reads prefixes as it was trained to', async () => {
  const { ASK_MODEL } = await import('@/domain/coach/ask-model')
  const trained = (await import('@/domain/coach/ask-model.json')).default as { prefixes?: boolean }
  expect(ASK_MODEL.prefixes).toBe(trained.prefixes === true)
})

test('a request in a language glossed word for word is read as the same request in English', () => {
  const read = (text: string, language: string) =>
    new Set(featureNames(scanText(text), { stage: 'narrowing', language }).map((f) => f.name))
  // "Could you recommend me?" in Dutch, Polish and Swedish: the listener asked, the speaker gaining.
  const dutch = read('Zou u mij willen aanbevelen bij uw directeur?', 'nl')
  expect(dutch.has('r:modal-you')).toBe(true)
  expect(dutch.has('u:recommend')).toBe(true)
  const polish = read('Gdyby Pan mógł przekazać moje CV do działu kadr, byłbym wdzięczny.', 'pl')
  expect(polish.has('r:if-you')).toBe(true)
  expect(polish.has('u:forward')).toBe(true)
  expect(read('Kan du rekommendera mig till din chef?', 'sv').has('r:modal-you')).toBe(true)
  // Turkish carries "could you" in the verb's ending.
  expect(read('Bir toplantı ayarlayabilir misiniz?', 'tr').has('u:meeting')).toBe(true)
  expect(read('Bir toplantı ayarlayabilir misiniz?', 'tr').has('r:modal-you')).toBe(true)
  // A price named by its currency in words: "osm tisíc korun", "sto złotych".
  expect(read('Obraz stojí osm tisíc korun.', 'cs').has('f:currency')).toBe(true)
  // Glossed per language: "je" is the Dutch listener, the French speaker.
  expect(read('Kun je me helpen?', 'nl').has('r:modal-you')).toBe(true)
  expect(read('Je peux vous aider.', 'fr').has('r:modal-you')).toBe(false)
  // A pre-order, a sign-up, a deal, a sale and an introduction, in the words people use for them.
  expect(read('Voorintekenen kan tot zondag.', 'nl').has('u:order')).toBe(true)
  expect(read('Zal ik je even inschrijven?', 'nl').has('u:subscribe')).toBe(true)
  expect(read('Zapisać cię od razu?', 'pl').has('u:subscribe')).toBe(true)
  expect(read('Anlaştık mı?', 'tr').has('u:deal')).toBe(true)
  expect(read('Presentami, così provo a vendere il film.', 'it').has('u:introduce')).toBe(true)
  expect(read('Presentami, così provo a vendere il film.', 'it').has('u:selling')).toBe(true)
})

test('a language the detector takes for its neighbour is glossed with its own words as well', () => {
  const read = (text: string, language: string) =>
    new Set(featureNames(scanText(text), { stage: 'growing', language }).map((f) => f.name))
  // Indonesian read as Malay: "Kantor Mas lagi buka lowongan nggak? Tolong rekomendasikan saya."
  const indonesian = read('Kalau ada lowongan, tolong rekomendasikan saya ya.', 'ms')
  expect(indonesian.has('u:job')).toBe(true)
  expect(indonesian.has('u:recommend')).toBe(true)
  // Danish read as Norwegian ("købe", "billetter": Norwegian writes "kjøpe", "billetter").
  expect(read('Vil du ikke købe fire billetter?', 'nb').has('u:buy')).toBe(true)
  // And the other way round: Norwegian's "lønnsøkning" read in a pitch taken for Danish.
  expect(read('Jeg vil ha en lønnsøkning.', 'da').has('u:salary')).toBe(true)
})

test('Greek, Russian, Ukrainian and Vietnamese asks are glossed word for word', () => {
  const read = (text: string, language: string) =>
    new Set(featureNames(scanText(text), { stage: 'narrowing', language }).map((f) => f.name))
  // "Could you introduce me to them?" and "Can you recommend me?"
  expect(read('Не могли бы вы познакомить меня с ними?', 'ru').has('u:introduce')).toBe(true)
  expect(read('Чи можете ви порекомендувати мене директору?', 'uk').has('u:recommend')).toBe(true)
  expect(read('Чи можете ви порекомендувати мене директору?', 'uk').has('r:modal-you')).toBe(true)
  // "The 5-litre tin is 65€ with free shipping", "share the post for me, please".
  const greek = read('Το δοχείο είναι 65€ με δωρεάν μεταφορικά.', 'el')
  expect(greek.has('u:free')).toBe(true)
  expect(greek.has('u:shipping')).toBe(true)
  expect(read('bạn share bài đăng giúp nha', 'vi').has('u:share')).toBe(true)
  // "Could you nominate me for the post?", "I'll send you my CV", "I sell my own prints".
  expect(read('Anh có thể đề cử tôi cho vị trí đó không?', 'vi').has('u:recommend')).toBe(true)
  expect(read('Pošlu vám svůj životopis ještě dnes.', 'cs').has('u:resume')).toBe(true)
  expect(read('Myyn myös omia valokuviani.', 'fi').has('u:buy')).toBe(true)
  expect(read('Dan zou ik het fijn vinden als je me aanbeveelt.', 'nl').has('u:recommend')).toBe(
    true,
  )
})

test('Japanese, Chinese and Korean trade words are found inside the words they are written in', () => {
  const read = (text: string, language: string) =>
    new Set(featureNames(scanText(text), { stage: 'growing', language }).map((f) => f.name))
  // "Show this card and a drink is free; please spread the word to your friends too."
  const japanese = read(
    'このカード見せてくれたらドリンク一杯無料です。友達にも宣伝してください。',
    'ja',
  )
  expect(japanese.has('u:free')).toBe(true)
  expect(japanese.has('u:share')).toBe(true)
  expect(read('请帮我转发，关注我们的账号。', 'zh').has('u:follow')).toBe(true)
  expect(read('첫 주문은 무료 배송입니다', 'ko').has('u:order')).toBe(true)
  // "Could you recommend me to the director?", "I'll send the quote right away", "please refer me".
  expect(read('部長に私を推薦していただけませんか', 'ja').has('u:recommend')).toBe(true)
  expect(read('견적 바로 보내드릴게요', 'ko').has('u:price')).toBe(true)
  expect(read('能不能帮我引荐一下', 'zh').has('u:introduce')).toBe(true)
  // Not read inside the words of a language written with spaces.
  expect(read('無料', 'en').has('u:free')).toBe(false)
})

test('a request in Japanese, Chinese and Korean is read as a request, and whom it serves with it', () => {
  const read = (text: string, language: string) =>
    new Set(featureNames(scanText(text), { stage: 'narrowing', language }).map((f) => f.name))
  // "Could you recommend me to the director?": asked of the listener, for the speaker.
  const japanese = read('部長に私を推薦していただけませんか', 'ja')
  expect(japanese.has('r:imperative')).toBe(true)
  expect(japanese.has('f:verb-me')).toBe(true)
  expect(japanese.has('x:imperative&me')).toBe(true)
  // "Could you pass my CV to your HR manager?"
  const chinese = read('你能不能帮我把简历交给你们的人事经理？', 'zh')
  expect(chinese.has('r:imperative')).toBe(true)
  expect(chinese.has('f:verb-me')).toBe(true)
  expect(chinese.has('f:you-me')).toBe(true)
  // "We" is not "I" inside it, and an invitation is not a "please".
  const invited = read('我们邀请大家一起来读书', 'zh')
  expect(invited.has('f:me')).toBe(false)
  expect(invited.has('f:we')).toBe(true)
  expect(invited.has('r:imperative')).toBe(false)
  // Korean: "could you put in a word for me", the ask carried by the verb's ending.
  const korean = read('혹시 저 좀 추천해 주실 수 있을까요?', 'ko')
  expect(korean.has('r:imperative')).toBe(true)
  expect(korean.has('f:me')).toBe(true)
  // A story with no ask in it asks nothing.
  expect(read('私の祖母は毎朝パンを焼いていました', 'ja').has('r:imperative')).toBe(false)
})

test('Hebrew, Arabic and Hindi asks are glossed word for word', () => {
  const read = (text: string, language: string) =>
    new Set(featureNames(scanText(text), { stage: 'narrowing', language }).map((f) => f.name))
  // "If you follow me and share, it will help me" (Hebrew).
  const hebrew = read('אם תעקבי אחריי ותשתפי, זה יעזור לי מאוד', 'he')
  expect(hebrew.has('u:follow')).toBe(true)
  expect(hebrew.has('f:gain-me')).toBe(true)
  // "If you know someone who is hiring, tell me."
  expect(read('אם אתה מכיר מישהו שמגייס, תגיד לי', 'he').has('r:if-you')).toBe(true)
  // "A discount tonight only if you order two; shall I send you the link?" (Arabic).
  const arabic = read('خصم خاص الليلة إذا طلبت اثنين. أرسل لك الرابط؟', 'ar')
  expect(arabic.has('u:discount')).toBe(true)
  expect(arabic.has('u:link')).toBe(true)
  // "Please buy my painting, I'll give a discount" (Hindi): a polite imperative.
  const hindi = read('कृपया मेरी पेंटिंग खरीद लीजिए, मैं छूट दूँगी', 'hi')
  expect(hindi.has('u:buy')).toBe(true)
  expect(hindi.has('u:discount')).toBe(true)
  expect(hindi.has('r:imperative')).toBe(true)
})

test('Swahili asks are glossed word for word, and new words in Hindi, Russian and Ukrainian', () => {
  const read = (text: string, language: string) =>
    new Set(featureNames(scanText(text), { stage: 'growing', language }).map((f) => f.name))
  // "Please buy our book for five thousand shillings, and send me money on my number."
  const swahili = read(
    'Tafadhali nunua kitabu chetu kwa shilingi elfu tano, na nitumie pesa kwa namba yangu.',
    'sw',
  )
  expect(swahili.has('u:buy')).toBe(true)
  expect(swahili.has('u:money')).toBe(true)
  expect(swahili.has('u:send')).toBe(true)
  // "If you can, introduce me to your manager."
  expect(read('Kama unaweza, nitambulishe kwa meneja wako.', 'sw').has('u:introduce')).toBe(true)
  // "Give my reference if there is a vacancy" (Hindi); "put in a word for me" (Russian); "donate
  // to me" (Ukrainian).
  const hindi = read('अगर वैकेंसी हो तो मेरा रेफ़रेंस दे दीजिए', 'hi')
  expect(hindi.has('u:job')).toBe(true)
  expect(hindi.has('u:recommend')).toBe(true)
  expect(read('Замолвите за меня словечко', 'ru').has('u:recommend')).toBe(true)
  expect(read('Задонатьте мені на картку', 'uk').has('u:donate')).toBe(true)
  // A Swahili story asks nothing: "My grandmother taught me to read in the evening."
  const story = read('Bibi yangu alinifundisha kusoma jioni.', 'sw')
  expect([...story].some((name) => /^u:(?:buy|money|send|job|price)$/u.test(name))).toBe(false)
})

test('a Hindi danda ends a sentence; Bengali is still read whole, as the model learnt it', () => {
  // "I am a teacher. Will you help?"
  const hindi = scanText('मैं टीचर हूँ। क्या आप मदद करेंगे?')
  expect(hindi.sentences).toHaveLength(2)
  expect(hindi.sentences[1]?.isQuestion).toBe(true)
  expect(scanText('আমি শিক্ষক। আপনি কি সাহায্য করবেন?').sentences).toHaveLength(1)
})

test('an English currency name is money in English only; a share said in words is a share', () => {
  const read = (text: string, language: string) =>
    new Set(featureNames(scanText(text), { stage: 'growing', language }).map((f) => f.name))
  // "The first customer paid fifty thousand": "kwanza" is Swahili for "first".
  const swahili = read('Mteja wa kwanza alilipa elfu hamsini.', 'sw')
  expect(swahili.has('u:<cur>')).toBe(false)
  expect(swahili.has('f:currency')).toBe(false)
  expect(namesOf('I sent him 200 kwanza from Luanda.').has('u:<cur>')).toBe(true)
  // "fifteen per cent off the shop", and "a hundred euros each" (a hundred, not a share).
  expect(read('Avec ce code vous avez quinze pour cent sur la boutique.', 'fr').has('u:%')).toBe(
    true,
  )
  expect(read('Zehn Prozent Rabatt bis Sonntag.', 'de').has('u:%')).toBe(true)
  expect(read('Cento euro l’una.', 'it').has('u:%')).toBe(false)
})

test('Hebrew and Arabic trade words are found with the little words written onto them', () => {
  const read = (text: string, language: string) =>
    new Set(featureNames(scanText(text), { stage: 'narrowing', language }).map((f) => f.name))
  // "I want you to recommend me to the new team lead; it would help me get the promotion."
  const hebrew = read('אני רוצה שתמליץ עליי לראש הצוות, זה יעזור לי לקבל את הקידום.', 'he')
  expect(hebrew.has('u:recommend')).toBe(true)
  expect(hebrew.has('u:promotion')).toBe(true)
  expect(hebrew.has('f:me')).toBe(true)
  // "Could you introduce me to him? I want to offer him our monthly subscription."
  const arabic = read('هل ممكن تعرّفني عليه؟ أريد أن أعرض عليه اشتراكنا الشهري.', 'ar')
  expect(arabic.has('u:introduce')).toBe(true)
  expect(arabic.has('u:subscribe')).toBe(true)
  // "My mother taught me to read in the evenings": nothing traded.
  const story = read('אמא שלי לימדה אותי לקרוא בערבים.', 'he')
  expect([...story].some((name) => /^u:(?:recommend|promotion|buy|job)$/u.test(name))).toBe(false)
})

test('more trade words: a Finnish bonus, Chinese and Thai discounts, a Japanese post', () => {
  const read = (text: string, language: string) =>
    new Set(featureNames(scanText(text), { stage: 'narrowing', language }).map((f) => f.name))
  // "I'd like a bonus for it. Could you speak for me?"
  const finnish = read('Haluaisin siitä bonuksen. Voisitko puhua puolestani?', 'fi')
  expect(finnish.has('u:bonus')).toBe(true)
  expect(finnish.has('u:recommend')).toBe(true)
  // "20% off your first order" (Chinese); "order today and get a discount" (Thai).
  expect(read('新用户首单八折。', 'zh').has('u:discount')).toBe(true)
  const thai = read('สั่งซื้อวันนี้รับส่วนลดทันที', 'th')
  expect(thai.has('u:discount')).toBe(true)
  expect(thai.has('u:order')).toBe(true)
  // "If your company has a position…"
  expect(read('御社にポジションがあれば教えてください。', 'ja').has('u:job')).toBe(true)
})

test('Croatian and Tagalog asks are glossed word for word, and Slovak is read with Czech', () => {
  const read = (text: string, language: string) =>
    new Set(featureNames(scanText(text), { stage: 'narrowing', language }).map((f) => f.name))
  // "Could you recommend me to your boss? I'm looking for work."
  const croatian = read('Možeš li me preporučiti svom šefu? Tražim posao.', 'hr')
  expect(croatian.has('u:recommend')).toBe(true)
  expect(croatian.has('u:job')).toBe(true)
  expect(croatian.has('x:question&me')).toBe(true)
  // "Please, could you buy my book? Only 300 pesos, I need it for the rent."
  const tagalog = read('Pakiusap, pwede mo bang bilhin ang libro ko?', 'tl')
  expect(tagalog.has('u:buy')).toBe(true)
  expect(tagalog.has('r:imperative')).toBe(true)
  expect(tagalog.has('f:me')).toBe(true)
  // "Would you buy it?" in Slovak, read with the Czech words it shares.
  expect(read('Kúpiš si ho? Cena je 20 eur.', 'sk').has('u:price')).toBe(true)
})

test('an amount with its currency written onto it is money in Korean, Japanese, Chinese and Hebrew', () => {
  const read = (text: string, language: string) =>
    new Set(featureNames(scanText(text), { stage: 'vague', language }).map((f) => f.name))
  // "It's 45,000 won, 39,000 won if you book this week", "could you send 10,000 won a month?"
  expect(read('45,000원인데 이번 주까지 예약하시면 39,000원!', 'ko').has('f:money')).toBe(true)
  expect(read('한 달에 만 원씩만 보내줄 수 있어요?', 'ko').has('f:money')).toBe(true)
  expect(read('チケットは3,000円です。', 'ja').has('f:money')).toBe(true)
  expect(read('一个只要129元。', 'zh').has('f:money')).toBe(true)
  // Shekels abbreviated: "120 shekels a print".
  expect(read('120 ש״ח להדפס', 'he').has('f:money')).toBe(true)
  // A number of years is no money, nor is a word that only begins like the won ("원해요", want).
  expect(read('1년을 쉬면서 느낀 게 많았어요.', 'ko').has('f:money')).toBe(false)
  expect(read('모두가 원해요.', 'ko').has('f:money')).toBe(false)
})
