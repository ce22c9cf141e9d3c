import { describe, expect, it } from 'vitest'
import { feedbackIntakeSchema, type FeedbackIntake } from './feedback'
import { newTrackingCode } from './trackingCode'

const delivery = (): FeedbackIntake => ({
  submissionId: '0b7c6f0e-8a37-4a4e-9a53-0c1f1f3f2b11',
  code: newTrackingCode(),
  receivedAt: '2026-12-01T03:00:00.000Z',
  kind: 'phan-anh',
  name: 'Nguyễn Văn A',
  email: 'a@example.vn',
  title: 'Thời gian chờ',
  content: 'Nội dung phản ánh đủ dài để xử lý.',
  consent: true,
})

describe('the feedback intake', () => {
  it('takes a submission as the site delivers it, with or without the code first shown', () => {
    expect(feedbackIntakeSchema.safeParse(delivery()).success).toBe(true)
    expect(feedbackIntakeSchema.safeParse({ ...delivery(), originalCode: 'GY-2026-000123', phone: null }).success).toBe(true)
  })

  it('refuses a mistyped or legacy code, an unknown kind, missing consent and text over the stored length', () => {
    const code = delivery().code
    const mistyped = code.slice(0, -1) + (code.endsWith('0') ? '1' : '0')
    for (const change of [{ code: mistyped }, { code: 'GY-2026-000123' }, { kind: 'khieu-nai' }, { consent: false }, { name: 'x'.repeat(101) }, { content: 'x'.repeat(5001) }]) {
      expect(feedbackIntakeSchema.safeParse({ ...delivery(), ...change }).success, JSON.stringify(change)).toBe(false)
    }
  })
})
