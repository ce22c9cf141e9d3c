/** Levels a procedure is carried out at (cấp thực hiện), as the national portal names them. */
export const levelOptions = [
  { value: 'bo', label: 'Cấp Bộ' },
  { value: 'tinh', label: 'Cấp tỉnh' },
  { value: 'huyen', label: 'Cấp huyện' },
  { value: 'xa', label: 'Cấp xã' },
  { value: 'khac', label: 'Cơ quan khác' },
]

/** Procedure types (loại thủ tục) on the national portal. */
export const procedureTypeOptions = [
  { value: 'duoc-luat-giao', label: 'TTHC được luật giao quy định chi tiết' },
  { value: 'khong-duoc-luat-giao', label: 'TTHC không được luật giao cho địa phương quy định' },
  { value: 'khac', label: 'Loại khác' },
]

/** Ways a dossier can be submitted (hình thức nộp). */
export const channelOptions = [
  { value: 'truc-tiep', label: 'Trực tiếp' },
  { value: 'truc-tuyen', label: 'Trực tuyến' },
  { value: 'buu-chinh', label: 'Dịch vụ bưu chính' },
]

/** Units of a processing time. */
export const timeUnitOptions = [
  { value: 'ngay-lam-viec', label: 'ngày làm việc' },
  { value: 'ngay', label: 'ngày' },
  { value: 'gio', label: 'giờ' },
  { value: 'thang', label: 'tháng' },
]

/** Online public-service levels (dịch vụ công trực tuyến). */
export const onlineLevelOptions = [
  { value: 'toan-trinh', label: 'Toàn trình' },
  { value: 'mot-phan', label: 'Một phần' },
  { value: 'khong', label: 'Không' },
]
