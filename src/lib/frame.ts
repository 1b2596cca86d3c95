/** True inside an iframe. Reading `top` can throw in old browsers across origins: then we are framed. */
export function isFramed(win: Window = window): boolean {
  try {
    return win.self !== win.top
  } catch {
    return true
  }
}
