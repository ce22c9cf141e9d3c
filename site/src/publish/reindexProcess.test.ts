import { describe, expect, it } from 'vitest'
import { reindexInProcess } from './reindexProcess'

describe('reindexInProcess', () => {
  it('fails with the reindex’s own words when the CMS cannot be read, and leaves the caller running', { timeout: 60_000 }, async () => {
    const before = { CMS_URL: process.env.CMS_URL }
    // Port 9 (discard) on loopback: nothing listens there.
    process.env.CMS_URL = 'http://127.0.0.1:9'
    const lines: string[] = []
    try {
      await expect(reindexInProcess((line) => lines.push(line))).rejects.toThrow(/reindex failed \(exit 1\): index: failed: .*\s*Is the CMS running/)
    } finally {
      if (before.CMS_URL === undefined) delete process.env.CMS_URL
      else process.env.CMS_URL = before.CMS_URL
    }
  })
})
