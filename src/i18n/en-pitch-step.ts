// Words only the pitch step says, kept out of en.ts so they load with the step, not on the first
// screen (the first screen's budget is measured to the byte against a bare page).

/** Under a one-minute story the answers cannot fill: what to add, instead of stock lines. */
export function storyShort(words: number, min: number): string {
  return `Your answers give this story ${words} words, short of a minute aloud (about ${min}). Go back and add the moment that moved you, what you believe or the better world you want, and it fills out in your own words.`
}
