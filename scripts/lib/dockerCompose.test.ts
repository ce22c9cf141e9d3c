import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { COMPOSE_FILE, composeServices, validateCompose } from './dockerCompose'

describe('docker-compose.yml', () => {
  it('passes docker-compose config -q', () => {
    const verdict = validateCompose()
    expect(verdict.output).toBe('')
    expect(verdict.ok).toBe(true)
  })

  it('is really checked: a mistyped start condition is refused', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'congkhai-compose-'))
    try {
      const file = path.join(dir, 'docker-compose.yml')
      const text = fs.readFileSync(COMPOSE_FILE, 'utf8')
      expect(text).toContain('condition: service_healthy')
      fs.writeFileSync(file, text.replace('condition: service_healthy', 'condition: service_happy'))
      expect(validateCompose(file).ok).toBe(false)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })

  const services = composeServices()

  it('keeps every piece of state on a named volume', () => {
    const named = (service: string) => (services[service]!.volumes ?? []).filter((v) => !v.startsWith('/') && !v.startsWith('.')).map((v) => v.split(':').slice(0, 2).join(':'))
    expect(named('postgres')).toEqual(['postgres-data:/var/lib/postgresql/data'])
    expect(named('meilisearch')).toEqual(['meili-data:/meili_data'])
    const cms = services.cms!.environment!
    // Media uploads and feedback attachments are DATA_DIR/media and DATA_DIR/feedback-attachments (cms/src/config.ts).
    expect(named('cms')).toEqual([`cms-data:${cms.DATA_DIR}`])
    const site = services.site!.environment!
    const siteMounts = named('site').map((v) => v.split(':')[1]!)
    const onVolume = (file: string) => siteMounts.some((mount) => file === mount || file.startsWith(`${mount}/`))
    for (const name of ['DATA_DIR', 'BUILDS_DIR', 'FEEDBACK_OUTBOX_DIR', 'SEARCH_SNAPSHOT_PATH']) expect(onVolume(site[name]!), name).toBe(true)
  })

  it('starts each service once what it needs is healthy, and checks the health of every long-running one', () => {
    for (const [name, service] of Object.entries(services)) {
      expect(service.healthcheck?.test, name).toBeDefined()
      for (const [needed, { condition }] of Object.entries(service.depends_on ?? {})) expect(`${name} -> ${needed}: ${condition}`).toBe(`${name} -> ${needed}: service_healthy`)
    }
    expect(services.meilisearch!.healthcheck!.test.join(' ')).toContain('http://127.0.0.1:7700/health')
    expect(Object.keys(services.site!.depends_on!).sort()).toEqual(['cms', 'meilisearch'])
    expect(Object.keys(services.nginx!.depends_on!)).toEqual(['site'])
  })

  it('publishes the admin (plain HTTP) on the host loopback only, and the site only through nginx', () => {
    expect(services.cms!.ports).toEqual(['127.0.0.1:3000:3000/tcp'])
    expect(services.site!.ports).toBeUndefined()
  })

  it('gives the master key to Meilisearch alone, and the site only its two scoped keys', () => {
    const withMaster = Object.entries(services)
      .filter(([, service]) => Object.keys(service.environment ?? {}).includes('MEILI_MASTER_KEY'))
      .map(([name]) => name)
    expect(withMaster).toEqual(['meilisearch'])
    const site = services.site!.environment!
    expect(Object.keys(site).filter((name) => name.startsWith('MEILI')).sort()).toEqual(['MEILISEARCH_HOST', 'MEILISEARCH_SEARCH_KEY', 'MEILISEARCH_WRITE_KEY'])
  })

  it('links uploads at the public address nginx serves them from', () => {
    const site = services.site!.environment!
    expect(site.PUBLIC_MEDIA_URL).toBe(site.SITE_URL)
  })
})
