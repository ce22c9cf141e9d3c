/**
 * A short decision in Vietnamese, as the paragraphs of a signed file: a title, "Điều N." articles and clauses. Tests
 * print it to a PDF (Chromium's `page.pdf()`) to stand for a born-digital upload.
 */
export const sampleDecision = {
  number: '27/2026/QĐ-UBND',
  title: 'QUYẾT ĐỊNH Ban hành Quy chế tiếp công dân tại Trụ sở Ủy ban nhân dân tỉnh',
  paragraphs: [
    'Điều 1. Phạm vi điều chỉnh',
    'Quy chế này quy định việc tiếp công dân, tiếp nhận đơn khiếu nại, tố cáo, kiến nghị, phản ánh tại Trụ sở tiếp công dân của tỉnh.',
    'Điều 2. Thời gian tiếp công dân',
    '1. Chủ tịch Ủy ban nhân dân tỉnh tiếp công dân định kỳ vào ngày mười lăm hằng tháng.',
    '2. Ban Tiếp công dân tỉnh tiếp công dân thường xuyên vào các ngày làm việc trong tuần.',
    'Điều 3. Hiệu lực thi hành',
    'Quyết định này có hiệu lực kể từ ngày ký; các sở, ban, ngành chịu trách nhiệm thi hành Quyết định này.',
  ],
} as const

/** The sample decision as a page of HTML, ready for `page.setContent()` and `page.pdf()`. */
export function sampleDecisionHtml(): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;')
  return `<!doctype html><html lang="vi"><meta charset="utf-8"><body style="font-family: serif; font-size: 13pt">
<p style="text-align:center"><strong>${escape(sampleDecision.number)}</strong></p>
<h1 style="font-size: 14pt; text-align:center">${escape(sampleDecision.title)}</h1>
${sampleDecision.paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n')}
</body></html>`
}

/**
 * The sample decision printed to a PDF by Debian's Chromium, outside Playwright's test runner (an integration test).
 *
 * @remarks Loads `playwright-core` only when called, so importing the testing helpers costs nothing.
 */
export async function printSampleDecisionPdf(): Promise<Buffer> {
  const { chromium } = await import('playwright-core')
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  })
  try {
    const page = await browser.newPage()
    await page.setContent(sampleDecisionHtml())
    return await page.pdf({ format: 'A4' })
  } finally {
    await browser.close()
  }
}
