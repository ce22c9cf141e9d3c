import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cmsConfig } from '../config'
import { ensureDatabase } from '../db/embeddedPostgres'
import { migrations } from '../migrations'
import { startTestCms } from '../testing/testCms'
import { packTar, unpackTar } from './archive'
import { backup, listTables, restore, RestoreRefused, tableRows } from '.'

let payload: Payload
let dir: string
const sourceUri = cmsConfig.databaseUri
const targetUri = withDatabase(sourceUri, 'congkhai_restore')

function withDatabase(uri: string, name: string): string {
  const url = new URL(uri)
  url.pathname = `/${name}`
  return url.href
}

/** Every row of every table, and every sequence's position: what "identical content" means here. */
async function snapshot(uri: string) {
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  try {
    const tables: Record<string, unknown[]> = {}
    for (const table of await listTables(client)) tables[table] = await tableRows(client, table)
    const { rows } = await client.query(`SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = 'public' ORDER BY 1`)
    return { tables, sequences: rows }
  } finally {
    await client.end()
  }
}

function readFiles(root: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const entry of fs.readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) out[path.relative(root, path.join(entry.parentPath, entry.name))] = fs.readFileSync(path.join(entry.parentPath, entry.name)).toString('base64')
  }
  return out
}

beforeAll(async () => {
  ;({ payload } = await startTestCms())
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'congkhai-backup-'))
  await ensureDatabase(withDatabase(sourceUri, 'postgres'), 'congkhai_restore')

  // Content of several shapes: localized text, relations, versions, a deleted row (the sequence must not go back).
  const field = await payload.create({ collection: 'fields', data: { name: 'Lĩnh vực sao lưu' } })
  const doc = await payload.create({
    collection: 'legal-documents',
    data: { number: '1/2026/QĐ-BACKUP', title: 'Quyết định về sao lưu', documentType: 'quyet-dinh', validity: 'con-hieu-luc', issuer: 'UBND tỉnh', issuedDate: '2026-01-01', _status: 'published' },
  })
  await payload.update({ collection: 'legal-documents', id: doc.id, locale: 'en', data: { title: 'Decision on backups' } })
  await payload.create({ collection: 'procedures', data: { code: '9.900001', name: 'Thủ tục sao lưu', field: field.id, levels: ['tinh'], _status: 'published' } })
  const gone = await payload.create({ collection: 'news', data: { title: 'Tin sẽ bị xoá', publishedDate: '2026-01-01' } })
  await payload.delete({ collection: 'news', id: gone.id })

  const media = path.join(dir, 'media')
  fs.mkdirSync(path.join(media, 'nested'), { recursive: true })
  fs.writeFileSync(path.join(media, 'mau-don.pdf'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 255]))
  fs.writeFileSync(path.join(media, 'nested', 'ảnh bìa.png'), Buffer.alloc(5000, 7))
  const attachments = path.join(dir, 'feedback-attachments')
  fs.mkdirSync(attachments)
  fs.writeFileSync(path.join(attachments, 'don-cua-cong-dan.pdf'), Buffer.from([0x25, 0x50, 0x44, 0x46, 9, 9]))
})

const sourceDirs = () => ({ media: path.join(dir, 'media'), 'feedback-attachments': path.join(dir, 'feedback-attachments') })
const restoredDirs = () => ({ media: path.join(dir, 'restored-media'), 'feedback-attachments': path.join(dir, 'restored-attachments') })

afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true })
})

