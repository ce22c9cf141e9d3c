import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { INSTALLATION_SECRETS, installationSecrets, SECRETS_FILE } from './installationSecrets'

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'congkhai-secrets-'))

describe('installationSecrets', () => {
  it('generates every secret once, keeps them in DATA_DIR/secrets.json (mode 600), and reads the same ones back', () => {
    const dir = path.join(tempDir(), 'data')
    const first = installationSecrets(dir)
    expect(Object.keys(first).sort()).toEqual([...INSTALLATION_SECRETS].sort())
    for (const value of Object.values(first)) expect(value.length).toBeGreaterThanOrEqual(20)
    expect(first.ADMIN_PASSWORD).toMatch(/^[0-9a-z]{5}(-[0-9a-z]{5}){3}$/)
    expect(fs.statSync(path.join(dir, SECRETS_FILE)).mode & 0o777).toBe(0o600)
    expect(installationSecrets(dir)).toEqual(first)
  })

  it('differs between installations, so no two stacks share a key', () => {
    const a = installationSecrets(tempDir())
    const b = installationSecrets(tempDir())
    for (const name of INSTALLATION_SECRETS) expect(a[name]).not.toBe(b[name])
  })

  it('adds a secret an older file lacks and keeps the others', () => {
    const dir = tempDir()
    fs.writeFileSync(path.join(dir, SECRETS_FILE), JSON.stringify({ PUBLISH_SECRET: 'kept-from-an-older-version' }))
    const secrets = installationSecrets(dir)
    expect(secrets.PUBLISH_SECRET).toBe('kept-from-an-older-version')
    expect(secrets.BUILD_API_KEY).toBeTruthy()
    expect(JSON.parse(fs.readFileSync(path.join(dir, SECRETS_FILE), 'utf8'))).toEqual(secrets)
  })

  it('says which file is broken instead of replacing the keys in it', () => {
    const dir = tempDir()
    fs.writeFileSync(path.join(dir, SECRETS_FILE), '{ not json')
    expect(() => installationSecrets(dir)).toThrow(/secrets\.json không đọc được/)
  })
})
