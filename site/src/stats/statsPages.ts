import { rollUp, sum, tallyOf, type Figures } from '@congkhai/contracts/stats'
import { translator, type Locale } from '../i18n/locale'
import type { ProcessingReport, Procedure } from '../published/cms'
import { content } from '../published/content'
import { taxonomyValue, type FacetValue } from '../published/facets'
import type { SiteMapEntry } from '../published/siteMapPages'
import { contains, dashboardPeriods, periodLabel, reportMonths, type DashboardPeriod } from './periods'

/** One procedure's figures over a period. */
export interface ProcedureRow {
  procedure: Procedure
  tally: Figures
}

/** One field's figures over a period: the sum of its procedures. */
export interface FieldRow {
  field: FacetValue
  tally: Figures
}

/** Everything the dashboard renders for one period. */
export interface StatsPageProps {
  period: DashboardPeriod
  periods: ReturnType<typeof dashboardPeriods>
  /** The quarters that have reports inside the period, oldest first (a half-year in progress has fewer than two). */
  quarters: DashboardPeriod[]
  total: Figures
  byField: FieldRow[]
  byProcedure: ProcedureRow[]
  /** Every quarter with reports, oldest first, with the agency's total. */
  trend: { period: DashboardPeriod; tally: Figures }[]
  /** Editors' notes on the reports of the period (late dossiers explained). */
  notes: { procedure: Procedure; period: string; note: string }[]
}

const byProcedure = (r: ProcessingReport) => (typeof r.procedure === 'object' ? r.procedure.id : r.procedure)
const monthIndex = (period: string) => {
  const m = reportMonths(period)
  return m ? m.year * 12 + m.firstMonth : 0
}
const chronological = (a: ProcessingReport, b: ProcessingReport) => monthIndex(a.period) - monthIndex(b.period)

type StatsData = {
  reports: ProcessingReport[]
  procedureById: Map<number, Procedure>
  periods: ReturnType<typeof dashboardPeriods>
  /** Each procedure's tally in the latest quarter, once a page has asked. */
  current?: Map<number, Figures>
}

/** The last join made per language, with the lists it was made from. */
const joined = new Map<Locale, { reports: ProcessingReport[]; procedures: Procedure[]; data: StatsData }>()

/**
 * The published reports joined to their published procedures, in the page's language.
 *
 * @remarks Every procedure page asks (its performance card): the join is made once per version of the lists, not
 * once per page, which at 2,500 procedures cost the build seconds.
 */
async function statsData(locale: Locale): Promise<StatsData> {
  const [reports, procedures] = await Promise.all([content('vi').processingReports(), content(locale).procedures()])
  const last = joined.get(locale)
  if (last && last.reports === reports && last.procedures === procedures) return last.data
  const procedureById = new Map(procedures.map((p) => [p.id, p]))
  const published = reports.filter((r) => procedureById.has(byProcedure(r)) && reportMonths(r.period))
  const data = { reports: published, procedureById, periods: dashboardPeriods(published.map((r) => r.period)) }
  joined.set(locale, { reports, procedures, data })
  return data
}

/** Each procedure's tally over `period`: its reports inside the period, rolled up in order. */
function procedureRows(reports: ProcessingReport[], procedureById: Map<number, Procedure>, period: DashboardPeriod): ProcedureRow[] {
  const groups = new Map<number, ProcessingReport[]>()
  for (const r of reports.filter((r) => contains(period, r.period))) groups.set(byProcedure(r), [...(groups.get(byProcedure(r)) ?? []), r])
  return [...groups.entries()]
    .map(([id, rs]) => ({ procedure: procedureById.get(id)!, tally: rollUp(rs.sort(chronological).map(tallyOf)) }))
    .sort((a, b) => a.procedure.code.localeCompare(b.procedure.code))
}

