/**
 * `npm start`: the whole system on embedded defaults — PostgreSQL, migrations, demo content, the CMS (Next.js,
 * production mode), the built public site with search and the feedback endpoint. Ctrl-C stops everything cleanly.
 *
 * @remarks A service that crashes is reported in the log and restarted on its own (`lib/supervise.ts`); the others
 * keep running, so the public site keeps serving and taking feedback while the CMS is down. Every process it starts
 * is a compiled entry point of `dist/` on plain Node (`npm run build`), as in production; `npm start` runs
 * `scripts/build.ts --if-stale` first and then this file compiled (`dist/scripts/start.mjs`). Run from the sources
 * (tests, benchmarks: `--import tsx scripts/start.ts`), it builds what is stale itself first.
 */
import path from 'node:path'
import { cmsConfig } from '@congkhai/cms/config'
import { startDatabase } from '@congkhai/cms/database'
import { INSTALLATION_SECRETS } from '@congkhai/contracts/installation-secrets'
import { CMS_NODE_FLAGS } from '@congkhai/cms/node-flags'
import { siteConfig } from '@congkhai/site/config'
import { SITE_NODE_FLAGS } from '@congkhai/site/node-flags'
import { run, startService, waitForHttp } from './lib/processes'
import { supervise, type Supervised } from './lib/supervise'
import { waitForSiteReady } from './lib/siteReady'

declare const COMPILED: boolean | undefined
const root = cmsConfig.repoRoot
const cmsRoot = path.join(root, 'cms')
const dist = (entry: string) => path.join(root, 'dist', `${entry}.mjs`)
const node = process.execPath
const started = Date.now()
const labels = { cms: `the CMS (${cmsConfig.CMS_URL})`, site: `the public site (${siteConfig.SITE_URL})` }
const log = (line: string) => console.log(`[start] ${line}`)
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`

const db = await startDatabase(log)
const services: Supervised[] = []
let stopping = false

async function shutdown(code: number): Promise<void> {
  // A second signal while stopping must not cut the clean-up short: that is how servers get orphaned.
  if (stopping) return
  stopping = true
  log('stopping…')
  // PostgreSQL last: the servers may still be writing to it as they stop.
  await Promise.all(services.map((s) => s.stop()))
  await db.stop()
  log('stopped')
  process.exit(code)
}
process.on('SIGINT', () => void shutdown(0))
process.on('SIGTERM', () => void shutdown(0))
// `npm start` runs this through `sh -c`; a SIGTERM sent to npm kills that shell without passing the signal on.
// Stop when orphaned rather than leave PostgreSQL and the servers running.
const parent = process.ppid
setInterval(() => process.ppid !== parent && void shutdown(0), 1000).unref()

try {
  // The installation's secrets as this process read them, so every service uses the same ones even if
  // DATA_DIR/secrets.json changes under them.
  const secrets = Object.fromEntries(INSTALLATION_SECRETS.map((name) => [name, cmsConfig[name]]))
  // The folders as resolved here, from the sources: a bundled copy of a configuration (Next.js, each site build)
  // must not derive them from its own place.
  const folders = { DATA_DIR: cmsConfig.DATA_DIR, BUILDS_DIR: siteConfig.BUILDS_DIR, FEEDBACK_OUTBOX_DIR: siteConfig.feedbackOutboxDir, MEDIA_DIR: cmsConfig.mediaDir, FEEDBACK_ATTACHMENTS_DIR: cmsConfig.feedbackAttachmentsDir }
  const env = { ...secrets, DATABASE_URI: db.uri, NODE_ENV: 'production', ...folders }
  if (typeof COMPILED === 'undefined') {
    log(`[0/4] compiled entry points and the CMS build, where stale (${elapsed()})`)
    await run('build', node, [path.join(root, 'scripts/build.ts'), '--if-stale'], { env })
  }
  log(`[1/4] database migrations (${elapsed()})`)
  await run('migrate', node, [dist('scripts/migrate')], { env, filter: (l) => /Migrat|migrate|rror/.test(l) })

  log(`[2/4] demo content (${elapsed()})`)
  await run('seed', node, [dist('scripts/seed'), '--if-empty'], { env, filter: (l) => /seed|rror/.test(l) })

  log(`[3/4] starting the CMS (${elapsed()})`)
  const still = (self: string) => () => [
    ...services.filter((s) => s.name !== self && s.running()).map((s) => labels[s.name as keyof typeof labels]),
    `PostgreSQL (${cmsConfig.embeddedPostgres ? `embedded, port ${cmsConfig.POSTGRES_PORT}` : 'DATABASE_URI'})`,
  ]
  services.push(
    supervise({
      name: 'cms',
      label: labels.cms,
      // Not `next start`: cms/src/server.ts tells the CMS each request's real socket address (login limits need it).
      start: () =>
        startService('cms', node, [...CMS_NODE_FLAGS, dist('cms/server')], {
          cwd: cmsRoot,
          env: { ...env, NEXT_TELEMETRY_DISABLED: '1', RUN_JOBS: 'true' },
        }),
      others: still('cms'),
      whileDown: 'the admin and publishing are unavailable; the public site still serves its pages and keeps accepted feedback in its outbox until the CMS is back',
      log,
    }),
  )
  await waitForHttp(`${cmsConfig.CMS_URL}/api/health`, 120_000)

  log(`[4/4] building and serving the public site (${elapsed()})`)
  services.push(
    supervise({
      name: 'site',
      label: labels.site,
      start: () => startService('site', node, [...SITE_NODE_FLAGS, dist('site/host')], { env }),
      others: still('site'),
      whileDown: 'the public site does not answer; the CMS admin still works, and feedback waiting in the outbox is delivered once the site is back',
      log,
    }),
  )
  // Up once a build is live, or once the first one failed and is being retried (the site's log and status say why).
  await waitForSiteReady(`${siteConfig.SITE_URL}/_internal/status`, { log })

  console.log(`
  congkhai is running (${elapsed()})

    Public site   ${siteConfig.SITE_URL}
    Search        ${siteConfig.SITE_URL}/tim-kiem
    Feedback      ${siteConfig.SITE_URL}/gop-y
    CMS admin     ${cmsConfig.CMS_URL}/admin
    Demo login    ${cmsConfig.ADMIN_EMAIL} / ${cmsConfig.ADMIN_PASSWORD}
                  (generated for this installation, kept in ${path.join(cmsConfig.DATA_DIR, 'secrets.json')} unless ADMIN_PASSWORD is set)
    Database      ${cmsConfig.embeddedPostgres ? `embedded PostgreSQL, data in ${cmsConfig.postgresDir}` : 'DATABASE_URI'}

  Ctrl-C to stop.
`)
} catch (err) {
  console.error(`[start] ${(err as Error).message}`)
  await shutdown(1)
}
