import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { PatchThread } from './PatchThread'

// Rendering through a real build's bundle is checked end to end: e2e/incrementalPublish.spec.ts.
describe('PatchThread', () => {
  it('fails to load with the thread’s reason when the build has no render bundle', { timeout: 60_000 }, async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'congkhai-patch-'))
    try {
      await expect(PatchThread.load(dir)).rejects.toThrow(/render/)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('stops loading when its signal is aborted, with the signal’s reason', { timeout: 60_000 }, async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'congkhai-patch-'))
    try {
      const stop = new AbortController()
      const loading = PatchThread.load(dir, stop.signal)
      stop.abort(new Error('a full build replaces this one'))
      await expect(loading).rejects.toThrow('a full build replaces this one')
      await expect(PatchThread.load(dir, stop.signal)).rejects.toThrow('a full build replaces this one')
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
