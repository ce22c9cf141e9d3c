/** Document types as vbpl.vn names them. */
export const documentTypeOptions = [
  { value: 'luat', label: 'Luật' },
  { value: 'nghi-dinh', label: 'Nghị định' },
  { value: 'nghi-quyet', label: 'Nghị quyết' },
  { value: 'thong-tu', label: 'Thông tư' },
  { value: 'quyet-dinh', label: 'Quyết định' },
  { value: 'chi-thi', label: 'Chỉ thị' },
  { value: 'ke-hoach', label: 'Kế hoạch' },
  { value: 'cong-van', label: 'Công văn' },
]

/** Validity statuses as vbpl.vn names them. */
export const validityStatusOptions = [
  { value: 'con-hieu-luc', label: 'Còn hiệu lực' },
  { value: 'het-hieu-luc-toan-bo', label: 'Hết hiệu lực toàn bộ' },
  { value: 'het-hieu-luc-mot-phan', label: 'Hết hiệu lực một phần' },
  { value: 'chua-co-hieu-luc', label: 'Chưa có hiệu lực' },
  { value: 'ngung-hieu-luc', label: 'Ngưng hiệu lực' },
]
