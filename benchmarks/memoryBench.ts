/**
 * `npm run bench:memory [-- --sizes demo,10000 --checkout /path/to/other/repo --label main --load-seconds 60 --ports 3350,4650,54390]`:
 * starts the whole system as `npm start` does (`npm start` itself, in a process group of its own, on loopback ports),
 * and samples the resident memory of every process of its tree every 250 ms, grouped by role (npm and its shell,
 * `scripts/start.ts`, PostgreSQL, the CMS, the site server with its search threads, the site build, anything else).
 * For each dataset (the demo seed; the `bench:dataset` dataset of that many documents) it records
 * 1. the start: from `npm start` until the first publish has settled (migrations, seed, the CMS, indexing, the build);
 * 2. idle: the steady memory 30 s after the start settled;
 * 3. a full publish requested through `/_internal/publish`;
 * 4. `--load-seconds` of search at 300 requests a second, evenly paced, with its latency;
 * 5. the steady memory 15 s after the load.
 * With `--checkout` (repeatable, each with a `--label`) the same runs are made on other checkouts too, one after the
 * other, so one run compares them side by side. Figures go to `docs/benchmarks.md` under "Memory" (`--section` names another heading).
 *
 * @remarks Every run gets a data folder of its own under `.data/bench-memory/` of this checkout (the 10k dataset is
 * copied there from `.data/bench-<size>`), so another checkout is only read: it runs its own `npm start`, which
 * writes nothing into it as long as its CMS build is current (checked first).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import { readFile } from 'node:fs/promises'
import { cpus, totalmem } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { writeBenchmarkSection } from '../scripts/lib/benchmarksFile'
import { cmsBuildFingerprint, cmsBuildIsCurrent } from '../scripts/lib/cmsBuild'
import { datasetDir, ensureDataset } from '../scripts/lib/dataset'
import { portInUse, stackEnv, waitForHttp } from '../scripts/lib/processes'
import { processRole, processTree } from '../scripts/lib/processTree'
import { waitForSiteSettled } from '../scripts/lib/siteReady'
import { benchDocuments } from './benchDocuments'
import { benchRequests } from './benchRequests'
import { pacedLoad } from './pacedLoad'
import { percentile } from './percentile'

const repoRoot = path.resolve(import.meta.dirname, '..')
const { values } = parseArgs({
  options: {
    source: { type: 'string', default: path.resolve(repoRoot, '../shared/data') },
    sizes: { type: 'string', default: 'demo,10000' },
    checkout: { type: 'string', multiple: true, default: [] },
    label: { type: 'string', multiple: true, default: [] },
    'this-label': { type: 'string', default: 'this checkout' },
    ports: { type: 'string', default: '3350,4650,54390' },
    'load-seconds': { type: 'string', default: '60' },
    'idle-seconds': { type: 'string', default: '30' },
    section: { type: 'string', default: 'Memory' },
    'skip-this': { type: 'boolean', default: false },
  },
})
const sharedData = path.resolve(values.source)
const TARGETS = { tenK: 1.5e9, demoIdle: 600e6, p95Ms: 20, rate: 300 }
const SAMPLE_MS = 250
const loadSeconds = Number(values['load-seconds'])
const idleSeconds = Number(values['idle-seconds'])
const [cmsPort, sitePort, postgresPort] = values.ports.split(',').map(Number) as [number, number, number]
const log = (line: string) => console.log(`bench:memory: ${line}`)
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const mb = (bytes: number) => `${Math.round(bytes / 1e6)}`
const loadAverage = async () => (await readFile('/proc/loadavg', 'utf8')).split(' ').slice(0, 3).join(' ')

if (values.checkout.length !== values.label.length) {
  console.error('bench:memory: mỗi --checkout cần một --label (each --checkout needs its --label)')
  process.exit(2)
}
const checkouts = [
  ...(values['skip-this'] ? [] : [{ label: values['this-label'], root: repoRoot }]),
  ...values.checkout.map((root, i) => ({ label: values.label[i]!, root: path.resolve(root) })),
]
/** Whether a checkout is from before the compiled runtime (`scripts/build.ts`), issue 19. */
function olderLayout(root: string): boolean {
  return !fs.existsSync(path.join(root, 'scripts/build.ts'))
}

