/**
 * `npm run bench:publish [-- --sizes demo,10000 --edits 20 --burst 20 --ports 3331,4631,54391]`: for each dataset
 * (the demo seed; the `bench:dataset` dataset of that many documents), starts the whole system on it, then measures
 * 1. publish-to-live of one edited legal document, `--edits` times: from the CMS save until its page on the site and
 *    the search hit both show the change;
 * 2. a burst of `--burst` edits sent within a second: time until all are live, and how many rebuilds they caused;
 * 3. two changes of the site settings (the agency's name, on every page): time until a page shows it, and how long
 *    the client's requests took meanwhile;
 * 4. a full build of the same content with a re-index of every document (as after an import);
 * while a client requests pages that exist throughout and counts every answer other than 200.
 * Figures go to `docs/benchmarks.md` under "Publish pipeline". Everything stays on loopback.
 *
 * @remarks Without `--ports` the stacks take free ports. The 10k dataset is generated on first use (minutes) in
 * `.data/bench-<size>` and kept; the demo stack starts from an empty `.data/bench-publish-demo` each run.
 * `--site <url> --cms <url>` measures a system already running instead (`--sizes` then only names it).
 * `--phases edits,burst,settings,full` runs only those steps (at 100,000 documents each full rebuild takes about half an
 * hour); a run without all four writes its figures under "Publish pipeline (<phases>)", beside the full run's.
 */
import { execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import { readFile } from 'node:fs/promises'
import { cpus } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { installationSecrets } from '@congkhai/contracts/installation-secrets'
import { writeBenchmarkSection } from '../scripts/lib/benchmarksFile'
import { datasetDir, ensureDataset } from '../scripts/lib/dataset'
import { freePort, stackEnv, stopService, waitForHttp } from '../scripts/lib/processes'
import { waitForSiteSettled } from '../scripts/lib/siteReady'
import { percentile } from './percentile'

const repoRoot = path.resolve(import.meta.dirname, '..')
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: 'demo,10000' },
    edits: { type: 'string', default: '20' },
    burst: { type: 'string', default: '20' },
    ports: { type: 'string' },
    site: { type: 'string' },
    cms: { type: 'string' },
    phases: { type: 'string', default: 'edits,burst,settings,full' },
  },
})
const PHASES = ['edits', 'burst', 'settings', 'full'] as const
type Phase = (typeof PHASES)[number]
const phases = new Set(values.phases.split(',').map((p) => p.trim()))
for (const p of phases) if (!PHASES.includes(p as Phase)) throw new Error(`--phases: unknown phase "${p}" (known: ${PHASES.join(', ')})`)
const runs = (p: Phase) => phases.has(p)
const EDITS = Number(values.edits)
const BURST = Number(values.burst)
/** Issue 23: publish-to-live p95 ≤ 1 s up to 10,000 documents, ≤ 5 s at 100,000. */
const targetP95Ms = (documents: number) => (documents > 11_000 ? 5000 : 1000)
/** Issue 23: a site-wide change live everywhere within a minute at 10,000 documents, no request waiting longer than this. */
const SETTINGS_TARGET_MS = 60_000
const SLOW_REQUEST_MS = 200
/** What the benchmark last said it was doing, to tell when a request of the availability client failed. */
let phase = 'starting'
const log = (line: string) => {
  phase = `after "${line}"`
  console.log(`bench:publish: ${line}`)
}
const loadAverage = async () => (await readFile('/proc/loadavg', 'utf8')).split(' ').slice(0, 3).join(' ')
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

interface Status {
  state: string
  received: number
  published: number
  incremental?: string
  lastDurationMs?: number
  runs: { incremental: number; full: number }
}

interface Doc {
  id: number
  slug: string
  title: string
}

interface Result {
  label: string
  documents: number
  startupFullMs: number
  edits: number[]
  serverMs: number[]
  /** Undefined when the phase was not run (`--phases`). */
  burst?: { ms: number; landed: number; resent: number; incremental: number; full: number }
  fullMs?: number
  /** Rebuilds after a change of the site settings (the agency's name, on every page): save until a page shows it. */
  settings: { ms: number[]; requests: Timed[] }
  hammer: { requests: number; failures: string[] }
}

