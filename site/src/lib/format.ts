/** `2020-05-15T00:00:00.000Z` → `15/05/2020`, as Vietnamese documents write dates. */
export function formatDate(iso?: string | null): string {
  if (!iso) return ''
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return ''
  return d.toLocaleDateString('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Asia/Ho_Chi_Minh' })
}

/** Labels of a legal document's validity status. */
export const validityLabels: Record<string, string> = {
  'con-hieu-luc': 'Còn hiệu lực',
  'het-hieu-luc-toan-bo': 'Hết hiệu lực toàn bộ',
  'het-hieu-luc-mot-phan': 'Hết hiệu lực một phần',
  'chua-co-hieu-luc': 'Chưa có hiệu lực',
  'ngung-hieu-luc': 'Ngưng hiệu lực',
}

/** Labels of legal document types. */
export const documentTypeLabels: Record<string, string> = {
  luat: 'Luật',
  'nghi-dinh': 'Nghị định',
  'nghi-quyet': 'Nghị quyết',
  'thong-tu': 'Thông tư',
  'quyet-dinh': 'Quyết định',
  'chi-thi': 'Chỉ thị',
  'ke-hoach': 'Kế hoạch',
  'cong-van': 'Công văn',
}

/** Labels of a procedure's level and online-service level. */
export const levelLabels: Record<string, string> = { bo: 'Cấp Bộ', tinh: 'Cấp tỉnh', huyen: 'Cấp huyện', xa: 'Cấp xã', khac: 'Cơ quan khác' }
export const onlineLabels: Record<string, string> = { 'toan-trinh': 'Toàn trình', 'mot-phan': 'Một phần', khong: 'Không' }

/** Labels of submission channels and processing-time units. */
export const channelLabels: Record<string, string> = { 'truc-tiep': 'Trực tiếp', 'truc-tuyen': 'Trực tuyến', 'buu-chinh': 'Dịch vụ bưu chính' }
export const timeUnitLabels: Record<string, string> = { 'ngay-lam-viec': 'ngày làm việc', ngay: 'ngày', gio: 'giờ', thang: 'tháng' }

/** `200000` → `200.000 đồng`; 0 → `Không thu phí`. */
export function formatFee(amount?: number | null, text?: string | null): string {
  if (amount === 0) return 'Không thu phí'
  if (typeof amount === 'number') return `${amount.toLocaleString('vi-VN')} đồng`
  return text ?? ''
}
