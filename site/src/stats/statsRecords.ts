import { FIGURES, onlineShare, onTimeRate, received, resolved, toProcess } from '@congkhai/contracts/stats'
import { siteConfig } from '../config'
import { nameOf } from '../published/cms'
import { publishedReports } from './statsPages'

const rate = (r: number | null) => (r === null ? null : Math.round(r * 10000) / 10000)

/** One published report (with its procedure and figures) as a row of the statistics download. */
export type PublishedReport = Awaited<ReturnType<typeof publishedReports>>[number]

/**
 * A report as a CSV row in the import template's columns, then the computed totals and rates.
 *
 * @remarks The template's columns first (`COLUMNS` of `@congkhai/contracts/stats`), so a downloaded file can be edited
 * and imported back into a CMS.
 */
export function statsCsvRow({ report, procedure, tally }: PublishedReport): Record<string, unknown> {
  return {
    ky_bao_cao: report.period,
    ma_thu_tuc: procedure.code,
    ten_thu_tuc: procedure.name,
    ...Object.fromEntries(FIGURES.map(({ name, column }) => [column, tally[name]])),
    ghi_chu: report.note ?? '',
    linh_vuc: nameOf(procedure.field) ?? '',
    phai_giai_quyet: toProcess(tally),
    tong_tiep_nhan: received(tally),
    da_giai_quyet: resolved(tally),
    ty_le_dung_han: rate(onTimeRate(tally)),
    ty_le_truc_tuyen: rate(onlineShare(tally)),
  }
}

/** Every report as a CSV row: see {@link statsCsvRow}. */
export async function statsCsvRows(): Promise<Record<string, unknown>[]> {
  return (await publishedReports()).map(statsCsvRow)
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
