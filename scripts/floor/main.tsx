// The floor the bench compares Why Card with (scripts/bench.mjs builds it into a temporary folder
// with the project's own Vite, React and react-pdf): a bare React 19 page whose one button
// downloads a one-page A6 card, the PDF engine loaded on demand. Nothing here is shipped.
import { StrictMode, useState } from 'react'
import { createRoot } from 'react-dom/client'

function Floor() {
  const [status, setStatus] = useState('')
  const download = async () => {
    setStatus('Making your PDF…')
    try {
      const { renderCardPdf } = await import('./card-pdf')
      const blob = await renderCardPdf()
      const url = URL.createObjectURL(blob)
      const link = document.createElement('a')
      link.href = url
      link.download = 'floor-card.pdf'
      link.hidden = true
      document.body.append(link)
      link.click()
      link.remove()
      setTimeout(() => URL.revokeObjectURL(url), 30_000)
      setStatus('Your PDF is ready')
    } catch (error) {
      setStatus(`The PDF failed: ${String(error)}`)
    }
  }
  return (
    <main>
      <h1>Floor</h1>
      <button type="button" onClick={() => void download()}>
        Download PDF
      </button>
      <p role="status">{status}</p>
    </main>
  )
}

const root = document.getElementById('root')
if (root)
  createRoot(root).render(
    <StrictMode>
      <Floor />
    </StrictMode>,
  )
