import { describe, expect, it } from 'vitest'
import { normaliseText } from './normaliseText'

describe('normaliseText', () => {
  it('gives NFC, Unix line ends, no trailing spaces and at most one blank line', () => {
    expect(normaliseText('Quye\u0302\u0301t đi\u0323nh  \r\n\r\n\r\n\r\nĐiều 1.\u00a0\r\n')).toBe('Quyết định\n\nĐiều 1.')
  })

  it('starts an "Điều N." heading run into the previous sentence on its own line, but not a reference inside a sentence', () => {
    expect(normaliseText('áp dụng như sau. Điều 5. Phạm vi điều chỉnh')).toBe('áp dụng như sau.\nĐiều 5. Phạm vi điều chỉnh')
    expect(normaliseText('theo quy định tại Điều 5. Việc cấp')).toBe('theo quy định tại Điều 5. Việc cấp')
  })
})
