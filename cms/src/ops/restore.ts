import fs from 'node:fs'
import path from 'node:path'
import readline from 'node:readline'
import type { MigrateUpArgs } from '@payloadcms/db-postgres'
import { drizzle } from '@payloadcms/db-postgres/drizzle/node-postgres'
import pg from 'pg'
import { unpackTar } from './archive'
import { listFiles } from './backup'
import { BACKUP_FORMAT, type BackupManifest } from './manifest'
import { listTables, tablesWithRows } from './tables'

/** A committed migration, as `cms/src/migrations/index.ts` lists it. */
export interface Migration {
  name: string
  up: (args: MigrateUpArgs) => Promise<void>
}

export interface RestoreOptions {
  databaseUri: string
  /** The upload folders to replace, by their name in the archive (see `BackupOptions.uploadDirs`). */
  uploadDirs: Record<string, string>
  /** A file written by `backup()`. */
  file: string
  /** Overwrite a database that holds content, or upload folders that hold files. */
  force?: boolean
  /** The committed migrations: the schema is rebuilt by replaying those the backup was taken at. */
  migrations: Migration[]
  log?: (line: string) => void
}

/** Restore stopped before changing anything; `message` says why in Vietnamese, then English. */
export class RestoreRefused extends Error {
  override name = 'RestoreRefused'
}

const BATCH = 500

/**
 * Replaces the database and the uploads folder with the content of a backup file.
 *
 * @remarks The schema is rebuilt by replaying the backup's migrations and refilled while the previous one is kept
 * aside (`replaceSchema`): a failure at any step leaves the database as it was. The uploads folder is swapped in by renames only after the database committed. Migrations newer than the backup
 * are not applied: `payload migrate` (run by `npm start`) brings the restored content forward as for any upgrade.
 */
export async function restore(opts: RestoreOptions): Promise<BackupManifest> {
  const log = opts.log ?? (() => {})
  if (!fs.existsSync(opts.file)) throw new RestoreRefused(`Không tìm thấy tệp sao lưu ${opts.file} (backup file not found)`)
  const uploadDirs = Object.entries(opts.uploadDirs).map(([name, dir]) => [name, path.resolve(dir)] as const)
  const parent = path.dirname(uploadDirs[0]?.[1] ?? path.resolve('.'))
  for (const [, dir] of uploadDirs) fs.mkdirSync(path.dirname(dir), { recursive: true })
  // Unpacked beside the upload folders (all in the data folder), so swapping them in is a rename on one file system.
  const staging = fs.mkdtempSync(path.join(parent, '.restore-'))
  const client = new pg.Client({ connectionString: opts.databaseUri })
  let connected = false
  try {
    log(`unpacking ${opts.file}`)
    await unpackTar(opts.file, staging)
    const manifest = readManifest(staging)
    const toReplay = migrationsToReplay(manifest, opts.migrations)

    await client.connect()
    connected = true
    await refuseUnlessForced(client, uploadDirs.map(([, dir]) => dir), opts.force ?? false)

    await replaceSchema(client, toReplay, () => loadTables(client, staging, manifest, log), log)

    // A folder the backup does not have (attachments, in a backup older than them) is restored empty, like its table.
    for (const [name, dir] of uploadDirs) {
      const restored = path.join(staging, name)
      if (!fs.existsSync(restored)) fs.mkdirSync(restored)
      const old = `${dir}.old-${Date.now()}`
      if (fs.existsSync(dir)) fs.renameSync(dir, old)
      fs.renameSync(restored, dir)
      fs.rmSync(old, { recursive: true, force: true })
    }
    const rows = Object.values(manifest.tables).reduce((sum, n) => sum + n, 0)
    log(`done: ${rows} rows in ${Object.keys(manifest.tables).length} tables, ${Object.keys(manifest.files).length} files (backup of ${manifest.createdAt})`)
    return manifest
  } catch (err) {
    if (connected) await client.query('ROLLBACK').catch(() => {})
    throw err
  } finally {
    if (connected) await client.end().catch(() => {})
    fs.rmSync(staging, { recursive: true, force: true })
  }
}

