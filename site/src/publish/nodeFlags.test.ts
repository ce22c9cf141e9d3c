import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { SITE_NODE_FLAGS } from './nodeFlags'

const repoRoot = path.resolve(import.meta.dirname, '../../..')
const read = (file: string) => fs.readFileSync(path.join(repoRoot, file), 'utf8')

describe('SITE_NODE_FLAGS', () => {
  it('the systemd unit starts the site server with them', () => {
    const lines = read('deploy/systemd/congkhai-site.service').split('\n').filter((line) => line.startsWith('ExecStart=') && line.includes('site/host.mjs'))
    expect(lines).toHaveLength(1)
    expect(lines[0]).toContain(`node ${SITE_NODE_FLAGS.join(' ')} `)
  })

  it('docker-compose.yml starts the site server with them', () => {
    expect(read('docker-compose.yml')).toContain(`command: ${JSON.stringify(['node', ...SITE_NODE_FLAGS, 'dist/site/host.mjs']).replaceAll(',', ', ')}`)
  })

  it('npm start starts the site server with them', () => {
    expect(read('scripts/start.ts')).toMatch(/startService\('site', node, \[\.\.\.SITE_NODE_FLAGS, /)
  })
})