describe('backup and restore', () => {
  it('restores identical rows, sequences and files into an empty database', async () => {
    const file = path.join(dir, 'backups', 'congkhai-test.tar.gz')
    const lines: string[] = []
    const manifest = await backup({ databaseUri: sourceUri, uploadDirs: sourceDirs(), outFile: file, log: (l) => lines.push(l) })
    expect(fs.existsSync(file)).toBe(true)
    expect(manifest.migrations).toEqual(migrations.map((m) => m.name))
    expect(manifest.tables.legal_documents).toBeGreaterThan(0)
    expect(lines.at(-1)).toMatch(/^done: \d+ rows in \d+ tables, 3 files/)

    await restore({ databaseUri: targetUri, uploadDirs: restoredDirs(), file, migrations })

    const [before, after] = [await snapshot(sourceUri), await snapshot(targetUri)]
    expect(Object.keys(after.tables)).toEqual(Object.keys(before.tables))
    for (const table of Object.keys(before.tables)) expect(after.tables[table], table).toEqual(before.tables[table])
    expect(after.sequences).toEqual(before.sequences)
    expect(readFiles(restoredDirs().media)).toEqual(readFiles(sourceDirs().media))
    expect(readFiles(restoredDirs()['feedback-attachments'])).toEqual(readFiles(sourceDirs()['feedback-attachments']))

    // The restored database works for Payload: the document reads back with both locales.
    const client = new pg.Client({ connectionString: targetUri })
    await client.connect()
    const { rows } = await client.query(`SELECT l.title, l._locale FROM legal_documents d JOIN legal_documents_locales l ON l._parent_id = d.id WHERE d.number = '1/2026/QĐ-BACKUP' ORDER BY l._locale`)
    await client.end()
    expect(rows).toEqual([
      { title: 'Quyết định về sao lưu', _locale: 'vi' },
      { title: 'Decision on backups', _locale: 'en' },
    ])
  })

  it('refuses to overwrite a database with content without --force, and changes nothing', async () => {
    const file = path.join(dir, 'backups', 'congkhai-test.tar.gz')
    const client = new pg.Client({ connectionString: targetUri })
    await client.connect()
    const edit = `UPDATE legal_documents SET issuer = 'Sửa sau khi khôi phục' WHERE number = '1/2026/QĐ-BACKUP' RETURNING issuer`
    expect((await client.query(edit)).rowCount).toBe(1)

    const refused = restore({ databaseUri: targetUri, uploadDirs: restoredDirs(), file, migrations })
    await expect(refused).rejects.toBeInstanceOf(RestoreRefused)
    await expect(refused).rejects.toThrow(/cơ sở dữ liệu đang có nội dung.*--force/)
    const kept = await client.query(`SELECT issuer FROM legal_documents WHERE number = '1/2026/QĐ-BACKUP'`)
    expect(kept.rows).toEqual([{ issuer: 'Sửa sau khi khôi phục' }])
    await client.end()

    await restore({ databaseUri: targetUri, uploadDirs: restoredDirs(), file, migrations, force: true })
    const back = await snapshot(targetUri)
    expect(back.tables.legal_documents).toEqual((await snapshot(sourceUri)).tables.legal_documents)
  })

  it('leaves the database as it was when the rows fail to load, with nothing set aside left behind', async () => {
    const file = path.join(dir, 'backups', 'congkhai-test.tar.gz')
    const client = new pg.Client({ connectionString: targetUri })
    await client.connect()
    await client.query(`UPDATE legal_documents SET issuer = 'Trước khi khôi phục hỏng' WHERE number = '1/2026/QĐ-BACKUP'`)
    // The same backup, but its manifest promises one legal document more than its file holds.
    const unpacked = path.join(dir, 'tampered')
    fs.mkdirSync(unpacked)
    await unpackTar(file, unpacked)
    const manifest = JSON.parse(fs.readFileSync(path.join(unpacked, 'manifest.json'), 'utf8')) as { tables: Record<string, number> }
    manifest.tables.legal_documents! += 1
    fs.writeFileSync(path.join(unpacked, 'manifest.json'), JSON.stringify(manifest))
    const tampered = path.join(dir, 'backups', 'tampered.tar.gz')
    await packTar(tampered, [{ dir: unpacked, names: fs.readdirSync(unpacked) }])

    await expect(restore({ databaseUri: targetUri, uploadDirs: restoredDirs(), file: tampered, migrations, force: true })).rejects.toThrow(/legal_documents: the backup lists \d+ rows, its file holds/)
    const kept = await client.query(`SELECT issuer FROM legal_documents WHERE number = '1/2026/QĐ-BACKUP'`)
    expect(kept.rows).toEqual([{ issuer: 'Trước khi khôi phục hỏng' }])
    const schemas = await client.query(`SELECT nspname FROM pg_namespace WHERE nspname LIKE 'congkhai_before_restore%'`)
    expect(schemas.rows).toEqual([])
    await client.end()
  })

  it('refuses a backup taken with a schema this version does not know, before touching anything', async () => {
    const file = path.join(dir, 'backups', 'congkhai-test.tar.gz')
    const unknown = [{ name: '20990101_000000_other', up: migrations[0].up }]
    await expect(restore({ databaseUri: targetUri, uploadDirs: restoredDirs(), file, migrations: unknown, force: true })).rejects.toThrow(
      /lược đồ dữ liệu khác/,
    )
    expect((await snapshot(targetUri)).tables.legal_documents.length).toBeGreaterThan(0)
  })
})
