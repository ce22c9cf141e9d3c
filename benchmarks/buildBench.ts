/**
 * `npm run bench:build [-- --sizes 1000,10000]`: the public site's full build (`astro build` against a CMS serving the
 * benchmark dataset) beside Hugo building the same pages from the same data, at each size: seconds, seconds per 1,000
 * pages, pages built, peak memory of the whole process tree, and the ratio to Hugo. Results go to
 * `docs/benchmarks.md` under "Full site build".
 *
 * @remarks Each size has its own data folder (`.data/bench-<size>`, shared with `bench:publish` and kept between runs; generating 10k takes
 * minutes the first time). Ports: CMS `--cms-port` (3320), PostgreSQL `--postgres-port` (54380). Hugo is Debian's
 * (`apt-get install hugo`); without it the Astro figures are still measured and the table says Hugo is missing.
 */
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import { readFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import readline from 'node:readline'
import { parseArgs } from 'node:util'
import { installationSecrets } from '@congkhai/contracts/installation-secrets'
import { siteConfig } from '@congkhai/site/config'
import { astroBuildArgs } from '@congkhai/site/publish'
import { POPULATE, SORTS } from '@congkhai/site/published'
import { writeBenchmarkSection } from '../scripts/lib/benchmarksFile'
import { cmsBuildFingerprint, cmsBuildIsCurrent, markCmsBuild } from '../scripts/lib/cmsBuild'
import { datasetDir, ensureDataset, type DatasetFile } from '../scripts/lib/dataset'
import { run, startService, stopService, waitForHttp } from '../scripts/lib/processes'
import { sampleTreeRss, treeCpuSeconds } from '../scripts/lib/processTree'
import { writeHugoSite } from './hugoSite'

/** The issue's targets; the speed target is set at 10,000 documents (a small build is mostly Astro's start-up and bundling). */
const TARGETS = { secondsPer1k: 2, speedAt: 10_000, peakMb: 1536, hugoRatio: 4 }
const repoRoot = path.resolve(import.meta.dirname, '..')
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    'cms-port': { type: 'string', default: '3320' },
    'postgres-port': { type: 'string', default: '54380' },
    /** Serve with the CMS build in cms/.next even if the sources changed since (saves its minutes-long rebuild). */
    'reuse-cms-build': { type: 'boolean', default: false },
  },
})
const sizes = values.sizes.split(',').map(Number)
const cmsPort = Number(values['cms-port'])
const postgresPort = Number(values['postgres-port'])
const cmsUrl = `http://localhost:${cmsPort}`
const node = process.execPath
const bin = (pkg: string, file: string) => path.join(repoRoot, 'node_modules', pkg, file)
const log = (line: string) => console.log(`bench:build: ${line}`)
const loadAverage = async () => (await readFile('/proc/loadavg', 'utf8')).split(' ').slice(0, 3).join(' ')

/** One measured build. */
interface Measured {
  seconds: number
  /** User + system CPU time of the build and every process it waited for (`/usr/bin/time`). */
  cpuSeconds: number
  peakBytes: number
  pages: number
  /** Lines of the tool's output, for the phase times. */
  output: string[]
}

/** Runs a build command, timing it and sampling the memory of its whole process tree. */
async function measure(name: string, command: string, args: string[], opts: { cwd: string; env?: Record<string, string>; outDir: string }): Promise<Measured> {
  fs.rmSync(opts.outDir, { recursive: true, force: true })
  const timeFile = path.join(os.tmpdir(), `congkhai-bench-build-${process.pid}-${name}.time`)
  const started = process.hrtime.bigint()
  const child = spawn('/usr/bin/time', ['-f', '%U %S', '-o', timeFile, command, ...args], { cwd: opts.cwd, env: { ...process.env, ...opts.env }, stdio: ['ignore', 'pipe', 'pipe'] })
  const sampler = sampleTreeRss(child.pid!, 100)
  const output: string[] = []
  for (const stream of [child.stdout, child.stderr]) {
    readline.createInterface({ input: stream }).on('line', (raw) => {
      const line = raw.replace(/\x1b\[[0-9;]*m/g, '')
      output.push(line)
      if (/Completed in|pages? built|Complete!|error|Error|Total in/i.test(line)) console.log(`[${name}] ${line.trim()}`)
    })
  }
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  const peakBytes = sampler.stop()
  if (code !== 0) throw new Error(`${name} failed (exit ${code}):\n${output.slice(-30).join('\n')}`)
  const [user = 0, system = 0] = fs.readFileSync(timeFile, 'utf8').trim().split('\n').pop()!.split(' ').map(Number)
  fs.rmSync(timeFile, { force: true })
  return { seconds, cpuSeconds: user + system, peakBytes, pages: countHtml(opts.outDir), output }
}

/** HTML files with content (Hugo's theme leaves the oldest-first output of non-legal lists empty). */
function countHtml(dir: string): number {
  let count = 0
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.html') && fs.statSync(path.join(entry.parentPath, entry.name)).size > 0) count++
  }
  return count
}