/** Starts the system on `dataDir`, resolves once the site serves a build; `stop` shuts it down. */
async function startStack(dataDir: string, ports: number[]) {
  const [cmsPort, sitePort, postgresPort] = ports
  const site = `http://127.0.0.1:${sitePort}`
  // Every request comes from loopback, at a rate no citizen reaches: the per-address search limit would answer 429.
  const env: Record<string, string> = { ...stackEnv(dataDir, { cms: cmsPort, site: sitePort, postgres: postgresPort }), SEARCH_REQUESTS_PER_MINUTE: '0' }
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'scripts/start.ts')], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] })
  child.stdout.on('data', (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) if (/\[start\]|publish: |incremental publish|site build: done|"level":50/.test(line)) console.log(line.slice(0, 600))
  })
  const service = { child, exited: new Promise<number | null>((resolve) => child.on('exit', resolve)) }
  await waitForHttp(`${site}/_internal/status`, 60 * 60_000)
  return { site, cms: env.CMS_URL, stop: () => stopService(service, 30_000) }
}

async function json<T>(url: string, init?: RequestInit): Promise<T> {
  let res: Response
  for (let attempt = 1; ; attempt++) {
    try {
      res = await fetch(url, init)
      break
    } catch (err) {
      // A kept-alive connection the server closed while its event loop was busy (a full build's scan): ask again.
      if (init?.method || attempt >= 3) throw err
      await sleep(500)
    }
  }
  if (!res.ok) throw new Error(`${init?.method ?? 'GET'} ${url} answered ${res.status}: ${(await res.text()).slice(0, 300)}`)
  return (await res.json()) as T
}

/**
 * Resolves when the publisher has nothing queued or running and has published everything it received, and the live
 * build takes changes in place (its patch thread loads for some seconds after a full build went live).
 */
const settled = (site: string, timeoutMs = 30 * 60_000): Promise<Status> => waitForSiteSettled(site, { timeoutMs, pollMs: 200 })

/** One request of the availability client: when it started (`performance.now()`) and how long its answer took. */
interface Timed {
  at: number
  ms: number
}

/** Requests `urls` one after another until stopped; every answer other than 200 is a failure. */
function hammer(site: string, urls: string[]) {
  const failures: string[] = []
  const timings: Timed[] = []
  let requests = 0
  let running = true
  const loop = (async () => {
    while (running) {
      for (const url of urls) {
        const at = performance.now()
        try {
          const res = await fetch(site + url, { redirect: 'manual' })
          await res.arrayBuffer()
          timings.push({ at, ms: performance.now() - at })
          if (res.status !== 200) failures.push(`${url} → ${res.status}`)
        } catch (err) {
          // fetch says only "fetch failed"; its cause says how (a closed connection, a refused one, a timeout).
          const cause = (err as Error & { cause?: { code?: string; message?: string } }).cause
          const how = cause ? ` (${[cause.code, cause.message].filter(Boolean).join(': ')})` : ''
          failures.push(`${url} → ${(err as Error).message}${how}, ${phase}`)
        }
        requests++
      }
    }
  })()
  return {
    add: (url: string) => urls.push(url),
    /** The requests that started between `from` and `to` (`performance.now()`). */
    between: (from: number, to: number) => timings.filter((t) => t.at >= from && t.at <= to),
    stop: async () => {
      running = false
      await loop
      return { requests, failures }
    },
  }
}

/** Whether the site's page of `doc` and the search index both show `marker`. */
async function live(site: string, doc: Doc, marker: string): Promise<boolean> {
  const page = await fetch(`${site}/van-ban/${doc.slug}`)
  if (!(await page.text()).includes(marker)) return false
  const search = await json<{ hits: { id: string; locale: string }[] }>(`${site}/api/search?q=${marker}&type=legal-document&limit=5`)
  return search.hits.some((h) => h.locale === 'vi')
}