for (const { label, root } of checkouts.filter((checkout) => checkout.root !== repoRoot)) {
  // Its `npm start` would otherwise build the CMS into that checkout. An older checkout builds and stamps its CMS its
  // own way (before standalone builds): there, a build its own `npm start` stamped is taken as current.
  const cms = path.join(root, 'cms')
  const ownWay = olderLayout(root) && fs.existsSync(path.join(cms, '.next/BUILD_ID')) && fs.existsSync(path.join(cms, '.next/congkhai-build-fingerprint'))
  if (!ownWay && !cmsBuildIsCurrent(cms, cmsBuildFingerprint(cms))) {
    console.error(`bench:memory: ${root} (${label}) has no current CMS build; run \`npm start\` there once first`)
    process.exit(2)
  }
}

/** The role of a process of the tree (see {@link processRole}). */
function roleOf(pid: number): string {
  try {
    return processRole(fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim())
  } catch {
    return 'gone'
  }
}

function rssOf(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))
    return Number(match?.[1] ?? 0) * 1024
  } catch {
    return 0
  }
}

/** One sample: RSS by role and in all, with how many processes each role had. */
interface Sample {
  total: number
  byRole: Map<string, { rss: number; count: number }>
}

function sample(root: number, roles: Map<number, string>): Sample {
  const byRole = new Map<string, { rss: number; count: number }>()
  let total = 0
  for (const pid of processTree(root)) {
    // Read at every sample, not once: a child caught between fork and exec still shows its parent's command line.
    const role = roleOf(pid)
    roles.set(pid, role)
    const rss = rssOf(pid)
    if (rss === 0) continue
    total += rss
    const entry = byRole.get(role) ?? { rss: 0, count: 0 }
    entry.rss += rss
    entry.count++
    byRole.set(role, entry)
  }
  return { total, byRole }
}

/** Samples a tree until stopped: the peak of the whole, the peak of each role, and the median of each. */
function recorder(root: number, roles: Map<number, string>) {
  const samples: Sample[] = []
  const timer = setInterval(() => samples.push(sample(root, roles)), SAMPLE_MS)
  return {
    stop(): Phase {
      clearInterval(timer)
      if (samples.length === 0) samples.push(sample(root, roles))
      const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? 0
      const names = new Set(samples.flatMap((s) => [...s.byRole.keys()]))
      const roleFigures = new Map(
        [...names].map((name) => {
          const list = samples.map((s) => s.byRole.get(name)?.rss ?? 0)
          return [name, { peak: Math.max(...list), median: median(list), count: Math.max(...samples.map((s) => s.byRole.get(name)?.count ?? 0)) }]
        }),
      )
      return { peak: Math.max(...samples.map((s) => s.total)), median: median(samples.map((s) => s.total)), roles: roleFigures, seconds: (samples.length * SAMPLE_MS) / 1000 }
    },
  }
}

interface Phase {
  peak: number
  median: number
  roles: Map<string, { peak: number; median: number; count: number }>
  seconds: number
}

interface Run {
  checkout: string
  dataset: string
  start: Phase
  idle: Phase
  publish: Phase
  load: Phase
  after: Phase
  search: { p50: number; p95: number; p99: number; rate: number; failed: number }
}

