import type { SeedSiteSettings } from '../types'

/** Contacts of the demo agency; the province is left unnamed and the numbers (area code 0200) are not real. */
export const siteSettings: SeedSiteSettings = {
  agencyName: 'Sở Ngoại vụ',
  parentAgency: 'Ủy ban nhân dân tỉnh',
  address: 'Số 2 đường Lê Lợi, phường Trung tâm, tỉnh',
  hotline: '0200 3 800 000',
  phone: '0200 3 800 001',
  email: 'songoaivu@example.gov.vn',
  workingHours: 'Sáng 7 giờ 30 – 11 giờ 30, chiều 13 giờ 30 – 17 giờ, từ thứ Hai đến thứ Sáu (trừ ngày lễ, Tết).',
  // A Sở Ngoại vụ's fields, the most asked for first (not alphabetical: the home page follows this order).
  ownFields: [
    'Lãnh sự',
    'Hợp tác quốc tế',
    'Quản lý đoàn ra, đoàn vào',
    'Hội nghị, hội thảo quốc tế',
    'Tổ chức phi chính phủ nước ngoài',
    'Viện trợ phi chính phủ nước ngoài',
    'Thông tin đối ngoại',
  ],
  footerLinks: [
    { label: 'Cổng Dịch vụ công quốc gia', url: 'https://dichvucong.gov.vn' },
    { label: 'Cơ sở dữ liệu quốc gia về văn bản pháp luật', url: 'https://vbpl.vn' },
    { label: 'Bộ Ngoại giao', url: 'https://mofa.gov.vn' },
  ],
}
