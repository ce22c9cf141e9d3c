import { expect, test } from '@playwright/test'

test('dashboard: periods, key figures, charts with their tables, formulas, and no JavaScript', async ({ page }, testInfo) => {
  await page.goto('/')
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Thống kê' }).click()
  await expect(page).toHaveURL(/\/thong-ke$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thống kê giải quyết hồ sơ: Quý III/2026')

  const screenshot = testInfo.outputPath('thong-ke-vi-1280.png')
  await page.screenshot({ path: screenshot, fullPage: true })
  await testInfo.attach('thong-ke-vi-1280', { path: screenshot, contentType: 'image/png' })

  // The seed agency's own report: 21 received and 20 resolved on time in the first half of 2026.
  await page.getByRole('navigation', { name: 'Chọn kỳ báo cáo' }).getByRole('link', { name: '6 tháng đầu năm 2026' }).click()
  await expect(page).toHaveURL(/\/thong-ke\/2026-h1$/)
  await expect(page.getByText('Số liệu gồm: Quý I/2026, Quý II/2026.')).toBeVisible()
  const keyFigures = page.locator('.key-figures')
  await expect(keyFigures.locator('div').filter({ hasText: 'Tiếp nhận mới' }).locator('dd')).toHaveText('21')
  await expect(keyFigures.locator('div').filter({ hasText: 'Tỷ lệ đúng hạn' }).locator('dd')).toHaveText('95,2%')
  const summary = page.getByRole('table', { name: 'Tổng quan: 6 tháng đầu năm 2026' })
  await expect(summary.getByRole('row', { name: /^Trễ hạn/ }).getByRole('cell')).toHaveText('1')
  await expect(summary.getByRole('row', { name: /^Đang giải quyết \d/ }).getByRole('cell')).toHaveText('0')

  // Each chart is an image with a name and a description, and its numbers are in a table next to it.
  const trend = page.getByRole('img', { name: 'Xu hướng theo quý' })
  await expect(trend).toBeVisible()
  const trendTable = page.getByRole('table', { name: 'Xu hướng theo quý' })
  await expect(trendTable.locator('tbody tr')).toHaveCount(5)
  await expect(trendTable.getByRole('row', { name: /Quý II\/2026/ }).getByRole('cell')).toHaveText(['13', '14', '13', '1', '92,9%', '46,2%'])
  await expect(page.getByRole('img', { name: 'Hình thức tiếp nhận' })).toBeVisible()
  await expect(page.getByRole('img', { name: 'Theo lĩnh vực' })).toBeVisible()
  const seminar = page.locator('#thu-tuc-2\\.001712')
  await expect(seminar.getByRole('cell').nth(4)).toHaveText('1')

  await expect(page.getByRole('heading', { name: 'Cách tính' })).toBeVisible()
  await expect(page.getByText('Tỷ lệ giải quyết đúng hạn = (số hồ sơ giải quyết trước hạn + đúng hạn) ÷ số hồ sơ đã giải quyết × 100%')).toBeVisible()
  expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0)
})

test('dashboard page weight stays inside the site budget (≤ 60 kB transferred, no JavaScript)', async ({ page }, testInfo) => {
  await page.goto('/thong-ke/2026')
  const { total, js } = await page.evaluate(() => {
    const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')] as PerformanceResourceTiming[]
    return {
      total: entries.reduce((n, e) => n + e.transferSize, 0),
      js: entries.filter((e) => e.name.endsWith('.js')).reduce((n, e) => n + e.transferSize, 0),
    }
  })
  testInfo.annotations.push({ type: 'page weight', description: `/thong-ke/2026: ${total} bytes transferred, ${js} bytes of JavaScript` })
  expect(total).toBeGreaterThan(0)
  expect(total).toBeLessThanOrEqual(60 * 1024)
  expect(js).toBeLessThanOrEqual(10 * 1024)
})

