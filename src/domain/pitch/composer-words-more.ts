import { stageLines } from './stage-lines'
import type { OtherLanguageLines } from './composer-words-other'

// The composer's lines for ten more languages, in the shape of OTHER_LANGUAGE_LINES: only frames
// around the person's words, each slot after a colon (or Thai "คือ") so no agreement, case
// ending or article falls on them.

export const MORE_LANGUAGE_LINES: Record<string, OtherLanguageLines> = {
  // Arabic (Modern Standard, friendly): the listener is addressed only through suffixes written
  // alike for anyone (برأيك، يهمّك، ببالك، لديك), never a second-person verb, which is gendered.
  // ("و" is written joined to the next word; the asks are joined with a space either side.)
  ar: {
    hookCore: 'في الجوهر، كل شيء يتلخّص في كلمة واحدة: {core}.',
    shared: [
      'كلنا عشنا هذا بشكل أو بآخر.',
      'كل واحد منا مرّ بهذا يومًا ما.',
      'كلنا نعرف هذا الشعور.',
    ],
    work: [
      'ما أعمل عليه الآن: {x}.',
      'لذلك، هذا ما أفعله اليوم: {x}.',
      'وعمليًا، يبدو الأمر هكذا: {x}.',
    ],
    forWhom: 'أفعل ذلك من أجل هؤلاء الناس: {x}.',
    landing: [
      'هذا هو جوهر الأمر: {core}.',
      'كل شيء يعود إلى كلمة واحدة: {core}.',
      'هذه كلمتي: {core}.',
    ],
    oneLiner: 'ما أفعله: {work} — لأنني أؤمن بهذا: {belief}.',
    oneLinerWorkOnly: 'هذا ما أفعله: {work}.',
    invitationWithAsks: stageLines(
      'ما زلت أبحث عن الشكل المناسب. ما قد يساعدني: {x}. برأيك، مع مَن عليّ أن أتحدث؟',
      'أجمع أناسًا يهمّهم الأمر نفسه. ما أبحث عنه: {x}. هل يخطر ببالك أحد؟',
      'أختار الآن خطوة أولى ملموسة. ما أبحث عنه: {x}. هل يخطر ببالك مكان أجرّب فيه الفكرة؟',
      'أريد الآن أن أوسّع هذا العمل. ما أبحث عنه: {x}. برأيك، مَن عليّ أن ألتقي به؟',
    ),
    invitation: stageLines(
      'ما زلت أبحث عن الشكل المناسب. إن كان هذا يهمّك أيضًا، فما الذي يستحق أن أقرأه برأيك؟',
      'أجمع أناسًا يهمّهم الأمر نفسه. برأيك، مَن عليّ أن أدعوه؟',
      'أبحث عن مكان أول أجرّب فيه الفكرة، وعن أناس يشاركونني فيها. هل لديك اقتراح؟',
      'أريد لهذا العمل أن يصل أبعد. إن كان يهمّك أيضًا، فمَن عليّ أن ألتقي به برأيك؟',
    ),
    and: 'و',
  },

  // Hebrew: the listener only through suffixes written alike for anyone (לך, לדעתך), never a
  // second-person verb; the speaker's only present-tense verbs are עושה and רוצה, spelled alike
  // for any speaker (each says it as fits), the rest past, future or nominal ("האמונה שלי",
  // "מה שאשמח למצוא"). ("ו" is written joined to the next word; the asks are joined with spaces.)
  he: {
    hookCore: 'בסופו של דבר, הכול מסתכם במילה אחת: {core}.',
    shared: [
      'כולנו חווינו את זה, כך או אחרת.',
      'זה קרה לכל אחד מאיתנו.',
      'כולנו מכירים את התחושה הזאת.',
    ],
    work: [
      'מה שאני עושה עכשיו: {x}.',
      'ולכן, זה מה שמעסיק אותי היום: {x}.',
      'בפועל, זה נראה כך: {x}.',
    ],
    forWhom: 'אני עושה את זה בשביל האנשים האלה: {x}.',
    landing: ['על זה בעצם מדובר: {core}.', 'הכול חוזר למילה אחת: {core}.', 'זו המילה שלי: {core}.'],
    oneLiner: 'מה שאני עושה: {work} — כי זו האמונה שלי: {belief}.',
    oneLinerWorkOnly: 'זה מה שאני עושה: {work}.',
    invitationWithAsks: stageLines(
      'זה עדיין מקבל צורה. מה שיעזור לי: {x}. עם מי כדאי לי לדבר, לדעתך?',
      'אני רוצה לחבר בין אנשים שגם להם אכפת מזה. מה שאשמח למצוא: {x}. עולה לך מישהו בראש?',
      'הגיע הזמן לבחור צעד ראשון ומוחשי. מה שאשמח למצוא: {x}. יש לך רעיון למקום שאפשר לנסות בו את זה?',
      'אני רוצה להגדיל את זה. מה שאשמח למצוא: {x}. את מי כדאי לי לפגוש, לדעתך?',
    ),
    invitation: stageLines(
      'זה עדיין מקבל צורה. אם גם לך אכפת מזה, מה כדאי לי לקרוא?',
      'אני רוצה לחבר בין אנשים שגם להם אכפת מזה. את מי כדאי לי להזמין, לדעתך?',
      'אני רוצה למצוא מקום ראשון לנסות בו את זה, ואנשים שיצטרפו. יש לך רעיון?',
      'אני רוצה לקחת את זה רחוק יותר. אם גם לך אכפת מזה, את מי כדאי לי לפגוש?',
    ),
    and: 'ו',
  },

  // Hindi: "आप", as the questionIn line; the speaker's own verbs are gendered in Hindi (करता/करती
  // हूँ), so every first-person line is nominal or ergative ("मेरा काम", "मुझे…चाहिए", "मेरा मानना
  // है"). Sentences end on "।".
  hi: {
    hookCore: 'कुल मिलाकर, बात एक ही शब्द की है: {core}।',
    shared: [
      'हम सबने कभी न कभी ऐसा महसूस किया है।',
      'यह हम सबके साथ हुआ है।',
      'हम सब जानते हैं कि यह कैसा लगता है।',
    ],
    work: ['इन दिनों मेरा काम है: {x}।', 'इसीलिए अब मैंने यह शुरू किया है: {x}।', 'सीधे शब्दों में कहूँ तो: {x}।'],
    forWhom: 'यह सब इन लोगों के लिए है: {x}।',
    landing: [
      'बात बस इतनी-सी है: {core}।',
      'सब कुछ एक ही शब्द पर लौटता है: {core}।',
      'यही मेरा शब्द है: {core}।',
    ],
    oneLiner: 'मेरा काम: {work} — क्योंकि मेरा मानना है: {belief}।',
    oneLinerWorkOnly: 'यही मेरा काम है: {work}।',
    invitationWithAsks: stageLines(
      'यह अभी आकार ले रहा है। इससे मुझे बहुत मदद मिलेगी: {x}। आपके हिसाब से मुझे किससे बात करनी चाहिए?',
      'मेरी कोशिश है कि वे लोग साथ आएँ जिन्हें इसकी परवाह है। मुझे इसकी तलाश है: {x}। क्या आपके ध्यान में कोई है?',
      'अब पहला ठोस कदम चुनने का समय है। मुझे इसकी तलाश है: {x}। क्या आपकी नज़र में कोई जगह है जहाँ इसे आज़माया जा सके?',
      'अब इसे आगे बढ़ाने का समय है। मुझे इसकी तलाश है: {x}। आपके हिसाब से मुझे किससे मिलना चाहिए?',
    ),
    invitation: stageLines(
      'यह अभी आकार ले रहा है। अगर आपको भी यह ज़रूरी लगता है, तो मुझे क्या पढ़ना चाहिए?',
      'मेरी कोशिश है कि वे लोग साथ आएँ जिन्हें इसकी परवाह है। आपके हिसाब से मुझे किसे बुलाना चाहिए?',
      'मुझे इसे आज़माने के लिए पहली जगह चाहिए, और साथ देने वाले लोग भी। क्या आपके ध्यान में कुछ है?',
      'अब इसे आगे ले जाने का समय है। अगर आपको भी यह ज़रूरी लगता है, तो मुझे किससे मिलना चाहिए?',
    ),
    and: 'और',
  },

  // Bengali: "আপনি", as one speaks to someone just met; verbs carry no gender. Sentences end on "।".
  bn: {
    hookCore: 'আসলে সবকিছু একটা শব্দেই এসে দাঁড়ায়: {core}।',
    shared: [
      'আমরা সবাই কোনো না কোনোভাবে এটা অনুভব করেছি।',
      'আমাদের প্রত্যেকের জীবনেই এমন হয়েছে।',
      'আমরা সবাই জানি এটা কেমন লাগে।',
    ],
    work: [
      'এখন আমি যা নিয়ে কাজ করছি: {x}।',
      'তাই এখন আমি এটা করছি: {x}।',
      'সোজা কথায়, আমার কাজটা এই: {x}।',
    ],
    forWhom: 'আমি এটা করি এই মানুষদের জন্য: {x}।',
    landing: [
      'আসল কথাটা এটাই: {core}।',
      'সবকিছু একটা শব্দেই ফিরে আসে: {core}।',
      'এটাই আমার শব্দ: {core}।',
    ],
    oneLiner: 'আমি যা করি: {work} — কারণ আমি এতে বিশ্বাস করি: {belief}।',
    oneLinerWorkOnly: 'এটাই আমি করি: {work}।',
    invitationWithAsks: stageLines(
      'এখনও এর সঠিক রূপটা খুঁজছি। যা আমাকে সাহায্য করবে: {x}। আপনার মতে কার সঙ্গে কথা বলা উচিত?',
      'যাঁদের কাছে এটা গুরুত্বপূর্ণ, তাঁদের একসঙ্গে আনছি। আমি খুঁজছি: {x}। কারও কথা মনে পড়ছে?',
      'এখন প্রথম একটা বাস্তব পদক্ষেপ বেছে নিচ্ছি। আমি খুঁজছি: {x}। এটা করে দেখার মতো কোনো জায়গা জানেন?',
      'এবার এটাকে আরও বড় করতে চাই। আমি খুঁজছি: {x}। আপনার মতে কার সঙ্গে আমার পরিচয় হওয়া উচিত?',
    ),
    invitation: stageLines(
      'এখনও এর সঠিক রূপটা খুঁজছি। আপনার কাছেও যদি এটা গুরুত্বপূর্ণ হয়, কী পড়তে বলবেন?',
      'যাঁদের কাছে এটা গুরুত্বপূর্ণ, তাঁদের একসঙ্গে আনছি। আপনার মতে কাকে ডাকা উচিত?',
      'করে দেখার জন্য প্রথম একটা জায়গা আর সঙ্গে কাজ করার মানুষ খুঁজছি। কোনো ধারণা আছে?',
      'এটাকে আরও দূর নিয়ে যেতে চাই। আপনার কাছেও যদি এটা গুরুত্বপূর্ণ হয়, কার সঙ্গে দেখা করা উচিত?',
    ),
    and: 'আর',
  },

  // Persian: "شما", warm and plain (written, not bookish); verbs carry no gender. The zero-width
  // non-joiner stays inside words (می‌کنم, همه‌چیز).
  fa: {
    hookCore: 'در اصل، همه‌چیز به یک کلمه برمی‌گردد: {core}.',
    shared: [
      'همه‌مان به نوعی این را تجربه کرده‌ایم.',
      'برای هر کدام از ما پیش آمده است.',
      'همه‌ی ما می‌دانیم چه حسی دارد.',
    ],
    work: [
      'کاری که این روزها می‌کنم: {x}.',
      'پس حالا این کار را می‌کنم: {x}.',
      'به زبان ساده، کارم این است: {x}.',
    ],
    forWhom: 'برای این آدم‌ها کار می‌کنم: {x}.',
    landing: [
      'حرف اصلی همین است: {core}.',
      'همه‌چیز به یک کلمه برمی‌گردد: {core}.',
      'کلمه‌ی من این است: {core}.',
    ],
    oneLiner: 'کاری که می‌کنم: {work} — چون به این باور دارم: {belief}.',
    oneLinerWorkOnly: 'کار من این است: {work}.',
    invitationWithAsks: stageLines(
      'هنوز دنبال شکل درستش هستم. چیزی که کمکم می‌کند: {x}. به نظرتان با چه کسی صحبت کنم؟',
      'آدم‌هایی را که این موضوع برایشان مهم است دور هم جمع می‌کنم. دنبال این هستم: {x}. کسی به ذهنتان می‌رسد؟',
      'دارم اولین قدم مشخص را انتخاب می‌کنم. دنبال این هستم: {x}. جایی را می‌شناسید که بشود آن را امتحان کرد؟',
      'حالا می‌خواهم این کار را بزرگ‌تر کنم. دنبال این هستم: {x}. به نظرتان با چه کسی آشنا شوم؟',
    ),
    invitation: stageLines(
      'هنوز دنبال شکل درستش هستم. اگر برای شما هم مهم است، پیشنهاد می‌کنید چه بخوانم؟',
      'آدم‌هایی را که این موضوع برایشان مهم است دور هم جمع می‌کنم. به نظرتان چه کسی را دعوت کنم؟',
      'دنبال اولین جایی هستم که امتحانش کنم، و آدم‌هایی که همراهم شوند. فکری به ذهنتان می‌رسد؟',
      'می‌خواهم این را جلوتر ببرم. اگر برای شما هم مهم است، به نظرتان با چه کسی آشنا شوم؟',
    ),
    and: 'و',
  },

  // Swahili: "wewe"; every slot after a colon, so no noun-class agreement falls on the person's
  // words.
  sw: {
    hookCore: 'Mwishowe, yote ni kuhusu neno moja: {core}.',
    shared: [
      'Sote tumewahi kupitia hili kwa namna fulani.',
      'Kila mmoja wetu amewahi kuhisi hivi.',
      'Sote tunajua jinsi inavyokuwa.',
    ],
    work: [
      'Ninachofanya sasa hivi: {x}.',
      'Ndiyo maana sasa ninafanya hivi: {x}.',
      'Kwa vitendo, inaonekana hivi: {x}.',
    ],
    forWhom: 'Ninafanya hivi kwa ajili ya watu hawa: {x}.',
    landing: [
      'Hilo ndilo jambo la msingi: {core}.',
      'Yote yanarudi kwenye neno moja: {core}.',
      'Hilo ndilo neno langu: {core}.',
    ],
    oneLiner: 'Ninachofanya: {work} — kwa sababu ninaamini hili: {belief}.',
    oneLinerWorkOnly: 'Hiki ndicho ninachofanya: {work}.',
    invitationWithAsks: stageLines(
      'Bado ninaliunda wazo hili. Kinachoweza kunisaidia: {x}. Unadhani niongee na nani?',
      'Ninawaleta pamoja watu wanaojali jambo hili pia. Ninachotafuta: {x}. Kuna mtu unayemfikiria?',
      'Ninachagua hatua ya kwanza halisi. Ninachotafuta: {x}. Unajua mahali ninapoweza kujaribu hili?',
      'Sasa nataka kulipeleka jambo hili mbali zaidi. Ninachotafuta: {x}. Unadhani nikutane na nani?',
    ),
    invitation: stageLines(
      'Bado ninaliunda wazo hili. Kama nawe unajali jambo hili, ungenishauri nisome nini?',
      'Ninawaleta pamoja watu wanaojali jambo hili pia. Unadhani nimwalike nani?',
      'Natafuta mahali pa kwanza pa kujaribu hili, na watu wa kushirikiana nao. Una wazo lolote?',
      'Nataka kulipeleka jambo hili mbali zaidi. Kama nawe unajali, unadhani nikutane na nani?',
    ),
    and: 'na',
  },

  // Tagalog (Filipino): "ikaw/mo", as the questionIn line, without "po".
  tl: {
    hookCore: 'Sa huli, nauuwi ang lahat sa iisang salita: {core}.',
    shared: [
      'Napagdaanan na nating lahat ito.',
      'Nangyari na ito sa bawat isa sa atin.',
      'Alam nating lahat kung ano ang pakiramdam nito.',
    ],
    work: [
      'Ang ginagawa ko ngayon: {x}.',
      'Kaya ito ang pinagtutuunan ko ngayon: {x}.',
      'Sa madaling salita, ganito: {x}.',
    ],
    forWhom: 'Ginagawa ko ito para sa kanila: {x}.',
    landing: [
      'Iyan ang puso ng lahat: {core}.',
      'Bumabalik ang lahat sa iisang salita: {core}.',
      'Iyan ang salita ko: {core}.',
    ],
    oneLiner: 'Ang ginagawa ko: {work} — dahil naniniwala ako rito: {belief}.',
    oneLinerWorkOnly: 'Ito ang ginagawa ko: {work}.',
    invitationWithAsks: stageLines(
      'Hinahanap ko pa ang tamang hugis nito. Malaking tulong sa akin: {x}. Sino sa tingin mo ang dapat kong kausapin?',
      'Pinagsasama-sama ko ang mga taong may malasakit din dito. Ang hinahanap ko: {x}. May naiisip ka ba?',
      'Pumipili ako ng unang kongkretong hakbang. Ang hinahanap ko: {x}. May alam ka bang lugar kung saan ko ito masusubukan?',
      'Gusto ko na itong palawakin. Ang hinahanap ko: {x}. Sino sa tingin mo ang dapat kong makilala?',
    ),
    invitation: stageLines(
      'Hinahanap ko pa ang tamang hugis nito. Kung mahalaga rin ito sa iyo, ano ang mairerekomenda mong basahin ko?',
      'Pinagsasama-sama ko ang mga taong may malasakit din dito. Sino sa tingin mo ang dapat kong imbitahin?',
      'Naghahanap ako ng unang lugar na masusubukan ito, at mga taong sasama sa akin. May naiisip ka ba?',
      'Gusto kong dalhin pa ito nang mas malayo. Kung mahalaga rin ito sa iyo, sino ang dapat kong makilala?',
    ),
    and: 'at',
  },

  // Catalan: informal "tu".
  ca: {
    hookCore: 'En el fons, tot es redueix a una paraula: {core}.',
    shared: [
      "Tots ho hem viscut d'una manera o altra.",
      'A tots ens ha passat alguna vegada.',
      'Cadascun de nosaltres ho coneix de prop.',
    ],
    work: [
      'El que estic fent ara: {x}.',
      'Així que ara treballo en això: {x}.',
      'I en això estic: {x}.',
    ],
    forWhom: 'Ho faig pensant en aquesta gent: {x}.',
    landing: [
      "D'això es tracta: {core}.",
      'Tot torna a la mateixa paraula: {core}.',
      'Aquesta és la meva paraula: {core}.',
    ],
    oneLiner: 'El que faig: {work} — perquè crec en això: {belief}.',
    oneLinerWorkOnly: 'Això és el que faig: {work}.',
    invitationWithAsks: stageLines(
      "Encara li estic donant forma, i m'aniria molt bé això: {x}. Amb qui creus que hauria de parlar?",
      "Estic reunint gent a qui li importa el mateix. Busco això: {x}. Se t'acut algú?",
      'Estic triant un primer pas concret, i busco això: {x}. Coneixes algun lloc on pugui provar-ho?',
      'Ara vull portar-ho més lluny, i busco això: {x}. Qui creus que hauria de conèixer?',
    ),
    invitation: stageLines(
      "Encara li estic donant forma. Si a tu també t'importa, què em recomanaries llegir?",
      'Estic reunint gent a qui li importa el mateix. Qui creus que hauria de convidar?',
      "Busco un primer lloc on provar-ho, i gent amb qui fer-ho. Se t'acut algú?",
      "Vull que això arribi més lluny. Si a tu també t'importa, qui hauria de conèixer?",
    ),
    and: 'i',
  },

  // Thai: "คุณ" for the listener and no "I" (Thai leaves it unsaid); no ครับ/ค่ะ, which mark the
  // speaker's gender: the speaker adds their own aloud. Sentences part with a space, as Thai writes
  // them (no full stop); the person's words follow "คือ", which takes a phrase or a clause.
  th: {
    hookCore: 'ลึก ๆ แล้ว ทุกอย่างสรุปได้ด้วยคำเดียว คือ {core}',
    shared: ['เราทุกคนเคยผ่านเรื่องแบบนี้มาแล้ว', 'เราต่างก็เคยเจอเรื่องแบบนี้', 'เราทุกคนรู้ดีว่ามันรู้สึกอย่างไร'],
    work: ['สิ่งที่ทำอยู่ตอนนี้คือ {x}', 'ตอนนี้จึงลงมือทำสิ่งนี้ คือ {x}', 'พูดง่าย ๆ ก็คือ {x}'],
    forWhom: 'ทั้งหมดนี้ทำเพื่อคนเหล่านี้ คือ {x}',
    landing: ['หัวใจของเรื่องนี้ก็คือ {core}', 'ทุกอย่างวนกลับมาที่คำเดียว คือ {core}', 'คำที่ยึดไว้เสมอคือ {core}'],
    oneLiner: 'สิ่งที่ทำคือ {work} — เพราะสิ่งที่เชื่อคือ {belief}',
    oneLinerWorkOnly: 'สิ่งที่ทำอยู่ก็คือ {work}',
    invitationWithAsks: stageLines(
      'ตอนนี้ยังหารูปแบบที่ใช่อยู่ สิ่งที่จะช่วยได้มากคือ {x} คุณคิดว่าควรคุยกับใครดี?',
      'กำลังชวนคนที่ใส่ใจเรื่องเดียวกันมารวมตัวกัน สิ่งที่มองหาอยู่คือ {x} คุณพอนึกถึงใครไหม?',
      'กำลังเลือกก้าวแรกที่จับต้องได้ สิ่งที่มองหาอยู่คือ {x} คุณรู้จักที่ไหนที่พอจะลองทำได้ไหม?',
      'อยากขยายเรื่องนี้ให้ไปได้ไกลกว่าเดิม สิ่งที่มองหาอยู่คือ {x} คุณคิดว่าควรไปรู้จักใครดี?',
    ),
    invitation: stageLines(
      'ตอนนี้ยังหารูปแบบที่ใช่อยู่ ถ้าคุณก็ใส่ใจเรื่องนี้ มีอะไรแนะนำให้อ่านไหม?',
      'กำลังชวนคนที่ใส่ใจเรื่องเดียวกันมารวมตัวกัน คุณคิดว่าควรชวนใครดี?',
      'กำลังหาที่แรกที่จะลองทำ และคนที่อยากทำไปด้วยกัน คุณพอมีไอเดียไหม?',
      'อยากให้เรื่องนี้ไปได้ไกลกว่าเดิม ถ้าคุณก็ใส่ใจเรื่องนี้ คิดว่าควรไปรู้จักใครดี?',
    ),
    and: 'และ',
  },

  // Malay (Malaysian): "saya" and "anda", as the questionIn line; Malaysian words (perkataan,
  // mencuba, kerana), so the lines are not the Indonesian ones.
  ms: {
    hookCore: 'Pada asasnya, semuanya kembali kepada satu perkataan: {core}.',
    shared: [
      'Kita semua pernah melaluinya, dengan cara masing-masing.',
      'Setiap seorang daripada kita pernah merasainya.',
      'Kita semua tahu bagaimana rasanya.',
    ],
    work: [
      'Apa yang saya usahakan sekarang: {x}.',
      'Jadi, inilah yang saya lakukan sekarang: {x}.',
      'Secara ringkasnya, begini: {x}.',
    ],
    forWhom: 'Saya melakukannya untuk mereka: {x}.',
    landing: [
      'Itulah intipatinya: {core}.',
      'Semuanya kembali kepada satu perkataan: {core}.',
      'Itulah perkataan yang saya pegang: {core}.',
    ],
    oneLiner: 'Apa yang saya lakukan: {work} — kerana inilah yang saya percaya: {belief}.',
    oneLinerWorkOnly: 'Inilah yang saya lakukan: {work}.',
    invitationWithAsks: stageLines(
      'Saya masih mencari bentuk yang sesuai. Yang akan banyak membantu: {x}. Pada pendapat anda, dengan siapa saya patut berbual?',
      'Saya sedang mengumpulkan orang yang turut mengambil berat tentang hal ini. Yang saya cari: {x}. Ada sesiapa yang terlintas di fikiran anda?',
      'Saya sedang memilih langkah pertama yang konkrit. Yang saya cari: {x}. Anda tahu tempat yang sesuai untuk saya mencubanya?',
      'Sekarang saya mahu membawanya lebih jauh. Yang saya cari: {x}. Pada pendapat anda, siapa yang patut saya temui?',
    ),
    invitation: stageLines(
      'Saya masih mencari bentuk yang sesuai. Kalau anda juga mengambil berat, ada bacaan yang anda cadangkan?',
      'Saya sedang mengumpulkan orang yang turut mengambil berat tentang hal ini. Pada pendapat anda, siapa yang patut saya jemput?',
      'Saya mencari tempat pertama untuk mencubanya, dan orang yang mahu turut serta. Ada apa-apa cadangan?',
      'Saya mahu membawa hal ini lebih jauh. Kalau anda juga mengambil berat, siapa yang patut saya temui?',
    ),
    and: 'dan',
  },
}

