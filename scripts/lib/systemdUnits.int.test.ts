/**
 * The systemd units of `deploy/systemd/` (issue 19): each passes `systemd-analyze verify`, keeps its hardening, and
 * the commands they run — compiled JavaScript on plain Node, the CMS's migrations before it — bring the CMS and the
 * site up against a real PostgreSQL reached through `DATABASE_URI`, with no tsx loader anywhere.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest'
import { buildAll, ENTRY_POINTS } from './build'
import { freePort, waitForHttp } from './processes'
import { processTree } from './processTree'
import { INSTALL_PATHS, readEnvironmentFile, renderUnit, serviceSettings, unitCommands } from './systemdUnits'

const repoRoot = path.resolve(import.meta.dirname, '../..')
const unitsDir = path.join(repoRoot, 'deploy/systemd')
const UNITS = ['congkhai-cms.service', 'congkhai-site.service']
const read = (name: string) => fs.readFileSync(path.join(unitsDir, name), 'utf8')
// Inside the repository, as the other stacks' tests: a site build outside it cannot resolve its packages yet.
fs.mkdirSync(path.join(repoRoot, '.data'), { recursive: true })
const work = fs.mkdtempSync(path.join(repoRoot, '.data', 'systemd-'))
// The units' user must reach its state folder inside.
fs.chmodSync(work, 0o711)
const dataDir = path.join(work, 'state')
const envFile = path.join(work, 'congkhai.env')
const renderedDir = path.join(work, 'units')
/** The unprivileged user the units' commands run as here (`nobody`), as `User=congkhai` does on a server. */
const NOBODY = 65534
/** Empty mount points of {@link reachable}'s namespaces, made in the temporary folder. */
const holds: string[] = []
afterAll(() => {
  fs.rmSync(work, { recursive: true, force: true })
  for (const hold of holds) fs.rmSync(hold, { recursive: true, force: true })
})

/** The units as they would be installed here: this checkout for /opt/congkhai, this test's env file and data. */
function renderAll(): void {
  fs.mkdirSync(renderedDir, { recursive: true })
  for (const name of UNITS) fs.writeFileSync(path.join(renderedDir, name), renderUnit(read(name), { installDir: repoRoot, envFile, dataDir }))
}

describe('deploy/systemd units', () => {
  it('each unit passes systemd-analyze verify without a warning, with the paths of a real install', () => {
    const analyze = spawnSync('systemd-analyze', ['--version'])
    expect(analyze.error, 'systemd-analyze is missing: apt-get install -y systemd').toBeUndefined()
    fs.writeFileSync(envFile, fs.readFileSync(path.join(unitsDir, 'congkhai.env.example')))
    renderAll()
    for (const name of UNITS) {
      // verify also checks that each command exists: rendered, they are this checkout's node and dist/ bundles.
      const result = spawnSync('systemd-analyze', ['verify', '--man=no', path.join(renderedDir, name)], { encoding: 'utf8' })
      expect({ name, status: result.status, stderr: result.stderr.trim() }).toEqual({ name, status: 0, stderr: '' })
    }
    // The installed form must not be verified by accident: it names /opt/congkhai, which does not exist here.
    const original = spawnSync('systemd-analyze', ['verify', '--man=no', path.join(unitsDir, UNITS[0])], { encoding: 'utf8' })
    expect(original.stderr).toContain(`${INSTALL_PATHS.installDir}/node_modules/.bin/node is not executable`)
  })

  it.each(UNITS)('%s restarts on failure, runs unprivileged and may write only its data', (name) => {
    const s = serviceSettings(read(name))
    const one = (key: string) => s.get(key)?.join(' ')
    expect(one('User')).toBe('congkhai')
    expect(one('Restart')).toBe('on-failure')
    expect(Number(one('RestartSec'))).toBeGreaterThan(0)
    expect(read(name)).toMatch(/^StartLimitBurst=\d+$/m)
    expect(one('NoNewPrivileges')).toBe('yes')
    expect(one('ProtectSystem')).toBe('strict')
    expect(one('ProtectHome')).toBe('yes')
    expect(one('PrivateTmp')).toBe('yes')
    expect(one('EnvironmentFile')).toBe(INSTALL_PATHS.envFile)
    // Writable: the data folder, and for the site the scratch folders `astro build` writes beside its sources.
    for (const writable of one('ReadWritePaths')!.split(/\s+/)) {
      expect(writable.replace(/^-/, '')).toMatch(new RegExp(`^(${INSTALL_PATHS.dataDir}|${INSTALL_PATHS.installDir}/site/(\\.astro|node_modules/\\.astro|node_modules/\\.vite))$`))
    }
    // Compiled entry points only, never the TypeScript sources through a loader.
    for (const command of [...(s.get('ExecStartPre') ?? []), ...(s.get('ExecStart') ?? [])]) {
      expect(command).toMatch(new RegExp(`^${INSTALL_PATHS.installDir}/node_modules/\\.bin/node( --[\\w-]+(=\\d+)?)* ${INSTALL_PATHS.installDir}/dist/\\S+\\.mjs( --if-empty)?$`))
    }
  })

  it("the CMS's migrations run before it starts", () => {
    expect(serviceSettings(read('congkhai-cms.service')).get('ExecStartPre')?.[0]).toBe(`${INSTALL_PATHS.installDir}/node_modules/.bin/node ${INSTALL_PATHS.installDir}/dist/scripts/migrate.mjs`)
  })
})

