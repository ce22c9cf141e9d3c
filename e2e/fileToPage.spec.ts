/**
 * Issue 22's whole path: a signed PDF attached to a published legal document with no text typed gets its articles
 * on the public page (with their anchors and a contents list) and in search, a phrase inside an article leading to
 * that article. How long it took is attached to the result (a measure, not a pass mark: the bounds are generous).
 */
import { sampleDecision, sampleDecisionHtml } from '@congkhai/cms/testing'
import { expect, test } from '@playwright/test'
import { e2eEnv } from '../playwright.config'
import { adminHeaders } from './support'

const CMS = e2eEnv.CMS_URL

test('a signed PDF with no text typed: its articles on the page and in search', async ({ page, request, browser }, testInfo) => {
  const printer = await browser.newPage()
  await printer.setContent(sampleDecisionHtml())
  const pdf = await printer.pdf({ format: 'A4' })
  await printer.close()
  const headers = await adminHeaders(request)

  const started = Date.now()
  const upload = await request.post(`${CMS}/api/media`, {
    headers,
    multipart: { file: { name: 'quyet-dinh-ky.pdf', mimeType: 'application/pdf', buffer: pdf }, _payload: JSON.stringify({}) },
  })
  expect(upload.status(), await upload.text()).toBe(201)
  const media = ((await upload.json()) as { doc: { id: number } }).doc

  const number = `${Date.now() % 100000}/2026/QĐ-TEP`
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
  const bound = { timeout: 120_000 }

  // The page: the articles as headings with their anchors, and the contents leading to them.
  await expect
    .poll(async () => (await page.request.get(`/van-ban/${slug}`)).status(), { ...bound, intervals: [500] })
    .toBe(200)
  await expect
    .poll(async () => (await (await page.request.get(`/van-ban/${slug}`)).text()).includes('id="dieu-2"'), { ...bound, intervals: [1000] })
    .toBe(true)
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
      { ...bound, intervals: [1000] },
    )
    .toBe(`/van-ban/${slug}#dieu-2`)
  testInfo.annotations.push({ type: 'upload to page and search', description: `${((Date.now() - started) / 1000).toFixed(1)} s` })

  // Leave no document behind for the specs that run after this one on the same stack.
  expect((await request.delete(`${CMS}/api/legal-documents/${id}`, { headers })).ok()).toBeTruthy()
  expect((await request.delete(`${CMS}/api/media/${media.id}`, { headers })).ok()).toBeTruthy()
})
