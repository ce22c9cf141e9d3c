/**
 * `npm run bench:dataset -- --size 10000 --data-dir .data/bench-10000 [--port 54380] [--seed 8] [--source ../shared/data] [--force]`:
 * fills a benchmark database with `size` documents (real procedures, news made from real law articles, legal documents
 * with relations) on top of the demo seed, and writes the plan to `<data-dir>/dataset.json` (Hugo's bench reads it).
 *
 * @remarks The database is an embedded PostgreSQL in `<data-dir>/postgres` on `--port`, started and stopped here; a
 * stack pointed at it afterwards (`DATA_DIR=<data-dir> POSTGRES_PORT=<port>`, as `scripts/start.ts` reads them) serves
 * the dataset. A second run with the same size and seed does nothing; `--force` wipes the folder and starts over.
 * Other bench scripts call `ensureDataset()` from `scripts/lib/dataset.ts`, which runs this file.
 */
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { DATASET_FILE, type DatasetFile } from '../scripts/lib/dataset'
import { run } from '../scripts/lib/processes'

const repoRoot = path.resolve(import.meta.dirname, '..')
const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '1000' },
    'data-dir': { type: 'string' },
    port: { type: 'string', default: '54380' },
    seed: { type: 'string', default: '8' },
    source: { type: 'string', default: path.resolve(repoRoot, '../shared/data') },
    concurrency: { type: 'string', default: '4' },
    force: { type: 'boolean', default: false },
  },
})
const size = Number(values.size)
const seed = Number(values.seed)
const fail = (message: string): never => {
  console.error(`bench:dataset: ${message}`)
  process.exit(2)
}
if (!values['data-dir']) fail('cần --data-dir <thư mục> (a data folder is required, e.g. --data-dir .data/bench-10000)')
if (!Number.isInteger(size) || size < 10) fail(`--size phải là số nguyên ≥ 10 (got ${values.size})`)
if (process.env.DATABASE_URI) fail('dùng PostgreSQL nhúng riêng; hãy bỏ DATABASE_URI (the generator runs its own database; unset DATABASE_URI)')
if (!fs.existsSync(path.join(values.source, 'tthc-dichvucong-bo-nganh/procedures.jsonl'))) fail(`không thấy dữ liệu (shared data not found) in ${values.source}`)

const dataDir = path.resolve(values['data-dir']!)
const markerPath = path.join(dataDir, DATASET_FILE)
const marker = fs.existsSync(markerPath) ? (JSON.parse(fs.readFileSync(markerPath, 'utf8')) as DatasetFile) : undefined
if (marker && marker.size === size && marker.seed === seed && !values.force) {
  console.log(`bench:dataset: ${dataDir} đã có ${size} văn bản (already holds this dataset, seed ${seed}); --force để tạo lại`)
  process.exit(0)
}
if (fs.existsSync(dataDir) && fs.readdirSync(dataDir).length > 0) {
  // Only a folder this script made is wiped: a typo in --data-dir must not delete someone's data.
  if (!marker && !fs.existsSync(path.join(dataDir, 'dataset.partial'))) fail(`${dataDir} không trống và không phải thư mục bench (not empty and not a bench folder); refusing to wipe it`)
  if (!values.force && marker) fail(`${dataDir} chứa bộ dữ liệu khác (size ${marker.size}, seed ${marker.seed}); thêm --force để tạo lại`)
  console.log(`bench:dataset: xoá (wiping) ${dataDir}`)
  fs.rmSync(dataDir, { recursive: true, force: true })
}
fs.mkdirSync(dataDir, { recursive: true })
fs.writeFileSync(path.join(dataDir, 'dataset.partial'), `${new Date().toISOString()}\n`)