describe("the units' commands", () => {
  const running: ChildProcess[] = []
  let log = ''
  let ports: { cms: number; site: number }

  beforeAll(async () => {
    // What `npm run build` leaves on a server; skipped when current.
    await buildAll(repoRoot, { ifStale: true, log: (line) => console.log(`[build] ${line}`) })
    // An external PostgreSQL (DATABASE_URI), as with Debian's package: a database of its own on the tests' server.
    const database = `congkhai_units_${Date.now()}`
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URI })
    await admin.connect()
    await admin.query(`CREATE DATABASE ${database}`)
    await admin.end()
    const uri = new URL(process.env.DATABASE_URI!)
    uri.pathname = `/${database}`
    ports = { cms: await freePort(), site: await freePort() }
    const secret = () => randomBytes(24).toString('base64url')
    const overrides: Record<string, string> = {
      DATABASE_URI: uri.href,
      DATA_DIR: dataDir,
      BUILDS_DIR: path.join(dataDir, 'builds'),
      SEARCH_SNAPSHOT_PATH: path.join(dataDir, 'search/index.json'),
      CMS_PORT: String(ports.cms),
      CMS_URL: `http://127.0.0.1:${ports.cms}`,
      SITE_PORT: String(ports.site),
      SITE_URL: `http://127.0.0.1:${ports.site}`,
      PUBLISH_WEBHOOK_URL: `http://127.0.0.1:${ports.site}/_internal/publish`,
      PAYLOAD_SECRET: secret(),
      PUBLISH_SECRET: secret(),
      SITE_API_KEY: secret(),
      BUILD_API_KEY: secret(),
      ADMIN_PASSWORD: secret(),
    }
    const example = readEnvironmentFile(path.join(unitsDir, 'congkhai.env.example'))
    expect(Object.keys(overrides).filter((name) => !(name in example)), 'every variable set here is in the example').toEqual([])
    fs.writeFileSync(envFile, Object.entries({ ...example, ...overrides }).map(([name, value]) => `${name}=${value}`).join('\n'))
    fs.mkdirSync(dataDir, { recursive: true })
    // The install steps (docs/operations.md) create the scratch folders `astro build` writes in the site's sources,
    // owned by the service's user, as systemd does the state folder (StateDirectory=).
    for (const dir of [dataDir, ...['site/.astro', 'site/node_modules/.astro', 'site/node_modules/.vite'].map((d) => path.join(repoRoot, d))]) {
      fs.mkdirSync(dir, { recursive: true })
      spawnSync('chown', ['-R', `${NOBODY}:${NOBODY}`, dir])
    }
    renderAll()
  }, 30 * 60_000)

  afterAll(async () => {
    const pids = running.flatMap((child) => (child.pid ? processTree(child.pid) : []))
    for (const child of running) child.kill('SIGTERM')
    await new Promise((resolve) => setTimeout(resolve, 3000))
    for (const pid of pids) {
      try {
        process.kill(pid, 'SIGKILL')
      } catch {
        // Already gone.
      }
    }
  }, 60_000)

  /**
   * Shell commands that let the unprivileged user reach the checkout at its own path in this mount namespace, when a
   * folder above it is closed to others (a clone in `/root` or a mode-700 `mktemp -d`, as `npm test` is run there):
   * the topmost such folder is covered with an empty tmpfs holding only the path down to the checkout, bound back.
   *
   * @remarks On a server the units' checkout is `/opt/congkhai`, open to its user; here the checkout may be anywhere.
   */
  const reachable = (): string => {
    let closed: string | undefined
    for (let dir = path.dirname(repoRoot); dir !== path.dirname(dir); dir = path.dirname(dir)) if ((fs.statSync(dir).mode & 0o001) === 0) closed = dir
    if (!closed) return ''
    // Outside the folder about to be covered, so the checkout can be bound back from it; removed after the tests.
    const hold = fs.mkdtempSync(path.join(os.tmpdir(), 'congkhai-units-'))
    holds.push(hold)
    return `mount --bind '${repoRoot}' '${hold}' && mount -t tmpfs -o mode=755 tmpfs '${closed}' && mkdir -p '${repoRoot}' && mount --bind '${hold}' '${repoRoot}' && `
  }

  /**
   * Runs a unit's command as systemd would: its folder, only the unit's environment, an unprivileged user (`nobody`
   * standing for `congkhai`) without new privileges, and the checkout read-only but for the unit's `ReadWritePaths`
   * (`ProtectSystem=strict` as it applies to the install), in a mount namespace of its own; output kept for the report.
   */
  const exec = (name: string, argv: string[], unit: ReturnType<typeof unitCommands>) => {
    const writable = unit.writable.map((dir) => `mount --bind '${dir}' '${dir}' && mount -o remount,bind,rw '${dir}' && `).join('')
    const user = `setpriv --reuid=${NOBODY} --regid=${NOBODY} --clear-groups --no-new-privs`
    const script = `${reachable()}mount --bind -o ro '${repoRoot}' '${repoRoot}' && ${writable}cd '${unit.cwd}' && exec ${user} "$@"`
    // systemd sets HOME and USER for a unit's User=; the install steps make the state folder congkhai's home.
    const env: Record<string, string> = { ...unit.env, HOME: dataDir, USER: 'nobody', LOGNAME: 'nobody' }
    const child = spawn('unshare', ['--mount', 'sh', '-c', script, 'sh', ...argv], { cwd: unit.cwd, env: env as NodeJS.ProcessEnv, stdio: ['ignore', 'pipe', 'pipe'] })
    for (const stream of [child.stdout, child.stderr]) stream.on('data', (chunk: Buffer) => (log += `[${name}] ${chunk}`))
    return child
  }

  it('ExecStartPre then ExecStart bring the CMS and the site up on compiled JavaScript, without tsx', async () => {
    onTestFailed(() => console.log(log.split('\n').slice(-80).join('\n')))
    const units = Object.fromEntries(UNITS.map((name) => [name, unitCommands(fs.readFileSync(path.join(renderedDir, name), 'utf8'))]))
    const cms = units['congkhai-cms.service']
    const site = units['congkhai-site.service']
    expect(cms.env.NODE_OPTIONS).toBeUndefined()
    expect(cms.env.REQUIRE_SECRETS).toBe('true')

    for (const argv of cms.pre) {
      const child = exec(path.basename(argv[1]), argv, cms)
      expect(await new Promise((resolve) => child.on('exit', resolve)), argv.join(' ')).toBe(0)
    }
    expect(log).toMatch(/Migrated:\s+20261127_100942_initial/)

    running.push(exec('cms', cms.main, cms))
    await waitForHttp(`http://127.0.0.1:${ports.cms}/api/health`, 5 * 60_000, async (res) => res.ok && ((await res.json()) as { database: { ok: boolean } }).database.ok)
    const login = await fetch(`http://127.0.0.1:${ports.cms}/admin/login`)
    expect(login.status).toBe(200)
    // A browser asset of the admin, which the standalone build leaves out unless the build copies it in.
    const asset = /\/_next\/static\/[^"]+\.js/.exec(await login.text())?.[0]
    expect(asset).toBeTruthy()
    expect((await fetch(`http://127.0.0.1:${ports.cms}${asset}`)).status).toBe(200)

    running.push(exec('site', site.main, site))
    const siteUrl = `http://127.0.0.1:${ports.site}`
    await waitForHttp(`${siteUrl}/_internal/status`, 10 * 60_000)
    const home = await fetch(`${siteUrl}/`)
    expect(home.status).toBe(200)
    expect(await home.text()).toContain('<html lang="vi"')
    const search = await fetch(`${siteUrl}/api/search?q=${encodeURIComponent('hộ tịch')}`)
    expect(search.status).toBe(200)
    expect(((await search.json()) as { hits: unknown[] }).hits.length).toBeGreaterThan(0)

    // Nothing was written outside the writable paths: the read-only checkout would have failed the commands above.
    // No process of either tree (servers, `astro build`, search threads' process) loads TypeScript through tsx.
    const tree = running.flatMap((child) => processTree(child.pid!))
    const cmdlines = tree.map((pid) => fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' '))
    expect(cmdlines.filter((line) => /tsx/.test(line))).toEqual([])
    expect(cmdlines.filter((line) => /\/dist\/(cms\/server|site\/host)\.mjs/.test(line))).toHaveLength(2)
    for (const pid of tree) expect(fs.readFileSync(`/proc/${pid}/environ`, 'utf8')).not.toMatch(/NODE_OPTIONS=\S/)
    // And all of them run as the unprivileged user.
    expect(new Set(tree.map((pid) => /^Uid:\s+(\d+)/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]))).toEqual(new Set([String(NOBODY)]))
    // Nor do the bundles import it (the search threads once registered tsx themselves). A command line naming it for
    // a run from the sources (reindexProcess.ts) is left in a branch compiled code never takes: the check above of
    // every process's command line is what shows it is not taken.
    for (const name of Object.keys(ENTRY_POINTS)) expect(fs.readFileSync(path.join(repoRoot, 'dist', `${name}.mjs`), 'utf8'), name).not.toMatch(/(\bfrom\s*|\bimport\s*\(?\s*)["']tsx(\/[^"']*)?["']/)
  }, 20 * 60_000)
})
