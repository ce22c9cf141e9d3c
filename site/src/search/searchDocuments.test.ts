import { describe, expect, it } from 'vitest'
import type { LegalDocument } from '../published/cms'
import { legalTextParts } from '../published/legalText'
import { toSearchDocument, toSearchDocuments } from './searchDocuments'

const decision = (validity: LegalDocument['validity']) =>
  ({
    id: 7,
    title: 'Quyết định quy định mức thu lệ phí cấp hộ chiếu',
    number: '08/2019/QĐ-UBND',
    slug: '08-2019-qd-ubnd',
    documentType: 'quyet-dinh',
    issuer: 'UBND tỉnh',
    issuedDate: '2019-03-01T00:00:00.000Z',
    validity,
  }) as LegalDocument

describe('toSearchDocument', () => {
  it('marks a legal document repealed in full or suspended as no longer in force, and the others as in force', () => {
    const inForce = (validity: LegalDocument['validity']) => toSearchDocument('legal-documents', decision(validity)).inForce
    expect(inForce('het-hieu-luc-toan-bo')).toBe(false)
    expect(inForce('ngung-hieu-luc')).toBe(false)
    expect(inForce('con-hieu-luc')).toBe(true)
    expect(inForce('het-hieu-luc-mot-phan')).toBe(true)
    expect(inForce('chua-co-hieu-luc')).toBe(true)
    expect(toSearchDocument('legal-documents', decision('ngung-hieu-luc')).facets?.status).toBe('Ngưng hiệu lực')
  })
})

describe('toSearchDocuments', () => {
  const withText = (doc: Omit<Partial<LegalDocument>, 'attachments'> & { attachments?: unknown[] }) => ({ ...decision('con-hieu-luc'), ...doc }) as LegalDocument
  const typed = withText({
    bodyHtml:
      '<p>Căn cứ Luật Tổ chức chính quyền địa phương;</p><p>Điều 1. Mức thu lệ phí</p><p>1. Cấp mới hộ chiếu: 200.000 đồng.</p><p>2. Cấp lại hộ chiếu bị hỏng: 400.000 đồng.</p><p>Điều 2. Hiệu lực thi hành</p><p>Quyết định có hiệu lực từ ngày 15/3/2019.</p>',
  })

  it('gives a legal document with articles one record per article, leading to its anchor, and keeps the rest on the document', () => {
    const [document, ...articles] = toSearchDocuments('legal-documents', typed)
    expect(document).toMatchObject({ id: 'legal-document:vi:7', url: '/van-ban/08-2019-qd-ubnd', body: 'Căn cứ Luật Tổ chức chính quyền địa phương;' })
    expect(articles.map((a) => [a.id, a.title, a.url])).toEqual([
      ['legal-document:vi:7#dieu-1', 'Điều 1. Mức thu lệ phí', '/van-ban/08-2019-qd-ubnd#dieu-1'],
      ['legal-document:vi:7#dieu-2', 'Điều 2. Hiệu lực thi hành', '/van-ban/08-2019-qd-ubnd#dieu-2'],
    ])
    expect(articles[0]).toMatchObject({
      summary: '1. Cấp mới hộ chiếu: 200.000 đồng.\n2. Cấp lại hộ chiếu bị hỏng: 400.000 đồng.',
      parentId: 'legal-document:vi:7',
      parentTitle: 'Quyết định quy định mức thu lệ phí cấp hộ chiếu',
      facets: document!.facets,
      inForce: true,
    })
  })

  it('indexes the text extracted from attached files when nothing was typed, and nothing of a file whose extraction failed', () => {
    const attached = withText({
      attachments: [
        { id: 1, extraction: { status: 'failed', text: 'Điều 9. Không được đọc' } },
        { id: 2, extraction: { status: 'done', text: 'Điều 1. Phạm vi điều chỉnh\nQuy định mức thu lệ phí cấp hộ chiếu.' } },
      ],
    })
    expect(toSearchDocuments('legal-documents', attached).map((r) => r.id)).toEqual(['legal-document:vi:7', 'legal-document:vi:7#dieu-1'])
  })

  it('keeps one record for a document without articles, and for every other collection', () => {
    const letter = withText({ bodyHtml: '<p>Kính gửi: Ủy ban nhân dân các xã.</p><p>Đề nghị báo cáo trước ngày 15.</p>' })
    expect(toSearchDocuments('legal-documents', letter)).toEqual([toSearchDocument('legal-documents', letter)])
    expect(toSearchDocuments('legal-documents', letter)[0]!.body).toBe('Kính gửi: Ủy ban nhân dân các xã.\n\nĐề nghị báo cáo trước ngày 15.')
  })

  it('leads an article of a paged text to the page holding it', () => {
    const clause = 'Cơ quan nhà nước có thẩm quyền quy định hồ sơ, thủ tục cấp giấy chứng nhận cho công dân theo pháp luật về xuất cảnh, nhập cảnh. '
    const articles = Array.from({ length: 300 }, (_, i) => `<p>Điều ${i + 1}. Quy định ${i + 1}</p><p>1. ${clause.repeat(6)}</p><p>2. ${clause.repeat(6)}</p>`)
    const long = withText({ bodyHtml: articles.join('') })
    const paged = legalTextParts(long)!
    const records = toSearchDocuments('legal-documents', long)
    expect(records).toHaveLength(301)
    for (const record of records.slice(1)) {
      const id = record.id.split('#')[1]!
      const segment = paged.parts[paged.partOf.get(id)!]!.segment
      expect(record.url).toBe(segment ? `/van-ban/08-2019-qd-ubnd/${segment}#${id}` : `/van-ban/08-2019-qd-ubnd#${id}`)
    }
    expect(records.at(-1)!.url).toMatch(/^\/van-ban\/08-2019-qd-ubnd\/dieu-\d+#dieu-300$/)
    expect(records[1]!.url).toBe('/van-ban/08-2019-qd-ubnd#dieu-1')
  })
})
