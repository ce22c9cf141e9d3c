import type { ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'
import { composeServices, type ComposeService } from './dockerCompose'
import { contextFiles, ImageRoot, readRecipe, stopGroup } from './dockerfiles'
import { freePort } from './processes'

// The copy-set test: no Docker engine runs here, so each Dockerfile's build is replayed in a folder standing in for
// the image (scripts/lib/dockerfiles.ts: exactly the files its COPY lines take from the tracked files, less
// .dockerignore; its RUN lines as root; its USER for what runs), then every compose service built from it is started
// with its command and environment and must pass its own healthcheck. The CMS's Next.js build makes it long.

const repoRoot = path.resolve(import.meta.dirname, '../..')
const services = composeServices()
const dockerfiles = contextFiles().filter((file) => path.posix.basename(file) === 'Dockerfile')
const log = (line: string) => console.log(`[docker] ${line}`)
const started: ChildProcess[] = []
const roots: ImageRoot[] = []
let database: { uri: string; drop(): Promise<void> } | undefined

afterAll(async () => {
  for (const child of started.reverse()) await stopGroup(child)
  await database?.drop()
  // An image folder holds every dependency and the CMS's build: removing it takes a while on a busy machine.
  for (const root of roots) await root.remove()
}, 10 * 60_000)

/** A database of its own on the integration tests' PostgreSQL, as the compose file's `postgres` service gives the CMS. */
async function freshDatabase(): Promise<{ uri: string; drop(): Promise<void> }> {
  const admin = new URL(process.env.DATABASE_URI!)
  const name = `congkhai_docker_${process.pid}`
  const client = new pg.Client({ connectionString: admin.href })
  await client.connect()
  await client.query(`CREATE DATABASE ${name}`)
  await client.end()
  const uri = new URL(admin.href)
  uri.pathname = `/${name}`
  return {
    uri: uri.href,
    async drop() {
      const c = new pg.Client({ connectionString: admin.href })
      await c.connect()
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await c.end()
    },
  }
}

/**
 * The environment compose gives a service, with what cannot be the same here: loopback ports instead of the compose
 * network's names, the test's database, no Meilisearch (the site falls back to its embedded engine), and a value for
 * each secret compose leaves blank until `.env` sets it.
 */
function serviceEnv(name: string, service: ComposeService, ports: { cms: number; site: number }, databaseUri: string): Record<string, string> {
  const env: Record<string, string> = {}
  for (const [key, value] of Object.entries(service.environment ?? {})) env[key] = value === '' ? `docker-test-${key.toLowerCase()}-0123456789` : value
  delete env.MEILISEARCH_HOST
  delete env.MEILISEARCH_SEARCH_KEY
  delete env.MEILISEARCH_WRITE_KEY
  const cmsUrl = `http://127.0.0.1:${ports.cms}`
  const siteUrl = `http://127.0.0.1:${ports.site}`
  if (name === 'cms') Object.assign(env, { DATABASE_URI: databaseUri, CMS_PORT: String(ports.cms), CMS_URL: cmsUrl, PUBLISH_WEBHOOK_URL: `${siteUrl}/_internal/publish` })
  if (name === 'site') Object.assign(env, { CMS_URL: cmsUrl, SITE_PORT: String(ports.site), SITE_HOST: '127.0.0.1', SITE_URL: siteUrl, PUBLIC_MEDIA_URL: siteUrl })
  return env
}

/** A compose duration (`10s`, `1m30s`) in milliseconds. */
function durationMs(value: string | undefined, fallback: number): number {
  if (!value) return fallback
  const units: Record<string, number> = { h: 3_600_000, m: 60_000, s: 1000, ms: 1 }
  return [...value.matchAll(/(\d+(?:\.\d+)?)(ms|h|m|s)/g)].reduce((sum, [, n, unit]) => sum + Number(n) * units[unit!]!, 0)
}

/**
 * Runs the service's compose healthcheck in the image until it passes, the service exits, or compose would have
 * given up (start period plus retries times the interval, compose's defaults where unset).
 */
async function waitHealthy(root: ImageRoot, name: string, service: ComposeService, child: ChildProcess, run: { env: Record<string, string>; user: string; workdir: string }, output: () => string) {
  const check = service.healthcheck!
  const timeoutMs = durationMs(check.start_period, 0) + (check.retries ?? 3) * durationMs(check.interval, 30_000)
  const [kind, ...rest] = check.test
  const command = kind === 'CMD-SHELL' ? ['/bin/sh', '-c', rest.join(' ')] : rest
  const deadline = Date.now() + timeoutMs
  const startedAt = Date.now()
  for (let tries = 1; ; tries++) {
    if (child.exitCode !== null) throw new Error(`${name} exited (${child.exitCode}) before it was healthy:\n${output()}`)
    const probe = await root.run(command, run)
    if (probe.code === 0) return log(`${name}: healthy after ${Math.round((Date.now() - startedAt) / 1000)} s`)
    if (Date.now() > deadline) throw new Error(`${name} not healthy after ${timeoutMs / 1000} s (its compose healthcheck would have given up):\n${output()}`)
    if (tries % 10 === 0) log(`${name}: not healthy yet (${Math.round((Date.now() - startedAt) / 1000)} s)`)
    await new Promise((resolve) => setTimeout(resolve, 3000))
  }
}

describe.skipIf(process.getuid?.() !== 0)('every Dockerfile (replayed without an engine: needs root for its mount namespace)', () => {
  it('is built by a service of docker-compose.yml', () => {
    expect(dockerfiles.length).toBeGreaterThan(0)
    const built = new Set(Object.values(services).flatMap((s) => (s.build ? [path.relative(repoRoot, path.resolve(s.build.context, s.build.dockerfile ?? 'Dockerfile'))] : [])))
    expect(dockerfiles.filter((file) => !built.has(file))).toEqual([])
  })

  for (const dockerfile of dockerfiles) {
    it(`${dockerfile}: builds from exactly the files it copies, and each service built from it comes up healthy as compose starts it`, async () => {
      const recipe = readRecipe(path.join(repoRoot, dockerfile))
      const root = new ImageRoot(recipe)
      roots.push(root)
      const context = contextFiles()
      log(`${dockerfile}: image folder ${root.dir}`)
      for (const step of recipe.steps) {
        if (step.kind === 'workdir') fs.mkdirSync(path.join(root.dir, step.dir), { recursive: true })
        if (step.kind === 'copy') log(`COPY ${step.sources.join(' ')} ${step.dest}: ${root.copy(step, context)} files`)
        if (step.kind === 'run') {
          const began = Date.now()
          log(`RUN ${step.command.at(-1)} …`)
          const result = await root.run(step.command, step, (line) => /error|✓|compiled|generating|added \d+ packages/i.test(line) && log(`  ${line.slice(0, 200)}`))
          expect(result.code, `RUN ${step.command.join(' ')} failed:\n${result.tail}`).toBe(0)
          log(`RUN done in ${Math.round((Date.now() - began) / 1000)} s`)
        }
      }

      database = await freshDatabase()
      const ports = { cms: await freePort(), site: await freePort() }
      // In the order compose starts them: a service after those it depends on.
      const ours = Object.entries(services).filter(([, s]) => s.build && path.relative(repoRoot, path.resolve(s.build.context, s.build.dockerfile ?? 'Dockerfile')) === dockerfile)
      const order: string[] = []
      const visit = (name: string) => {
        if (order.includes(name)) return
        for (const needed of Object.keys(services[name]!.depends_on ?? {})) visit(needed)
        order.push(name)
      }
      for (const [name] of ours) visit(name)
      for (const name of order.filter((n) => ours.some(([o]) => o === n))) {
        const service = services[name]!
        const run = { env: { ...recipe.env, ...serviceEnv(name, service, ports, database.uri) }, user: recipe.user, workdir: recipe.workdir }
        const command = service.command ?? recipe.cmd
        log(`${name}: ${command.join(' ')} (as ${recipe.user})`)
        const child = root.spawn(command, run)
        started.push(child)
        const lines: string[] = []
        const take = (chunk: Buffer) => {
          for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
            lines.push(line)
            if (lines.length > 60) lines.shift()
          }
        }
        child.stdout!.on('data', take)
        child.stderr!.on('data', take)
        await waitHealthy(root, name, service, child, run, () => lines.join('\n'))
      }

      // What the running image serves: the statistics template comes from a file the CMS owns (it was missing from the
      // site's image), and everything the services wrote is the unprivileged user's.
      if (ours.some(([name]) => name === 'site')) {
        const template = await fetch(`http://127.0.0.1:${ports.site}/du-lieu/mau-thong-ke-giai-quyet-ho-so.csv`)
        expect(template.status).toBe(200)
        expect(await template.text()).toContain('ky_bao_cao,ma_thu_tuc')
        const builds = path.join(root.dir, services.site!.environment!.BUILDS_DIR!)
        expect(fs.lstatSync(path.join(builds, 'current')).isSymbolicLink()).toBe(true)
        if (recipe.user !== 'root') expect(fs.statSync(fs.realpathSync(path.join(builds, 'current'))).uid).not.toBe(0)
      }
    }, 45 * 60_000)
  }
})
