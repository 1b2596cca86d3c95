/** Saves a Blob as a file through a temporary object URL and an <a download>. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.rel = 'noopener'
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  // Long enough for every browser to have started the download from the URL, short enough not
  // to keep a PDF in memory for the rest of the session.
  setTimeout(() => URL.revokeObjectURL(url), 30_000)
}

export function downloadText(text: string, fileName: string, type = 'text/plain'): void {
  downloadBlob(new Blob([text], { type: `${type};charset=utf-8` }), fileName)
}
