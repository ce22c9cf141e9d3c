import type { GlobalConfig } from 'payload'
import { isPublicReader } from '../../access/isPublicReader'
import { nobody } from '../../access/nobody'
import { isAdmin } from '../../access/isAdmin'
import { notifySiteAfterGlobalChange } from '../../hooks/notifySite'
import { requiredInDefaultLocale } from '../../fields/requiredInDefaultLocale'

/** The agency's identity and contacts, shown on every page of the public site. */
export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  access: { read: isPublicReader, readVersions: nobody, update: isAdmin },
  label: 'Thông tin cơ quan',
  admin: { group: 'Hệ thống' },
  hooks: { afterChange: [notifySiteAfterGlobalChange] },
  fields: [
    { name: 'agencyName', type: 'text', label: 'Tên cơ quan', required: true, localized: true, defaultValue: 'Sở Ngoại vụ' },
    { name: 'parentAgency', type: 'text', label: 'Cơ quan chủ quản', localized: true },
    { name: 'address', type: 'text', label: 'Địa chỉ', localized: true },
    {
      type: 'row',
      fields: [
        { name: 'hotline', type: 'text', label: 'Đường dây nóng' },
        { name: 'phone', type: 'text', label: 'Điện thoại' },
        { name: 'email', type: 'email', label: 'Thư điện tử' },
      ],
    },
    { name: 'workingHours', type: 'textarea', label: 'Giờ làm việc', localized: true },
    { name: 'mapUrl', type: 'text', label: 'Liên kết bản đồ' },
    {
      name: 'ownFields',
      type: 'relationship',
      relationTo: 'fields',
      hasMany: true,
      label: 'Lĩnh vực thủ tục của cơ quan',
      admin: {
        description:
          'Các lĩnh vực thủ tục hành chính do cơ quan giải quyết, theo thứ tự muốn hiện. Trang chủ liệt kê các lĩnh vực này trước; ' +
          'các lĩnh vực khác (ví dụ khi đã nhập thủ tục của cả bộ, ngành) được gộp vào mục “Lĩnh vực khác” bên dưới. ' +
          'Để trống: trang chủ liệt kê mọi lĩnh vực theo thứ tự chữ cái.',
      },
    },
    {
      type: 'collapsible',
      label: 'Tiếp nhận góp ý',
      fields: [
        {
          name: 'feedbackDeadlineDays',
          type: 'number',
          label: 'Thời hạn xử lý góp ý (ngày làm việc)',
          min: 1,
          max: 90,
          admin: { description: 'Để trống: theo cấu hình FEEDBACK_DEADLINE_DAYS (mặc định 10). Không tính thứ Bảy, Chủ nhật và các ngày nghỉ dưới đây.' },
        },
        {
          name: 'holidays',
          type: 'array',
          label: 'Ngày nghỉ lễ, Tết',
          labels: { singular: 'Ngày nghỉ', plural: 'Ngày nghỉ' },
          fields: [
            { type: 'row', fields: [
              { name: 'date', type: 'date', label: 'Ngày', required: true, admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } } },
              { name: 'name', type: 'text', label: 'Tên ngày nghỉ' },
            ] },
          ],
        },
      ],
    },
    {
      name: 'footerLinks',
      type: 'array',
      label: 'Liên kết chân trang',
      fields: [
        { name: 'label', type: 'text', label: 'Nhãn', localized: true, validate: requiredInDefaultLocale },
        { name: 'url', type: 'text', label: 'Địa chỉ', required: true },
      ],
    },
  ],
}
