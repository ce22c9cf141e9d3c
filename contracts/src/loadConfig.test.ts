import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { findRepoRoot, loadConfig } from './loadConfig'

const schema = z.object({
  REQUIRE_SECRETS: z.stringbool().default(false),
  PORT: z.coerce.number().int().positive().default(4321),
  SECRET: z.string().min(16, 'cần ít nhất 16 ký tự'),
})
const load = (env: Record<string, string | undefined>, fallbacks: (given: unknown, requireSecrets: boolean) => Record<string, unknown> = () => ({ SECRET: 'generated-secret-0123' })) =>
  loadConfig({ workspace: 'demo', schema, env, secrets: ['SECRET'], fallbacks })

describe('loadConfig', () => {
  it('takes defaults and generated secrets for what is unset or blank, and the environment over both', () => {
    expect(load({ PORT: '' })).toEqual({ REQUIRE_SECRETS: false, PORT: 4321, SECRET: 'generated-secret-0123' })
    expect(load({ PORT: '80', SECRET: 'given-secret-0123456' })).toEqual({ REQUIRE_SECRETS: false, PORT: 80, SECRET: 'given-secret-0123456' })
  })

  it('lists every bad variable in one error', () => {
    expect(() => load({ PORT: 'x', SECRET: 'short' })).toThrow('Cấu hình demo không hợp lệ (invalid demo configuration):\n  PORT: ')
    expect(() => load({ PORT: 'x', SECRET: 'short' })).toThrow(/\n {2}SECRET: cần ít nhất 16 ký tự$/)
  })

  it('with REQUIRE_SECRETS=true, names each secret not given instead of generating it', () => {
    let asked: boolean | undefined
    const fallbacks = (_given: unknown, requireSecrets: boolean) => ((asked = requireSecrets), {})
    expect(() => load({ REQUIRE_SECRETS: 'true' }, fallbacks)).toThrow(/^[^\n]*\n {2}SECRET: bắt buộc khi REQUIRE_SECRETS=true \(required in deployments\)$/)
    expect(asked).toBe(true)
  })
})

describe('findRepoRoot', () => {
  it('walks up from the module to the package.json that declares workspaces, else from the other starts', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'congkhai-root-'))
    try {
      fs.writeFileSync(path.join(root, 'package.json'), JSON.stringify({ workspaces: ['site'] }))
      fs.mkdirSync(path.join(root, 'site/.builds/build-1/server'), { recursive: true })
      fs.writeFileSync(path.join(root, 'site/package.json'), JSON.stringify({ name: 'site' }))
      expect(findRepoRoot(pathToFileURL(path.join(root, 'site/.builds/build-1/server/entry.mjs')))).toBe(root)
      const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'congkhai-elsewhere-'))
      expect(findRepoRoot(pathToFileURL(path.join(outside, 'entry.mjs')), path.join(root, 'site'))).toBe(root)
      fs.rmSync(outside, { recursive: true })
    } finally {
      fs.rmSync(root, { recursive: true, force: true })
    }
  })
})
