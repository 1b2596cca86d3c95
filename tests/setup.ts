import '@testing-library/jest-dom/vitest'
import { afterEach } from 'vitest'

afterEach(() => {
  try {
    window.localStorage.clear()
  } catch {
    // Storage may be deliberately blocked by a test.
  }
})
