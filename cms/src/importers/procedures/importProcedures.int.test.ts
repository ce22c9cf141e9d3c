import fs from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { cmsConfig } from '../../config'
import { SKIP_NOTIFY } from '../../hooks/notifySite'
import { documentNumberKey } from '../../lib/parseDocumentNumbers'
import type { User } from '../../payload-types'
import { startTestCms, type TestCms } from '../../testing/testCms'
import { importProcedures, type ImportResult } from './importProcedures'
import { parseRecord } from './parseRecord'
import { selectRecords } from './selectRecords'

const DATA_FILE = path.resolve(cmsConfig.repoRoot, '../shared/data/tthc-dichvucong-bo-nganh/procedures.jsonl')
const hasData = fs.existsSync(DATA_FILE)

let cms: TestCms
let sample: string[] = []
let codes: string[] = []
let linkedNumber = ''
const malformed = [
  JSON.stringify({ ma_thu_tuc: '9.999001', ten_thu_tuc: '', linh_vuc: 'Hộ tịch', cach_thuc_thuc_hien: 'Trực tiếp5 Ngày làm việc' }),
  '{"ma_thu_tuc": "9.999002", "ten_thu_tuc": "Cắt ngang',
]

const events = async () => (await (await fetch(`${inject('webhookUrl')}/events`)).json()) as Record<string, unknown>[]
const stored = () => cms.payload.find({ collection: 'procedures', where: { code: { in: codes } }, depth: 0, pagination: false, draft: true })

