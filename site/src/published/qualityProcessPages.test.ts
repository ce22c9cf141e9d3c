import { describe, expect, it } from 'vitest'
import { formatHours, processSlug, totalHours } from './qualityProcessPages'

describe('ISO process time budgets', () => {
  it('adds hours and days, 8 working hours to the day', () => {
    const steps = [
      { name: 'Tiếp nhận', timeBudget: 4, timeUnit: 'gio-lam-viec' as const },
      { name: 'Thẩm định', timeBudget: 4, timeUnit: 'ngay-lam-viec' as const },
      { name: 'Trình ký', timeBudget: 1 },
      { name: 'Trả kết quả', timeBudget: 4, timeUnit: 'gio-lam-viec' as const },
      { name: 'Không có thời gian' },
    ]
    expect(totalHours(steps)).toBe(48)
    expect(formatHours(48, 'vi')).toBe('6 ngày làm việc')
    expect(formatHours(84, 'vi')).toBe('10 ngày làm việc 4 giờ làm việc')
    expect(formatHours(4, 'en')).toBe('4 working hours')
    expect(totalHours([{ name: 'x' }])).toBeNull()
  })

  it('slugs are lower-case codes', () => {
    expect(processSlug('QT-NV-01')).toBe('qt-nv-01')
  })
})
