import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { ensureServiceAccounts } from '@congkhai/cms/seed'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestCms, type TestCms } from '@congkhai/cms/testing/cms'

let cms: TestCms
let server: http.Server
let openData: typeof import('./openData')
let feeds: typeof import('./feeds')

beforeAll(async () => {
  cms = await startTestCms()
  await ensureServiceAccounts(cms.payload)
  server = http.createServer(async (req, res) => {
    const request = new Request(`http://127.0.0.1${req.url}`, { method: req.method, headers: req.headers as Record<string, string> })
    const response = await cms.handle(request)
    res.writeHead(response.status, Object.fromEntries(response.headers))
    res.end(Buffer.from(await response.arrayBuffer()))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  // The site reads CMS_URL once, when its configuration is first imported: so after the CMS listens.
  process.env.CMS_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  ;[openData, feeds] = await Promise.all([import('./openData'), import('./feeds')])
})

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

const legalDoc = (number: string, extra: Record<string, unknown>) =>
  cms.payload.create({
    collection: 'legal-documents',
    data: { number, title: `Văn bản ${number}`, documentType: 'quyet-dinh', validity: 'con-hieu-luc', issuer: 'Ủy ban nhân dân tỉnh', issuedDate: '2026-05-04', _status: 'published', ...extra },
  })

describe('open data: legal documents', () => {
  it("give the signer's title in Vietnamese, as the rest of the record, in JSON and CSV; none when the CMS has none", async () => {
    const titled = await legalDoc('31/2026/QĐ-UBND', { signerTitle: 'Phó Chủ tịch', signer: 'Lê Thị Thanh Hương' })
    await cms.payload.update({ collection: 'legal-documents', id: titled.id, locale: 'en', data: { title: 'Decision 31', signerTitle: 'Vice Chairwoman' } })
    await legalDoc('32/2026/QĐ-UBND', { signer: 'Trần Quốc Bảo' })

    const records = await openData.documentRecords()
    const byNumber = (number: string) => records.find((r) => r.number === number)
    expect(byNumber('31/2026/QĐ-UBND')).toMatchObject({ titleEn: 'Decision 31', issuer: 'Ủy ban nhân dân tỉnh', signerTitle: 'Phó Chủ tịch', signer: 'Lê Thị Thanh Hương' })
    expect(byNumber('32/2026/QĐ-UBND')).toMatchObject({ signerTitle: null, signer: 'Trần Quốc Bảo' })

    const lines = feeds.csv(records).split('\r\n')
    const columns = lines[0].replace('\uFEFF', '').split(',')
    expect(columns.slice(columns.indexOf('issuer'), columns.indexOf('signer') + 1)).toEqual(['issuer', 'signerTitle', 'signer'])
    expect(lines.find((line) => line.startsWith('31/2026/QĐ-UBND,'))).toContain(',Ủy ban nhân dân tỉnh,Phó Chủ tịch,Lê Thị Thanh Hương,')
    expect(lines.find((line) => line.startsWith('32/2026/QĐ-UBND,'))).toContain(',Ủy ban nhân dân tỉnh,,Trần Quốc Bảo,')
  })
})
