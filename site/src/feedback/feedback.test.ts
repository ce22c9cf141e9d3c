import { describe, expect, it } from 'vitest'
import { validateFeedback } from './feedback'

const valid = { kind: 'hoi-dap', name: 'Nguyễn Văn An', email: 'an@example.vn', title: 'Hỏi về hộ chiếu công vụ', content: 'Xin hỏi thời hạn giải quyết hồ sơ là bao nhiêu ngày làm việc?', consent: 'on' }

describe('validateFeedback', () => {
  it('accepts a complete submission, trims it and drops blank optional fields and unknown ones', () => {
    const result = validateFeedback({ ...valid, name: '  Nguyễn Văn An  ', phone: '', address: ' ', procedure: '1.001108', extra: 'x' })
    expect(result).toEqual({ ok: true, data: { ...valid, name: 'Nguyễn Văn An', procedure: '1.001108', consent: true } })
  })

  it('names every missing field in Vietnamese', () => {
    const result = validateFeedback({ name: '', title: '   ', content: '' })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors).toEqual({
      kind: 'Vui lòng chọn loại: góp ý, phản ánh, kiến nghị hoặc hỏi đáp.',
      name: 'Vui lòng nhập họ và tên.',
      email: 'Vui lòng nhập thư điện tử hoặc số điện thoại để cơ quan liên hệ lại.',
      title: 'Vui lòng nhập tiêu đề.',
      content: 'Vui lòng nhập nội dung góp ý.',
      consent: 'Vui lòng đánh dấu đồng ý để cơ quan được xử lý thông tin cá nhân của bạn.',
    })
  })

  it('requires an email or a phone number to answer on', () => {
    const result = validateFeedback({ ...valid, email: '' })
    expect(result.ok === false && result.errors.email).toBe('Vui lòng nhập thư điện tử hoặc số điện thoại để cơ quan liên hệ lại.')
    expect(validateFeedback({ ...valid, email: '', phone: '0905 123 456' }).ok).toBe(true)
  })

  it('requires explicit consent: only a ticked box or true', () => {
    for (const consent of [undefined, '', 'off', 'false', false, 1, 'yes']) {
      const result = validateFeedback({ ...valid, consent })
      expect(result.ok === false && result.errors.consent).toContain('đồng ý')
    }
    expect(validateFeedback({ ...valid, consent: true }).ok).toBe(true)
  })

  it('rejects a malformed email or phone, too-long text and wrong types', () => {
    const bad = validateFeedback({ ...valid, email: 'khong-phai-email', phone: 'abc' })
    expect(bad.ok === false && bad.errors).toMatchObject({ email: expect.stringContaining('không hợp lệ'), phone: expect.stringContaining('chữ số') })
    expect(validateFeedback({ ...valid, content: 'x'.repeat(5001) }).ok).toBe(false)
    expect(validateFeedback({ ...valid, address: 'x'.repeat(301) }).ok).toBe(false)
    expect(validateFeedback({ ...valid, title: 42 }).ok).toBe(false)
    expect(validateFeedback({ ...valid, kind: 'khieu-nai' }).ok).toBe(false)
    expect(validateFeedback({ ...valid, procedure: '<b>1</b>' }).ok).toBe(false)
    expect(validateFeedback(null).ok).toBe(false)
  })

  it('keeps the related procedure as typed, whatever it says, on one line (issue 21)', () => {
    const typed = validateFeedback({ ...valid, procedureText: '  thủ tục cấp giấy\r\n  gì đó <b>ở phường</b> ' })
    expect(typed.ok && typed.data).toMatchObject({ procedureText: 'thủ tục cấp giấy gì đó <b>ở phường</b>' })
    expect(typed.ok && typed.data.procedure).toBeUndefined()
    const chosen = validateFeedback({ ...valid, procedure: '1.001108', procedureText: '1.001108 · Cấp hộ chiếu phổ thông' })
    expect(chosen.ok && chosen.data).toMatchObject({ procedure: '1.001108', procedureText: '1.001108 · Cấp hộ chiếu phổ thông' })
    expect(validateFeedback({ ...valid, procedureText: '   ' })).toMatchObject({ ok: true, data: { procedureText: undefined } })
    // The national portal's longest title is 1,094 characters: a chosen one always fits.
    expect(validateFeedback({ ...valid, procedureText: 'Ạ'.repeat(1500) }).ok).toBe(true)
    const long = validateFeedback({ ...valid, procedureText: 'Ạ'.repeat(1501) })
    expect(long.ok === false && long.errors.procedureText).toBe('Thủ tục liên quan tối đa 1.500 ký tự.')
    const english = validateFeedback({ ...valid, procedureText: 'x'.repeat(1501) }, 'en')
    expect(english.ok === false && english.errors.procedureText).toBe('The related procedure can be at most 1,500 characters.')
    const bad = validateFeedback({ ...valid, procedureText: 'a\u0000b' })
    expect(bad.ok === false && bad.errors.procedureText).toContain('ký tự không hợp lệ')
  })

  it('rejects control characters and broken Unicode, which no one types', () => {
    const nul = validateFeedback({ ...valid, title: 'Hộ chiếu\u0000 công vụ' })
    expect(nul.ok === false && nul.errors.title).toBe('Nội dung có ký tự không hợp lệ; vui lòng nhập văn bản thông thường.')
    expect(validateFeedback({ ...valid, content: `${'a'.repeat(30)}\ud800` }).ok).toBe(false)
    expect(validateFeedback({ ...valid, content: 'Dòng một\nDòng hai\tcó tab, đủ dài để hợp lệ.' }).ok).toBe(true)
  })

  it('keeps markup as text: it is data, escaped wherever it is shown', () => {
    const result = validateFeedback({ ...valid, title: '<script>alert(1)</script>' })
    expect(result.ok && result.data.title).toBe('<script>alert(1)</script>')
  })
})

describe('validateFeedback in English', () => {
  it('names missing fields in English for the English form', () => {
    const result = validateFeedback({ kind: 'gop-y', name: '', title: 'Hi', content: '', consent: 'on' }, 'en')
    expect(result.ok === false && result.errors).toEqual({
      name: 'Enter your full name.',
      email: 'Enter an email address or a phone number so that we can answer you.',
      title: 'The subject needs at least 5 characters.',
      content: 'Enter your feedback.',
    })
  })
})