/** A duration as Astro writes it: `812ms`, `4.32s`, `2m 30s`. */
function seconds(text: string): number {
  const match = /(?:(\d+)m\s*)?([\d.]+)(ms|s)\b/.exec(text)
  if (!match) return 0
  return Number(match[1] ?? 0) * 60 + Number(match[2]) / (match[3] === 'ms' ? 1000 : 1)
}

/** Seconds Astro reports for bundling (its vite builds) and for prerendering the static routes. */
function astroPhases(output: string[]): string {
  const bundling = output.filter((line) => /\[vite\] ✓ built in/.test(line)).reduce((sum, line) => sum + seconds(line.split('built in')[1]!), 0)
  const start = output.findIndex((line) => /(prerendering|generating) static routes/i.test(line))
  const done = output.slice(start + 1).find((line) => /✓ Completed in/.test(line))
  const prerender = start >= 0 && done ? seconds(done.split('Completed in')[1]!) : 0
  return `bundling (vite) ${bundling.toFixed(1)} s, prerendering the static routes (including the wait for the CMS reads, which start with the build, side by side with the bundling) ${prerender.toFixed(1)} s`
}

/**
 * Times the requests a build makes to the CMS for its big lists, one after another, as `listPublished` makes them:
 * each collection's published ids in order, then its documents in every language, 500 ids a request, uncompressed,
 * with the build's key (the CMS answers an anonymous list without pages 400).
 */
async function timeCmsReads(buildApiKey: string): Promise<{ seconds: number; requests: number }> {
  const started = Date.now()
  let requests = 0
  const get = async <T>(query: string): Promise<T> => {
    requests++
    const res = await fetch(`${cmsUrl}/api/${query}`, { headers: { 'accept-encoding': 'identity', authorization: `users API-Key ${buildApiKey}` } })
    if (!res.ok) throw new Error(`CMS ${query.slice(0, 80)}… answered ${res.status}`)
    return (await res.json()) as T
  }
  for (const collection of ['legal-documents', 'procedures', 'news'] as const) {
    const { docs } = await get<{ docs: { id: number }[] }>(`${collection}?pagination=false&select[id]=true&depth=0&sort=${SORTS[collection]}`)
    for (let i = 0; i < docs.length; i += 500) {
      const ids = docs.slice(i, i + 500).map((doc) => doc.id)
      await get(`${collection}?where[id][in]=${ids.join(',')}&limit=${ids.length}&depth=1&${POPULATE}&locale=all`)
    }
  }
  return { seconds: (Date.now() - started) / 1000, requests }
}

async function waitForPostgres(databaseUri: string, timeoutMs: number): Promise<void> {
  const { default: pg } = await import('pg')
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const client = new pg.Client({ connectionString: databaseUri, connectionTimeoutMillis: 2000 })
    try {
      await client.connect()
      await client.end()
      return
    } catch (err) {
      if (Date.now() > deadline) throw new Error(`PostgreSQL (${new URL(databaseUri).port}) not ready: ${(err as Error).message}`)
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
  }
}

const hugoVersion = spawnSync('hugo', ['version'], { encoding: 'utf8' })
const hugo = hugoVersion.status === 0 ? hugoVersion.stdout.trim().split(' ').slice(0, 2).join(' ') : null
if (!hugo) log('hugo không có (hugo is missing): apt-get install -y hugo; measuring the Astro site only')

