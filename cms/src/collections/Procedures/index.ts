import type { CollectionConfig } from 'payload'
import { isEditor } from '../../access/isEditor'
import { publishedOrEditor } from '../../access/publishedOrEditor'
import { notifySiteAfterChange, notifySiteAfterDelete } from '../../hooks/notifySite'

/** Administrative procedures (thủ tục hành chính) as the national public-service portal lists them. */
export const Procedures: CollectionConfig = {
  slug: 'procedures',
  access: {
    create: isEditor,
    read: publishedOrEditor,
    readVersions: isEditor,
    update: isEditor,
    delete: isEditor,
  },
  labels: { singular: 'Thủ tục hành chính', plural: 'Thủ tục hành chính' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['code', 'name', 'field', 'level', '_status'],
    listSearchableFields: ['code', 'name'],
    group: 'Nội dung',
  },
  defaultSort: 'code',
  versions: { drafts: true, maxPerDoc: 50 },
  hooks: {
    afterChange: [notifySiteAfterChange],
    afterDelete: [notifySiteAfterDelete],
  },
  fields: [
    { name: 'code', type: 'text', label: 'Mã thủ tục', required: true, unique: true, index: true, admin: { description: 'Mã trên Cổng Dịch vụ công quốc gia, ví dụ 1.001108' } },
    { name: 'name', type: 'text', label: 'Tên thủ tục', required: true },
    {
      type: 'row',
      fields: [
        { name: 'field', type: 'text', label: 'Lĩnh vực', required: true },
        {
          name: 'level',
          type: 'select',
          label: 'Cấp thực hiện',
          required: true,
          defaultValue: 'tinh',
          options: [
            { value: 'bo', label: 'Cấp Bộ' },
            { value: 'tinh', label: 'Cấp tỉnh' },
            { value: 'huyen', label: 'Cấp huyện' },
            { value: 'xa', label: 'Cấp xã' },
          ],
        },
      ],
    },
    { name: 'agency', type: 'text', label: 'Cơ quan thực hiện' },
    { name: 'subjects', type: 'textarea', label: 'Đối tượng thực hiện' },
    {
      type: 'row',
      fields: [
        { name: 'processingTime', type: 'text', label: 'Thời hạn giải quyết' },
        { name: 'fee', type: 'text', label: 'Phí, lệ phí' },
        {
          name: 'onlineLevel',
          type: 'select',
          label: 'Dịch vụ công trực tuyến',
          defaultValue: 'khong',
          options: [
            { value: 'toan-trinh', label: 'Toàn trình' },
            { value: 'mot-phan', label: 'Một phần' },
            { value: 'khong', label: 'Không' },
          ],
        },
      ],
    },
    { name: 'steps', type: 'array', label: 'Trình tự thực hiện', fields: [{ name: 'text', type: 'textarea', label: 'Bước', required: true }] },
    { name: 'dossier', type: 'array', label: 'Thành phần hồ sơ', fields: [{ name: 'text', type: 'textarea', label: 'Giấy tờ', required: true }] },
    { name: 'requirements', type: 'textarea', label: 'Yêu cầu, điều kiện' },
    { name: 'result', type: 'textarea', label: 'Kết quả thực hiện' },
    { name: 'legalBasis', type: 'relationship', relationTo: 'legal-documents', hasMany: true, label: 'Căn cứ pháp lý' },
  ],
}
