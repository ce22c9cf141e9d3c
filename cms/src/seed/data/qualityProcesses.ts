import type { SeedQualityProcess } from '../types'

export const qualityProcesses: SeedQualityProcess[] = [
  {
    code: 'QT-NV-01',
    name: 'Quy trình cho chủ trương tổ chức hội nghị, hội thảo quốc tế',
    owner: 'Phòng Hợp tác quốc tế',
    purpose: 'Quy định trình tự tiếp nhận, thẩm định và trình Chủ tịch Ủy ban nhân dân tỉnh cho chủ trương tổ chức hội nghị, hội thảo quốc tế.',
    steps: [
      { name: 'Tiếp nhận hồ sơ tại Bộ phận Một cửa', responsible: 'Bộ phận Một cửa', timeBudget: 4, timeUnit: 'gio-lam-viec' },
      { name: 'Thẩm định hồ sơ, lấy ý kiến cơ quan liên quan', responsible: 'Phòng Hợp tác quốc tế', timeBudget: 8, timeUnit: 'ngay-lam-viec' },
      { name: 'Trình Ủy ban nhân dân tỉnh xem xét, quyết định', responsible: 'Lãnh đạo Sở', timeBudget: 5, timeUnit: 'ngay-lam-viec' },
      { name: 'Trả kết quả cho tổ chức, cá nhân', responsible: 'Bộ phận Một cửa', timeBudget: 4, timeUnit: 'gio-lam-viec' },
    ],
  },
]
