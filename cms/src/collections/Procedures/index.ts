import type { CollectionConfig } from 'payload'
import { hasRole } from '../../access/hasRole'
import { isEditor } from '../../access/isEditor'
import { publishedOrEditor } from '../../access/publishedOrEditor'
import { previewUrl } from '../../fields/previewUrl'
import { notifySiteAfterChange, notifySiteAfterDelete } from '../../hooks/notifySite'
import { channelOptions, levelOptions, onlineLevelOptions, procedureTypeOptions, timeUnitOptions } from './options'
import { requiredInDefaultLocale } from '../../fields/requiredInDefaultLocale'
import { preventDeleteWithReports } from './hooks/preventDeleteWithReports'
import { SCHEDULE_PUBLISH } from '../../lib/agencyTime'

/** Administrative procedures (thủ tục hành chính), with the fields the national public-service portal shows. */
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
    preview: previewUrl('procedures'),
    useAsTitle: 'name',
    defaultColumns: ['code', 'name', 'field', 'levels', 'onlineLevel', '_status'],
    listSearchableFields: ['code', 'name'],
    group: 'Nội dung',
  },
  defaultSort: 'code',
  versions: { drafts: { autosave: { interval: 2000 }, schedulePublish: SCHEDULE_PUBLISH }, maxPerDoc: 50 },
  hooks: {
    beforeDelete: [preventDeleteWithReports],
    afterChange: [notifySiteAfterChange],
    afterDelete: [notifySiteAfterDelete],
  },
  fields: [
    { name: 'code', type: 'text', label: 'Mã thủ tục', required: true, unique: true, index: true, admin: { description: 'Mã trên Cổng Dịch vụ công quốc gia, ví dụ 1.001108' } },
    { name: 'name', type: 'text', label: 'Tên thủ tục', required: true, localized: true },
    { name: 'legalBasisWarning', type: 'ui', admin: { components: { Field: '/components/LegalBasisWarning#LegalBasisWarning' } } },
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Thông tin chung',
          fields: [
            {
              type: 'row',
              fields: [
                { name: 'field', type: 'relationship', relationTo: 'fields', label: 'Lĩnh vực', required: true },
                { name: 'levels', type: 'select', hasMany: true, label: 'Cấp thực hiện', required: true, defaultValue: ['tinh'], options: levelOptions },
              ],
            },
            {
              type: 'row',
              fields: [
                { name: 'procedureType', type: 'select', label: 'Loại thủ tục', options: procedureTypeOptions },
                { name: 'onlineLevel', type: 'select', label: 'Dịch vụ công trực tuyến', defaultValue: 'khong', options: onlineLevelOptions },
              ],
            },
            { name: 'implementingAgencies', type: 'relationship', relationTo: 'agencies', hasMany: true, label: 'Cơ quan thực hiện' },
            { name: 'decidingAgency', type: 'relationship', relationTo: 'agencies', label: 'Cơ quan có thẩm quyền quyết định' },
            { name: 'subjects', type: 'textarea', label: 'Đối tượng thực hiện', localized: true },
            { name: 'applyUrl', type: 'text', label: 'Nộp hồ sơ trực tuyến (địa chỉ trên Cổng Dịch vụ công)' },
            { name: 'publishingDecision', type: 'text', label: 'Quyết định công bố' },
            { name: 'qualityProcess', type: 'relationship', relationTo: 'quality-processes', label: 'Quy trình ISO' },
            { name: 'sourceUrl', type: 'text', label: 'Nguồn (Cổng Dịch vụ công quốc gia)', admin: { readOnly: true, condition: (data) => Boolean(data?.sourceUrl) } },
          ],
        },
        {
          label: 'Cách thức thực hiện',
          fields: [
            {
              name: 'methods',
              type: 'array',
              label: 'Cách thức thực hiện',
              labels: { singular: 'Cách thức', plural: 'Cách thức thực hiện' },
              fields: [
                {
                  type: 'row',
                  fields: [
                    { name: 'channel', type: 'select', label: 'Hình thức nộp', required: true, options: channelOptions },
                    { name: 'processingTime', type: 'number', label: 'Thời hạn giải quyết', min: 0 },
                    { name: 'processingTimeUnit', type: 'select', label: 'Đơn vị', defaultValue: 'ngay-lam-viec', options: timeUnitOptions },
                    { name: 'feeAmount', type: 'number', label: 'Phí, lệ phí (đồng)', min: 0 },
                  ],
                },
                { name: 'feeText', type: 'textarea', label: 'Phí, lệ phí (ghi chú)', localized: true },
                { name: 'description', type: 'textarea', label: 'Mô tả', localized: true },
              ],
            },
          ],
        },
        {
          label: 'Thành phần hồ sơ',
          fields: [
            {
              name: 'dossier',
              type: 'array',
              label: 'Thành phần hồ sơ',
              labels: { singular: 'Giấy tờ', plural: 'Thành phần hồ sơ' },
              fields: [
                { name: 'name', type: 'textarea', label: 'Tên giấy tờ', localized: true, validate: requiredInDefaultLocale },
                {
                  type: 'row',
                  fields: [
                    { name: 'originals', type: 'number', label: 'Bản chính', min: 0 },
                    { name: 'copies', type: 'number', label: 'Bản sao', min: 0 },
                    { name: 'case', type: 'text', label: 'Trường hợp', localized: true },
                  ],
                },
                { name: 'form', type: 'upload', relationTo: 'media', label: 'Mẫu đơn, tờ khai' },
              ],
            },
          ],
        },
        {
          label: 'Trình tự, điều kiện, kết quả',
          fields: [
            { name: 'steps', type: 'array', label: 'Trình tự thực hiện', labels: { singular: 'Bước', plural: 'Các bước' }, fields: [{ name: 'text', type: 'textarea', label: 'Bước', localized: true, validate: requiredInDefaultLocale }] },
            { name: 'requirements', type: 'textarea', label: 'Yêu cầu, điều kiện', localized: true },
            { name: 'result', type: 'textarea', label: 'Kết quả thực hiện', localized: true },
          ],
        },
        {
          label: 'Căn cứ pháp lý',
          fields: [
            { name: 'legalBasis', type: 'relationship', relationTo: 'legal-documents', hasMany: true, label: 'Căn cứ pháp lý' },
            { name: 'legalBasisText', type: 'textarea', label: 'Căn cứ pháp lý khác (văn bản chưa có trong hệ thống)', localized: true },
          ],
        },
      ],
    },
    {
      name: 'importFingerprint',
      type: 'text',
      label: 'Dấu của lần nhập gần nhất (do trình nhập thủ tục ghi)',
      // Written by the procedures importer only (Local API): an editor's save keeps it, so the next import can tell
      // the values it wrote from an editor's (importers/procedures/importFingerprint.ts).
      access: { create: () => false, read: ({ req }) => hasRole(req, 'admin', 'editor'), update: () => false },
      admin: { hidden: true, disableListColumn: true, disableListFilter: true },
    },
  ],
}
