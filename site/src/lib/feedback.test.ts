import { describe, expect, it } from 'vitest'
import { validateFeedback } from './feedback'

const valid = { name: 'Nguyễn Văn An', email: 'an@example.vn', title: 'Hỏi về hộ chiếu công vụ', content: 'Xin hỏi thời hạn giải quyết hồ sơ là bao nhiêu ngày làm việc?' }

describe('validateFeedback', () => {
  it('accepts a complete submission and trims it', () => {
    const result = validateFeedback({ ...valid, name: '  Nguyễn Văn An  ', phone: '' })
    expect(result).toEqual({ ok: true, data: { ...valid, name: 'Nguyễn Văn An' } })
  })

  it('names every missing field in Vietnamese', () => {
    const result = validateFeedback({ name: '', title: '   ', content: '' })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors).toEqual({
      name: 'Vui lòng nhập họ và tên.',
      email: 'Vui lòng nhập thư điện tử hoặc số điện thoại để cơ quan liên hệ lại.',
      title: 'Vui lòng nhập tiêu đề.',
      content: 'Vui lòng nhập nội dung góp ý.',
    })
  })

  it('requires an email or a phone number to answer on', () => {
    const result = validateFeedback({ ...valid, email: '' })
    expect(result.ok === false && result.errors.email).toBe('Vui lòng nhập thư điện tử hoặc số điện thoại để cơ quan liên hệ lại.')
    expect(validateFeedback({ ...valid, email: '', phone: '0905 123 456' }).ok).toBe(true)
  })

  it('rejects a malformed email or phone, too-long text and wrong types', () => {
    const bad = validateFeedback({ ...valid, email: 'khong-phai-email', phone: 'abc' })
    expect(bad.ok === false && bad.errors).toMatchObject({ email: expect.stringContaining('không hợp lệ'), phone: expect.stringContaining('chữ số') })
    expect(validateFeedback({ ...valid, content: 'x'.repeat(5001) }).ok).toBe(false)
    expect(validateFeedback({ ...valid, title: 42 }).ok).toBe(false)
    expect(validateFeedback(null).ok).toBe(false)
  })
})

describe('validateFeedback in English', () => {
  it('names missing fields in English for the English form', () => {
    const result = validateFeedback({ name: '', title: 'Hi', content: '' }, 'en')
    expect(result.ok === false && result.errors).toEqual({
      name: 'Enter your full name.',
      email: 'Enter an email address or a phone number so that we can answer you.',
      title: 'The subject needs at least 5 characters.',
      content: 'Enter your feedback.',
    })
  })
})
