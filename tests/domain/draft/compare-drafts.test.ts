import { isSameDraft, summarizeDraft } from '@/domain/draft/compare-drafts'
import { emptyDraft } from '@/domain/draft/draft'

test('two drafts with the same words are the same, whatever step each is on', () => {
  const a = emptyDraft()
  a.answers.problem = 'libraries are closing'
  const b = structuredClone(a)
  b.stepId = 'card'
  expect(isSameDraft(a, b)).toBe(true)
  b.answers.asks = ['Books']
  expect(isSameDraft(a, b)).toBe(false)
  const c = structuredClone(a)
  c.pitchEdits = { hook: 'mine' }
  expect(isSameDraft(a, c)).toBe(false)
})

test('a summary gives the name, the problem in a line and how much is filled in', () => {
  const draft = emptyDraft()
  draft.answers.name = '  Ada\u202e '
  draft.answers.problem = 'x'.repeat(300)
  draft.answers.coreWord = 'potential'
  const summary = summarizeDraft(draft)
  expect(summary.name).toBe('Ada')
  expect(summary.problem.length).toBeLessThanOrEqual(121)
  expect(summary.problem.endsWith('…')).toBe(true)
  expect(summary).toMatchObject({ answered: 3, total: 12 })
})
