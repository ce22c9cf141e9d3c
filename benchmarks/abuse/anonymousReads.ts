import { readFile } from 'node:fs/promises'
import { percentile } from '../percentile'

/** Latencies of one kind of request during the hammer, in milliseconds, and the answers that were not 200. */
export interface Latencies {
  requests: number
  p50: number
  p95: number
  max: number
  /** Answers other than 200, by status (or error message). */
  other: Record<string, number>
}

/** What `measureAnonymousReads` found. */
export interface AnonymousReadFigures {
  heavyPath: string
  pagePath: string
  /** One heavy read on an idle CMS: its size and time. */
  heavyAlone: { status: number; bytes: number; ms: number }
  clients: number
  seconds: number
  /** The hammering clients' own requests. */
  heavy: Latencies
  health: Latencies
  page: Latencies
  /** Resident memory of the CMS process before the hammer (median of a few samples) and its peak during it, in MB. */
  idleRssMb: number
  peakRssMb: number
}

export interface AnonymousReadOptions {
  /** Candidates for the heaviest anonymous read the caps allow; the one slowest alone is hammered. */
  heavyPaths?: string[]
  /** A page-sized anonymous read, as a visitor's page would ask. */
  pagePath?: string
  clients?: number
  seconds?: number
}

/**
 * The heaviest anonymous reads the caps allow (`cms/src/rest/anonymousReadCaps.ts`): the longest list of the heaviest
 * collection at the greatest depth allowed for it, and a short list at depth 2, in every language.
 */
export const HEAVIEST_CAPPED_READS = ['/api/legal-documents?depth=0&limit=100&locale=all', '/api/legal-documents?depth=2&limit=20&locale=all']

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function rssMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8')
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN)
  return Math.round(kb / 1024)
}

/** One GET, its status (or error) and time; the body is read to the end, as a client would. */
async function timed(url: string, timeoutMs = 120_000): Promise<{ status: string; ms: number; bytes: number }> {
  const started = performance.now()
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) })
    const bytes = (await res.arrayBuffer()).byteLength
    return { status: String(res.status), ms: performance.now() - started, bytes }
  } catch (err) {
    return { status: (err as Error).name === 'TimeoutError' ? 'timeout' : (err as Error).message, ms: performance.now() - started, bytes: 0 }
  }
}

function summarise(samples: { status: string; ms: number }[]): Latencies {
  const sorted = samples.map((s) => s.ms).sort((a, b) => a - b)
  const other: Record<string, number> = {}
  for (const { status } of samples) if (status !== '200') other[status] = (other[status] ?? 0) + 1
  return { requests: samples.length, p50: Math.round(percentile(sorted, 0.5)), p95: Math.round(percentile(sorted, 0.95)), max: Math.round(sorted.at(-1) ?? 0), other }
}

/**
 * Hammers a running CMS with `clients` anonymous clients asking `heavyPath` back to back for `seconds`, while one
 * client asks `/api/health` and another a page-sized read every 100 ms; samples the CMS's resident memory from
 * `/proc/<pid>/status` throughout.
 *
 * @remarks The figures of issue 18's target: `/api/health` and the page-sized read keep p95 ≤ 200 ms and the CMS's
 * memory stays within 100 MB of idle. The probes are sequential, like a monitor and a visitor, so a slow answer
 * delays the next probe instead of piling up.
 */
export async function measureAnonymousReads(cmsUrl: string, pid: number, options: AnonymousReadOptions = {}): Promise<AnonymousReadFigures> {
  const { heavyPaths = HEAVIEST_CAPPED_READS, pagePath = '/api/news?limit=10&depth=1', clients = 8, seconds = 30 } = options
  // Warm up: the first request of each route loads its code.
  for (const path of ['/api/health', pagePath, ...heavyPaths]) await timed(cmsUrl + path)
  let heavyPath = heavyPaths[0]
  let alone = { status: '', ms: -1, bytes: 0 }
  for (const path of heavyPaths) {
    const run = await timed(cmsUrl + path)
    if (run.status === '200' && run.ms > alone.ms) [heavyPath, alone] = [path, run]
  }
  await sleep(2000)
  const idle: number[] = []
  for (let i = 0; i < 5; i++) {
    idle.push(await rssMb(pid))
    await sleep(200)
  }
  const idleRssMb = idle.sort((a, b) => a - b)[2]

  let running = true
  let peakRssMb = idleRssMb
  const heavy: { status: string; ms: number }[] = []
  const health: { status: string; ms: number }[] = []
  const page: { status: string; ms: number }[] = []
  const hammer = Array.from({ length: clients }, async () => {
    while (running) heavy.push(await timed(cmsUrl + heavyPath))
  })
  const probe = async (path: string, into: { status: string; ms: number }[]) => {
    await sleep(1000)
    while (running) {
      into.push(await timed(cmsUrl + path, 60_000))
      await sleep(100)
    }
  }
  const sampler = (async () => {
    while (running) {
      peakRssMb = Math.max(peakRssMb, await rssMb(pid).catch(() => 0))
      await sleep(200)
    }
  })()
  const probes = [probe('/api/health', health), probe(pagePath, page)]
  await sleep(seconds * 1000)
  running = false
  await Promise.all([...hammer, ...probes, sampler])
  return {
    heavyPath,
    pagePath,
    heavyAlone: { status: Number(alone.status), bytes: alone.bytes, ms: Math.round(alone.ms) },
    clients,
    seconds,
    heavy: summarise(heavy),
    health: summarise(health),
    page: summarise(page),
    idleRssMb,
    peakRssMb,
  }
}
