/**
 * Text from a signed file (issue 22): an editor attaches a PDF to a legal document in the admin, types no text, and
 * sees the file's extraction go from waiting to done, with its pages and characters, beside the attachments.
 */
import { sampleDecision, sampleDecisionHtml } from '@congkhai/cms/testing'
import { expect, test } from '@playwright/test'
import { e2eEnv } from '../playwright.config'
import { admin, adminHeaders } from './support'

const CMS = e2eEnv.CMS_URL

test('a PDF attached in the admin has its text extracted within seconds, and the state shows beside the attachments', async ({ page, request, browser }, testInfo) => {
  // The "signed file": a few paragraphs with "Điều N." headings, printed to PDF by Chromium.
  const printer = await browser.newPage()
  await printer.setContent(sampleDecisionHtml())
  const pdf = await printer.pdf({ format: 'A4' })
  await printer.close()

  const headers = await adminHeaders(request)
  const number = `${Date.now() % 100000}/2026/QĐ-E2E`
  const created = await request.post(`${CMS}/api/legal-documents?draft=true`, {
    headers,
    data: { number, title: sampleDecision.title, documentType: 'quyet-dinh', validity: 'con-hieu-luc', issuer: 'UBND tỉnh', issuedDate: '2026-11-01', _status: 'draft' },
  })
  expect(created.ok()).toBeTruthy()
  const { doc } = (await created.json()) as { doc: { id: number } }

  await page.goto(`${CMS}/admin/login`)
  await page.getByLabel(/email/i).fill(admin.email)
  await page.getByLabel(/mật khẩu/i).fill(admin.password)
  await page.getByRole('button', { name: /đăng nhập/i }).click()
  await page.waitForURL(`${CMS}/admin`)

  await page.goto(`${CMS}/admin/collections/legal-documents/${doc.id}`)
  await page.getByRole('button', { name: 'Toàn văn và tệp', exact: true }).click()
  // "Tạo mới" of the attachments field opens the upload drawer: pick the file, then "Lưu" stores it.
  await page.getByRole('button', { name: 'Tạo mới', exact: true }).click()
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Chọn một file', exact: true }).click()
  await (await chooser).setFiles({ name: 'quyet-dinh-27-2026.pdf', mimeType: 'application/pdf', buffer: pdf })
  await page.getByRole('button', { name: 'Lưu', exact: true }).last().click()

  const state = page.locator('[data-attachment-extraction]').first()
  await expect(state).toContainText('quyet-dinh-27-2026')
  // Waiting first (or already done on a fast machine), then done, with no reload.
  await expect(state.getByRole('status')).toHaveText(/^(Đang chờ trích xuất|Đang trích xuất.*|Đã trích xuất: .*)$/)
  await expect(state.getByRole('status')).toHaveText(/^Đã trích xuất: 1 trang, [\d.]+ ký tự$/, { timeout: 30_000 })
  await page.screenshot({ path: testInfo.outputPath('trich-xuat.png'), fullPage: true })

  // The text is stored on the file, "Điều" headings and all.
  const attached = await request.get(`${CMS}/api/media?where[filename][like]=quyet-dinh-27-2026&depth=0&limit=1`, { headers })
  const media = ((await attached.json()) as { docs: { id: number; extraction: { status: string; text: string } }[] }).docs[0]!
  expect(media.extraction.status).toBe('done')
  expect(media.extraction.text).toContain('Điều 2. Thời gian tiếp công dân')

  // The file's own page shows the same state and offers a re-run.
  await page.goto(`${CMS}/admin/collections/media/${media.id}`)
  await expect(page.getByRole('status').filter({ hasText: /^Đã trích xuất/ })).toHaveText(/^Đã trích xuất: 1 trang, [\d.]+ ký tự$/)
  await page.getByRole('button', { name: 'Trích xuất lại' }).click()
  await expect(page.getByRole('status').filter({ hasText: /trích xuất/i })).toHaveText(/^Đã trích xuất: 1 trang/, { timeout: 30_000 })
})
