import os from 'node:os'
import { describe, expect, it } from 'vitest'
import { BACKGROUND_PRIORITY, runNode } from './runNode'

/** What the child prints: its own priority, and that of a thread it starts (Linux keeps one per thread). */
const PRINT_PRIORITIES = `
const os = require('node:os')
const { Worker } = require('node:worker_threads')
console.log('main', os.getPriority())
new Worker("console.log('thread', require('node:os').getPriority())", { eval: true })
`

describe('runNode', () => {
  it('runs a long job below the server, threads included, and at its priority when not asked', async () => {
    const lines: string[] = []
    const { code } = await runNode(['-e', PRINT_PRIORITIES], { env: process.env, keep: 5, priority: BACKGROUND_PRIORITY, onLine: (line) => lines.push(line) })
    expect(code).toBe(0)
    expect(lines.sort()).toEqual([`main ${BACKGROUND_PRIORITY}`, `thread ${BACKGROUND_PRIORITY}`])
    const plain = await runNode(['-e', PRINT_PRIORITIES], { env: process.env, keep: 5 })
    expect(plain.tail.sort()).toEqual([`main ${os.getPriority()}`, `thread ${os.getPriority()}`])
  })

  it('hands back the exit code and the last lines', async () => {
    const { code, tail } = await runNode(['-e', 'for (let i = 0; i < 5; i++) console.log(i); process.exit(3)'], { env: process.env, keep: 2 })
    expect(code).toBe(3)
    expect(tail).toEqual(['3', '4'])
  })

  it('stops the child when its signal is aborted, niced or not', async () => {
    for (const priority of [BACKGROUND_PRIORITY, undefined]) {
      const stop = new AbortController()
      const started = Date.now()
      const run = runNode(['-e', 'console.log("started"); setTimeout(() => {}, 60_000)'], { env: process.env, keep: 5, priority, signal: stop.signal, onLine: () => stop.abort() })
      const { code, tail } = await run
      expect(code).toBeNull()
      expect(tail).toEqual(['started'])
      expect(Date.now() - started).toBeLessThan(30_000)
    }
  })
})