// The CMS reads its configuration once, on import: point it at this folder before loading it.
Object.assign(process.env, {
  DATA_DIR: dataDir,
  POSTGRES_PORT: values.port,
  // Nothing listens there: the importer's single end-of-run publish event is only logged as undelivered.
  PUBLISH_WEBHOOK_URL: 'http://127.0.0.1:9/_internal/publish',
})
const started = Date.now()
const { startDatabase } = await import('@congkhai/cms/database')
const db = await startDatabase((line) => console.log(`bench:dataset: ${line}`))
const { default: pg } = await import('pg')
/** Sets `synchronous_commit` server-wide and reloads: off while writing, back to the default afterwards. */
async function synchronousCommit(value: 'off' | 'default'): Promise<void> {
  const client = new pg.Client({ connectionString: db.uri })
  await client.connect()
  await client.query(value === 'off' ? 'ALTER SYSTEM SET synchronous_commit = off' : 'ALTER SYSTEM RESET synchronous_commit')
  await client.query('SELECT pg_reload_conf()')
  await client.end()
}
// Each document is several small transactions; without waiting for each commit's WAL flush the writes go several
// times faster. Safe here: a crash leaves no dataset.json, and the next run starts over. Restored before stopping,
// so stacks serving the dataset afterwards (publish-to-live) commit as in production.
await synchronousCommit('off')
try {
  console.log('bench:dataset: [1/4] migrations')
  await run('migrate', process.execPath, [path.join(repoRoot, 'node_modules/payload/bin.js'), 'migrate'], {
    cwd: path.join(repoRoot, 'cms'),
    env: { DATABASE_URI: db.uri, NODE_ENV: 'production' },
    filter: (line) => /rror/.test(line),
  })
  const { getPayload } = await import('payload')
  const { default: config } = await import('@congkhai/cms/payload-config')
  const { isSeeded, seed: seedDemo } = await import('@congkhai/cms/seed')
  const { planDataset, writeDataset } = await import('@congkhai/cms/bench')
  const payload = await getPayload({ config })
  try {
    console.log('bench:dataset: [2/4] demo content (site settings, pages, the demo documents)')
    if (!(await isSeeded(payload))) await seedDemo(payload)
    const existing = {
      procedureCodes: (await payload.find({ collection: 'procedures', draft: true, pagination: false, depth: 0, select: { code: true } })).docs.map((d) => d.code),
      legalNumbers: (await payload.find({ collection: 'legal-documents', draft: true, pagination: false, depth: 0, select: { number: true } })).docs.map((d) => d.number),
    }
    console.log(`bench:dataset: [3/4] planning ${size} documents (seed ${seed}) from ${values.source}`)
    const plan = await planDataset({ size, seed, dataFolder: values.source, existing })
    console.log(`bench:dataset: [4/4] writing ${plan.legalDocuments.length} legal documents, ${plan.procedureLines.length} procedures, ${plan.news.length} news`)
    const result = await writeDataset(payload, plan, { log: console.log, concurrency: Number(values.concurrency) })
    // Fresh planner statistics, so the first reads of the new rows use the indexes (autovacuum would, minutes later).
    await payload.db.drizzle.execute('ANALYZE')
    const file: DatasetFile = { size, seed, port: Number(values.port), writtenAt: new Date().toISOString(), result, plan }
    fs.writeFileSync(markerPath, JSON.stringify(file))
    fs.rmSync(path.join(dataDir, 'dataset.partial'), { force: true })
    const seconds = (Date.now() - started) / 1000
    console.log(
      `bench:dataset: xong (done) in ${seconds.toFixed(0)} s: ${result.legalDocuments} legal documents, ${result.procedures} procedures` +
        ` (${result.skippedProcedures} skipped), ${result.news} news, plus the demo seed; written at ${((size / result.elapsedMs) * 1000).toFixed(0)} documents/s`,
    )
  } finally {
    // Payload leaves its connection pool open: stopping PostgreSQL below ends its idle connections, which is expected.
    ;(payload.db as unknown as { pool?: { on(event: 'error', listener: () => void): void } }).pool?.on('error', () => {})
    await payload.destroy()
  }
} finally {
  await synchronousCommit('default')
  await db.stop()
}
process.exit(0)
