/**
 * `npm run bench:load [-- --connections 200 --duration 60 --static-duration 10]`: starts the whole system on the demo
 * content in `.data/bench-load` (free loopback ports), then
 * 1. loads the production path (deploy/nginx/congkhai.conf in front of the site server) with a mix of every page
 *    type and search for `--duration` seconds over `--connections` connections, and the Node site server alone with
 *    the same mix, and counts errors;
 * 2. measures static page throughput on the same files through the production nginx config, a plain nginx, and the
 *    Node site server.
 * Figures go to `docs/benchmarks.md` under "Load". Everything stays on loopback.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import { readFile } from 'node:fs/promises'
import { cpus } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import autocannon, { type Result } from 'autocannon'
import { writeBenchmarkSection } from '../scripts/lib/benchmarksFile'
import { plainServerBlock, productionServerBlock, startNginx, type RunningNginx } from '../scripts/lib/nginx'
import { freePort, stackEnv, stopService, waitForHttp } from '../scripts/lib/processes'
import { treeCpuSeconds } from '../scripts/lib/processTree'
import { percentile } from './percentile'

const repoRoot = path.resolve(import.meta.dirname, '..')
const { values } = parseArgs({
  options: {
    connections: { type: 'string', default: '200' },
    duration: { type: 'string', default: '60' },
    'static-duration': { type: 'string', default: '10' },
    'static-connections': { type: 'string', default: '50' },
  },
})
const connections = Number(values.connections)
const duration = Number(values.duration)
const staticDuration = Number(values['static-duration'])
const staticConnections = Number(values['static-connections'])
/** Rounds of the static-page comparison; each target's median round is reported. */
const STATIC_ROUNDS = 9
const log = (line: string) => console.log(`bench:load: ${line}`)
const loadAverage = async () => (await readFile('/proc/loadavg', 'utf8')).split(' ').slice(0, 3).join(' ')

/** Search requests of the mix: typed with and without marks, a document number, a filter, the HTML results page. */
const SEARCHES = [
  '/api/search?q=h%E1%BB%99%20chi%E1%BA%BFu',
  '/api/search?q=ho%20chieu',
  '/api/search?q=the%20abtc',
  '/api/search?q=06%2F2020%2FQ%C4%90-TTg',
  '/api/search?type=legal-document&sort=newest',
  '/api/search?q=hoi%20nghi%20quoc%20te&type=procedure',
  '/tim-kiem?q=ho%20chieu',
  '/en/tim-kiem?q=visa',
]

interface Run {
  result: Result
  latencies: number[]
}

function load(base: string, paths: string[], conns: number, seconds: number): Promise<Run> {
  let next = 0
  const latencies: number[] = []
  return new Promise((done, reject) => {
    const instance = autocannon(
      { url: base, connections: conns, duration: seconds, requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] }) }] },
      (error, result) => (error ? reject(error) : done({ result, latencies })),
    )
    instance.on('response', (_client, _status, _bytes, ms) => latencies.push(ms))
  })
}

function summary({ result, latencies }: Run) {
  const sorted = [...latencies].sort((a, b) => a - b)
  const [p50, p95, p99] = [0.5, 0.95, 0.99].map((share) => Math.round(percentile(sorted, share)))
  return { p50, p95, p99, max: Math.round(sorted.at(-1) ?? 0), rps: result.requests.average, total: result.requests.total, non2xx: result.non2xx, errors: result.errors, timeouts: result.timeouts }
}

