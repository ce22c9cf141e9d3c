import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'congkhai-config-'))
afterAll(() => fs.rmSync(repo, { recursive: true, force: true }))

describe('site configuration defaults (issue 18, hole 0)', () => {
  it('put DATA_DIR and BUILDS_DIR in the repository even in a copy bundled into a build', async () => {
    // A repository, and this module copied where a build's bundle puts it: <repo>/site/.builds/build-1/server/chunks/.
    fs.writeFileSync(path.join(repo, 'package.json'), JSON.stringify({ name: 'congkhai', workspaces: ['site'] }))
    fs.mkdirSync(path.join(repo, 'site'), { recursive: true })
    fs.writeFileSync(path.join(repo, 'site', 'package.json'), JSON.stringify({ name: '@congkhai/site' }))
    fs.symlinkSync(path.resolve(import.meta.dirname, '../../node_modules'), path.join(repo, 'node_modules'))
    const chunks = path.join(repo, 'site', '.builds', 'build-1', 'server', 'chunks')
    fs.mkdirSync(chunks, { recursive: true })
    fs.copyFileSync(path.join(import.meta.dirname, 'config.ts'), path.join(chunks, 'config.ts'))

    const saved = { ...process.env }
    for (const name of ['DATA_DIR', 'BUILDS_DIR', 'FEEDBACK_OUTBOX_DIR']) delete process.env[name]
    try {
      const { siteConfig } = (await import(path.join(chunks, 'config.ts'))) as typeof import('./config')
      expect(siteConfig.DATA_DIR).toBe(path.join(repo, '.data'))
      expect(siteConfig.feedbackOutboxDir).toBe(path.join(repo, '.data', 'feedback-outbox'))
      expect(siteConfig.BUILDS_DIR).toBe(path.join(repo, 'site', '.builds'))
      expect(siteConfig.siteRoot).toBe(path.join(repo, 'site'))
    } finally {
      process.env = saved
    }
  })
})
