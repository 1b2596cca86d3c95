// What the launch parameters ask of the first render: a preset situation, the course's accent
// colour (applyLaunchAccent, which main.tsx awaits before the first render), and one console
// warning for each bad value. The rest of the embed support loads only when needed.
import { useEffect, useState } from 'react'
import { hasContent } from '@/domain/draft/draft'
import { describeLaunchWarning, type LaunchParams } from '@/domain/embed/launch-params'
import type { AppStores } from '@/store/app-store'
import { useAppStores } from '@/store/app-stores-context'
import { pickDraft } from '@/store/draft-store'
import { isFramed } from '@/lib/frame'

// Module-level: StrictMode runs effects twice, and the coach needs each warning once.
let hasWarned = false

function warnAboutLaunchParams(launchParams: LaunchParams) {
  if (hasWarned) return
  hasWarned = true
  for (const warning of launchParams.warnings) console.warn(describeLaunchWarning(warning))
}

function presetSituation({ launchParams, drafts }: AppStores) {
  const { situation } = launchParams
  if (!situation) return
  const state = drafts.getState()
  // Only a fresh draft: a person who already chose, or wrote anything, keeps their choice.
  if (state.stepId !== 'start' || hasContent(pickDraft(state))) return
  if (state.answers.situation !== situation) state.setAnswers({ situation })
}

/**
 * Applies the course's accent colour, if the launch asked for one. Awaited before the first
 * render, so the page never flashes in the default colour; the palette code loads only when an
 * accent was asked for.
 */
export async function applyLaunchAccent(launchParams: LaunchParams): Promise<void> {
  if (!launchParams.accent) return
  const { accentPalette } = await import('@/domain/embed/accent-palette')
  const palette = accentPalette(launchParams.accent)
  // CSSOM writes are allowed by the strict CSP (style-src 'self'); style attributes are not.
  const style = document.documentElement.style
  style.setProperty('--accent', palette.accent)
  style.setProperty('--accent-strong', palette.accentStrong)
  style.setProperty('--accent-soft', palette.accentSoft)
}

/** Applies the preset; returns whether the embed host (messages) is needed at all. */
export function useLaunchPreset(): boolean {
  const stores = useAppStores()
  // During the first render, before any step mounts: the start step's form reads the situation
  // from the store once, so a preset applied in an effect would come too late.
  useState(() => presetSituation(stores))
  useEffect(() => warnAboutLaunchParams(stores.launchParams), [stores.launchParams])
  const [needsEmbedHost] = useState(() => isFramed())
  return needsEmbedHost
}