const dataDir = path.join(repoRoot, '.data/bench-load')
fs.rmSync(dataDir, { recursive: true, force: true })
const [cmsPort, sitePort, postgresPort] = [await freePort(), await freePort(), await freePort()]
const siteUrl = `http://127.0.0.1:${sitePort}`
// Every request comes from loopback, at a rate no citizen reaches: the per-address search limit would answer 429.
const env: Record<string, string> = { ...stackEnv(dataDir, { cms: cmsPort, site: sitePort, postgres: postgresPort }), SEARCH_REQUESTS_PER_MINUTE: '0' }
log('starting the system on the demo content (CMS build reused when current)…')
const child = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'scripts/start.ts')], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] })
child.stdout.on('data', (chunk: Buffer) => {
  for (const line of chunk.toString().split('\n')) if (/\[start\]/.test(line)) console.log(line)
})
const stack = { child, exited: new Promise<number | null>((resolve) => child.on('exit', resolve)) }
const nginxes: RunningNginx[] = []
try {
  await waitForHttp(`${siteUrl}/_internal/status`, 20 * 60_000)
  const loadBefore = await loadAverage()
  const sitemap = await (await fetch(`${siteUrl}/sitemap.xml`)).text()
  const pages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname)
  if (pages.length === 0) throw new Error('the sitemap lists no page')
  // One search for every four pages, interleaved, so every kind runs throughout.
  const mix = pages.flatMap((page, i) => (i % 4 === 3 ? [page, SEARCHES[Math.floor(i / 4) % SEARCHES.length]] : [page]))
  for (const p of mix) {
    const res = await fetch(siteUrl + p)
    if (!res.ok) throw new Error(`${p} answered ${res.status} before the load`)
    await res.arrayBuffer()
  }

  const buildsDir = env.BUILDS_DIR
  const clientDir = fs.realpathSync(path.join(buildsDir, 'current/client'))
  // Static throughput compares the pages that are files; the sitemap also lists on-demand ones (search, feedback).
  const files = pages.filter((p) => [path.join(p, 'index.html'), p].some((f) => fs.statSync(path.join(clientDir, f), { throwIfNoEntry: false })?.isFile()))

  log('timing each search one at a time (median of 5)…')
  const alone: [string, number][] = []
  for (const p of [...SEARCHES, files[0], files[Math.floor(files.length / 2)]]) {
    const times: number[] = []
    for (let i = 0; i < 5; i++) {
      const started = performance.now()
      await (await fetch(siteUrl + p)).arrayBuffer()
      times.push(performance.now() - started)
    }
    alone.push([p, Math.round(times.sort((a, b) => a - b)[2])])
  }
  const prodPort = await freePort()
  const production = await startNginx(productionServerBlock({ port: prodPort, buildsDir, upstreamPort: sitePort }), prodPort, { workers: 'auto' })
  nginxes.push(production)
  const plainPort = await freePort()
  const plain = await startNginx(plainServerBlock({ port: plainPort, root: clientDir }), plainPort, { workers: 'auto' })
  nginxes.push(plain)

  log(`mixed load through nginx: ${mix.length} URLs (${pages.length} pages from the sitemap, ${SEARCHES.length} searches), ${connections} connections, ${duration} s…`)
  const mixedNginx = summary(await load(production.url, mix, connections, duration))
  console.log(mixedNginx)
  log(`mixed load on the Node site server alone, ${connections} connections, ${duration} s…`)
  const mixedNode = summary(await load(siteUrl, mix, connections, duration))
  console.log(mixedNode)

  log(`search only on the Node site server, 20 connections, ${staticDuration} s…`)
  const searchOnly = summary(await load(siteUrl, SEARCHES, 20, staticDuration))
  console.log(searchOnly)

  const staticRuns: { name: string; url: string; pid?: number }[] = [
    { name: 'plain nginx on the same files', url: plain.url, pid: plain.pid },
    { name: 'production path (deploy/nginx/congkhai.conf)', url: production.url, pid: production.pid },
    { name: 'Node site server (host.ts, @astrojs/node)', url: siteUrl },
  ]
  // The machine is shared and autocannon takes about as much CPU as nginx: throughput swings by a fifth from one run
  // to the next. So the two nginx runs of a round go back to back, in turns first, and the ratio is the median of
  // the rounds' ratios; each nginx's CPU per request (its master and workers, from /proc) is the steadier measure of
  // what the configuration costs.
  const rounds: (ReturnType<typeof summary> & { cpuMsPer1k?: number })[][] = staticRuns.map(() => [])
  const ratios: number[] = []
  for (let round = 1; round <= STATIC_ROUNDS; round++) {
    const order = round % 2 === 1 ? [0, 1, 2] : [1, 0, 2]
    for (const i of order) {
      const { name, url, pid } = staticRuns[i]
      log(`static pages, round ${round}/${STATIC_ROUNDS}: ${name}, ${staticConnections} connections, ${staticDuration} s…`)
      const cpuBefore = pid ? treeCpuSeconds(pid) : 0
      const run = summary(await load(url, files, staticConnections, staticDuration))
      rounds[i].push({ ...run, cpuMsPer1k: pid ? ((treeCpuSeconds(pid) - cpuBefore) * 1e6) / run.total : undefined })
      console.log(rounds[i].at(-1))
    }
    ratios.push(rounds[1][round - 1].rps / rounds[0][round - 1].rps)
  }
  const middle = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
  const median = (runs: ReturnType<typeof summary>[]) => [...runs].sort((a, b) => a.rps - b.rps)[Math.floor(runs.length / 2)]
  const staticResults: [string, ReturnType<typeof summary>][] = staticRuns.map(({ name }, i) => [name, median(rounds[i])])
  const perRound = (i: number) => rounds[i].map((r) => r.rps.toFixed(0)).join(' / ')
  const ratio = middle(ratios)
  const [plainCpu, prodCpu] = [0, 1].map((i) => middle(rounds[i].map((r) => r.cpuMsPer1k ?? 0)))

  const row = (name: string, s: ReturnType<typeof summary>) =>
    `| ${name} | ${s.rps.toFixed(0)} | ${s.p50} / ${s.p95} / ${s.p99} / ${s.max} ms | ${s.total} | ${s.non2xx} | ${s.errors} | ${s.timeouts} |`
  const header = ['| Target | req/s | latency p50 / p95 / p99 / max | requests | non-2xx | errors | timeouts |', '| --- | --- | --- | --- | --- | --- | --- |']
  const zero = (s: ReturnType<typeof summary>) => s.non2xx + s.errors + s.timeouts === 0
  const body = [
    `\`npm run bench:load\`, ${new Date().toISOString().slice(0, 10)}.`,
    '',
    `nproc: ${execFileSync('nproc').toString().trim()} (${cpus()[0]?.model ?? 'unknown CPU'}); ${spawnSync('nginx', ['-v'], { encoding: 'utf8' }).stderr.trim().replace('nginx version: ', '')}, Node ${process.version}.`,
    `Load average before / after the run: ${loadBefore} / ${await loadAverage()} (the machine is shared with other work; autocannon, nginx, the site server, the CMS and PostgreSQL share its cores).`,
    '',
    `**Mixed load**: ${connections} connections for ${duration} s over ${mix.length} URLs — the ${pages.length} pages of the demo content's sitemap (home, lists, filters, details, English mirror) with one of ${SEARCHES.length} searches (\`/api/search\` with and without marks, a document number, filters; \`/tim-kiem\` HTML) after every third page.`,
    '',
    ...header,
    row('production path: nginx, search proxied to Node', mixedNginx),
    row('Node site server alone', mixedNode),
    '',
    `Target: zero errors — ${zero(mixedNginx) ? 'met' : 'not met'} through nginx, ${zero(mixedNode) ? 'met' : 'not met'} on the Node server alone.`,
    '',
    'Errors counted by autocannon are requests with no answer within 10 s (its timeout) or a broken connection; non-2xx are answers with an error status. Static pages through nginx never reach Node; searches all do, one process on a shared core, so the search figures below bound what the mix can sustain.',
    '',
    `Search alone on the Node site server, 20 connections for ${staticDuration} s: ${searchOnly.rps.toFixed(0)} req/s, p50 / p95 / p99 ${searchOnly.p50} / ${searchOnly.p95} / ${searchOnly.p99} ms, ${searchOnly.non2xx + searchOnly.errors} failed.`,
    '',
    'One request at a time on the Node site server (median of 5):',
    '',
    '| URL | ms |',
    '| --- | --- |',
    ...alone.map(([p, ms]) => `| \`${decodeURIComponent(p)}\` | ${ms} |`),
    '',
    `**Static pages**: the ${files.length} sitemap pages that are files, ${staticConnections} connections for ${staticDuration} s per run, over ${STATIC_ROUNDS} rounds. In each round the two nginx runs go back to back (plain first in odd rounds, production first in even ones), then Node; each row is the target's median round (req/s per round: plain nginx ${perRound(0)}; production path ${perRound(1)}; Node ${perRound(2)}).`,
    '',
    ...header,
    ...staticResults.map(([name, s]) => row(name, s)),
    '',
    `Production path vs plain nginx: ${ratio.toFixed(2)}×, the median of the rounds' ratios (${ratios.map((r) => r.toFixed(2)).join(' / ')}; target ≥ 0.9×: ${ratio >= 0.9 ? 'met' : 'not met'}). CPU of nginx (master and workers) per 1,000 requests, median round: plain ${plainCpu.toFixed(0)} ms, production ${prodCpu.toFixed(0)} ms. The production config adds gzip, caching and security headers and keeps open files for a second (\`open_file_cache\`); both nginx runs use \`worker_processes auto\`. autocannon runs on the same two cores.`,
  ].join('\n')
  for (const line of body.split('\n').filter((l) => l.startsWith('|') || l.startsWith('Target') || l.startsWith('Production'))) console.log(line)
  await writeBenchmarkSection(path.join(repoRoot, 'docs/benchmarks.md'), 'Load', body)
  log('wrote docs/benchmarks.md (Load)')
} catch (error) {
  console.error(`bench:load: ${(error as Error).message}`)
  process.exitCode = 1
} finally {
  for (const n of nginxes) await n.stop()
  await stopService(stack, 30_000)
}