async function measure(label: string, dataDir: string, ports: number[]): Promise<Result> {
  const stack = values.site && values.cms ? { site: values.site, cms: values.cms, stop: async () => {} } : await startStack(dataDir, ports)
  try {
    const { site, cms } = stack
    const secrets = installationSecrets(dataDir)
    const admin = { email: 'admin@congkhai.local', password: secrets.ADMIN_PASSWORD }
    // At 100,000 documents the first full build, its precompression and the re-index take most of an hour.
    const ready = await settled(site, 90 * 60_000)
    const startupFullMs = ready.lastDurationMs ?? 0
    const { token } = await json<{ token: string }>(`${cms}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(admin) })
    const headers = { authorization: `JWT ${token}`, 'content-type': 'application/json' }
    const listed = await json<{ docs: Doc[]; totalDocs: number }>(`${cms}/api/legal-documents?limit=${EDITS + BURST}&depth=0&sort=-issuedDate`)
    const counts = await Promise.all(['legal-documents', 'procedures', 'news'].map(async (c) => (await json<{ totalDocs: number }>(`${cms}/api/${c}?limit=1&depth=0`)).totalDocs))
    const documents = counts.reduce((a, b) => a + b, 0)
    // The burst takes the last documents listed: on a small dataset (the demo has 30) it edits some the single edits did.
    if (listed.docs.length < Math.max(EDITS, BURST)) throw new Error(`need ${Math.max(EDITS, BURST)} published legal documents, found ${listed.docs.length}`)
    const run = Date.now().toString(36)
    // As the admin saves (`?locale=vi&fallback-locale=null&depth=0`): the answer without its relations populated.
    const edit = (doc: Doc, marker: string) =>
      json(`${cms}/api/legal-documents/${doc.id}?locale=vi&fallback-locale=null&depth=0`, { method: 'PATCH', headers, body: JSON.stringify({ title: `${doc.title} ${marker}`, _status: 'published' }) })

    const client = hammer(site, ['/', '/en', '/tin-tuc', '/du-lieu', '/robots.txt', '/du-lieu/van-ban-moi.xml', ...listed.docs.slice(0, 6).map((d) => `/van-ban/${d.slug}`)])

    const edits: number[] = []
    const serverMs: number[] = []
    if (runs('edits')) log(`${label}: ${EDITS} single edits, one at a time`)
    for (const [i, doc] of runs('edits') ? listed.docs.slice(0, EDITS).entries() : []) {
      const marker = `xuatban${run}e${i}`
      const started = performance.now()
      await edit(doc, marker)
      while (!(await live(site, doc, marker))) await sleep(50)
      edits.push(performance.now() - started)
      serverMs.push((await settled(site)).lastDurationMs ?? 0)
      log(`${label}: edit ${i + 1}: live in ${(edits.at(-1)! / 1000).toFixed(2)} s`)
    }

    const burstOfEdits = async () => {
      log(`${label}: a burst of ${BURST} edits within a second`)
      const before = await settled(site)
      const burstDocs = listed.docs.slice(-BURST)
      const started = performance.now()
      let resent = 0
      await Promise.all(burstDocs.map(async (doc, i) => {
        await sleep((i * 1000) / BURST)
        // Saves of documents that relate to one another can deadlock in PostgreSQL, which aborts one of them (the CMS
        // answers 500 and keeps nothing of it); an editor would save again, and so does this.
        for (let attempt = 1; ; attempt++) {
          try {
            return await edit(doc, `dotloat${run} xuatban${run}b${i}`)
          } catch (err) {
            if (attempt >= 3 || !/answered 500/.test((err as Error).message)) throw err
            resent++
          }
        }
      }))
      const pending = new Set(burstDocs.map((_, i) => i))
      while (pending.size > 0 && performance.now() - started < 10 * 60_000) {
        for (const i of [...pending]) if (await live(site, burstDocs[i], `xuatban${run}b${i}`)) pending.delete(i)
        if (pending.size > 0) await sleep(100)
      }
      const burstMs = performance.now() - started
      const after = await settled(site)
      return { ms: burstMs, landed: BURST - pending.size, resent, incremental: after.runs.incremental - before.runs.incremental, full: after.runs.full - before.runs.full }
    }
    const burst = runs('burst') ? await burstOfEdits() : undefined

    if (runs('settings')) log(`${label}: the site settings changed twice (the agency's name, on every page): the pages rebuilt in full`)
    const settingsUrl = `${cms}/api/globals/site-settings?locale=vi&depth=0`
    const original = (await json<{ agencyName: string }>(settingsUrl, { headers })).agencyName
    const settings: Result['settings'] = { ms: [], requests: [] }
    for (const [i, name] of runs('settings') ? [`${original} tenmoi${run}`, original].entries() : []) {
      const page = `/van-ban/${listed.docs[i]!.slug}`
      const started = performance.now()
      await json(settingsUrl, { method: 'POST', headers, body: JSON.stringify({ agencyName: name }) })
      // The page's title ends with the agency's name.
      while (!(await (await fetch(site + page)).text()).includes(` · ${name}</title>`)) await sleep(250)
      const ms = performance.now() - started
      settings.ms.push(ms)
      settings.requests.push(...client.between(started, started + ms))
      await settled(site)
      log(`${label}: settings change ${i + 1}: every page shows it after ${(ms / 1000).toFixed(1)} s`)
    }

    const fullRebuild = async () => {
      log(`${label}: a full build of the same content, with a re-index of every document`)
      const fullBefore = (await settled(site)).runs.full
      const fullStarted = performance.now()
      await json(`${site}/_internal/publish`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-publish-secret': secrets.PUBLISH_SECRET }, body: '{"full":true}' })
      while ((await json<Status>(`${site}/_internal/status`)).runs.full === fullBefore) await sleep(500)
      await settled(site)
      return performance.now() - fullStarted
    }
    const fullMs = runs('full') ? await fullRebuild() : undefined
    return { label, documents, startupFullMs, edits, serverMs, burst, fullMs, settings, hammer: await client.stop() }
  } finally {
    await stack.stop()
  }
}

const ports = values.ports ? values.ports.split(',').map(Number) : [await freePort(), await freePort(), await freePort()]
const loadBefore = await loadAverage()
const results: Result[] = []
for (const size of values.sizes.split(',')) {
  if (values.site) {
    results.push(await measure(size === 'demo' ? 'demo seed' : `${Number(size).toLocaleString('en')} documents`, '', ports))
  } else if (size === 'demo') {
    const dataDir = path.join(repoRoot, '.data/bench-publish-demo')
    fs.rmSync(dataDir, { recursive: true, force: true })
    results.push(await measure('demo seed', dataDir, ports))
  } else {
    const dataDir = datasetDir(Number(size))
    await ensureDataset({ size: Number(size), dataDir, port: ports[2] })
    results.push(await measure(`${Number(size).toLocaleString('en')} documents`, dataDir, ports))
  }
}

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`
/** A phase's lines and a blank line after them, or nothing when the phase was not run. */
const only = (phase: Phase, lines: string[]) => (runs(phase) ? [...lines, ''] : [])
const pct = (list: number[], share: number) => percentile([...list].sort((a, b) => a - b), share)
const body = [
  `\`npm run bench:publish\`, ${new Date().toISOString().slice(0, 10)}.`,
  '',
  `nproc: ${execFileSync('nproc').toString().trim()} (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}. Load average before / after: ${loadBefore} / ${await loadAverage()} (the machine is shared with other work; the CMS, PostgreSQL, the site server and this client share its cores).`,
  '',
  `**Publish-to-live**: an editor's save of one legal document (title changed, \`PATCH\` through the CMS's REST API as the admin sends it, \`?depth=0\`) until the document's page on the site and a search for the new word both show it, ${EDITS} edits one after another. "Server" is the publisher's own time (re-index + re-render + write), from its status. Target p95 ≤ 1 s up to 10,000 documents, ≤ 5 s at 100,000 (issue 23).`,
  '',
  `Phases run: ${[...phases].join(', ')}.`,
  '',
  ...only('edits', ['| Dataset | documents | p50 | p95 | max | server p50 / p95 | target |',
  '| --- | --- | --- | --- | --- | --- | --- |',
  ...results.map(
    (r) =>
      `| ${r.label} | ${r.documents} | ${s(pct(r.edits, 0.5))} | ${s(pct(r.edits, 0.95))} | ${s(Math.max(...r.edits))} | ${s(pct(r.serverMs, 0.5))} / ${s(pct(r.serverMs, 0.95))} | ${pct(r.edits, 0.95) <= targetP95Ms(r.documents) ? 'met' : 'not met'} |`,
  ),
  ]),
  ...only('burst', [`**Burst**: ${BURST} edits of different documents sent within one second; time from the first save until every page and search hit shows its edit, and how the publisher coalesced them.`,
  '',
  '| Dataset | all live after | landed | saves sent again after a database deadlock | incremental publishes | full builds |',
  '| --- | --- | --- | --- | --- | --- |',
  ...results.map((r) => `| ${r.label} | ${s(r.burst!.ms)} | ${r.burst!.landed}/${BURST} | ${r.burst!.resent} | ${r.burst!.incremental} | ${r.burst!.full} |`),
  ]),
  ...only('settings', [`**A change of the site settings** (the agency's name, in every page's title; saved through the CMS's REST API, once changed and once back): every page is rebuilt (\`astro build\` into a new folder, swapped in through the site server, then precompressed; the search index holds the documents alone and is left as it is), timed from the save until a legal document's page shows the new name. Meanwhile the availability client's requests (one at a time, pages and feeds) are timed. Target at 10,000 documents: ≤ ${SETTINGS_TARGET_MS / 1000} s, no request over ${SLOW_REQUEST_MS} ms.`,
  '',
  `| Dataset | rebuilds (s) | requests meanwhile | p50 ms | p95 ms | p99 ms | max ms | over ${SLOW_REQUEST_MS} ms |`,
  '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ...results.map((r) => {
    const ms = r.settings.requests.map((t) => t.ms).sort((a, b) => a - b)
    const at = (share: number) => (ms.length ? percentile(ms, share).toFixed(0) : 'n/a')
    return `| ${r.label} | ${r.settings.ms.map((m) => (m / 1000).toFixed(1)).join(', ')} | ${ms.length} | ${at(0.5)} | ${at(0.95)} | ${at(0.99)} | ${ms.length ? Math.max(...ms).toFixed(0) : 'n/a'} | ${ms.filter((m) => m > SLOW_REQUEST_MS).length} |`
  }),
  ]),
  '**Full rebuild with a re-index of every document** (a `{ full: true }` publish, as after an import; the re-index and the build run side by side, each in a process of its own below the server\'s priority) and the same at startup (which also starts from no incremental-publishing state):',
  '',
  '| Dataset | full rebuild with re-index, on request | first publish at startup |',
  '| --- | --- | --- |',
  ...results.map((r) => `| ${r.label} | ${r.fullMs === undefined ? 'not run' : s(r.fullMs)} | ${s(r.startupFullMs)} |`),
  '',
  `**Availability**: a client requested pages that exist throughout (home, lists, feeds, the edited documents' pages) one after another during all of the above: ${results.map((r) => `${r.label}: ${r.hammer.requests} requests, ${r.hammer.failures.length} not 200${r.hammer.failures.length ? ` (${[...new Set(r.hammer.failures)].slice(0, 5).join(', ')})` : ''}`).join('; ')}.`,
].join('\n')
const section = phases.size === PHASES.length ? 'Publish pipeline' : `Publish pipeline (${[...phases].join(', ')})`
await writeBenchmarkSection(path.join(repoRoot, 'docs/benchmarks.md'), section, body)
console.log(body)
