// Answers in another language with no word and no theme: the theme-first opening starts from the
// problem the person named, never from a shared line that points at nothing.
import { emptyAnswers, type Answers } from '@/domain/pitch/answers'
import { composePitch } from '@/domain/pitch/compose-pitch'
import { OTHER_LANGUAGE_LINES } from '@/domain/pitch/composer-words-other'
import { composeEn } from '../../support/compose-en'

const spanish: Answers = {
  ...emptyAnswers(),
  situation: 'cause',
  stage: 'convening',
  problem: 'Los mayores del barrio pasan semanas sin hablar con nadie.',
  spark:
    'Mi vecina Carmen me dijo que yo era la primera persona con la que hablaba en nueve días. Se le cayeron las lágrimas.',
  belief: 'Nadie debería pasar una semana sin que alguien le pregunte cómo está.',
  workOn: 'un grupo de voluntarios que llama cada tarde a los mayores solos',
  forWhom: 'los mayores que viven solos en Lavapiés',
}

const SHARED = new Set(OTHER_LANGUAGE_LINES.es?.shared ?? [])

test('with no word and no theme, the theme-first pitch opens on the problem, then the shared line', () => {
  const { pitch, language } = composePitch(spanish, { messages: composeEn, variant: 0 })
  expect(language).toBe('es')
  const [first = '', second = ''] = pitch.split(/(?<=[.!?])\s+/u)
  expect(first).toBe('Los mayores del barrio pasan semanas sin hablar con nadie.')
  expect(SHARED.has(second)).toBe(true)
  // The problem is said once.
  expect(pitch.split('pasan semanas sin hablar').length).toBe(2)
})

test('the story-first pitch still opens on the moment', () => {
  const { pitch } = composePitch(spanish, { messages: composeEn, variant: 1 })
  expect(pitch.startsWith('Mi vecina Carmen')).toBe(true)
})

test('no opening in another language starts on a shared line', () => {
  for (const variant of [0, 1, 2]) {
    const { pitch } = composePitch(spanish, { messages: composeEn, variant })
    const first = pitch.split(/(?<=[.!?])\s+/u)[0] ?? ''
    expect(SHARED.has(first)).toBe(false)
  }
})