/** Starts `npm start` in `root` on `dataDir`, in a process group of its own. */
function startStack(root: string, dataDir: string): ChildProcess {
  // Every request comes from loopback, at a rate no citizen reaches: the per-address search limit would answer 429.
  const env: Record<string, string> = { ...stackEnv(dataDir, { cms: cmsPort, site: sitePort, postgres: postgresPort }), SEARCH_REQUESTS_PER_MINUTE: '0' }
  const child = spawn('npm', ['start'], {
    cwd: root,
    detached: true,
    env: { ...process.env, ...env, PATH: `${path.join(root, 'node_modules/.bin')}:${process.env.PATH}` },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  for (const stream of [child.stdout!, child.stderr!]) {
    stream.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) if (/\[start\]|rror|publish: (done|FAILED)/.test(line)) console.log(`  ${line.slice(0, 200)}`)
    })
  }
  return child
}

/** Stops the stack: SIGTERM to its start script (which stops the rest in order), then anything left of the tree. */
async function stopStack(child: ChildProcess, roles: Map<number, string>): Promise<void> {
  const tree = processTree(child.pid!)
  const start = tree.find((pid) => roles.get(pid) === 'start script (scripts/start)') ?? child.pid!
  try {
    process.kill(start, 'SIGTERM')
  } catch {
    // Already gone.
  }
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline && processTree(child.pid!).some((pid) => rssOf(pid) > 0)) await sleep(500)
  for (const pid of processTree(child.pid!)) {
    try {
      process.kill(pid, 'SIGKILL')
    } catch {
      // Gone meanwhile.
    }
  }
}

interface Status {
  state: string
  received: number
  published: number
  runs: { incremental: number; full: number }
}

async function status(site: string): Promise<Status> {
  return (await (await fetch(`${site}/_internal/status`)).json()) as Status
}

