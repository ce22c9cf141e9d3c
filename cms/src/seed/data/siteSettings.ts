import type { SeedSiteSettings } from '../types'

/** Contacts of the demo agency; the province is left unnamed, as in the provincial seed documents. */
export const siteSettings: SeedSiteSettings = {
  agencyName: 'Sở Ngoại vụ',
  parentAgency: 'Ủy ban nhân dân tỉnh',
  address: 'Số 2 đường Lê Lợi, phường Trung tâm, tỉnh',
  hotline: '0236 3 822 123',
  phone: '0236 3 822 124',
  email: 'songoaivu@example.gov.vn',
  workingHours: 'Sáng 7 giờ 30 – 11 giờ 30, chiều 13 giờ 30 – 17 giờ, từ thứ Hai đến thứ Sáu (trừ ngày lễ, Tết).',
  footerLinks: [
    { label: 'Cổng Dịch vụ công quốc gia', url: 'https://dichvucong.gov.vn' },
    { label: 'Cơ sở dữ liệu quốc gia về văn bản pháp luật', url: 'https://vbpl.vn' },
    { label: 'Bộ Ngoại giao', url: 'https://mofa.gov.vn' },
  ],
}
