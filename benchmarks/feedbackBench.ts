/**
 * `npm run bench:feedback [-- --connections 20 --duration 20]`: loads the site's real `POST /api/feedback` handler
 * with valid submissions, each fsync'd to the outbox before it is answered, while the deliverer hands them on to a
 * stand-in CMS; writes accepted submissions per second and latency into `docs/benchmarks.md` under "Feedback intake".
 *
 * @remarks The rate limit is turned off for the run (`FEEDBACK_POSTS_PER_MINUTE=0`): every request comes from one
 * address, and the point is the cost of validation plus a durable write.
 */
import { execFileSync, fork, type ChildProcess } from 'node:child_process'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { cpus, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import autocannon, { type Result } from 'autocannon'
import { siteConfig } from '@congkhai/site/config'
import { issueFormToken } from '@congkhai/site/feedback'
import { writeBenchmarkSection } from '../scripts/lib/benchmarksFile'
import { percentile } from './percentile'

const TARGETS = { requestsPerSecond: 300, p99Ms: 100 }
const SEQUENTIAL = 300
const repoRoot = resolve(import.meta.dirname, '..')
const { values } = parseArgs({ options: { connections: { type: 'string', default: '20' }, duration: { type: 'string', default: '20' } } })
const [connections, duration] = [values.connections, values.duration].map(Number) as [number, number]

const loadAverage = async () => (await readFile('/proc/loadavg', 'utf8')).split(' ').slice(0, 3).join(' ')
const loadBefore = await loadAverage()

/** Answers the deliverer like the CMS's intake endpoint does, without a database: the intake is what is measured. */
function startCmsStandIn(): Promise<{ server: Server; url: string; received: () => number }> {
  let received = 0
  const server = createServer((req, res) => {
    req.resume()
    req.on('end', () => {
      received++
      res.writeHead(201, { 'content-type': 'application/json' }).end('{"id":1,"code":"GY-0000-000000"}')
    })
  })
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received: () => received })))
}

function startServer(env: Record<string, string>): Promise<{ child: ChildProcess; base: string }> {
  const child = fork(join(import.meta.dirname, 'feedbackServer.ts'), { execArgv: ['--import', 'tsx'], env: { ...process.env, ...env } })
  return new Promise((done, reject) => {
    child.once('error', reject)
    child.once('exit', (code) => reject(new Error(`feedback server exited (${code})`)))
    child.once('message', (message) => done({ child, base: `http://127.0.0.1:${(message as { port: number }).port}` }))
  })
}

// One token a submission (each is spent once), issued ten seconds ago so the minimum fill time is passed; the server
// signs with the same secret (same config).
const body = (i: number) =>
  JSON.stringify({
    kind: 'gop-y',
    name: 'Nguyễn Văn Thử',
    email: `thu${i}@example.vn`,
    title: `Góp ý về thời hạn giải quyết hồ sơ ${i}`,
    content: 'Đề nghị Sở niêm yết rõ thời hạn giải quyết hồ sơ hộ chiếu công vụ và lệ phí tại bộ phận một cửa. '.repeat(8),
    consent: true,
    formToken: issueFormToken(siteConfig.PUBLISH_SECRET, Date.now() - 10_000),
  })
const headers = { 'content-type': 'application/json' }