/** The props of the dashboard page of one period. */
async function pageProps(locale: Locale, period: DashboardPeriod): Promise<StatsPageProps> {
  const { reports, procedureById, periods } = await statsData(locale)
  const rows = procedureRows(reports, procedureById, period)
  const fields = new Map<string, { field: FacetValue; tallies: Figures[] }>()
  for (const row of rows) {
    const field = taxonomyValue(row.procedure, 'field', row.procedure.field)[0] ?? { slug: 'khac', label: translator(locale)('procedures.otherField') }
    const group = fields.get(field.slug) ?? { field, tallies: [] }
    group.tallies.push(row.tally)
    fields.set(field.slug, group)
  }
  const quartersOldestFirst = [...periods.quarters].reverse()
  return {
    period,
    periods,
    quarters: quartersOldestFirst.filter((q) => q.year === period.year && q.firstMonth >= period.firstMonth && q.lastMonth <= period.lastMonth),
    total: sum(rows.map((r) => r.tally)),
    byField: [...fields.values()].map(({ field, tallies }) => ({ field, tally: sum(tallies) })).sort((a, b) => a.field.label.localeCompare(b.field.label, 'vi')),
    byProcedure: rows,
    trend: quartersOldestFirst.map((q) => ({ period: q, tally: sum(procedureRows(reports, procedureById, q).map((r) => r.tally)) })),
    notes: reports
      .filter((r) => contains(period, r.period) && r.note)
      .map((r) => ({ procedure: procedureById.get(byProcedure(r))!, period: r.period, note: r.note! })),
  }
}

/**
 * `/thong-ke` (the latest quarter) and one static page per quarter, half-year and year with reports
 * (`/thong-ke/2026-q3`, `/thong-ke/2026-h1`, `/thong-ke/2026`). Before any report is published, `/thong-ke` says so.
 */
export async function statsPaths(locale: Locale): Promise<{ params: { period: string | undefined }; props: { stats?: StatsPageProps } }[]> {
  const { periods } = await statsData(locale)
  const all = [...periods.quarters, ...periods.halves, ...periods.years]
  const pages = await Promise.all(all.map(async (period) => ({ params: { period: period.slug }, props: { stats: await pageProps(locale, period) } })))
  const latest = periods.quarters[0] ? await pageProps(locale, periods.quarters[0]) : undefined
  return [{ params: { period: undefined }, props: { stats: latest } }, ...pages]
}

/** A procedure's figures in the latest quarter with reports (the dashboard's current period), for its page's card. */
export async function currentPerformance(procedure: Procedure, locale: Locale): Promise<{ period: DashboardPeriod; tally: Figures | null } | null> {
  const data = await statsData(locale)
  const period = data.periods.quarters[0]
  if (!period) return null
  data.current ??= new Map(procedureRows(data.reports, data.procedureById, period).map((row) => [row.procedure.id, row.tally]))
  return { period, tally: data.current.get(procedure.id) ?? null }
}

/** Every published report with its procedure, oldest period first, then by procedure code. */
export async function publishedReports(): Promise<{ report: ProcessingReport; procedure: Procedure; tally: Figures }[]> {
  const { reports, procedureById } = await statsData('vi')
  return [...reports]
    .map((report) => ({ report, procedure: procedureById.get(byProcedure(report))!, tally: tallyOf(report) }))
    .sort((a, b) => monthIndex(a.report.period) - monthIndex(b.report.period) || a.report.period.localeCompare(b.report.period) || a.procedure.code.localeCompare(b.procedure.code))
}

/** Every period with a dashboard page as links for the site map: each year, its half-years under it and their quarters under those, newest first. */
export async function statsPeriodTree(locale: Locale): Promise<SiteMapEntry[]> {
  const { periods } = await statsData(locale)
  const entry = (p: DashboardPeriod, children: SiteMapEntry[] = []): SiteMapEntry => ({ path: `/thong-ke/${p.slug}`, label: periodLabel(p, locale), children })
  const within = (outer: DashboardPeriod) => (inner: DashboardPeriod) => inner.year === outer.year && inner.firstMonth >= outer.firstMonth && inner.lastMonth <= outer.lastMonth
  return periods.years.map((year) => entry(year, periods.halves.filter(within(year)).map((half) => entry(half, periods.quarters.filter(within(half)).map((q) => entry(q))))))
}
