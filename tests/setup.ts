import '@testing-library/jest-dom/vitest'
import { configure } from '@testing-library/react'
import { afterEach } from 'vitest'

// The pitch and card steps load the language library on demand; on a busy 2-core machine the
// first import in a test file can take a few seconds, longer than the default 1 s wait.
configure({ asyncUtilTimeout: 8000 })

afterEach(() => {
  try {
    window.localStorage.clear()
  } catch {
    // Storage may be deliberately blocked by a test.
  }
})
