import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { answerKind, contentSecurityPolicy, securityHeaders } from './securityHeaders'

describe('securityHeaders', () => {
  it('tells admin pages, uploaded files and the REST API apart', () => {
    expect(answerKind('/admin/login')).toBe('admin')
    expect(answerKind('/')).toBe('admin')
    expect(answerKind('/api/media/file/mau-don.pdf')).toBe('file')
    expect(answerKind('/api/legal-documents')).toBe('api')
  })

  it("lets the admin's scripts run only with the nonce, and nothing of the CMS be framed", () => {
    const admin = contentSecurityPolicy('admin', 'abc')
    expect(admin).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'")
    expect(/script-src[^;]*/.exec(admin)?.[0]).not.toContain('unsafe')
    for (const kind of ['admin', 'file', 'api'] as const) expect(contentSecurityPolicy(kind)).toContain("frame-ancestors 'none'")
    expect(contentSecurityPolicy('file')).not.toContain('script-src')
    expect(contentSecurityPolicy('file')).toContain("default-src 'none'")
  })

  it('sends HSTS only when asked to', () => {
    expect(securityHeaders('api', { hsts: true })['strict-transport-security']).toMatch(/^max-age=\d{7,}$/)
    expect(securityHeaders('api', { hsts: false })['strict-transport-security']).toBeUndefined()
  })
})

describe('HSTS and SECURE_COOKIES settings', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'congkhai-config-'))
  afterEach(() => {
    vi.unstubAllEnvs()
    vi.resetModules()
  })

  const load = async (env: Record<string, string>) => {
    vi.stubEnv('DATA_DIR', dataDir)
    for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value)
    vi.resetModules()
    return (await import('../config')).cmsConfig
  }

  it('are on by default when CMS_URL is https, off for http, and either can be set', async () => {
    expect(await load({ CMS_URL: 'https://cms.so-ngoai-vu.gov.vn' })).toMatchObject({ HSTS: true, SECURE_COOKIES: true })
    expect(await load({ CMS_URL: 'http://localhost:3000' })).toMatchObject({ HSTS: false, SECURE_COOKIES: false })
    expect(await load({ CMS_URL: 'https://cms.so-ngoai-vu.gov.vn', HSTS: 'false' })).toMatchObject({ HSTS: false, SECURE_COOKIES: true })
  })
})