/** Where the database's previous content waits while the restored one is loaded (one name per restore). */
const PREVIOUS_SCHEMA = 'congkhai_before_restore'

/**
 * Rebuilds the `public` schema from the migrations and fills it with `load()`, the previous schema kept aside until
 * the new one committed, and put back if anything fails.
 *
 * @remarks Two transactions, not one: Debian 12's PostgreSQL 15 refuses to store an enum value that `ALTER TYPE …
 * ADD VALUE` added in the same transaction, even to a type created in it ("unsafe use of new value" for
 * `enum_users_roles`' `build`; the embedded 17 accepts it), so the replayed migrations commit before the rows are loaded. The
 * previous content is renamed, never dropped, until the load committed; a failure of the load puts it back. Were the
 * process killed between the two, it stays in the schema `congkhai_before_restore_<time>` (the log says so), which a later
 * restore leaves alone.
 */
async function replaceSchema(client: pg.Client, migrations: Migration[], load: () => Promise<void>, log: (line: string) => void): Promise<void> {
  const aside = `${PREVIOUS_SCHEMA}_${new Date().toISOString().replace(/\D/g, '').slice(0, 14)}`
  const previous = client.escapeIdentifier(aside)
  await client.query('BEGIN')
  log('database: rebuilding the schema')
  const { rows } = await client.query<{ found: boolean }>(`SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = 'public') AS found`)
  if (rows[0]!.found) await client.query(`ALTER SCHEMA public RENAME TO ${previous}`)
  await client.query('CREATE SCHEMA public')
  const db = drizzle({ client })
  for (const migration of migrations) {
    log(`database: migration ${migration.name}`)
    await migration.up({ db, payload: undefined, req: undefined } as unknown as MigrateUpArgs)
  }
  await client.query('COMMIT')
  if (rows[0]!.found) log(`database: the previous content is kept in the schema ${aside} until the restore completes`)
  try {
    await client.query('BEGIN')
    await load()
    if (rows[0]!.found) await client.query(`DROP SCHEMA ${previous} CASCADE`)
    await client.query('COMMIT')
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {})
    await client.query('BEGIN')
    await client.query('DROP SCHEMA public CASCADE')
    if (rows[0]!.found) await client.query(`ALTER SCHEMA ${previous} RENAME TO public`)
    else await client.query('CREATE SCHEMA public')
    await client.query('COMMIT')
    log('database: restore failed, the previous content is back')
    throw err
  }
}

function readManifest(dir: string): BackupManifest {
  const file = path.join(dir, 'manifest.json')
  if (!fs.existsSync(file)) throw new RestoreRefused('Tệp này không phải bản sao lưu của congkhai (not a congkhai backup: manifest.json missing)')
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as BackupManifest
  if (manifest.format !== BACKUP_FORMAT) {
    throw new RestoreRefused(`Bản sao lưu dùng định dạng ${manifest.format}, phiên bản này đọc định dạng ${BACKUP_FORMAT} (unsupported backup format)`)
  }
  return manifest
}

/** The backup's migrations, which must be the first ones this code has, in the same order. */
function migrationsToReplay(manifest: BackupManifest, known: Migration[]): Migration[] {
  return manifest.migrations.map((name, i) => {
    if (known[i]?.name !== name) {
      throw new RestoreRefused(
        `Bản sao lưu được tạo với lược đồ dữ liệu khác (migration ${name} không có trong phiên bản này); hãy khôi phục bằng phiên bản congkhai đã tạo bản sao lưu. ` +
          `(The backup was made with a schema this version does not know: restore it with the release that made it.)`,
      )
    }
    return known[i]
  })
}