describe.skipIf(!hasData)('importProcedures on real portal records', () => {
  let first: ImportResult
  let firstEvents: Record<string, unknown>[]

  beforeAll(async () => {
    // Thirty records spread over the whole file, so every ministry's way of writing the tables is in the sample.
    const lines = fs.readFileSync(DATA_FILE, 'utf8').split('\n').filter(Boolean)
    const step = Math.floor(lines.length / 30)
    sample = Array.from({ length: 30 }, (_, i) => lines[i * step])
    codes = sample.map((line) => JSON.parse(line).ma_thu_tuc as string)
    cms = await startTestCms()
    // One legal basis of the sample exists in the CMS, written with other zeros and spacing: it must be linked.
    linkedNumber = sample.flatMap((line) => parseRecord(JSON.parse(line)).data?.legalBasis ?? []).find((e) => e.number)!.number!
    await cms.payload.create({
      collection: 'legal-documents',
      data: { number: linkedNumber.replace(/^0+/, '').replace('-', ' - '), title: 'Văn bản căn cứ', documentType: 'nghi-dinh', validity: 'con-hieu-luc', issuer: 'Chính phủ', issuedDate: '2020-01-01T00:00:00.000Z', _status: 'published' },
      context: { [SKIP_NOTIFY]: true },
    })
    const before = (await events()).length
    first = await importProcedures(cms.payload, [...sample.slice(0, 15), ...malformed, ...sample.slice(15)])
    firstEvents = (await events()).slice(before)
  })

  it('creates and publishes every valid record, and tells the site once', async () => {
    expect(first.counts).toEqual({ created: 30, updated: 0, unchanged: 0, skipped: 2 })
    expect(first.publishEventAttempted).toBe(true)
    expect(firstEvents).toEqual([expect.objectContaining({ full: true })])
    const { docs } = await stored()
    expect(docs).toHaveLength(30)
    expect(docs.every((doc) => doc._status === 'published')).toBe(true)
    const anonymous = (await (await cms.rest('GET', `/procedures?where[code][equals]=${codes[0]}`)).json()) as { docs: unknown[] }
    expect(anonymous.docs).toHaveLength(1)
  })

  it('stores the structured parts and links fields, agencies and existing legal documents', async () => {
    const { docs } = await stored()
    expect(docs.every((doc) => typeof doc.field === 'number' && doc.levels.length > 0 && doc.sourceUrl?.startsWith('https://dichvucong.gov.vn/'))).toBe(true)
    expect(docs.filter((doc) => (doc.methods ?? []).length > 0).length).toBeGreaterThan(25)
    expect(docs.some((doc) => doc.methods?.some((m) => m.processingTime && m.processingTimeUnit))).toBe(true)
    expect(docs.some((doc) => (doc.dossier ?? []).some((row) => row.originals !== null))).toBe(true)
    expect(docs.some((doc) => (doc.implementingAgencies ?? []).length > 0)).toBe(true)
    const key = documentNumberKey(linkedNumber)
    const citing = sample
      .map((line) => parseRecord(JSON.parse(line)).data!)
      .filter((data) => data.legalBasis.some((entry) => entry.number && documentNumberKey(entry.number) === key))
      .map((data) => data.code)
    expect(citing.length).toBeGreaterThan(0)
    expect(docs.filter((doc) => (doc.legalBasis ?? []).length > 0).map((doc) => doc.code).sort()).toEqual(citing.sort())
    // Nothing of the legal basis is lost: one line of free text per document the portal lists.
    const entries = new Map(sample.map((line) => [JSON.parse(line).ma_thu_tuc, parseRecord(JSON.parse(line)).data!.legalBasis.length]))
    expect(docs.every((doc) => (doc.legalBasisText?.split('\n').length ?? 0) === entries.get(doc.code))).toBe(true)
  })

  it('reports malformed records and keeps them out of the database', async () => {
    const fatal = first.problems.filter((p) => p.fatal)
    expect(fatal.map((p) => [p.line, p.kind])).toEqual([
      [16, 'missing-name'],
      [17, 'invalid-json'],
    ])
    const { totalDocs } = await cms.payload.count({ collection: 'procedures', where: { code: { in: ['9.999001', '9.999002'] } } })
    expect(totalDocs).toBe(0)
    expect(first.problemsByKind['missing-name']).toBe(1)
  })

  it('changes nothing when the same file is imported again', async () => {
    const before = await stored()
    const eventsBefore = (await events()).length
    const again = await importProcedures(cms.payload, [...sample, ...malformed])
    expect(again.counts).toEqual({ created: 0, updated: 0, unchanged: 30, skipped: 2 })
    expect(again.publishEventAttempted).toBe(false)
    expect((await events()).length).toBe(eventsBefore)
    const after = await stored()
    expect(after.docs.map((doc) => doc.updatedAt)).toEqual(before.docs.map((doc) => doc.updatedAt))
  })

  it('updates a record whose source changed, and only that one', async () => {
    const changed = JSON.parse(sample[3])
    changed.ten_thu_tuc = `${changed.ten_thu_tuc} (sửa đổi)`
    const result = await importProcedures(cms.payload, [...sample.slice(0, 3), JSON.stringify(changed), ...sample.slice(4)])
    expect(result.counts).toEqual({ created: 0, updated: 1, unchanged: 29, skipped: 0 })
    const { docs } = await cms.payload.find({ collection: 'procedures', where: { code: { equals: changed.ma_thu_tuc } }, depth: 0 })
    expect(docs[0].name).toBe(changed.ten_thu_tuc)
  })

  it('writes several at once without losing records, a repeated code going create then update', async () => {
    const lines = fs.readFileSync(DATA_FILE, 'utf8').split('\n').filter(Boolean).slice(-12)
    const record = JSON.parse(lines[0]!) as Record<string, string>
    const changed = JSON.stringify({ ...record, ten_thu_tuc: `${record.ten_thu_tuc} (sửa)` })
    const result = await importProcedures(cms.payload, [...lines, changed], { concurrency: 4, batchSize: 5 })
    expect(result.counts).toEqual({ created: 12, updated: 1, unchanged: 0, skipped: 0 })
    const stored = await cms.payload.find({ collection: 'procedures', where: { code: { equals: record.ma_thu_tuc } }, depth: 0, draft: true })
    expect(stored.docs.map((doc) => doc.name)).toEqual([`${record.ten_thu_tuc} (sửa)`])
    expect(result.problems.map((p) => p.line)).toEqual([...result.problems.map((p) => p.line)].sort((a, b) => a - b))
  })
})

