/**
 * The figures of a processing report, in the order provinces print them, with their Vietnamese label and the column
 * name of the CSV template.
 *
 * @remarks One list drives the CMS's fields, its validation messages and CSV import, and the site's downloads, so a
 * figure is named the same way in the admin, in an error, in the template and in the open data.
 */
export const FIGURES = [
  { name: 'carriedOver', column: 'ton_ky_truoc', label: 'Tồn từ kỳ trước chuyển sang' },
  { name: 'receivedOnline', column: 'tiep_nhan_truc_tuyen', label: 'Tiếp nhận trực tuyến' },
  { name: 'receivedInPerson', column: 'tiep_nhan_truc_tiep', label: 'Tiếp nhận trực tiếp' },
  { name: 'receivedByPost', column: 'tiep_nhan_buu_chinh', label: 'Tiếp nhận qua bưu chính' },
  { name: 'resolvedEarly', column: 'giai_quyet_truoc_han', label: 'Đã giải quyết trước hạn' },
  { name: 'resolvedOnTime', column: 'giai_quyet_dung_han', label: 'Đã giải quyết đúng hạn' },
  { name: 'resolvedLate', column: 'giai_quyet_tre_han', label: 'Đã giải quyết trễ hạn' },
  { name: 'pendingNotDue', column: 'dang_giai_quyet_trong_han', label: 'Đang giải quyết, chưa đến hạn' },
  { name: 'pendingOverdue', column: 'dang_giai_quyet_qua_han', label: 'Đang giải quyết, quá hạn' },
  { name: 'returned', column: 'tra_lai_rut_ho_so', label: 'Trả lại, rút hồ sơ' },
] as const

/** The name of one figure field. */
export type FigureName = (typeof FIGURES)[number]['name']

/** The ten figures of one report, or of a sum of reports. */
export type Figures = Record<FigureName, number>

/** The Vietnamese label of a figure. */
export const figureLabel = (name: FigureName): string => FIGURES.find((f) => f.name === name)!.label