/** The one question asked in the answers' language, for the languages above that have none yet. */
export const MORE_QUESTION_IN: Record<string, string> = {
  bn: 'আপনার কাছে এর মানে কী?',
  fa: 'این برای شما چه معنایی دارد؟',
  ca: 'Què significa per a tu?',
  th: 'สิ่งนี้มีความหมายกับคุณอย่างไร?',
  // Languages the drafts have no lines in yet: the person's own words stand alone, and this is
  // the one line said between them.
  ta: 'உங்களுக்கு இதன் அர்த்தம் என்ன?',
  am: 'ይህ ለእርስዎ ምን ማለት ነው?',
  ka: 'შენთვის რას ნიშნავს ეს?',
  hy: 'Ի՞նչ է սա նշանակում քեզ համար։',
  si: 'ඔබට මෙහි තේරුම කුමක්ද?',
  km: 'តើនេះមានន័យយ៉ាងណាចំពោះអ្នក?',
  lo: 'ສິ່ງນີ້ມີຄວາມໝາຍແນວໃດສຳລັບເຈົ້າ?',
  my: 'ဒါက သင့်အတွက် ဘာအဓိပ္ပာယ်ရှိလဲ။',
  te: 'మీకు దీని అర్థం ఏమిటి?',
  pa: 'ਤੁਹਾਡੇ ਲਈ ਇਸਦਾ ਕੀ ਮਤਲਬ ਹੈ?',
  gu: 'તમારા માટે આનો શું અર્થ છે?',
  kn: 'ನಿಮಗೆ ಇದರ ಅರ್ಥ ಏನು?',
  ml: 'നിങ്ങൾക്ക് ഇതിന്റെ അർത്ഥം എന്താണ്?',
  mr: 'तुमच्यासाठी याचा अर्थ काय आहे?',
  ne: 'तपाईंका लागि यसको अर्थ के हो?',
  kk: 'Бұл сен үшін нені білдіреді?',
  bg: 'Какво означава това за теб?',
  sr: 'Шта то значи за тебе?',
  sl: 'Kaj ti to pomeni?',
  is: 'Hvað þýðir þetta fyrir þig?',
  lt: 'Ką tau tai reiškia?',
  lv: 'Ko tas tev nozīmē?',
  af: 'Wat beteken dit vir jou?',
  zu: 'Kusho ukuthini lokhu kuwe?',
  ig: 'Gịnị ka nke a pụtara nye gị?',
  uz: 'Bu siz uchun nimani anglatadi?',
  az: 'Bu sizin üçün nə deməkdir?',
  yo: 'Kí ni èyí túmọ̀ sí fún ọ?',
  so: 'Maxay tani kuu tahay?',
  mg: "Inona no dikan'izany ho anao?",
  ha: 'Me wannan yake nufi a gare ka?',
  cy: 'Beth mae hyn yn ei olygu i ti?',
  et: 'Mida see sinu jaoks tähendab?',
  sq: 'Çfarë do të thotë kjo për ty?',
  mn: 'Энэ таны хувьд юу гэсэн үг вэ?',
}

/** The question-first opening, asking about the core word by name ('{core}'). */
export const MORE_QUESTION_ABOUT: Record<string, string> = {
  // (Arabic and Hebrew name "the word": no article or case falls on it.)
  ar: 'ماذا تعني لك كلمة «{core}»؟',
  he: 'מה המילה {core} אומרת לך?',
  // (Hindi and Bengali would bend some words before a postposition: "the word" takes it.)
  hi: 'आपके लिए {core} शब्द का क्या मतलब है?',
  bn: 'আপনার কাছে {core} মানে কী?',
  fa: 'برای شما {core} چه معنایی دارد؟',
  // (Swahili's verb agrees with the noun's class: "neno" takes it.)
  sw: 'Neno {core} lina maana gani kwako?',
  tl: 'Ano ang ibig sabihin ng {core} para sa iyo?',
  ca: 'Què significa {core} per a tu?',
  th: 'คำว่า “{core}” มีความหมายกับคุณอย่างไร?',
  ms: 'Apa makna {core} bagi anda?',
}