/** Every row of every table, as a digest per table: equal before and after means nothing was written. */
async function databaseDigest(): Promise<Record<string, string>> {
  const rows = async (query: string) => ((await cms.payload.db.drizzle.execute(query)) as unknown as { rows: Record<string, string>[] }).rows
  const tables = await rows(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`)
  const digest: Record<string, string> = {}
  for (const { tablename } of tables) {
    const [row] = await rows(`SELECT count(*) AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS h FROM "${tablename}" t`)
    digest[tablename] = `${row.n} ${row.h}`
  }
  return digest
}

describe.skipIf(!hasData)('importProcedures with filters, dry runs and editors\' changes', () => {
  let lines: string[]
  let foreign: string[] = []
  let editor: User & { collection: 'users' }
  const byCode = async (code: string) => (await cms.payload.find({ collection: 'procedures', where: { code: { equals: code } }, depth: 0, draft: true })).docs[0]
  const published = async (code: string) => (await cms.payload.find({ collection: 'procedures', where: { code: { equals: code } }, depth: 0 })).docs[0]
  /** The file with some procedures' names changed at the source. */
  const renamed = (codes: string[]) =>
    lines.map((line) => {
      if (!line) return line
      const record = JSON.parse(line) as Record<string, string>
      return codes.includes(record.ma_thu_tuc) ? JSON.stringify({ ...record, ten_thu_tuc: `${record.ten_thu_tuc} (sửa đổi 2027)` }) : line
    })

  beforeAll(async () => {
    cms ??= await startTestCms()
    lines = fs.readFileSync(DATA_FILE, 'utf8').split('\n')
    foreign = selectRecords(lines, { agency: ['Bộ Ngoại giao'] }).selected.map(({ text }) => JSON.parse(text).ma_thu_tuc as string)
    const user = await cms.payload.create({ collection: 'users', data: { email: 'importer-editor@test.local', password: 'importer-password', roles: ['editor'] } })
    editor = { ...user, collection: 'users' }
  })

  it('a dry run says what the import would do, and changes no row', async () => {
    // The tests above import the file's last lines, where one of these is.
    const { totalDocs: present } = await cms.payload.count({ collection: 'procedures', where: { code: { in: foreign } } })
    const before = await databaseDigest()
    const eventsBefore = (await events()).length
    const dry = await importProcedures(cms.payload, selectRecords(lines, { agency: ['Bộ Ngoại giao'] }), { dryRun: true })
    expect(dry).toMatchObject({
      dryRun: true,
      total: 2642,
      counts: { created: 8 - present, updated: 0, unchanged: present, skipped: 2634 },
      skippedByReason: { 'filtered-out': 2634, unparseable: 0, edited: 0, 'write-failed': 0 },
      filteredOut: { byFilter: { agency: 2634 } },
      publishEventAttempted: false,
    })
    expect(dry.newTaxonomy?.agencies).toContain('Cục Lãnh sự - Bộ Ngoại giao')
    expect(await databaseDigest()).toEqual(before)
    expect((await events()).length).toBe(eventsBefore)

    const real = await importProcedures(cms.payload, selectRecords(lines, { agency: ['Bộ Ngoại giao'] }))
    expect(real.counts).toEqual(dry.counts)
    expect((await cms.payload.count({ collection: 'procedures', where: { code: { in: foreign } } })).totalDocs).toBe(8)
    // The fingerprint is the importer's business: the public API does not show it.
    const anonymous = (await (await cms.rest('GET', `/procedures?where[code][equals]=${foreign[0]}&depth=0`)).json()) as { docs: Record<string, unknown>[] }
    expect(anonymous.docs[0]).not.toHaveProperty('importFingerprint')
    expect((await byCode(foreign[0])).importFingerprint).toMatch(/^[0-9a-f]{64}$/)
  })

  it('keeps what editors changed, says so, and overwrites it only when told', async () => {
    const [a, b, c, d] = foreign
    // a: renamed by an editor (who also tries to forge the fingerprint), and at the source; b: a draft pending;
    // c: a field the importer does not write; d: untouched, changed at the source.
    const docA = await byCode(a)
    await cms.payload.update({ collection: 'procedures', id: docA.id, data: { name: 'Tên do biên tập viên sửa', importFingerprint: 'forged', _status: 'published' }, overrideAccess: false, user: editor })
    const docB = await byCode(b)
    await cms.payload.update({ collection: 'procedures', id: docB.id, data: { steps: [{ text: 'Bước 1: nộp hồ sơ tại Sở.' }] }, draft: true, overrideAccess: false, user: editor })
    const docC = await byCode(c)
    await cms.payload.update({ collection: 'procedures', id: docC.id, data: { onlineLevel: 'toan-trinh', _status: 'published' }, overrideAccess: false, user: editor })
    expect((await byCode(a)).importFingerprint).toBe(docA.importFingerprint)
    const source = renamed([a, d])

    const before = await databaseDigest()
    const dry = await importProcedures(cms.payload, selectRecords(source, { agency: ['Bộ Ngoại giao'] }), { dryRun: true })
    expect(await databaseDigest()).toEqual(before)
    const again = await importProcedures(cms.payload, selectRecords(source, { agency: ['Bộ Ngoại giao'] }))
    for (const result of [dry, again]) {
      expect(result.counts).toEqual({ created: 0, updated: 1, unchanged: 5, skipped: 2636 })
      expect(result.skippedByReason).toEqual({ 'filtered-out': 2634, unparseable: 0, edited: 2, 'write-failed': 0 })
      expect(result.edited.map(({ code, state, sourceChanged, differs, action }) => ({ code, state, sourceChanged, differs, action }))).toEqual([
        { code: a, state: 'edited', sourceChanged: true, differs: ['name'], action: 'kept' },
        { code: b, state: 'edited', sourceChanged: false, differs: ['steps', '_status'], action: 'kept' },
      ])
    }
    expect((await published(a)).name).toBe('Tên do biên tập viên sửa')
    expect((await byCode(b)).steps?.map((step) => step.text)).toEqual(['Bước 1: nộp hồ sơ tại Sở.'])
    expect((await byCode(c)).onlineLevel).toBe('toan-trinh')
    expect((await byCode(d)).name).toMatch(/\(sửa đổi 2027\)$/)

    const overwritten = await importProcedures(cms.payload, selectRecords(source, { agency: ['Bộ Ngoại giao'] }), { overwriteEdited: true })
    expect(overwritten.counts).toEqual({ created: 0, updated: 2, unchanged: 6, skipped: 2634 })
    expect(overwritten.edited.map(({ code, action }) => [code, action])).toEqual([[a, 'overwritten'], [b, 'overwritten']])
    expect((await published(a)).name).toMatch(/\(sửa đổi 2027\)$/)
    const stepsB = await byCode(b)
    expect(stepsB._status).toBe('published')
    expect(stepsB.steps?.[0]?.text).not.toBe('Bước 1: nộp hồ sơ tại Sở.')
    expect((await byCode(c)).onlineLevel).toBe('toan-trinh')

    const settled = await importProcedures(cms.payload, selectRecords(source, { agency: ['Bộ Ngoại giao'] }))
    expect(settled.counts).toEqual({ created: 0, updated: 0, unchanged: 8, skipped: 2634 })
    expect(settled.edited).toEqual([])
  })

  it('leaves a procedure no import wrote (by hand, or an older importer) unless told, then takes it over', async () => {
    const candidates = lines.filter(Boolean).map((text) => JSON.parse(text) as Record<string, string>).filter((record) => record.linh_vuc === 'Hộ tịch')
    const { docs } = await cms.payload.find({ collection: 'procedures', where: { code: { in: candidates.map((r) => r.ma_thu_tuc) } }, depth: 0, pagination: false })
    const code = candidates.find((record) => !docs.some((doc) => doc.code === record.ma_thu_tuc))!.ma_thu_tuc
    const field = await cms.payload.create({ collection: 'fields', data: { name: 'Hộ tịch (nhập tay)' } })
    await cms.payload.create({ collection: 'procedures', data: { code, name: 'Thủ tục nhập tay', field: field.id, levels: ['tinh'], _status: 'published' }, context: { [SKIP_NOTIFY]: true } })
    const kept = await importProcedures(cms.payload, selectRecords(lines, { codes: [code] }))
    expect(kept.counts).toMatchObject({ created: 0, updated: 0, unchanged: 0 })
    expect(kept.edited).toEqual([expect.objectContaining({ code, state: 'unknown', sourceChanged: null, action: 'kept' })])
    expect((await byCode(code)).name).toBe('Thủ tục nhập tay')
    const taken = await importProcedures(cms.payload, selectRecords(lines, { codes: [code] }), { overwriteEdited: true })
    expect(taken.counts.updated).toBe(1)
    const again = await importProcedures(cms.payload, selectRecords(lines, { codes: [code] }))
    expect(again.counts).toMatchObject({ unchanged: 1, skipped: 2641 })
  })
})

if (!hasData) it.skip(`importProcedures: needs the shared data set at ${DATA_FILE}, absent here`, () => {})
