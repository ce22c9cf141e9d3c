import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'

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
