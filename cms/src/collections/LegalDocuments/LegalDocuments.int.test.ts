import http from 'node:http'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { startTestCms, type TestCms } from '../../testing/testCms'

let cms: TestCms
let editor: Record<string, unknown> & { id: number }
const events: unknown[] = []
let webhook: http.Server

beforeAll(async () => {
  const url = new URL(inject('webhookUrl'))
  webhook = http.createServer((req, res) => {
    let body = ''
    req.on('data', (c) => (body += c))
    req.on('end', () => {
      events.push({ secret: req.headers['x-publish-secret'], ...JSON.parse(body) })
      res.writeHead(202).end()
    })
  })
  await new Promise<void>((resolve) => webhook.listen(Number(url.port), '127.0.0.1', resolve))
  cms = await startTestCms()
  const user = await cms.payload.create({ collection: 'users', data: { email: 'editor@test.local', password: 'editor-password', roles: ['editor'] } })
  editor = { ...user, collection: 'users' }
})

afterAll(async () => {
  webhook?.close()
})

const waitForEvents = async (n: number) => {
  for (let i = 0; i < 50 && events.length < n; i++) await new Promise((r) => setTimeout(r, 100))
}

describe('legal documents: only published documents are public', () => {
  it('draft → hidden, published → visible, unpublished → hidden again, deleted → gone', async () => {
    const draft = await cms.payload.create({
      collection: 'legal-documents',
      data: { number: '99/2026/QĐ-UBND', title: 'Quyết định thử nghiệm quy trình công bố', documentType: 'quyet-dinh', validity: 'con-hieu-luc', issuer: 'Ủy ban nhân dân tỉnh', issuedDate: '2026-01-15T00:00:00.000Z', _status: 'draft' },
      draft: true,
      user: editor,
      overrideAccess: false,
    })
    expect(draft.slug).toBe('99-2026-qd-ubnd')

    const hidden = await cms.rest('GET', `/legal-documents/${draft.id}`)
    expect(hidden.status).toBe(404)
    const list = (await (await cms.rest('GET', '/legal-documents?limit=100')).json()) as { docs: { id: number }[] }
    expect(list.docs.map((d) => d.id)).not.toContain(draft.id)

    await cms.payload.update({ collection: 'legal-documents', id: draft.id, data: { _status: 'published' }, user: editor, overrideAccess: false })
    const visible = await cms.rest('GET', `/legal-documents/${draft.id}`)
    expect(visible.status).toBe(200)
    expect(((await visible.json()) as { number: string }).number).toBe('99/2026/QĐ-UBND')

    await waitForEvents(1)
    expect(events).toContainEqual({ secret: 'congkhai-dev-publish-secret', collection: 'legal-documents', id: draft.id, operation: 'update' })

    await cms.payload.update({ collection: 'legal-documents', id: draft.id, data: { _status: 'draft' }, user: editor, overrideAccess: false })
    expect((await cms.rest('GET', `/legal-documents/${draft.id}`)).status).toBe(404)

    await cms.payload.delete({ collection: 'legal-documents', id: draft.id, user: editor, overrideAccess: false })
    await waitForEvents(3)
    expect(events).toContainEqual(expect.objectContaining({ collection: 'legal-documents', id: draft.id, operation: 'delete' }))
  })

  it('a draft saved on a published document leaves the published version public', async () => {
    const doc = await cms.payload.create({
      collection: 'legal-documents',
      data: { number: '98/2026/QĐ-UBND', title: 'Bản đã công bố', documentType: 'quyet-dinh', validity: 'con-hieu-luc', issuer: 'Ủy ban nhân dân tỉnh', issuedDate: '2026-02-01T00:00:00.000Z', _status: 'published' },
      user: editor,
      overrideAccess: false,
    })
    await cms.payload.update({ collection: 'legal-documents', id: doc.id, data: { title: 'Bản nháp chưa duyệt' }, draft: true, user: editor, overrideAccess: false })
    const res = await cms.rest('GET', `/legal-documents/${doc.id}`)
    expect(((await res.json()) as { title: string }).title).toBe('Bản đã công bố')
  })

  it('anonymous visitors cannot write', async () => {
    const res = await cms.rest('POST', '/legal-documents', { body: { number: '1/2026/QĐ-UBND', title: 'x', documentType: 'quyet-dinh', issuer: 'x', issuedDate: '2026-01-01' } })
    expect(res.status).toBe(403)
  })
})
