// The floor for typing (scripts/bench.mjs): a bare React 19 page with one controlled textarea,
// built on its own (so the floor's first screen stays what it was) and measured in the same run
// as typing in the app's pitch step. Nothing here is shipped.
import { StrictMode, useState } from 'react'
import { createRoot } from 'react-dom/client'

function FloorTyping() {
  const [text, setText] = useState('')
  return (
    <main>
      <h1>Floor: typing</h1>
      <label htmlFor="pitch">30-second pitch</label>
      <textarea
        id="pitch"
        rows={7}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
    </main>
  )
}

const root = document.getElementById('root')
if (root)
  createRoot(root).render(
    <StrictMode>
      <FloorTyping />
    </StrictMode>,
  )
