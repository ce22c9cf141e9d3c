/**
 * `npm run bench:search [-- --docs 10000 --connections 20 --duration 20]`: indexes real procedures and law articles
 * topped up with generated legal documents, measures the build, then loads `/api/search` with autocannon, and writes
 * the figures into `docs/benchmarks.md` under "Search".
 */
import { execFileSync, type ChildProcess } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { access, mkdtemp, readFile, rm } from 'node:fs/promises'
import { cpus, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import autocannon, { type Result } from 'autocannon'
import { parseSearchConfig } from '@congkhai/search'
import { writeBenchmarkSection } from '../scripts/lib/benchmarksFile'
import { benchDocuments } from './benchDocuments'
import { buildSnapshot } from './buildSnapshot'
import { benchRequests } from './benchRequests'
import { pacedLoad, type PacedResult } from './pacedLoad'
import { percentile } from './percentile'
import { ask, startServer, stop, timeAlone, type ServerOptions } from './searchServerProcess'

const TARGETS = { p95Ms: 20, requestsPerSecond: 300 }
const repoRoot = resolve(import.meta.dirname, '..')
const sharedData = resolve(repoRoot, '../shared/data')
const { values } = parseArgs({
  options: {
    docs: { type: 'string', default: '10000' },
    connections: { type: 'string', default: '20' },
    duration: { type: 'string', default: '20' },
  },
})
const [total, connections, duration] = [values.docs, values.connections, values.duration].map(Number) as [
  number,
  number,
  number,
]

const needed = [
  'tthc-dichvucong-bo-nganh/procedures.jsonl',
  'alqac2023-legal-retrieval/corpus_articles.jsonl',
  'zalo2021-legal-queries/queries.jsonl',
]
for (const file of needed) {
  await access(join(sharedData, file)).catch(() => {
    console.error(
      `bench:search: ${join(sharedData, file)} is missing; the shared data folder is expected beside the repository.`,
    )
    process.exit(1)
  })
}

const mb = (bytes: number) => `${Math.round(bytes / 1e6)} MB`
const loadAverage = async () => (await readFile('/proc/loadavg', 'utf8')).split(' ').slice(0, 3).join(' ')
const loadBefore = await loadAverage()

/** What `SEARCH_THREADS` defaults to on this machine. */
const defaultThreads = parseSearchConfig({}).SEARCH_THREADS

/** CPU time of each thread of a process so far, in ms, by thread id (from /proc). */
function threadTimes(pid: number): Map<string, number> {
  return new Map(
    readdirSync(`/proc/${pid}/task`).map((task) => {
      // The fields after the command name; utime and stime are the 14th and 15th of the line, in ticks of 10 ms.
      const fields = readFileSync(`/proc/${pid}/task/${task}/stat`, 'utf8').split(') ')[1]!.split(' ')
      return [task, (Number(fields[11]) + Number(fields[12])) * 10]
    }),
  )
}

/** CPU per request between two {@link threadTimes} of `pid`: its main thread, and all its other threads. */
function cpuPerRequest(pid: number, before: Map<string, number>, after: Map<string, number>, requests: number) {
  const cpu = { main: 0, threads: 0, client: 0 }
  for (const [task, ms] of after) {
    const used = (ms - (before.get(task) ?? 0)) / requests
    if (task === String(pid)) cpu.main += used
    else cpu.threads += used
  }
  return cpu
}

const percentiles = (latencies: number[]) =>
  [0.5, 0.95, 0.99].map((share) => Math.round(percentile(latencies.sort((a, b) => a - b), share)))

/** Number of requests timed one at a time, with nothing else in flight, to show each kind's own cost. */
const SEQUENTIAL = 200

/** Loads the server with `paths` in a random-looking but fixed order and returns autocannon's result and latencies. */
function load(base: string, paths: string[]): Promise<{ result: Result; latencies: number[] }> {
  let next = 0
  const latencies: number[] = []
  return new Promise((done, reject) => {
    const instance = autocannon(
      {
        url: base,
        connections,
        duration,
        requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] }) }],
      },
      (error, result) => (error ? reject(error) : done({ result, latencies })),
    )
    instance.on('response', (_client, _status, _bytes, ms) => latencies.push(ms))
  })
}

