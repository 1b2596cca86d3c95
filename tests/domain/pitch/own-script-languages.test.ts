// From reading spent persona set 55's drafts: answers in a language the drafts have no lines in
// yet were read as English when franc-min could not name them, and said inside English lines
// ("It's about வியப்பு: …", "I'm working on ቀጥታ ግዢ…"); and a Russian pitch was framed in
// Ukrainian ("Що я роблю: возвращаем двор людям"). A language written in a script of its own is
// named by that script, and its drafts are the person's own words with the one question in their
// language; Cyrillic languages are told apart by the letters only one of them writes. Georgian
// keeps its letters as written; Armenian ends on "։" and asks on a word ("Ի՞նչ"). (Answers
// written for these tests, not taken from a persona set.)
import { expect, test } from 'vitest'
import { emptyAnswers, type Answers } from '@/domain/pitch/answers'
import { detectLanguage } from '@/domain/language/detect-language'
import { composePitch } from '@/domain/pitch/compose-pitch'
import { reviewPitch } from '@/domain/coach/coach'
import { enCoach } from '@/i18n/en-coach'
import { composeEn } from '../../support/compose-en'
import { PITCH_WORD_RANGE } from '@/domain/pitch/pitch-lengths'

const ENGLISH_FRAMES = /It’s about|I’m working on|I believe|We all|That’s|So I’m|This is for/u

function answersIn(lines: Partial<Answers>): Answers {
  return { ...emptyAnswers(), situation: 'cause', stage: 'vague', ...lines }
}

const tamil = answersIn({
  problem: 'எங்கள் கிராமத்தில் நூலகம் இல்லை, குழந்தைகள் பள்ளி முடிந்ததும் தெருவில் சுற்றுகிறார்கள்.',
  spark: 'என் மகள் ஒரு புத்தகத்தை மூன்று முறை படித்து, இன்னும் இருக்கிறதா என்று கேட்டாள்.',
  belief: 'ஒரு புத்தகம் ஒரு குழந்தைக்கு உலகத்தைத் திறக்கும்.',
  workOn: 'கோவிலின் பக்கத்தில் ஒரு சிறிய நூலகம்',
  coreWord: 'வாசிப்பு',
})

const georgian = answersIn({
  problem: 'ჩვენს სოფელში ბავშვები ყოველ დილით ხუთ კილომეტრს ფეხით დადიან სკოლამდე.',
  spark: 'ზამთარში ჩემი შვილი თოვლში ჩავარდა და სველი ფეხსაცმლით იჯდა მთელი დღე.',
  belief: 'სწავლა არ უნდა იყოს ასეთი რთული.',
  workOn: 'სასკოლო ავტობუსი სოფლისთვის',
  coreWord: 'გზა',
})

const russian = answersIn({
  problem: 'Во дворе нет ни одной скамейки, и пожилые соседи целыми днями сидят дома одни.',
  spark: 'Этой зимой соседка с третьего этажа две недели не выходила, и никто этого не заметил.',
  belief: 'Двор — это место, где люди становятся соседями.',
  workOn: 'субботние чаепития во дворе',
  coreWord: 'соседи',
})

const serbian = answersIn({
  problem: 'У нашој згради нико не зна ни како се зове комшија са истог спрата.',
  spark: 'Прошле године је једна бака лежала три дана у стану док је нису нашли.',
  belief: 'Комшилук је прва помоћ коју имамо.',
  workOn: 'недељна кафа у дворишту зграде',
  coreWord: 'комшилук',
})

test('a language in a script of its own is named by it, and said in its own words', () => {
  for (const [answers, tag] of [
    [tamil, 'ta'],
    [georgian, 'ka'],
  ] as const) {
    for (const variant of [0, 1, 2]) {
      const { pitch, hook, oneLiner, language } = composePitch(answers, {
        messages: composeEn,
        variant,
      })
      expect(language).toBe(tag)
      for (const text of [pitch, hook, oneLiner]) expect(text).not.toMatch(ENGLISH_FRAMES)
    }
  }
})

