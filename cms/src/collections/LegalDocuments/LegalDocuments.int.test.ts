import { beforeAll, describe, expect, inject, it } from 'vitest'
import { startTestCms, type TestCms } from '../../testing/testCms'
import { cmsConfig } from '../../config'

let cms: TestCms
let editor: Record<string, unknown> & { id: number }

beforeAll(async () => {
  cms = await startTestCms()
  const user = await cms.payload.create({ collection: 'users', data: { email: 'editor@test.local', password: 'editor-password', roles: ['editor'] } })
  editor = { ...user, collection: 'users' }
})

/** Events the CMS has sent to the (stand-in) site webhook so far. */
const sentEvents = async () => (await (await fetch(`${inject('webhookUrl')}/events`)).json()) as unknown[]

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
    const list = (await (await cms.rest('GET', '/legal-documents?limit=100&depth=0')).json()) as { docs: { id: number }[] }
    expect(list.docs.map((d) => d.id)).not.toContain(draft.id)

    await cms.payload.update({ collection: 'legal-documents', id: draft.id, data: { _status: 'published' }, user: editor, overrideAccess: false })
    const visible = await cms.rest('GET', `/legal-documents/${draft.id}`)
    expect(visible.status).toBe(200)
    expect(((await visible.json()) as { number: string }).number).toBe('99/2026/QĐ-UBND')

    await expect.poll(sentEvents).toContainEqual({ secret: cmsConfig.PUBLISH_SECRET, collection: 'legal-documents', id: draft.id, operation: 'update' })

    await cms.payload.update({ collection: 'legal-documents', id: draft.id, data: { _status: 'draft' }, user: editor, overrideAccess: false })
    expect((await cms.rest('GET', `/legal-documents/${draft.id}`)).status).toBe(404)

    await cms.payload.delete({ collection: 'legal-documents', id: draft.id, user: editor, overrideAccess: false })
    await expect.poll(sentEvents).toContainEqual(expect.objectContaining({ collection: 'legal-documents', id: draft.id, operation: 'delete' }))
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

const legalDoc = (number: string, extra: Record<string, unknown> = {}) =>
  cms.payload.create({
    collection: 'legal-documents',
    data: { number, title: `Văn bản ${number}`, documentType: 'nghi-dinh', validity: 'con-hieu-luc', issuer: 'Chính phủ', issuedDate: '2026-03-01', _status: 'published', ...extra },
  })

describe('relations between legal documents', () => {
  it('are consistent in both directions: "amends" on one is "amended by" on the other, and follows edits', async () => {
    const base = await legalDoc('10/2026/NĐ-CP')
    const amending = await legalDoc('11/2026/NĐ-CP', { amends: [base.id] })
    const read = async () => (await (await cms.rest('GET', `/legal-documents/${base.id}?depth=1`)).json()) as { amendedBy: { docs: { number: string }[] } }
    expect((await read()).amendedBy.docs.map((d) => d.number)).toEqual(['11/2026/NĐ-CP'])

    await cms.payload.update({ collection: 'legal-documents', id: amending.id, data: { amends: [] } })
    expect((await read()).amendedBy.docs).toEqual([])
  })

  it('never show an unpublished document to the public through a relation', async () => {
    const base = await legalDoc('12/2026/NĐ-CP')
    await cms.payload.create({
      collection: 'legal-documents',
      data: { number: '13/2026/NĐ-CP', title: 'Dự thảo thay thế', documentType: 'nghi-dinh', validity: 'chua-co-hieu-luc', issuer: 'Chính phủ', issuedDate: '2026-04-01', replaces: [base.id], _status: 'draft' },
      draft: true,
    })
    const anonymous = (await (await cms.rest('GET', `/legal-documents/${base.id}?depth=1`)).json()) as { replacedBy: { docs: unknown[] } }
    expect(anonymous.replacedBy.docs).toEqual([])
  })
})

describe('rich text becomes safe HTML', () => {
  it('escapes markup typed as text and drops script links', async () => {
    const text = (t: string) => ({ type: 'text', text: t, format: 0, style: '', mode: 'normal', detail: 0, version: 1 })
    const paragraph = (children: unknown[]) => ({ type: 'paragraph', format: '', indent: 0, version: 1, direction: 'ltr', textFormat: 0, children })
    const link = { type: 'link', fields: { url: 'javascript:alert(1)', linkType: 'custom', newTab: false }, format: '', indent: 0, version: 3, direction: 'ltr', children: [text('bấm vào đây')] }
    const body = { root: { type: 'root', format: '', indent: 0, version: 1, direction: 'ltr', children: [paragraph([text('<script>alert("x")</script><img src=x onerror=alert(1)>')]), paragraph([link])] } }
    const doc = await legalDoc('14/2026/NĐ-CP', { body })
    const { bodyHtml } = (await (await cms.rest('GET', `/legal-documents/${doc.id}`)).json()) as { bodyHtml: string }
    expect(bodyHtml).toContain('&lt;script&gt;')
    // Markup typed as text stays text (its `onerror=` is inert inside &lt;…&gt;); the script link is neutralised.
    expect(bodyHtml).not.toMatch(/<script|<img|javascript:/i)
    expect(bodyHtml).toContain('<a href="#">bấm vào đây</a>')
  })
})

