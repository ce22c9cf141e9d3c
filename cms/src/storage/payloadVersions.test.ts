import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const repoRoot = path.resolve(import.meta.dirname, '../../..')
/** The installed version of a package (hoisted to the root's node_modules, as the lock file installs them). */
const version = (name: string) => (JSON.parse(fs.readFileSync(path.join(repoRoot, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version

/** The storage packages that have no release at payload's version (see uploadStorage.ts); each one's version as installed. */
const STORAGE = { '@payloadcms/storage-s3': '3.90.1', '@payloadcms/plugin-cloud-storage': '3.90.1' }

describe('payload package versions (in place of Payload’s own start-up check, turned off in uploadStorage.ts)', () => {
  it('has every other @payloadcms package at payload’s version, and the storage pair where the lock file put it', () => {
    const cms = JSON.parse(fs.readFileSync(path.join(repoRoot, 'cms/package.json'), 'utf8')) as { dependencies: Record<string, string> }
    const payload = version('payload')
    for (const name of Object.keys(cms.dependencies).filter((dep) => dep.startsWith('@payloadcms/'))) {
      expect([name, version(name)]).toEqual([name, name in STORAGE ? STORAGE[name as keyof typeof STORAGE] : payload])
    }
    expect(version('@payloadcms/ui')).toBe(payload)
  })
})
