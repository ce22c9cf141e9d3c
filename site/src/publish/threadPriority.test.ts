import os from 'node:os'
import { Worker } from 'node:worker_threads'
import { describe, expect, it } from 'vitest'
import { lowerThreadPriority, threadId } from './threadPriority'

// A thread that reports its kernel id, then waits to be stopped.
const OTHER_THREAD = `
const { parentPort } = require('node:worker_threads')
parentPort.postMessage(Number(require('node:path').basename(require('node:fs').readlinkSync('/proc/thread-self'))))
setInterval(() => {}, 1000)
`

describe.runIf(process.platform === 'linux')('lowerThreadPriority', () => {
  it('lowers the calling thread and leaves the threads already running at their own', async () => {
    const other = new Worker(OTHER_THREAD, { eval: true })
    const otherId = await new Promise<number>((resolve) => other.once('message', resolve))
    const own = threadId()!
    const before = os.getPriority(own)
    try {
      expect(own).not.toBe(otherId)
      expect(lowerThreadPriority(before + 5)).toBe(true)
      expect(os.getPriority(own)).toBe(before + 5)
      expect(os.getPriority(otherId)).toBe(before)
    } finally {
      await other.terminate()
      // Back up, for the tests after this one (allowed as root, as the tests run here; otherwise it stays lowered).
      try {
        os.setPriority(own, before)
      } catch {
        // not allowed
      }
    }
  })
})
