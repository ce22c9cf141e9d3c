import { describe, expect, it } from 'vitest'
import { parseSteps } from './parseSteps'

// Real "trinh_tu_thuc_hien" values (shortened) from the portal export; codes in the test names.
describe('parseSteps', () => {
  it('splits on "Bước n" and keeps the paragraphs of each step (1.000253)', () => {
    const text =
      'Bước 1: Người khai báo tạm trú tiếp nhận thông tin tạm trú của người nước ngoài.\nBước 2: Khai, nộp Phiếu khai báo tạm trú cho trực ban Công an cấp xã.\nCán bộ trực ban Công an cấp xã tiếp nhận hồ sơ.\nBước 3: Người khai báo tạm trú nhận lại Phiếu khai báo tạm trú đã có xác nhận của Công an cấp xã.'
    expect(parseSteps(text).map((s) => s.text)).toEqual([
      'Bước 1: Người khai báo tạm trú tiếp nhận thông tin tạm trú của người nước ngoài.',
      'Bước 2: Khai, nộp Phiếu khai báo tạm trú cho trực ban Công an cấp xã.\nCán bộ trực ban Công an cấp xã tiếp nhận hồ sơ.',
      'Bước 3: Người khai báo tạm trú nhận lại Phiếu khai báo tạm trú đã có xác nhận của Công an cấp xã.',
    ])
  })

  it('accepts markers behind a dash and glued after a sentence (1.003532, 1.001613)', () => {
    expect(parseSteps('- Bước 1: Nộp hồ sơ\nTổ chức nộp 01 bộ hồ sơ.\n- Bước 2: Kiểm tra tính hợp lệ của hồ sơ')).toHaveLength(2)
    expect(parseSteps('Lập hồ sơ và nộp cho cơ quan BHXH.Bước 2. Cơ quan BHXH tiếp nhận hồ sơ.').map((s) => s.text)).toEqual([
      'Lập hồ sơ và nộp cho cơ quan BHXH.',
      'Bước 2. Cơ quan BHXH tiếp nhận hồ sơ.',
    ])
  })

  it('does not split on a reference to a step inside a sentence', () => {
    expect(parseSteps('Hồ sơ bổ sung theo quy định tại Bước 7 của quy trình.')).toHaveLength(1)
  })

  it('falls back to lettered items, or keeps the text whole (1.002046, 3.000444)', () => {
    expect(parseSteps('a) Nộp hồ sơ TTHC:\n- Tổ chức nộp hồ sơ cho Sở Xây dựng.\nb) Giải quyết TTHC:\n- Trong thời hạn 02 ngày làm việc')).toHaveLength(2)
    expect(parseSteps('- Trong thời hạn 30 ngày kể từ ngày kết thúc thời gian tập sự, người tập sự lập hồ sơ.')).toHaveLength(1)
    expect(parseSteps('  ')).toEqual([])
  })
})
