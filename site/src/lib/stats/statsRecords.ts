import { siteConfig } from '../../config'
import { nameOf } from '../cms'
import { onlineShare, onTimeRate, received, resolved, toProcess, type Tally } from './formulas'
import { publishedReports } from './statsPages'

/** The CSV column of each figure: the CMS's import template names (`cms/src/importers/stats/template.csv`). */
export const FIGURE_COLUMNS: Record<keyof Tally, string> = {
  carriedOver: 'ton_ky_truoc',
  receivedOnline: 'tiep_nhan_truc_tuyen',
  receivedInPerson: 'tiep_nhan_truc_tiep',
  receivedByPost: 'tiep_nhan_buu_chinh',
  resolvedEarly: 'giai_quyet_truoc_han',
  resolvedOnTime: 'giai_quyet_dung_han',
  resolvedLate: 'giai_quyet_tre_han',
  pendingNotDue: 'dang_giai_quyet_trong_han',
  pendingOverdue: 'dang_giai_quyet_qua_han',
  returned: 'tra_lai_rut_ho_so',
}

const rate = (r: number | null) => (r === null ? null : Math.round(r * 10000) / 10000)

/**
 * Every report as a CSV row in the import template's columns, then the computed totals and rates.
 *
 * @remarks The same columns as the template, so a downloaded file can be edited and imported back into a CMS.
 */
export async function statsCsvRows(): Promise<Record<string, unknown>[]> {
  return (await publishedReports()).map(({ report, procedure, tally }) => ({
    ky_bao_cao: report.period,
    ma_thu_tuc: procedure.code,
    ten_thu_tuc: procedure.name,
    ...Object.fromEntries(Object.entries(FIGURE_COLUMNS).map(([key, column]) => [column, tally[key as keyof Tally]])),
    ghi_chu: report.note ?? '',
    linh_vuc: nameOf(procedure.field) ?? '',
    phai_giai_quyet: toProcess(tally),
    tong_tiep_nhan: received(tally),
    da_giai_quyet: resolved(tally),
    ty_le_dung_han: rate(onTimeRate(tally)),
    ty_le_truc_tuyen: rate(onlineShare(tally)),
  }))
}

/** Every report as a JSON record with English keys: the figures, the computed totals and rates (0–1), and links. */
export async function statsJsonRecords() {
  return (await publishedReports()).map(({ report, procedure, tally }) => ({
    period: report.period,
    procedureCode: procedure.code,
    procedureName: procedure.name,
    field: nameOf(procedure.field) ?? null,
    ...tally,
    toProcess: toProcess(tally),
    received: received(tally),
    resolved: resolved(tally),
    onTimeRate: rate(onTimeRate(tally)),
    onlineShare: rate(onlineShare(tally)),
    note: report.note ?? null,
    procedureUrl: new URL(`/thu-tuc/${procedure.code}`, siteConfig.SITE_URL).href,
    updatedAt: report.updatedAt,
  }))
}