const dir = await mkdtemp(join(tmpdir(), 'congkhai-feedback-bench-'))
const outboxDir = join(dir, 'outbox')
let server: ChildProcess | undefined
let cms: Awaited<ReturnType<typeof startCmsStandIn>> | undefined
try {
  cms = await startCmsStandIn()
  const started = await startServer({ FEEDBACK_OUTBOX_DIR: outboxDir, FEEDBACK_POSTS_PER_MINUTE: '0', CMS_URL: cms.url })
  server = started.child
  const { base } = started
  const first = await fetch(`${base}/api/feedback`, { method: 'POST', headers, body: body(0) })
  if (first.status !== 201) throw new Error(`a valid submission answered ${first.status}: ${await first.text()}`)

  console.log(`bench:feedback: timing ${SEQUENTIAL} submissions one at a time…`)
  const alone: number[] = []
  for (let i = 1; i <= SEQUENTIAL; i++) {
    const t = performance.now()
    const res = await fetch(`${base}/api/feedback`, { method: 'POST', headers, body: body(i) })
    await res.arrayBuffer()
    alone.push(performance.now() - t)
  }
  alone.sort((a, b) => a - b)

  console.log(`bench:feedback: loading POST /api/feedback with ${connections} connections for ${duration} s…`)
  let n = SEQUENTIAL
  const latencies: number[] = []
  const statuses = new Map<number, number>()
  const result = await new Promise<Result>((done, reject) => {
    const instance = autocannon(
      { url: base, connections, duration, requests: [{ method: 'POST', path: '/api/feedback', headers, setupRequest: (r) => ({ ...r, body: body(++n) }) }] },
      (error, res) => (error ? reject(error) : done(res)),
    )
    instance.on('response', (_client, status, _bytes, ms) => {
      latencies.push(ms)
      statuses.set(status, (statuses.get(status) ?? 0) + 1)
    })
  })

  // Let the deliverer finish, then stop the server (closing the outbox) and check the journal against the answers.
  const accepted = (statuses.get(201) ?? 0) + SEQUENTIAL + 1
  const until = Date.now() + 60_000
  while (cms.received() < accepted && Date.now() < until) await new Promise((r) => setTimeout(r, 200))
  const exited = Promise.race([new Promise((r) => server!.once('exit', r)), new Promise((r) => setTimeout(r, 15_000))])
  server.removeAllListeners('exit')
  server.disconnect()
  await exited
  server = undefined
  const journal = await readFile(join(outboxDir, 'journal.jsonl'), 'utf8')
  const queued = new Set<string>()
  for (const line of journal.split('\n').filter(Boolean)) {
    const entry = JSON.parse(line) as { t: string; submissionId?: string; id?: string }
    if (entry.t === 'rec') queued.add(entry.submissionId!)
    if (entry.t === 'ack') queued.delete(entry.id!)
  }
  const stillQueued = queued.size

  latencies.sort((a, b) => a - b)
  const [p50, p95, p99] = [0.5, 0.95, 0.99].map((share) => Math.round(percentile(latencies, share)))
  const [a50, a99] = [0.5, 0.99].map((share) => percentile(alone, share).toFixed(1))
  const seconds = result.duration || duration
  const acceptedPerSecond = (statuses.get(201) ?? 0) / seconds
  const met = (ok: boolean) => (ok ? 'met' : 'not met')
  const lines = [
    `\`npm run bench:feedback\`, ${new Date().toISOString().slice(0, 10)}.`,
    '',
    `nproc: ${execFileSync('nproc').toString().trim()} (${cpus()[0]?.model ?? 'unknown CPU'}); outbox on ${execFileSync('df', ['--output=fstype', dir]).toString().split('\n')[1]?.trim() ?? '?'} in ${tmpdir()}.`,
    `Load average before / after the run: ${loadBefore} / ${await loadAverage()} (the machine is shared with other work; expect noise).`,
    `Node ${process.version}.`,
    '',
    '| Measure | Value |',
    '| --- | --- |',
    `| Accepted submissions per second, ${connections} connections, ${duration} s | ${acceptedPerSecond.toFixed(0)} /s (${statuses.get(201) ?? 0} accepted; other answers: ${[...statuses].filter(([s]) => s !== 201).map(([s, c]) => `${c}× ${s}`).join(', ') || 'none'}; ${result.errors} errors, ${result.timeouts} timeouts) |`,
    `| Latency p50 / p95 / p99 under load | ${p50} / ${p95} / ${p99} ms |`,
    `| One at a time (${SEQUENTIAL} submissions, nothing else in flight) p50 / p99 | ${a50} / ${a99} ms |`,
    `| Delivered to the CMS stand-in by the end of the run | ${cms.received()} (${accepted} answers counted; autocannon does not count the requests in flight when it stops); ${stillQueued} left in the outbox journal |`,
    `| Target ≥ ${TARGETS.requestsPerSecond} accepted/s | ${met(acceptedPerSecond >= TARGETS.requestsPerSecond)} |`,
    `| Target p99 ≤ ${TARGETS.p99Ms} ms | ${met(p99 <= TARGETS.p99Ms)} |`,
    '',
    'Each request is a valid JSON submission (about 1 kB) through the real route handler (`POST` of',
    'site/src/pages/api/feedback.ts): origin check, body read with its 16 kB limit, form token, zod validation, then',
    '`FeedbackOutbox.accept()`, which answers only after the record is written and `fdatasync`ed to the journal.',
    'Requests that arrive while a flush is running share the next write and `fdatasync` (group commit), so the cost',
    'of durability is one disk flush per batch. The server is plain node:http (benchmarks/feedbackServer.ts);',
    "Astro's routing and origin middleware are left out. The rate limit is off for the run",
    '(`FEEDBACK_POSTS_PER_MINUTE=0`; in production it stays at its default of 5 per address per minute). The',
    'deliverer runs as in production, sending every submission to a stand-in for the CMS intake endpoint (answers 201',
    'at once, no database) in the benchmark process, so what is measured is the intake, not PostgreSQL. autocannon',
    'runs in the benchmark process on the same two cores.',
  ]
  for (const line of lines.filter((l) => l.startsWith('|'))) console.log(line)
  await writeBenchmarkSection(join(repoRoot, 'docs/benchmarks.md'), 'Feedback intake', lines.join('\n'))
  console.log('bench:feedback: wrote docs/benchmarks.md (Feedback intake)')
} catch (error) {
  console.error(`bench:feedback: ${(error as Error).message}`)
  process.exitCode = 1
} finally {
  server?.removeAllListeners('exit')
  server?.disconnect()
  cms?.server.close()
  await rm(dir, { recursive: true, force: true })
}
