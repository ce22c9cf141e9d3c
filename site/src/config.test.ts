import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest'

const saved = { ...process.env }
const dirs: string[] = []
afterEach(() => {
  process.env = { ...saved }
  vi.resetModules()
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

/** The site's configuration as it loads from `env` (secrets generated into a throwaway DATA_DIR). */
async function load(env: Record<string, string>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'congkhai-site-config-'))
  dirs.push(dir)
  process.env = { ...saved, DATA_DIR: dir, HSTS: '', ...env }
  vi.resetModules()
  return (await import('./config')).siteConfig
}

describe('siteConfig.hsts', () => {
  it('is on by default for an https SITE_URL and off for http', async () => {
    expect((await load({ SITE_URL: 'https://songoaivu.example.gov.vn' })).hsts).toBe(true)
    expect((await load({ SITE_URL: 'http://localhost:4321' })).hsts).toBe(false)
  })

  it('follows HSTS when it is set', async () => {
    expect((await load({ SITE_URL: 'https://songoaivu.example.gov.vn', HSTS: 'false' })).hsts).toBe(false)
    expect((await load({ SITE_URL: 'http://localhost:4321', HSTS: 'true' })).hsts).toBe(true)
  })
})

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
