/**
 * `npm run bench:search-scale [-- --sizes 10000,25000,50000,100000] [--seconds 15]`: the embedded search engine at
 * growing sizes side by side in one run: the time to build its index, the memory of the server that answers from it,
 * and the latency of searches one at a time and at a steady 300 requests a second. Writes "Search at scale
 * (embedded engine)" into `docs/benchmarks.md`.
 *
 * @remarks Issue 23 asks from what size Meilisearch should replace the embedded engine; these are the figures the
 * README's answer rests on. The records are those of `bench:search` (real procedures and law articles topped up with
 * generated legal documents), the server is the site server's own search handler (`searchServer.ts`), one size at a
 * time so each has the machine to itself.
 */
import { access, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { writeBenchmarkSection } from '../scripts/lib/benchmarksFile'
import { benchDocuments } from './benchDocuments'
import { buildSnapshot } from './buildSnapshot'
import { benchRequests } from './benchRequests'
import { pacedLoad } from './pacedLoad'
import { percentile } from './percentile'
import { ask, peakRss, startServer, stop, timeAlone } from './searchServerProcess'

const RATE = 300
const repoRoot = resolve(import.meta.dirname, '..')
const sharedData = resolve(repoRoot, '../shared/data')
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,25000,50000,100000' },
    seconds: { type: 'string', default: '15' },
  },
})
const sizes = values.sizes.split(',').map(Number)
if (sizes.some((size) => !(size > 0))) throw new Error(`bench:search-scale: --sizes ${values.sizes}? (record counts, comma-separated)`)
const seconds = Number(values.seconds)
await access(join(sharedData, 'zalo2021-legal-queries/queries.jsonl')).catch(() => {
  console.error(`bench:search-scale: ${sharedData} is missing; the shared data folder is expected beside the repository.`)
  process.exit(1)
})

const mb = (bytes: number) => `${Math.round(bytes / 1e6)} MB`
const loadAverage = async () => (await readFile('/proc/loadavg', 'utf8')).split(' ').slice(0, 3).join(' ')
const collect = () => (globalThis as { gc?: () => void }).gc?.()
const ms3 = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b)
  return [0.5, 0.95, 0.99].map((share) => Math.round(percentile(sorted, share) * 10) / 10).join(' / ') + ' ms'
}

interface SizeResult {
  size: number
  textBytes: number
  buildSeconds: number
  heapGrowth: number
  snapshotBytes: number
  firstMs: number
  alone: Map<string, number[]>
  paced: number[]
  achievedRate: number
  failed: number
  rss: number
  peak: number
}

const questions = (await readFile(join(sharedData, 'zalo2021-legal-queries/queries.jsonl'), 'utf8'))
  .split('\n')
  .filter(Boolean)
  .map((line) => (JSON.parse(line) as { question: string }).question)
const loadBefore = await loadAverage()
const results: SizeResult[] = []
for (const size of sizes) results.push(await measure(size))

async function measure(size: number): Promise<SizeResult> {
  const dir = await mkdtemp(join(tmpdir(), 'congkhai-scale-'))
  const snapshotPath = join(dir, 'index.json')
  try {
    let docs = await benchDocuments(sharedData, size)
    const requests = benchRequests(docs, questions, 600)
    console.log(`bench:search-scale: ${size}: ${docs.length} records; building the index…`)
    const { textBytes, buildSeconds, heapGrowth, snapshotBytes } = await buildSnapshot(docs, snapshotPath)
    docs = []
    collect()
    console.log(`bench:search-scale: ${size}: ${mb(textBytes)} of text built in ${buildSeconds.toFixed(1)} s; serving it…`)

    const { child, base } = await startServer(snapshotPath, { cacheSize: 0 })
    try {
      const firstStarted = performance.now()
      await (await fetch(`${base}/api/search?q=${encodeURIComponent('hộ chiếu')}`)).arrayBuffer()
      const firstMs = performance.now() - firstStarted
      // As a server that has been answering for a while: the posting lists its traffic touches compiled.
      await Promise.all([0, 1].map(async (lane) => {
        for (let i = lane; i < requests.length; i += 2) await (await fetch(base + requests[i]!.path)).arrayBuffer()
      }))
      const alone = await timeAlone(base, requests.slice(0, 300))
      console.log(`bench:search-scale: ${size}: ${RATE} req/s for ${seconds} s…`)
      const paced = await pacedLoad({ base, paths: requests.map((r) => r.path), rate: RATE, seconds, connections: 20 })
      const { memory } = await ask<{ memory: NodeJS.MemoryUsage }>(child, 'memory')
      return {
        size, textBytes, buildSeconds, heapGrowth, snapshotBytes, firstMs, alone,
        paced: paced.latencies, achievedRate: paced.achievedRate, failed: paced.errors + paced.non2xx,
        rss: memory.rss, peak: peakRss(child.pid!),
      }
    } finally {
      stop(child)
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

const row = (label: string, cell: (r: SizeResult) => string) => `| ${label} | ${results.map(cell).join(' | ')} |`
const body = [
  `\`npm run bench:search-scale\`, ${new Date().toISOString().slice(0, 10)}, Node ${process.version}; load average before / after:`,
  `${loadBefore} / ${await loadAverage()} (2 cores, shared). The records of \`bench:search\` (real procedures and law articles, topped`,
  "up with generated legal documents) at each size, one size at a time; the server is the site server's search handler",
  '(benchmarks/searchServer.ts) with its default search threads and no result cache, after one untimed pass over the',
  `600 requests of the mix. Latencies: 300 requests one at a time, then ${RATE} req/s evenly paced for ${seconds} s over 20 connections.`,
  '',
  `| Measure | ${results.map((r) => `${r.size.toLocaleString('en')} records`).join(' | ')} |`,
  `| --- |${results.map(() => ' --- |').join('')}`,
  row('Text indexed', (r) => mb(r.textBytes)),
  row('Build (`replaceAll`, snapshot saved)', (r) => `${r.buildSeconds.toFixed(1)} s`),
  row('Heap growth of the building process', (r) => mb(r.heapGrowth)),
  row('Snapshot file', (r) => mb(r.snapshotBytes)),
  row('First answer of a fresh server (loads the snapshot)', (r) => `${(r.firstMs / 1000).toFixed(1)} s`),
  row('Server memory after the run: RSS / peak RSS', (r) => `${mb(r.rss)} / ${mb(r.peak)}`),
  row('One at a time: p50 / p95 / p99, all kinds', (r) => ms3(r.alone.get('all') ?? [])),
  row('One at a time: p95 of the slowest kind', (r) => {
    const [kind, times] = [...r.alone.entries()].filter(([k]) => k !== 'all').map(([k, t]) => [k, percentile([...t].sort((a, b) => a - b), 0.95)] as const).sort((a, b) => b[1] - a[1])[0] ?? ['', 0]
    return `${Math.round(times)} ms (${kind})`
  }),
  row(`${RATE} req/s: p50 / p95 / p99`, (r) => ms3(r.paced)),
  row(`${RATE} req/s: answered per second, failed`, (r) => `${r.achievedRate.toFixed(0)} req/s, ${r.failed} failed`),
].join('\n')
for (const line of body.split('\n').filter((line) => line.startsWith('|'))) console.log(line)
await writeBenchmarkSection(join(repoRoot, 'docs/benchmarks.md'), 'Search at scale (embedded engine)', body)
console.log('bench:search-scale: wrote docs/benchmarks.md (Search at scale (embedded engine))')