const dir = await mkdtemp(join(tmpdir(), 'congkhai-bench-'))
const snapshotPath = join(dir, 'index.json')
let server: ChildProcess | undefined
try {
  const docs = await benchDocuments(sharedData, total)
  const questions = (await readFile(join(sharedData, 'zalo2021-legal-queries/queries.jsonl'), 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { question: string }).question)
  const requests = benchRequests(docs, questions, 2000)
  const paths = requests.map((request) => request.path)
  const procedures = docs.filter((doc) => doc.type === 'procedure').length
  const generated = docs.filter((doc) => doc.url.startsWith('/van-ban/bench-')).length
  console.log(`bench:search: ${docs.length} records; building the index…`)
  const { textBytes, buildSeconds, heapGrowth, snapshotBytes } = await buildSnapshot(docs, snapshotPath)
  console.log(`bench:search: built in ${buildSeconds.toFixed(1)} s; starting the route server…`)

  // The first request of a fresh server loads the snapshot.
  let { child, base } = await startServer(snapshotPath, { cacheSize: 0 })
  server = child
  const started = performance.now()
  const first = await fetch(`${base}/api/search?q=${encodeURIComponent('hộ chiếu')}`)
  if (!first.ok) throw new Error(`first request answered ${first.status}: ${await first.text()}`)
  const firstMs = performance.now() - started
  stop(child)
  let alone = new Map<string, number[]>()

  /** One server configuration under both loads, after one untimed pass over the mix. */
  const measure = async (label: string, options: ServerOptions & { timeAlone?: boolean }) => {
    ;({ child, base } = await startServer(snapshotPath, options))
    server = child
    // A running server has compiled the posting lists its traffic touches (kept until the index changes; results
    // are not kept without a cache): one untimed pass over the mix, two at a time, puts it in that state.
    console.log(`bench:search: ${label}: one untimed pass over the ${paths.length} URLs of the mix…`)
    await Promise.all([0, 1].map(async (lane) => {
      for (let i = lane; i < paths.length; i += 2) await (await fetch(base + paths[i])).arrayBuffer()
    }))
    if (options.timeAlone) {
      console.log(`bench:search: ${label}: ${SEQUENTIAL} requests one at a time…`)
      alone = await timeAlone(base, requests.slice(0, SEQUENTIAL))
    }
    console.log(`bench:search: ${label}: ${TARGETS.requestsPerSecond} req/s, evenly paced, over ${connections} connections for ${duration} s…`)
    const before = threadTimes(child.pid!)
    await ask<{ served: number[] }>(child, 'served')
    const clientBefore = process.cpuUsage()
    const paced = await pacedLoad({ base, paths, rate: TARGETS.requestsPerSecond, seconds: duration, connections })
    const clientCpu = process.cpuUsage(clientBefore)
    const { served } = await ask<{ served: number[] }>(child, 'served')
    const cpu = cpuPerRequest(child.pid!, before, threadTimes(child.pid!), paced.requests)
    cpu.client = (clientCpu.user + clientCpu.system) / 1000 / paced.requests
    console.log(`bench:search: ${label}: flat out: ${connections} connections for ${duration} s…`)
    const flat = await load(base, paths)
    const { memory } = await ask<{ memory: NodeJS.MemoryUsage }>(child, 'memory')
    stop(child)
    return { label, paced, served, flat, cpu, memory }
  }
  const runs = [
    await measure('search in the server thread, no result cache', { cacheSize: 0, threads: 0 }),
    await measure(`${defaultThreads} search threads (the default), no result cache`, { cacheSize: 0, timeAlone: true }),
    await measure(`${defaultThreads} search threads, result cache holding the whole mix, warm`, { cacheSize: paths.length }),
  ]
  const met = (ok: boolean) => (ok ? 'met' : 'not met')
  const counts = ({ requests, non2xx, errors, timeouts }: Result) =>
    `${requests.total} requests, ${non2xx} non-2xx, ${errors} errors, ${timeouts} timeouts`
  const pacedCounts = ({ requests, non2xx, errors, errorKinds }: PacedResult) =>
    `${requests} requests, ${non2xx} non-2xx, ${errors} errors${errors > 0 ? ` (${Object.entries(errorKinds).map(([kind, n]) => `${kind} ${n}`).join(', ')})` : ''}`
  const keptUp = (run: PacedResult) => run.achievedRate >= TARGETS.requestsPerSecond * 0.98 && run.errors + run.non2xx === 0
  const row = (measure: string, cell: (run: (typeof runs)[number]) => string) => `| ${measure} | ${runs.map(cell).join(' | ')} |`
  const ms = (values: number[]) => `${values.join(' / ')} ms`
  const machine = [
    `nproc: ${execFileSync('nproc').toString().trim()} (${cpus()[0]?.model ?? 'unknown CPU'})`,
    '```',
    execFileSync('free', ['-g']).toString().trimEnd(),
    '```',
    `Load average before / after the run: ${loadBefore} / ${await loadAverage()} (the machine is shared).`,
    `Node ${process.version}.`,
  ]
  const body = [
    `\`npm run bench:search\`, ${new Date().toISOString().slice(0, 10)}.`,
    '',
    ...machine,
    '',
    `**Index**: ${docs.length} records — ${procedures} procedures (tthc-dichvucong-bo-nganh), ${
      docs.length - procedures - generated
    } law articles (alqac2023-legal-retrieval), ${generated} generated legal documents; ${mb(textBytes)} of text.`,
    '',
    '| Measure | Value |',
    '| --- | --- |',
    `| Build: \`EmbeddedEngine.replaceAll\`, including saving the snapshot | ${buildSeconds.toFixed(1)} s |`,
    `| Heap growth of the building process (index + the engine's copy of the records) | ${mb(heapGrowth)} |`,
    `| Snapshot file | ${mb(snapshotBytes)} |`,
    `| First request of a fresh server (loads the snapshot) | ${(firstMs / 1000).toFixed(1)} s |`,
    '',
    `\`/api/search\` on three servers side by side, each for ${duration} s over at most ${connections} connections: searching in the`,
    "server's own thread (`SEARCH_THREADS=0`, as before search threads), in the default number of search threads",
    `(\`SEARCH_THREADS\` unset: ${defaultThreads} here), both without a result cache (\`SEARCH_CACHE_SIZE=0\`: every request is computed), and in`,
    `the default threads with a cache holding all ${paths.length} URLs of the mix (each request after the first pass is a repeat, the`,
    'best case; real traffic repeats less, and the default cache keeps 1000). Each starts after one untimed pass over',
    'the mix, as a server that has been answering for a while: posting lists stay compiled until the index changes.',
    '',
    `- **Steady ${TARGETS.requestsPerSecond} req/s**: requests sent at an even pace (benchmarks/pacedLoad.ts), each timed from when it was`,
    '  due, so time spent waiting for a free connection or behind a slow request counts. This is what the target is',
    `  about: p95 at ${TARGETS.requestsPerSecond} req/s. (autocannon's own rate limit sends each second's requests in one burst.)`,
    "  The server's own time is measured inside it, from when node:http hands it a request until the answer is written:",
    '  the rest of a latency is time in the network stack, in the client, and waiting for a core.',
    `- **Flat out**: autocannon, ${connections} connections each sending its next request as soon as the last is answered: the most`,
    `  the server answers. Its latency is mostly queueing: with ${connections} requests always waiting, each waits for the ones`,
    `  ahead of it, so p50 is about ${connections} ÷ throughput whatever a request costs.`,
    '',
    `| Measure | ${runs.map((run) => run.label).join(' | ')} |`,
    `| --- |${runs.map(() => ' --- |').join('')}`,
    row(`Steady ${TARGETS.requestsPerSecond} req/s: latency p50 / p95 / p99`, (run) => ms(percentiles(run.paced.latencies))),
    row(`Steady ${TARGETS.requestsPerSecond} req/s: the server's own time p50 / p95 / p99 (request handled → answer written)`, (run) => ms(percentiles(run.served))),
    row(`Steady ${TARGETS.requestsPerSecond} req/s: answered per second`, (run) => `${run.paced.achievedRate.toFixed(1)} req/s`),
    row(`Steady ${TARGETS.requestsPerSecond} req/s: requests`, (run) => pacedCounts(run.paced)),
    row(`Steady ${TARGETS.requestsPerSecond} req/s: CPU per request: server's main thread / its other threads (search threads, garbage collection) / the load client`, ({ cpu }) =>
      `${cpu.main.toFixed(2)} / ${cpu.threads.toFixed(2)} / ${cpu.client.toFixed(2)} ms`),
    row('Flat out: throughput', (run) => `${run.flat.result.requests.average.toFixed(1)} req/s`),
    row('Flat out: latency p50 / p95 / p99', (run) => ms(percentiles(run.flat.latencies))),
    row('Flat out: requests', (run) => counts(run.flat.result)),
    row('Server memory after the run (RSS / heap of the server thread)', ({ memory }) => `${mb(memory.rss)} / ${mb(memory.heapUsed)}`),
    row(`Target p95 ≤ ${TARGETS.p95Ms} ms at ${TARGETS.requestsPerSecond} req/s`, (run) => met(percentiles(run.paced.latencies)[1] <= TARGETS.p95Ms && keptUp(run.paced))),
    row(`Target ≥ ${TARGETS.requestsPerSecond} req/s (flat out)`, (run) => met(run.flat.result.requests.average >= TARGETS.requestsPerSecond)),
    '',
    `One request at a time on the default server without a result cache, after its untimed pass (${SEQUENTIAL} requests of the`,
    'same mix, nothing else in flight; each timed by `fetch` in the benchmark process), by kind:',
    '',
    '| Kind | Requests | p50 | p95 |',
    '| --- | --- | --- | --- |',
    ...[...alone.entries()]
      .sort(([a], [b]) => (a === 'all' ? 1 : b === 'all' ? -1 : a.localeCompare(b)))
      .map(([kind, times]) => {
        const sorted = times.sort((a, b) => a - b)
        const [p50alone, p95alone] = [0.5, 0.95].map((share) => Math.round(percentile(sorted, share)))
        return `| ${kind} | ${times.length} | ${p50alone} ms | ${p95alone} ms |`
      }),
    '',
    `Requests: a fixed, seeded mix of ${paths.length} \`/api/search\` URLs (benchmarks/benchRequests.ts): keywords from`,
    'procedure names with and without marks, half-typed, filtered and sorted by date; document numbers in four spellings;',
    'procedure codes; real questions (zalo2021-legal-queries); browsing by type, year and document type with no query.',
    'Every response carries the counts of all seven facets. The server is plain node:http answering `/api/search` with',
    "the site server's own handler (site/src/search/serveSearch.ts, which host.ts calls: `answerSearch()` through",
    "`searchEngine()`, embedded engine on the snapshot file); only the site server's routing of other paths is left out",
    '(benchmarks/searchServer.ts). The load client (benchmarks/pacedLoad.ts, autocannon) runs in the benchmark',
    'process on the same two cores; its CPU per request is in the table.',
    '',
    'Where the time goes: a query adds up the BM25+ scores of every record in the posting lists of its terms, their',
    'exact-tone forms, word pairs and prefix or typo expansions (search/src/IndexReader.ts: each list is compiled once',
    'into typed arrays with its scores), counts the seven facets over every match, then highlights the page. Questions',
    'and short last words typed as prefixes touch the most postings. A search thread (search/src/ThreadedEngine.ts)',
    "answers one search at a time, so with two a slow search no longer holds up the ones behind it, and the server's",
    'main thread only parses requests and sends the JSON text the thread wrote.',
  ].join('\n')
  for (const line of body.split('\n').filter((line) => line.startsWith('|'))) console.log(line)
  await writeBenchmarkSection(join(repoRoot, 'docs/benchmarks.md'), 'Search', body)
  console.log('bench:search: wrote docs/benchmarks.md (Search)')
} catch (error) {
  console.error(`bench:search: ${(error as Error).message}`)
  process.exitCode = 1
} finally {
  server?.removeAllListeners('exit')
  server?.disconnect()
  await rm(dir, { recursive: true, force: true })
}
