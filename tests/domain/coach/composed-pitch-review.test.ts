import { emptyAnswers, SITUATIONS, STAGES, type Answers } from '@/domain/pitch/answers'
import { reviewInvitation, reviewPitch } from '@/domain/coach/coach'
import { composePitch } from '@/domain/pitch/compose-pitch'
import { enExamples } from '@/i18n/en-examples'
import { enCoach } from '@/i18n/en-coach'
import { composeEn } from '../../support/compose-en'

// Each situation's worked example, as the steps show it, forms a complete set of answers.
function exampleAnswers(situation: Answers['situation']): Answers {
  const example = enExamples[situation]
  return {
    ...emptyAnswers(),
    situation,
    ...example.problem,
    ...example.moves,
    ...example.belief,
    ...example['better-world'],
    ...example.thread,
  }
}

const cases = SITUATIONS.flatMap((situation) =>
  STAGES.flatMap((stage) => [0, 1, 2].map((variant) => ({ situation, stage, variant }))),
)

test.each(cases)(
  'the composed 30-second pitch passes every coach check ($situation, $stage, opening $variant)',
  ({ situation, stage, variant }) => {
    const answers = { ...exampleAnswers(situation), stage }
    const { pitch } = composePitch(answers, { messages: composeEn, variant })
    const failing = reviewPitch(pitch, { stage, situation }, enCoach).checks.filter(
      (check) => !check.ok,
    )
    expect(failing.map((check) => `${check.id}: ${check.message}`)).toEqual([])
  },
)

test.each(cases)(
  'the composed invitation is an invitation, not a trade ($situation, $stage, version $variant)',
  ({ situation, stage, variant }) => {
    const answers = { ...exampleAnswers(situation), stage }
    const { invitation } = composePitch(answers, {
      messages: composeEn,
      invitationVariant: variant,
    })
    expect(reviewInvitation(invitation, { stage, situation }, enCoach)).toMatchObject({ ok: true })
  },
)
