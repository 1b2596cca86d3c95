// An ask for the speaker's own promotion in a pitch not in English (ask-self-promotion.ts): found
// in the glossed words, and not in a look-alike that asks for the cause.
import { selfPromotionAsk } from '@/domain/coach/ask-self-promotion'
import { reviewPitch } from '@/domain/coach/coach'
import { scanText } from '@/domain/coach/coach-text'
import { enCoach } from '@/i18n/en-coach'

const asked = (text: string, language: string) => {
  const span = selfPromotionAsk(scanText(text), 'growing', language)
  return span === undefined ? undefined : text.slice(span.start, span.end)
}

test('a vote for the speaker, follows and stars are found, in the sentence that asks them', () => {
  expect(
    asked(
      'Rozwijamy się, mamy już osiem szkół. Czy możesz zagłosować na mnie w plebiscycie?',
      'pl',
    ),
  ).toBe('Czy możesz zagłosować na mnie w plebiscycie?')
  expect(asked('He empezado a hacer vídeos. ¿Me sigues en Instagram y en TikTok?', 'es')).toBe(
    '¿Me sigues en Instagram y en TikTok?',
  )
  expect(asked('Giv den fem stjerner på Spotify.', 'da')).toBe('Giv den fem stjerner på Spotify.')
  // The speaker's bonus, and a meeting put in the listener's calendar.
  expect(asked('Tu pourrais laisser un avis ? Ça compte pour ma prime de fin d’année.', 'fr')).toBe(
    'Ça compte pour ma prime de fin d’année.',
  )
  expect(asked('Jag har lagt in ett möte i din kalender på fredag.', 'sv')).toBe(
    'Jag har lagt in ett möte i din kalender på fredag.',
  )
})

test('a vote for the cause, a pitch with no such ask and any pitch in English are left to the model', () => {
  expect(asked('Zagłosujcie na nasz projekt w budżecie obywatelskim.', 'pl')).toBeUndefined()
  // A voice is no vote, and following lessons no follow.
  expect(asked('Co dla ciebie znaczy głos? To jest moje słowo: głos.', 'pl')).toBeUndefined()
  expect(asked('Nieuwkomers volgen maanden Nederlandse les.', 'nl')).toBeUndefined()
  expect(
    asked('Kokoan yhteen paikallisia yrittäjiä keskustelemaan kirjanpidosta.', 'fi'),
  ).toBeUndefined()
  expect(asked('Follow me on Instagram and give us five stars.', 'en')).toBeUndefined()
})

test('the coach hears the ask in a pitch the model alone let through', () => {
  const review = reviewPitch(
    'Benim için mesele göç. Filmi tek bir aileye indirdim. Festivalde halk oylaması var, bana oy verir misin? Kazanırsam ödül parası doğrudan bana geliyor.',
    { stage: 'narrowing', situation: 'creative' },
    enCoach,
  )
  expect(review.language).toBe('tr')
  expect(review.checks.find((c) => c.id === 'transactional')?.ok).toBe(false)
})

test('what something costs, put to the listener as a question, is a sale', () => {
  // "Tickets are 800 roubles, few seats: will you take one for yourself and a friend?"
  expect(asked('Собираю поэтов на вечер. Билеты по 800 рублей, возьмёшь себе и другу?', 'ru')).toBe(
    'Билеты по 800 рублей, возьмёшь себе и другу?',
  )
  // A price told in the story, and a question that asks nothing of the kind: no sale.
  expect(
    asked(
      'Билеты в театр стоили 800 рублей, и мы не могли пойти. Кто из нас не мечтал о сцене?',
      'ru',
    ),
  ).toBeUndefined()
})

test('a subscription to the speaker’s channel is asked for; one the speaker builds is no ask', () => {
  // "Please subscribe to my YouTube channel and press like."
  expect(asked('제 유튜브 채널 구독이랑 좋아요 꼭 눌러 주세요.', 'ko')).toBe(
    '제 유튜브 채널 구독이랑 좋아요 꼭 눌러 주세요.',
  )
  // "What I'm doing now: a side-dish subscription for people living alone", "fair subscriptions".
  expect(asked('그래서 지금 이걸 하고 있어요: 1인 가구 반찬 구독.', 'ko')).toBeUndefined()
  expect(asked('Waar ik nu aan werk: eerlijke abonnementen op mbo-scholen.', 'nl')).toBeUndefined()
})

test('a favour promised in return for what the pitch asks is a trade, in the sentence that promises it', () => {
  // "Could you put me forward to the mayor? I'll owe you one."
  expect(asked('Θα μπορούσες να με προτείνεις στον δήμαρχο; Θα σου χρωστάω μια χάρη.', 'el')).toBe(
    'Θα σου χρωστάω μια χάρη.',
  )
  // "Can you put in a word for me with the boss? I won't stay in your debt."
  expect(
    asked('Можете замолвить за меня словечко перед начальником? Я в долгу не останусь.', 'ru'),
  ).toBe('Я в долгу не останусь.')
  // "Would you mention me to the director? I'll buy you lunch."
  expect(asked('Szólnál rólam az igazgatónak? Meghívlak egy ebédre.', 'hu')).toBe(
    'Meghívlak egy ebédre.',
  )
  // "Could you tell the director to put me on the new project? I'll buy you a frappé."
  expect(
    asked('Θα μπορούσες να πεις στον διευθυντή να με βάλει στο νέο έργο; Σε κερνάω φραπέ.', 'el'),
  ).toBe('Σε κερνάω φραπέ.')
  // A debt told in the story, with nothing asked: "I owe my grandmother everything."
  expect(asked('Я в долгу перед бабушкой. Она меня вырастила.', 'ru')).toBeUndefined()
})
