import fs from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { cmsConfig } from '../../config'
import { SKIP_NOTIFY } from '../../hooks/notifySite'
import { documentNumberKey } from '../../lib/parseDocumentNumbers'
import { startTestCms, type TestCms } from '../../testing/testCms'
import { importProcedures, type ImportResult } from './importProcedures'
import { parseRecord } from './parseRecord'

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

if (!hasData) it.skip(`importProcedures: needs the shared data set at ${DATA_FILE}, absent here`, () => {})
