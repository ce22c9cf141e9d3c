import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { ensureServiceAccounts } from '@congkhai/cms/seed'
import { printSampleDecisionPdf, sampleDecision } from '@congkhai/cms/testing'
import { startTestCms, type TestCms } from '@congkhai/cms/testing/cms'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

let cms: TestCms
let server: http.Server
let published: typeof import('./cms')

beforeAll(async () => {
  cms = await startTestCms()
  await ensureServiceAccounts(cms.payload)
  server = http.createServer(async (req, res) => {
    const response = await cms.handle(new Request(`http://127.0.0.1${req.url}`, { method: req.method, headers: req.headers as Record<string, string> }))
    res.writeHead(response.status, Object.fromEntries(response.headers))
    res.end(Buffer.from(await response.arrayBuffer()))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  // The site reads CMS_URL once, when its configuration is first imported: so after the CMS listens.
  process.env.CMS_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  published = await import('./cms')
})

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

describe("a legal document's attachments as the site reads them", () => {
  it("bring each file's extracted text and state, in the build's list and single reads alike", async () => {
    const pdf = await printSampleDecisionPdf()
    const file = await cms.payload.create({ collection: 'media', data: {}, file: { data: pdf, mimetype: 'application/pdf', name: 'qd-27-site.pdf', size: pdf.byteLength } })
    const doc = await cms.payload.create({
      collection: 'legal-documents',
      data: { number: '27/2026/QĐ-SITE', title: sampleDecision.title, documentType: 'quyet-dinh', validity: 'con-hieu-luc', issuer: 'UBND tỉnh', issuedDate: '2026-11-01', attachments: [file.id], _status: 'published' },
    })
    const attachment = async () => {
      const [listed] = (await published.listPublished('legal-documents')).filter((d) => d.id === doc.id)
      const single = await published.findPublished('legal-documents', doc.id)
      return [listed, single].map((d) => (d?.attachments?.[0] as { extraction?: { status?: string | null; text?: string | null } } | undefined)?.extraction)
    }
    for (const extraction of await attachment()) expect(extraction).toMatchObject({ status: 'waiting', text: null })

    await cms.payload.jobs.run({ queue: 'extraction' })

    for (const extraction of await attachment()) {
      expect(extraction?.status).toBe('done')
      expect(extraction?.text).toContain('Điều 1. Phạm vi điều chỉnh')
    }
  })
})
