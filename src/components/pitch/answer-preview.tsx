// The live line under an answer field: how the answer will read in the pitch. The composer and
// its language library load on demand, so the field itself never waits for them.
import { useEffect, useState } from 'react'
import { useWatch, type Control } from 'react-hook-form'
import type { Answers, TextField } from '@/domain/pitch/answers'
import { COMPOSER_EN } from '@/domain/pitch/composer-words-en'
import { useMessages } from '@/i18n/use-messages'
import { useAppStores } from '@/store/app-stores-context'

import type * as ComposePitch from '@/domain/pitch/compose-pitch'

type PreviewModule = typeof ComposePitch

let loaded: PreviewModule | null = null
function loadPreview(): Promise<PreviewModule> {
  return import('@/domain/pitch/compose-pitch').then((module) => (loaded = module))
}

type Props = {
  control: Control<Partial<Record<TextField, string>>>
  field: TextField
  id: string
}

export function AnswerPreviewLine({ control, field, id }: Props) {
  const t = useMessages().app
  const { drafts } = useAppStores()
  const value = useWatch({ control, name: field }) ?? ''
  const [module, setModule] = useState<PreviewModule | null>(loaded)
  useEffect(() => {
    if (module) return
    let live = true
    loadPreview().then(
      (m) => live && setModule(m),
      () => undefined, // No preview is better than a broken step.
    )
    return () => {
      live = false
    }
  }, [module])

  let preview: { sentence: string; isQuestion: boolean } | null = null
  if (module) {
    const answers: Answers = { ...drafts.getState().answers, [field]: value }
    try {
      preview = module.previewAnswer(answers, field, { composer: COMPOSER_EN })
    } catch {
      preview = null
    }
  }
  if (!preview) {
    // Blank (or the library still loading): the stem the answer will complete.
    const stem = value.trim() === '' ? COMPOSER_EN.fieldStems[field] : ''
    if (!stem) return null
    return (
      <p id={id} className="field-preview">
        <span className="field-preview-label">{t.previewLabel}</span> {stem}
      </p>
    )
  }
  return (
    <p id={id} className="field-preview">
      <span className="field-preview-label">
        {preview.isQuestion ? t.previewQuestion : t.previewLabel}
      </span>{' '}
      {preview.sentence}
    </p>
  )
}
