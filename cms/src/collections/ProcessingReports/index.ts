import { FIGURES, PERIOD_FORMAT, type FigureName } from '@congkhai/contracts/stats'
import type { CollectionConfig, Field } from 'payload'
import { isPublicReader } from '../../access/isPublicReader'
import { isEditor } from '../../access/isEditor'
import { notifySiteAfterChange, notifySiteAfterDelete } from '../../hooks/notifySite'
import { importCsvEndpoint } from './endpoints/importCsv'
import { templateEndpoint } from './endpoints/template'
import { checkBalance } from './hooks/checkBalance'
import { normalizePeriod } from './hooks/normalizePeriod'
import { preventOverlap } from './hooks/preventOverlap'
import { setTitle } from './hooks/setTitle'

const figure = (name: FigureName, description?: string): Field => ({
  name,
  type: 'number',
  label: FIGURES.find((f) => f.name === name)!.label,
  required: true,
  defaultValue: 0,
  min: 0,
  admin: { step: 1, description },
})

/**
 * Dossier-processing statistics (thống kê tình hình giải quyết hồ sơ): one record per reporting period and procedure,
 * published on the site's `/thong-ke` as soon as it is saved.
 *
 * @remarks No drafts: a report is a published figure; editors correct it by saving a new value (versions keep the
 * history). Hooks reject a report whose figures do not balance, and a second report for an overlapping period of the
 * same procedure, with Vietnamese messages.
 */
export const ProcessingReports: CollectionConfig = {
  slug: 'processing-reports',
  access: { create: isEditor, read: isPublicReader, readVersions: isEditor, update: isEditor, delete: isEditor },
  labels: { singular: 'Báo cáo giải quyết hồ sơ', plural: 'Thống kê giải quyết hồ sơ' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['period', 'procedure', 'receivedOnline', 'receivedInPerson', 'resolvedOnTime', 'resolvedLate', 'updatedAt'],
    listSearchableFields: ['title', 'period'],
    group: 'Thống kê',
    description: 'Mỗi bản ghi là số liệu một kỳ (tháng hoặc quý) của một thủ tục. Nhập tay hoặc nhập tệp CSV theo mẫu.',
    components: { beforeListTable: ['/components/StatsImport#StatsImport'] },
  },
  defaultSort: '-period',
  versions: { maxPerDoc: 20 },
  indexes: [{ fields: ['period', 'procedure'], unique: true }],
  endpoints: [importCsvEndpoint, templateEndpoint],
  hooks: {
    beforeValidate: [normalizePeriod, checkBalance, preventOverlap],
    beforeChange: [setTitle],
    afterChange: [notifySiteAfterChange],
    afterDelete: [notifySiteAfterDelete],
  },
  fields: [
    { name: 'title', type: 'text', label: 'Tiêu đề', admin: { hidden: true } },
    {
      type: 'row',
      fields: [
        { name: 'period', type: 'text', label: 'Kỳ báo cáo', required: true, index: true, admin: { description: PERIOD_FORMAT } },
        { name: 'procedure', type: 'relationship', relationTo: 'procedures', label: 'Thủ tục', required: true, index: true },
      ],
    },
    { type: 'row', fields: [figure('carriedOver', 'Hồ sơ chưa giải quyết xong ở cuối kỳ trước')] },
    { type: 'collapsible', label: 'Tiếp nhận mới trong kỳ', fields: [{ type: 'row', fields: [figure('receivedOnline'), figure('receivedInPerson'), figure('receivedByPost')] }] },
    { type: 'collapsible', label: 'Đã giải quyết', fields: [{ type: 'row', fields: [figure('resolvedEarly'), figure('resolvedOnTime'), figure('resolvedLate')] }] },
    {
      type: 'collapsible',
      label: 'Đang giải quyết cuối kỳ, trả lại',
      fields: [{ type: 'row', fields: [figure('pendingNotDue'), figure('pendingOverdue'), figure('returned', 'Hồ sơ trả lại vì không đủ điều kiện, hoặc người nộp rút')] }],
    },
    { name: 'note', type: 'textarea', label: 'Ghi chú (giải trình hồ sơ trễ hạn…)', localized: true },
  ],
}