test('Russian and Serbian in Cyrillic are told from the others by their letters', () => {
  const texts = (answers: Answers) =>
    [answers.problem, answers.spark, answers.belief, answers.workOn].map(String)
  expect(detectLanguage(texts(russian))).toBe('ru')
  expect(detectLanguage(texts(serbian))).toBe('sr')
  const { pitch } = composePitch(russian, { messages: composeEn, variant: 0 })
  // Framed in Russian, not in Ukrainian.
  expect(pitch).not.toMatch(/[їєґі]/u)
})

test('Georgian keeps its letters as written; Armenian ends and asks in its own marks', () => {
  for (const variant of [0, 1, 2]) {
    const { pitch, hook } = composePitch(georgian, { messages: composeEn, variant })
    // Mtavruli, Georgian's letters for titles in capitals, never opens a sentence.
    for (const text of [pitch, hook]) expect(text).not.toMatch(/[\u1c90-\u1cbf]/u)
  }
  const armenian = answersIn({
    problem: 'Մեր գյուղում երեխաները ամեն առավոտ հինգ կիլոմետր ոտքով են գնում դպրոց։',
    spark: 'Ձմռանը տղաս ձյան մեջ ընկավ և ամբողջ օրը նստեց թաց կոշիկներով։',
    belief: 'Սովորելը չպետք է այսքան դժվար լինի։',
    workOn: 'դպրոցական ավտոբուս գյուղի համար',
    coreWord: 'ճանապարհ',
  })
  for (const variant of [0, 1, 2]) {
    const { pitch } = composePitch(armenian, { messages: composeEn, variant })
    expect(pitch).not.toMatch(/\p{Script=Armenian}\./u)
    expect(pitch).not.toMatch(/։\./u)
    const review = reviewPitch(pitch, { stage: 'vague', situation: 'cause' }, enCoach)
    expect(review.checks.find((check) => check.id === 'question')?.ok).toBe(true)
  }
})

// (From spent persona set 56: a Thai pitch was counted by its spaces, 25 "words", and ran over
// two minutes; Thai writes no space between words.)
test('a Thai pitch is cut to what a minute takes to say, counted in its words', () => {
  const thai = answersIn({
    problem:
      'ผู้สูงอายุในชุมชนของเราหลายคนอยู่บ้านคนเดียวทั้งวัน ลูกหลานไปทำงานในกรุงเทพ ไม่มีใครพาไปหาหมอ และหลายคนไม่รู้ว่าจะขอความช่วยเหลือจากที่ไหน',
    spark:
      'เมื่อเดือนที่แล้วฉันไปเยี่ยมคุณยายข้างบ้าน เธอนั่งอยู่หน้าบ้านตั้งแต่เช้าจนมืด รอให้มีคนเดินผ่านมาคุยด้วย เธอบอกว่าวันนั้นเป็นวันแรกในรอบสัปดาห์ที่มีคนพูดกับเธอ',
    belief: 'ไม่มีใครควรต้องแก่ตัวไปอย่างโดดเดี่ยว ทุกคนควรมีเพื่อนบ้านที่รู้จักชื่อของเขา',
    betterWorld: 'ทุกซอยในชุมชนมีอาสาสมัครที่แวะไปเยี่ยมผู้สูงอายุทุกสัปดาห์ และพาไปหาหมอเมื่อจำเป็น',
    workOn: 'กลุ่มอาสาสมัครเยี่ยมบ้านผู้สูงอายุในชุมชน',
    theme: 'การไม่ถูกลืม',
    coreWord: 'เพื่อนบ้าน',
  })
  expect(detectLanguage([thai.problem, thai.spark])).toBe('th')
  for (const variant of [0, 1, 2]) {
    const { pitch } = composePitch(thai, { messages: composeEn, variant })
    // Counted here by the platform's word breaker itself, two Thai words to an English one.
    const words = [...new Intl.Segmenter('th', { granularity: 'word' }).segment(pitch)].filter(
      (part) => part.isWordLike,
    ).length
    expect(Math.round(words / 2)).toBeLessThanOrEqual(PITCH_WORD_RANGE.pitch.max)
    expect(pitch).toContain('เพื่อนบ้าน')
  }
})