async function refuseUnlessForced(client: pg.ClientBase, uploadDirs: string[], force: boolean): Promise<void> {
  if (force) return
  const filled = await tablesWithRows(client)
  const holding = uploadDirs.map((dir) => [dir, Object.keys(listFiles(dir)).length] as const).filter(([, n]) => n > 0)
  const { rows } = await client.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
  )
  const reasons = [
    filled.length > 0 && `cơ sở dữ liệu đang có nội dung (database not empty: ${filled.slice(0, 5).join(', ')}${filled.length > 5 ? ', …' : ''})`,
    ...holding.map(([dir, files]) => `thư mục tệp tải lên đang có ${files} tệp (uploads folder holds ${files} files: ${dir})`),
    rows[0].n > 0 && `đang có ${rows[0].n} kết nối khác tới cơ sở dữ liệu, CMS có đang chạy? (${rows[0].n} other connections: is the CMS running?)`,
  ].filter(Boolean)
  if (reasons.length > 0) {
    throw new RestoreRefused(
      `Không khôi phục: ${reasons.join('; ')}. Thêm --force để ghi đè toàn bộ. ` +
        `(Restore refused: it would overwrite existing content. Add --force to replace it.)`,
    )
  }
}

/** Fills the freshly migrated tables from the backup, with foreign keys lifted while loading and checked again after. */
async function loadTables(client: pg.ClientBase, dir: string, manifest: BackupManifest, log: (line: string) => void): Promise<void> {
  const present = new Set(await listTables(client))
  const missing = Object.keys(manifest.tables).filter((table) => !present.has(table))
  if (missing.length > 0) throw new Error(`tables in the backup but not in the replayed schema: ${missing.join(', ')}`)
  // Migrations may write rows of their own (the migration log among them): the backup's rows replace them.
  if (present.size > 0) await client.query(`TRUNCATE ${[...present].map((t) => `public.${client.escapeIdentifier(t)}`).join(', ')}`)

  const { rows: keys } = await client.query<{ tbl: string; name: string; def: string }>(
    `SELECT conrelid::regclass::text AS tbl, conname AS name, pg_get_constraintdef(oid) AS def
       FROM pg_constraint WHERE contype = 'f' AND connamespace = 'public'::regnamespace`,
  )
  for (const key of keys) await client.query(`ALTER TABLE ${key.tbl} DROP CONSTRAINT ${client.escapeIdentifier(key.name)}`)

  const tables = Object.entries(manifest.tables)
  for (const [i, [table, expected]] of tables.entries()) {
    if (expected === 0) continue
    const loaded = await loadTable(client, table, path.join(dir, 'database', `${table}.jsonl`))
    if (loaded !== expected) throw new Error(`${table}: the backup lists ${expected} rows, its file holds ${loaded}`)
    log(`database: ${table}: ${loaded} rows (${i + 1}/${tables.length} tables)`)
  }

  log(`database: checking ${keys.length} foreign keys`)
  for (const key of keys) await client.query(`ALTER TABLE ${key.tbl} ADD CONSTRAINT ${client.escapeIdentifier(key.name)} ${key.def}`)
  for (const [name, value] of Object.entries(manifest.sequences)) {
    await client.query(`SELECT setval($1::regclass, $2, $3)`, [`public.${client.escapeIdentifier(name)}`, value ?? 1, value !== null])
  }
}

async function loadTable(client: pg.ClientBase, table: string, file: string): Promise<number> {
  const target = `public.${client.escapeIdentifier(table)}`
  const insert = `INSERT INTO ${target} OVERRIDING SYSTEM VALUE SELECT * FROM jsonb_populate_recordset(NULL::${target}, $1::jsonb)`
  let batch: string[] = []
  let count = 0
  const flush = async () => {
    if (batch.length === 0) return
    await client.query(insert, [`[${batch.join(',')}]`])
    count += batch.length
    batch = []
  }
  for await (const line of readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity })) {
    if (!line) continue
    batch.push(line)
    if (batch.length >= BATCH) await flush()
  }
  await flush()
  return count
}
