import { spawn } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { processRole, processTree, sampleTreeRss, treeCpuSeconds, treeRss } from './processTree'

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
  it('names the role of each process npm start runs, from TypeScript sources or compiled entry points', () => {
    const roles = {
      '/usr/lib/postgresql/bin/postgres -D /data/postgres -p 54390': 'PostgreSQL',
      'postgres: checkpointer ': 'PostgreSQL',
      'node /repo/node_modules/tsx/dist/cli.mjs /repo/site/src/publish/host.ts': 'tsx launchers',
      'node --require /repo/node_modules/tsx/dist/preflight.cjs --import file:///repo/node_modules/tsx/dist/loader.mjs /repo/site/src/publish/host.ts': 'site server + search threads',
      'node dist/site/host.mjs': 'site server + search threads',
      'node --max-old-space-size=1024 /repo/site/node_modules/astro/astro.js build --outDir /b/build-1': 'site build (astro build)',
      'node /repo/cms/src/server.ts': 'CMS',
      'node dist/cms/server.mjs': 'CMS',
      'node --env-file-if-exists=.env --import tsx scripts/start.ts': 'start script (scripts/start)',
      'npm start': 'npm and its shell',
      'sh -c node --env-file-if-exists=.env --import tsx scripts/start.ts': 'npm and its shell',
      'node /repo/node_modules/payload/bin.js migrate': 'other (migrations, seed, checks)',
    }
    for (const [command, role] of Object.entries(roles)) expect([command, processRole(command)]).toEqual([command, role])
  })
})
