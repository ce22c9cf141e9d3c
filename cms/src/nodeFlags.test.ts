import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { CMS_NODE_FLAGS } from './nodeFlags'

const repoRoot = path.resolve(import.meta.dirname, '../..')

/** Every file that starts the CMS server in production: the image's Dockerfile and the systemd units that run it. */
function launchers(): string[] {
  const units = path.join(repoRoot, 'deploy/systemd')
  const unitFiles = fs.existsSync(units) ? fs.readdirSync(units).filter((f) => /cms.*\.service$/.test(f)).map((f) => path.join(units, f)) : []
  return [path.join(repoRoot, 'Dockerfile'), ...unitFiles]
}

describe('CMS_NODE_FLAGS', () => {
  it.each(launchers().map((file) => [path.relative(repoRoot, file), file]))('%s starts the CMS server with them', (_name, file) => {
    const lines = fs.readFileSync(file, 'utf8').split('\n').filter((line) => /(src\/server\.ts|cms\/server\.mjs|server\.mjs)/.test(line) && !line.trim().startsWith('#'))
    expect(lines.length).toBeGreaterThan(0)
    for (const line of lines) expect(line).toContain(`node ${CMS_NODE_FLAGS.join(' ')} `)
  })

  it('npm start starts the CMS server with them', () => {
    const start = fs.readFileSync(path.join(repoRoot, 'scripts/start.ts'), 'utf8')
    expect(start).toMatch(/startService\('cms', node, \[\.\.\.CMS_NODE_FLAGS, /)
  })
})