const cmsRoot = path.join(repoRoot, 'cms')
const fingerprint = cmsBuildFingerprint(cmsRoot)
const reuse = values['reuse-cms-build'] && fs.existsSync(path.join(cmsRoot, '.next', 'BUILD_ID'))
if (reuse) log('reusing the CMS build in cms/.next as it is (--reuse-cms-build)')
else if (!cmsBuildIsCurrent(cmsRoot, fingerprint)) {
  log('building the CMS (Next.js production build, a few minutes the first time)')
  await run('cms build', node, [bin('next', 'dist/bin/next'), 'build'], { cwd: cmsRoot, env: { NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' }, filter: (l) => /rror|Compiled/.test(l) })
  markCmsBuild(cmsRoot, fingerprint)
}

/** Writes the rows measured so far, so an interrupted run still records the sizes it finished. */
async function writeSection(): Promise<string> {
  const body = [
    `\`npm run bench:build\`, ${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}, ${hugo ?? 'Hugo missing'}.`,
    `Load average before / after: ${loadBefore} / ${await loadAverage()} (the machine is shared; expect noise).`,
    '',
    'Full build of the public site (`astro build`, both languages, against the production CMS on loopback serving the',
    '`npm run bench:dataset` dataset of that size plus the demo seed) beside Hugo building the same content (detail pages',
    'per document and language, a list per filter value, news 10 a page) from the same dataset with the minimal theme in',
    '`benchmarks/hugo/`. Hugo writes each filter\'s list whole on one page; the site splits its lists into pages of 50',
    'legal documents or 100 procedures, so it writes more, lighter pages: compare seconds, not seconds per page.',
    'Seconds are wall time of the build command; peak is the largest sum of resident memory over the',
    'build\'s whole process tree, sampled every 100 ms. Pages are the HTML files written. CPU is user + system seconds of',
    'the build (`/usr/bin/time`) and, for Astro, of the CMS serving it during the build: on a busy machine wall time grows',
    'with other processes\' load, CPU time much less. The site is built as the site server builds it (`astroBuildArgs` in',
    `\`site/src/publish/buildSite.ts\`), its heap capped at SITE_BUILD_HEAP_MB (${siteConfig.SITE_BUILD_HEAP_MB} MB here).`,
    `Targets: ≤ ${TARGETS.secondsPer1k} s per 1,000 pages at ${TARGETS.speedAt.toLocaleString('en')} documents; at every size ≤ ${(TARGETS.peakMb / 1024).toFixed(1)} GB peak and within ${TARGETS.hugoRatio}× of Hugo's time.`,
    '',
    '| Documents | Builder | Pages | Seconds | CPU s | s / 1k pages | Peak MB | Time vs Hugo | Targets (s/1k / peak / vs Hugo) |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    ...notes,
  ].join('\n')
  await writeBenchmarkSection(path.join(repoRoot, 'docs/benchmarks.md'), 'Full site build', body)
  return body
}

const loadBefore = await loadAverage()
const rows: string[] = []
const notes: string[] = []
for (const size of sizes) {
  const dataDir = datasetDir(size)
  log(`[${size}] dataset in ${dataDir}`)
  const dataset: DatasetFile = await ensureDataset({ size, dataDir, port: postgresPort })
  const dbEnv = { DATA_DIR: dataDir, POSTGRES_PORT: String(postgresPort), DATABASE_URI: '' }
  const postgres = startService('postgres', node, ['--import', 'tsx', path.join(repoRoot, 'scripts/db.ts')], { cwd: repoRoot, env: dbEnv, filter: (l) => /rror/.test(l) })
  let cms: ReturnType<typeof startService> | undefined
  try {
    const databaseUri = `postgres://congkhai:${encodeURIComponent(installationSecrets(dataDir).EMBEDDED_POSTGRES_PASSWORD)}@127.0.0.1:${postgresPort}/congkhai`
    await waitForPostgres(databaseUri, 60_000)
    // A dataset made by an older version gets the newer migrations (indexes), as `npm start` would apply them.
    await run('migrate', node, [bin('payload', 'bin.js'), 'migrate'], { cwd: cmsRoot, env: { DATABASE_URI: databaseUri, NODE_ENV: 'production' }, filter: (l) => /Migrat|rror/.test(l) })
    cms = startService('cms', node, [path.join(cmsRoot, 'src/server.ts')], {
      cwd: cmsRoot,
      env: { DATA_DIR: dataDir, DATABASE_URI: databaseUri, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', CMS_URL: cmsUrl, CMS_PORT: String(cmsPort) },
      filter: (l) => /rror/.test(l),
    })
    await waitForHttp(`${cmsUrl}/api/health`, 120_000)
    const reads = await timeCmsReads(installationSecrets(dataDir).BUILD_API_KEY)
    log(`[${size}] CMS reads of the three big collections in every language: ${reads.requests} requests in ${reads.seconds.toFixed(1)} s`)

    const astroOut = path.join(dataDir, 'astro-out')
    log(`[${size}] astro build`)
    const cmsCpuBefore = treeCpuSeconds(cms.child.pid!)
    const astro = await measure('astro', node, astroBuildArgs(astroOut), {
      cwd: path.join(repoRoot, 'site'),
      env: { CMS_URL: cmsUrl, SITE_URL: 'http://localhost:4620', DATA_DIR: dataDir, ASTRO_TELEMETRY_DISABLED: '1' },
      outDir: astroOut,
    })
    const cmsCpu = treeCpuSeconds(cms.child.pid!) - cmsCpuBefore
    let hugoRun: Measured | undefined
    if (hugo) {
      const hugoDir = path.join(dataDir, 'hugo-site')
      const files = writeHugoSite(dataset.plan, hugoDir)
      log(`[${size}] hugo (${files} content files)`)
      hugoRun = await measure('hugo', 'hugo', ['--source', hugoDir, '--destination', path.join(hugoDir, 'public'), '--quiet'], { cwd: hugoDir, outDir: path.join(hugoDir, 'public') })
    }
    const mb = (bytes: number) => bytes / 1024 / 1024
    const per1k = (m: Measured) => (m.seconds / m.pages) * 1000
    const met = (ok: boolean) => (ok ? 'met' : '**not met**')
    const ratio = hugoRun ? astro.seconds / hugoRun.seconds : undefined
    rows.push(
      `| ${size.toLocaleString('en')} | Astro site | ${astro.pages.toLocaleString('en')} | ${astro.seconds.toFixed(1)} | ${astro.cpuSeconds.toFixed(1)} + CMS ${cmsCpu.toFixed(1)} | ${per1k(astro).toFixed(2)} | ${mb(astro.peakBytes).toFixed(0)} | ${ratio ? `${ratio.toFixed(1)}×` : 'no Hugo'} | ` +
        `${size === TARGETS.speedAt ? met(per1k(astro) <= TARGETS.secondsPer1k) : 'n/a'} / ${met(mb(astro.peakBytes) <= TARGETS.peakMb)} / ${ratio ? met(ratio <= TARGETS.hugoRatio) : 'n/a'} |`,
      hugoRun
        ? `| ${size.toLocaleString('en')} | Hugo | ${hugoRun.pages.toLocaleString('en')} | ${hugoRun.seconds.toFixed(1)} | ${hugoRun.cpuSeconds.toFixed(1)} | ${per1k(hugoRun).toFixed(2)} | ${mb(hugoRun.peakBytes).toFixed(0)} | 1× | |`
        : `| ${size.toLocaleString('en')} | Hugo | — | — | — | — | — | hugo missing | |`,
    )
    notes.push(`- ${size.toLocaleString('en')} documents (${dataset.result.legalDocuments} legal documents, ${dataset.result.procedures} procedures, ${dataset.result.news} news, plus the demo seed): Astro ${astroPhases(astro.output)}; reading the three big collections from the CMS in every language as the build does (${reads.requests} requests: the sorted ids, then 500 documents a request; here one after another) takes ${reads.seconds.toFixed(1)} s on its own.`)
    await writeSection()
  } finally {
    if (cms) await stopService(cms, 20_000)
    await stopService(postgres, 30_000)
  }
}

console.log(await writeSection())
process.exit(0)
