import type { Locale } from './locale'

type Labels = Record<string, string>

const vi = {
  validity: {
    'con-hieu-luc': 'Còn hiệu lực',
    'het-hieu-luc-toan-bo': 'Hết hiệu lực toàn bộ',
    'het-hieu-luc-mot-phan': 'Hết hiệu lực một phần',
    'chua-co-hieu-luc': 'Chưa có hiệu lực',
    'ngung-hieu-luc': 'Ngưng hiệu lực',
  } as Labels,
  documentType: {
    luat: 'Luật',
    'nghi-dinh': 'Nghị định',
    'nghi-quyet': 'Nghị quyết',
    'thong-tu': 'Thông tư',
    'quyet-dinh': 'Quyết định',
    'chi-thi': 'Chỉ thị',
    'ke-hoach': 'Kế hoạch',
    'cong-van': 'Công văn',
  } as Labels,
  level: { bo: 'Cấp Bộ', tinh: 'Cấp tỉnh', huyen: 'Cấp huyện', xa: 'Cấp xã', khac: 'Cơ quan khác' } as Labels,
  online: { 'toan-trinh': 'Toàn trình', 'mot-phan': 'Một phần', khong: 'Không' } as Labels,
  channel: { 'truc-tiep': 'Trực tiếp', 'truc-tuyen': 'Trực tuyến', 'buu-chinh': 'Dịch vụ bưu chính' } as Labels,
  timeUnit: { 'ngay-lam-viec': 'ngày làm việc', 'gio-lam-viec': 'giờ làm việc', ngay: 'ngày', gio: 'giờ', thang: 'tháng' } as Labels,
}

const en: typeof vi = {
  validity: {
    'con-hieu-luc': 'In force',
    'het-hieu-luc-toan-bo': 'No longer in force',
    'het-hieu-luc-mot-phan': 'Partly no longer in force',
    'chua-co-hieu-luc': 'Not yet in force',
    'ngung-hieu-luc': 'Suspended',
  },
  documentType: {
    luat: 'Law',
    'nghi-dinh': 'Decree',
    'nghi-quyet': 'Resolution',
    'thong-tu': 'Circular',
    'quyet-dinh': 'Decision',
    'chi-thi': 'Directive',
    'ke-hoach': 'Plan',
    'cong-van': 'Official letter',
  },
  level: { bo: 'Ministry', tinh: 'Province', huyen: 'District', xa: 'Commune', khac: 'Other agency' },
  online: { 'toan-trinh': 'Fully online', 'mot-phan': 'Partly online', khong: 'Not online' },
  channel: { 'truc-tiep': 'In person', 'truc-tuyen': 'Online', 'buu-chinh': 'By post' },
  timeUnit: { 'ngay-lam-viec': 'working days', 'gio-lam-viec': 'working hours', ngay: 'days', gio: 'hours', thang: 'months' },
}

/**
 * Display names of the CMS's select values (validity, document type, level…) in `locale`.
 *
 * @remarks The CMS stores Vietnamese-derived codes such as `con-hieu-luc`; their names are the site's words, so they
 * live here with the other UI strings rather than in the CMS.
 */
export function labels(locale: Locale): typeof vi {
  return locale === 'en' ? en : vi
}
