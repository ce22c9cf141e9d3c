import { spawn } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { processTree, sampleTreeRss, treeCpuSeconds, treeRss } from './processTree'

describe('processTree', () => {
  it('finds a child and counts its memory in the tree', async () => {
    const child = spawn(process.execPath, ['-e', 'const keep = Buffer.alloc(64 * 1024 * 1024, 1); setTimeout(() => keep.length, 2000)'])
    try {
      await new Promise((resolve) => setTimeout(resolve, 700))
      expect(processTree(process.pid)).toContain(child.pid)
      const alone = treeRss(child.pid!)
      expect(alone).toBeGreaterThan(64 * 1024 * 1024)
      const sampler = sampleTreeRss(process.pid, 50)
      await new Promise((resolve) => setTimeout(resolve, 200))
      expect(sampler.stop()).toBeGreaterThanOrEqual(alone)
    } finally {
      child.kill()
    }
  })
  it('counts the CPU time a busy child spends', async () => {
    const child = spawn(process.execPath, ['-e', 'const end = Date.now() + 1500; while (Date.now() < end);'])
    try {
      await new Promise((resolve) => setTimeout(resolve, 1200))
      // A small bound: on a busy machine the child may get little of its 1.2 s; a wrong field would read 0 or NaN.
      expect(treeCpuSeconds(child.pid!)).toBeGreaterThan(0.02)
      expect(treeCpuSeconds(process.pid)).toBeGreaterThanOrEqual(treeCpuSeconds(child.pid!))
    } finally {
      child.kill()
    }
  })
})
