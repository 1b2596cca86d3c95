/** What the app gives every step: a step owns its fields, the app decides what comes next. */
export type StepProps = {
  onDone: () => void
  onBack?: (() => void) | undefined
}