async function measure(checkout: { label: string; root: string }, size: string, paths: string[]): Promise<Run> {
  const dataDir = path.join(repoRoot, '.data/bench-memory', `${values.ports.replace(/\D+/g, '-')}-${checkout.label.replace(/\W+/g, '-')}-${size}`)
  fs.rmSync(dataDir, { recursive: true, force: true })
  fs.mkdirSync(path.dirname(dataDir), { recursive: true })
  if (size !== 'demo') {
    const source = datasetDir(Number(size))
    await ensureDataset({ size: Number(size), dataDir: source, port: postgresPort, source: sharedData })
    log(`${checkout.label}, ${size}: copying the dataset to ${dataDir}`)
    execFileSync('cp', ['-a', source, dataDir])
    for (const stale of ['site-builds', 'search']) fs.rmSync(path.join(dataDir, stale), { recursive: true, force: true })
    // A checkout from before issue 19 runs its embedded PostgreSQL as the `postgres` system user, on data that user
    // owns (this version runs it as the user who owns the data, and gives such a folder back to root on start).
    if (olderLayout(checkout.root)) execFileSync('chown', ['-R', 'postgres:postgres', path.join(dataDir, 'postgres')])
  } else {
    fs.mkdirSync(dataDir, { recursive: true })
  }
  fs.chmodSync(dataDir, 0o711)
  const site = `http://127.0.0.1:${sitePort}`
  // A server left over from an interrupted run would answer in place of the one started here, unmeasured.
  for (const port of [cmsPort, sitePort, postgresPort]) {
    if (await portInUse(port)) throw new Error(`port ${port} is in use: stop what listens there (an earlier run?) first`)
  }
  log(`${checkout.label}, ${size}: npm start in ${checkout.root}`)
  const roles = new Map<number, string>()
  const child = startStack(checkout.root, dataDir)
  // Interrupted (Ctrl-C), the stack is stopped too: its process group of its own would otherwise outlive the bench.
  const interrupted = () => void stopStack(child, roles).finally(() => process.exit(130))
  process.once('SIGINT', interrupted).once('SIGTERM', interrupted)
  try {
    let rec = recorder(child.pid!, roles)
    await Promise.race([
      waitForHttp(`${site}/_internal/status`, 60 * 60_000, (res) => res.status < 500),
      new Promise((_, reject) => child.on('exit', (code) => reject(new Error(`npm start exited (${code})`)))),
    ])
    await waitForSiteSettled(site)
    const start = rec.stop()
    log(`${checkout.label}, ${size}: up; peak ${mb(start.peak)} MB while starting; ${idleSeconds} s idle…`)
    await sleep(Math.max(0, idleSeconds - 10) * 1000)
    rec = recorder(child.pid!, roles)
    await sleep(10_000)
    const idle = rec.stop()
    log(`${checkout.label}, ${size}: idle ${mb(idle.median)} MB; a full publish…`)
    const secret = (JSON.parse(fs.readFileSync(path.join(dataDir, 'secrets.json'), 'utf8')) as { PUBLISH_SECRET: string }).PUBLISH_SECRET
    const before = await status(site)
    rec = recorder(child.pid!, roles)
    const res = await fetch(`${site}/_internal/publish`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-publish-secret': secret }, body: '{"full":true}' })
    if (!res.ok) throw new Error(`publish answered ${res.status}`)
    while ((await status(site)).runs.full === before.runs.full && (await status(site)).state !== 'failed') await sleep(500)
    await waitForSiteSettled(site)
    const publish = rec.stop()
    log(`${checkout.label}, ${size}: publish peak ${mb(publish.peak)} MB; search at ${TARGETS.rate} req/s for ${loadSeconds} s…`)
    rec = recorder(child.pid!, roles)
    const paced = await pacedLoad({ base: site, paths, rate: TARGETS.rate, seconds: loadSeconds, connections: 20 })
    const load = rec.stop()
    const sorted = [...paced.latencies].sort((a, b) => a - b)
    const [p50, p95, p99] = [0.5, 0.95, 0.99].map((share) => Math.round(percentile(sorted, share)))
    await sleep(5_000)
    rec = recorder(child.pid!, roles)
    await sleep(10_000)
    const after = rec.stop()
    log(`${checkout.label}, ${size}: load peak ${mb(load.peak)} MB, after ${mb(after.median)} MB; search p95 ${p95} ms`)
    return { checkout: checkout.label, dataset: size, start, idle, publish, load, after, search: { p50, p95, p99, rate: paced.achievedRate, failed: paced.errors + paced.non2xx } }
  } finally {
    process.off('SIGINT', interrupted).off('SIGTERM', interrupted)
    await stopStack(child, roles)
  }
}

const loadBefore = await loadAverage()
const questions = (await readFile(path.join(sharedData, 'zalo2021-legal-queries/queries.jsonl'), 'utf8'))
  .split('\n')
  .filter(Boolean)
  .map((line) => (JSON.parse(line) as { question: string }).question)
// Queries made from the records the datasets are built from (real procedures and law articles): most find something.
const paths = benchRequests(await benchDocuments(sharedData, 4000), questions, 2000).map((request) => request.path)
const runs: Run[] = []
for (const size of values.sizes.split(',')) {
  for (const checkout of checkouts) runs.push(await measure(checkout, size, paths))
}

const datasetName = (size: string) => (size === 'demo' ? 'demo seed' : `${Number(size).toLocaleString('en')} documents`)
const roleNames = [...new Set(runs.flatMap((run) => [run.start, run.idle, run.load, run.after].flatMap((p) => [...p.roles.keys()])))].filter((n) => n !== 'gone').sort()
const cell = (phase: Phase, name: string) => {
  const r = phase.roles.get(name)
  return r ? `${mb(r.median)} / ${mb(r.peak)}${r.count > 1 ? ` (${r.count})` : ''}` : '–'
}
const tenK = runs.filter((run) => run.dataset !== 'demo')
const demo = runs.filter((run) => run.dataset === 'demo')
const met = (ok: boolean) => (ok ? 'met' : 'not met')
const body = [
  `\`npm run bench:memory\`, ${new Date().toISOString().slice(0, 10)}: ${checkouts.map((c) => `**${c.label}** (${path.relative(repoRoot, c.root) || '.'}, ${execFileSync('git', ['-C', c.root, 'rev-parse', '--short', 'HEAD']).toString().trim()})`).join(' and ')}, one after the other in one run.`,
  '',
  `nproc: ${execFileSync('nproc').toString().trim()} (${cpus()[0]?.model ?? 'unknown CPU'}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}. Load average before / after: ${loadBefore} / ${await loadAverage()} (the machine is shared).`,
  '',
  `Resident memory (RSS, MB) of every process of \`npm start\`'s tree, summed, sampled every ${SAMPLE_MS} ms: **start** from \`npm start\` until the first publish settled (migrations, seed, indexing, the full build); **idle** ${idleSeconds} s later, 10 s of samples; **publish** a full publish requested through \`/_internal/publish\`; **load** ${loadSeconds} s of \`/api/search\` at ${TARGETS.rate} req/s, evenly paced over 20 connections (benchmarks/pacedLoad.ts; a mix of 2,000 searches from benchmarks/benchRequests.ts); **after** 5 s after the load, 10 s of samples. Steady figures are the median of their samples.`,
  '',
  '| Dataset | Checkout | start peak | idle | publish peak | load peak | after load | search p50 / p95 / p99 at 300 req/s |',
  '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ...runs.map((r) => `| ${datasetName(r.dataset)} | ${r.checkout} | ${mb(r.start.peak)} | ${mb(r.idle.median)} | ${mb(r.publish.peak)} | ${mb(r.load.peak)} | ${mb(r.after.median)} | ${r.search.p50} / ${r.search.p95} / ${r.search.p99} ms${r.search.failed ? `, ${r.search.failed} failed` : ''} |`),
  '',
  `Targets: at 10,000 documents the whole tree ≤ ${TARGETS.tenK / 1e9} GB after a publish and a minute of search load, search p95 ≤ ${TARGETS.p95Ms} ms at ${TARGETS.rate} req/s; the demo stack ≤ ${TARGETS.demoIdle / 1e6} MB idle.`,
  '',
  ...tenK.map((r) => `- ${r.checkout}, 10k: ${mb(Math.max(r.after.median, r.load.peak))} MB (the larger of the load's peak and after it): ${met(Math.max(r.after.median, r.load.peak) <= TARGETS.tenK)}; p95 ${r.search.p95} ms: ${met(r.search.p95 <= TARGETS.p95Ms && r.search.failed === 0)}.`),
  ...demo.map((r) => `- ${r.checkout}, demo seed idle: ${mb(r.idle.median)} MB: ${met(r.idle.median <= TARGETS.demoIdle)}.`),
  '',
  'By process, steady / peak MB (processes of that kind at most, when more than one): idle, and during the search load.',
  '',
  `| Process | ${runs.map((r) => `${r.checkout}, ${datasetName(r.dataset)}: idle`).join(' | ')} | ${runs.map((r) => `${r.checkout}, ${datasetName(r.dataset)}: load`).join(' | ')} |`,
  `| --- |${runs.map(() => ' --- | --- |').join('')}`,
  ...roleNames.map((name) => `| ${name} | ${runs.map((r) => cell(r.idle, name)).join(' | ')} | ${runs.map((r) => cell(r.load, name)).join(' | ')} |`),
  '',
  'Peaks by process while starting and publishing (MB): ' +
    runs.map((r) => `${r.checkout}, ${datasetName(r.dataset)}: ${roleNames.filter((n) => r.start.roles.has(n) || r.publish.roles.has(n)).map((n) => `${n} ${mb(Math.max(r.start.roles.get(n)?.peak ?? 0, r.publish.roles.get(n)?.peak ?? 0))}`).join(', ')}`).join('; ') + '.',
  '',
  'The site build runs in a child process of the site server (`astro build`, its heap capped at `SITE_BUILD_HEAP_MB`); PostgreSQL is the server and its backends together. npm, its shell and the start script are what `npm start` adds on top of the services.',
].join('\n')
console.log(body)
await writeBenchmarkSection(path.join(repoRoot, 'docs/benchmarks.md'), values.section, body)
log(`wrote docs/benchmarks.md (${values.section})`)