test('downloads: CSV in the import template’s columns, JSON with the same numbers, the template itself', async ({ page, request }) => {
  const template = await request.get('/du-lieu/mau-thong-ke-giai-quyet-ho-so.csv')
  expect(template.status()).toBe(200)
  const templateHeader = (await template.text()).replace(/^\uFEFF/, '').split('\r\n')[0]

  const csv = (await (await request.get('/du-lieu/thong-ke.csv')).text()).replace(/^\uFEFF/, '').trim().split('\r\n')
  expect(csv[0].startsWith(`${templateHeader},`)).toBe(true)
  const columns = csv[0].split(',')
  const firstHalf = csv.slice(1).filter((line) => /^2026-Q[12],/.test(line))
  const receivedColumn = columns.indexOf('tong_tiep_nhan')
  // Procedure names are quoted when they hold commas; no cell here spans lines.
  const cells = (line: string) => [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)].map((m) => m[1])
  expect(firstHalf.reduce((n, line) => n + Number(cells(line)[receivedColumn]), 0)).toBe(21)

  const json = (await (await request.get('/du-lieu/thong-ke.json')).json()) as { count: number; records: { period: string; resolvedEarly: number; resolvedOnTime: number }[] }
  expect(json.count).toBe(csv.length - 1)
  expect(json.records.filter((r) => r.period.startsWith('2026-Q1') || r.period.startsWith('2026-Q2')).reduce((n, r) => n + r.resolvedEarly + r.resolvedOnTime, 0)).toBe(20)

  await page.goto('/du-lieu')
  await expect(page.getByRole('row', { name: /Thống kê giải quyết hồ sơ/ }).getByRole('link', { name: /CSV/ })).toHaveAttribute('href', '/du-lieu/thong-ke.csv')
})

test('procedure pages: a performance card for this period, and the ISO process both ways', async ({ page }) => {
  await page.goto('/thu-tuc/1.003862')
  const card = page.getByRole('region', { name: 'Kết quả giải quyết hồ sơ, Quý III/2026' })
  await expect(card.locator('div').filter({ hasText: 'Tiếp nhận mới' }).locator('dd')).toHaveText('8')
  await expect(card.locator('div').filter({ hasText: 'Trễ hạn' }).locator('dd')).toHaveText('0')
  await card.getByRole('link', { name: 'Xem thống kê chi tiết' }).click()
  await expect(page).toHaveURL(/\/thong-ke\/2026-q3#thu-tuc-1\.003862$/)

  await page.goto('/thu-tuc/1.003863')
  await expect(page.getByRole('region', { name: /Kết quả giải quyết hồ sơ/ })).toContainText('Chưa có hồ sơ nào của thủ tục này trong Quý III/2026.')

  await page.goto('/thu-tuc/2.001712')
  await page.getByRole('link', { name: 'QT-NV-01' }).click()
  await expect(page).toHaveURL(/\/quy-trinh-iso\/qt-nv-01$/)
  await expect(page.getByRole('table', { name: 'Các bước' }).locator('tbody tr')).toHaveCount(5)
  await expect(page.getByRole('row', { name: /^Tổng thời gian/ }).last()).toContainText('10 ngày làm việc')
  await page.getByRole('link', { name: '2.001712' }).click()
  await expect(page).toHaveURL(/\/thu-tuc\/2\.001712$/)

  await page.goto('/quy-trinh-iso')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quy trình ISO 9001:2015')
  await expect(page.getByRole('heading', { name: 'Quy trình nội bộ của hệ thống' })).toBeVisible()
})

test('English mirror of the dashboard', async ({ page }) => {
  await page.goto('/thong-ke/2026-h1')
  await page.getByRole('link', { name: 'English' }).click()
  await expect(page).toHaveURL(/\/en\/thong-ke\/2026-h1$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dossier processing statistics: First half of 2026')
  await expect(page.locator('.key-figures div').filter({ hasText: 'On-time rate' }).locator('dd')).toHaveText('95.2%')
  await expect(page.getByRole('heading', { name: 'How the figures are calculated' })).toBeVisible()
})
