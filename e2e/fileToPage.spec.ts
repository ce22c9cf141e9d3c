/**
 * Issue 22's whole path, for each kind of signed file (a PDF printed from Word, a DOCX, an old DOC, a scan read by
 * OCR): the file attached to a published legal document with no text typed gets its articles on the public page (with
 * their anchors and a contents list) and in search, a phrase inside an article leading to that article. How long each
 * step took is attached to the result (a measure, not a pass mark: `npm run bench:upload` holds the figures).
 */
import { sampleDecision } from '@congkhai/cms/testing'
import { ExtractionFixtures, sampleDecisionSource, UPLOAD_FORMATS } from '@congkhai/cms/testing/sample-uploads'
import { expect, test } from '@playwright/test'
import { e2eEnv } from '../playwright.config'
import { adminHeaders } from './support'

const CMS = e2eEnv.CMS_URL
const fixtures = new ExtractionFixtures()

test.afterAll(() => fixtures.close())

for (const format of UPLOAD_FORMATS) {
  test(`a signed ${format.label} with no text typed: its articles on the page and in search`, async ({ page, request }, testInfo) => {
    test.setTimeout(4 * 60_000)
    const file = await format.make(fixtures, sampleDecisionSource)
    const headers = await adminHeaders(request)
    const cleanup: (() => Promise<unknown>)[] = []
    try {
      const started = Date.now()
      const upload = await request.post(`${CMS}/api/media`, {
        headers,
        multipart: { file: { name: `quyet-dinh-ky.${format.extension}`, mimeType: format.mimeType, buffer: file }, _payload: JSON.stringify({}) },
      })
      expect(upload.status(), await upload.text()).toBe(201)
      const media = ((await upload.json()) as { doc: { id: number } }).doc
      cleanup.unshift(() => request.delete(`${CMS}/api/media/${media.id}`, { headers }))

      const number = `${Date.now() % 100000}/2026/QĐ-${format.name.toUpperCase()}`
      const created = await request.post(`${CMS}/api/legal-documents`, {
        headers,
        data: {
          number,
          title: sampleDecision.title,
          documentType: 'quyet-dinh',
          validity: 'con-hieu-luc',
          issuer: 'UBND tỉnh',
          issuedDate: '2026-11-01',
          attachments: [media.id],
          _status: 'published',
        },
      })
      expect(created.status(), await created.text()).toBe(201)
      const { id, slug } = ((await created.json()) as { doc: { id: number; slug: string } }).doc
      cleanup.unshift(() => request.delete(`${CMS}/api/legal-documents/${id}`, { headers }))
      const bound = { timeout: 180_000 }

      // The page: the articles as headings with their anchors, and the contents leading to them.
      await expect
        .poll(async () => (await (await page.request.get(`/van-ban/${slug}`)).text()).includes('id="dieu-2"'), { ...bound, intervals: [500] })
        .toBe(true)
      const onPage = Date.now()
      await page.goto(`/van-ban/${slug}`)
      await expect(page.locator('#dieu-2')).toHaveText('Điều 2. Thời gian tiếp công dân')
      await expect(page.getByRole('navigation', { name: 'Mục lục' }).getByRole('link')).toHaveText([
        'Điều 1. Phạm vi điều chỉnh',
        'Điều 2. Thời gian tiếp công dân',
        'Điều 3. Hiệu lực thi hành',
      ])

      // Search: a phrase inside Điều 2 finds the document, and the hit leads to the article.
      const q = 'tiếp công dân định kỳ vào ngày mười lăm hằng tháng'
      await expect
        .poll(
          async () => {
            const res = await page.request.get(`/api/search?${new URLSearchParams({ q, type: 'legal-document', facets: 'none' })}`)
            const { hits } = (await res.json()) as { hits: { url: string }[] }
            return hits.map((hit) => hit.url).find((url) => url.startsWith(`/van-ban/${slug}`))
          },
          { ...bound, intervals: [500] },
        )
        .toBe(`/van-ban/${slug}#dieu-2`)
      const inSearch = Date.now()
      const seconds = (t: number) => `${((t - started) / 1000).toFixed(1)} s`
      testInfo.annotations.push({ type: `${format.name}: upload to page`, description: seconds(onPage) })
      testInfo.annotations.push({ type: `${format.name}: upload to search`, description: seconds(inSearch) })
    } finally {
      for (const step of cleanup) await step()
    }
  })
}