describe('localization', () => {
  it('serves Vietnamese by default and falls back to it where English is missing', async () => {
    const doc = await legalDoc('15/2026/NĐ-CP', { title: 'Nghị định về hợp tác quốc tế' })
    await cms.payload.update({ collection: 'legal-documents', id: doc.id, locale: 'en', data: { title: 'Decree on international cooperation' } })
    const get = async (query: string) => ((await (await cms.rest('GET', `/legal-documents/${doc.id}?${query}`)).json()) as { title: string; summary?: string }).title
    expect(await get('')).toBe('Nghị định về hợp tác quốc tế')
    expect(await get('locale=en')).toBe('Decree on international cooperation')
    const other = await legalDoc('16/2026/NĐ-CP', { title: 'Nghị định chưa dịch' })
    expect(((await (await cms.rest('GET', `/legal-documents/${other.id}?locale=en`)).json()) as { title: string }).title).toBe('Nghị định chưa dịch')
  })

  it("keeps the signer's title per language, optional, English falling back to Vietnamese", async () => {
    const doc = await legalDoc('18/2026/NĐ-CP', { signerTitle: 'Phó Thủ tướng', signer: 'Trần Lưu Quang' })
    const read = async (id: number, query: string) => (await (await cms.rest('GET', `/legal-documents/${id}?${query}`)).json()) as { signerTitle?: unknown; signer?: unknown }
    expect(await read(doc.id, 'locale=en')).toMatchObject({ signerTitle: 'Phó Thủ tướng', signer: 'Trần Lưu Quang' })
    await cms.payload.update({ collection: 'legal-documents', id: doc.id, locale: 'en', data: { title: 'Decree 18', signerTitle: 'Deputy Prime Minister' } })
    expect((await read(doc.id, 'locale=all')).signerTitle).toEqual({ vi: 'Phó Thủ tướng', en: 'Deputy Prime Minister' })
    expect(await read(doc.id, '')).toMatchObject({ signerTitle: 'Phó Thủ tướng', signer: 'Trần Lưu Quang' })
    expect(await read(doc.id, 'locale=en')).toMatchObject({ signerTitle: 'Deputy Prime Minister', signer: 'Trần Lưu Quang' })
    const untitled = await legalDoc('19/2026/NĐ-CP')
    expect((await read(untitled.id, '')).signerTitle ?? null).toBeNull()
  })

  it('read in every language at once (as the site builds), gives the full text as HTML per language', async () => {
    const body = (t: string) => ({ root: { type: 'root', format: '' as const, indent: 0, version: 1, direction: 'ltr' as const, children: [{ type: 'paragraph', format: '' as const, indent: 0, version: 1, direction: 'ltr' as const, textFormat: 0, children: [{ type: 'text', text: t, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }] }] } })
    const doc = await legalDoc('17/2026/NĐ-CP', { body: body('Điều 1. Phạm vi <điều chỉnh>') })
    const read = async () => (await (await cms.rest('GET', `/legal-documents/${doc.id}?locale=all`)).json()) as { title: Record<string, string>; bodyHtml: Record<string, string> }
    let all = await read()
    expect(all.title).toEqual({ vi: 'Văn bản 17/2026/NĐ-CP' })
    expect(all.bodyHtml.vi).toContain('Điều 1. Phạm vi &lt;điều chỉnh&gt;')
    expect(all.bodyHtml.en).toBeFalsy()
    await cms.payload.update({ collection: 'legal-documents', id: doc.id, locale: 'en', data: { title: 'Decree 17', body: body('Article 1. Scope') } })
    all = await read()
    expect(all.bodyHtml.en).toContain('Article 1. Scope')
    expect(all.bodyHtml.vi).toContain('Điều 1.')
  })
})

describe('legal documents: saves at once', () => {
  it('lands twenty saves made at the same moment (none waits for ever on a database connection)', async () => {
    const docs = []
    for (let i = 0; i < 20; i++) {
      docs.push(
        await cms.payload.create({
          collection: 'legal-documents',
          data: { number: `${i + 1}/2026/SNV-VP`, title: `Thông báo thử lưu đồng thời ${i + 1}`, documentType: 'cong-van', validity: 'con-hieu-luc', issuer: 'Sở Ngoại vụ', issuedDate: '2026-03-01T00:00:00.000Z', _status: 'published' },
          user: editor,
          overrideAccess: false,
        }),
      )
    }
    // Through the REST API, as the admin saves: with node-postgres's default pool of 10 connections, this hung.
    const login = await cms.rest('POST', '/users/login', { body: { email: 'editor@test.local', password: 'editor-password' } })
    const headers = { authorization: `JWT ${((await login.json()) as { token: string }).token}` }
    const answers = await Promise.all(
      docs.map((doc) => cms.rest('PATCH', `/legal-documents/${doc.id}`, { body: { title: `${doc.title} (sửa)`, _status: 'published' }, headers })),
    )
    expect(answers.map((res) => res.status)).toEqual(docs.map(() => 200))
    const saved = await Promise.all(docs.map((doc) => cms.payload.findByID({ collection: 'legal-documents', id: doc.id })))
    expect(saved.map((doc) => doc.title)).toEqual(docs.map((doc) => `${doc.title} (sửa)`))
  })
})
