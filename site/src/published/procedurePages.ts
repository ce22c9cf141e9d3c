import { labels } from '../i18n/labels'
import { translator, type Locale } from '../i18n/locale'
import type { UiKey } from '../i18n/ui'
import type { Procedure, SiteSetting } from './cms'
import { content } from './content'
import { groupBy, summarize, taxonomyValue, type Facet, type FacetSummary, type FacetValue } from './facets'
import { listPagePath, paginate } from './pagination'

/** The filter a list page shows, if any. */
export interface CurrentFilter {
  facet: string
  title: UiKey
  value: FacetValue
}

/** What the procedures list view renders. */
export interface ProcedureListProps {
  procedures: Procedure[]
  facets: FacetSummary[]
  /** Published procedures in all, and in this list (the filter's). */
  total: number
  count: number
  page: number
  pages: number
  /** The Vietnamese path of this list's first page: `/thu-tuc`, `/thu-tuc/linh-vuc/lanh-su`. */
  basePath: string
  current?: CurrentFilter
}

/** Procedures per list page. */
export const PROCEDURES_PAGE_SIZE = 100

/** The ways to narrow the procedures list: field, level, implementing agency and online-service level. */
export function procedureFacets(locale: Locale): Facet<Procedure>[] {
  const l = labels(locale)
  return [
    { key: 'linh-vuc', title: 'procedures.field', valuesOf: (p) => taxonomyValue(p, 'field', p.field) },
    { key: 'cap', title: 'procedures.level', valuesOf: (p) => (p.levels ?? []).map((level) => ({ slug: level, label: l.level[level] ?? level })) },
    {
      key: 'co-quan',
      title: 'procedures.agency',
      valuesOf: (p) => (p.implementingAgencies ?? []).flatMap((agency, i) => taxonomyValue(p, `implementingAgencies.${i}`, agency)),
    },
    { key: 'truc-tuyen', title: 'procedures.online', valuesOf: (p) => [{ slug: p.onlineLevel ?? 'khong', label: l.online[p.onlineLevel ?? 'khong'] }] },
  ]
}

/** Levels and online levels in their natural order rather than alphabetically. */
function valueOrder(facet: string): ((a: FacetValue, b: FacetValue) => number) | undefined {
  const order = facet === 'cap' ? ['bo', 'tinh', 'huyen', 'xa', 'khac'] : facet === 'truc-tuyen' ? ['toan-trinh', 'mot-phan', 'khong'] : undefined
  return order && ((a, b) => order.indexOf(a.slug) - order.indexOf(b.slug))
}

/** Procedures grouped by field, fields in Vietnamese alphabetical order. */
export function groupByField(procedures: Procedure[], locale: Locale): { field: FacetValue; procedures: Procedure[] }[] {
  const [fieldFacet] = procedureFacets(locale)
  const groups = new Map<string, { field: FacetValue; procedures: Procedure[] }>()
  for (const p of procedures) {
    const field = fieldFacet.valuesOf(p)[0] ?? { slug: 'khac', label: translator(locale)('procedures.otherField') }
    const group = groups.get(field.slug) ?? { field, procedures: [] }
    group.procedures.push(p)
    groups.set(field.slug, group)
  }
  return [...groups.values()].sort((a, b) => a.field.label.localeCompare(b.field.label, 'vi'))
}

/** A field as the home page lists it: its filter value and how many published procedures it has. */
export type FieldCount = FacetValue & { count: number }

/**
 * Splits the fields of the published procedures into the agency's own (the site settings' `ownFields`, in the order
 * given there) and the others (in the order given, alphabetical).
 *
 * @remarks An agency that imported a whole ministry's procedures has hundreds of fields; its own few come first. The
 * settings hold field ids and the procedures their populated fields, so the ids are matched through the procedures;
 * an own field without published procedures is left out, as it has no list page to link to. No own fields: all are
 * "others", listed as before.
 */
export function ownFieldsFirst(fields: FieldCount[], procedures: Procedure[], ownFields: SiteSetting['ownFields']): { own: FieldCount[]; others: FieldCount[] } {
  const slugById = new Map<number, string>()
  for (const { field } of procedures) if (typeof field === 'object' && field) slugById.set(field.id, field.slug ?? String(field.id))
  const bySlug = new Map(fields.map((field) => [field.slug, field]))
  const ownSlugs = [...new Set((ownFields ?? []).flatMap((field) => slugById.get(typeof field === 'object' ? field.id : field) ?? []))]
  const own = ownSlugs.flatMap((slug) => bySlug.get(slug) ?? [])
  return { own, others: fields.filter((field) => !ownSlugs.includes(field.slug)) }
}

/** How many fields the home page shows open when the site settings name none of the agency's own. */
export const HOME_FIELDS_SHOWN = 12

/**
 * The home page's two lists of fields: those shown, and those folded away below them (a closed `<details>`).
 *
 * @remarks The agency's own fields are shown and the others folded. With no own fields named, the
 * {@link HOME_FIELDS_SHOWN} fields with the most procedures are shown (alphabetically) and the rest folded: the 10k
 * benchmark dataset has 170 fields, and listing them all in two columns was the one home page below a Lighthouse
 * performance of 100 (89, its layout the longest task), besides a wall of links no one reads.
 */
export function homeFieldGroups({ own, others }: { own: FieldCount[]; others: FieldCount[] }, shown = HOME_FIELDS_SHOWN): { first: FieldCount[]; later: FieldCount[] } {
  if (own.length > 0) return { first: own, later: others }
  if (others.length <= shown) return { first: others, later: [] }
  const top = new Set([...others].sort((a, b) => b.count - a.count).slice(0, shown))
  return { first: others.filter((field) => top.has(field)), later: others.filter((field) => !top.has(field)) }
}

/** The home page's fields: the agency's own first, then the others (`ownFieldsFirst`). */
export async function homeFields(locale: Locale): Promise<{ own: FieldCount[]; others: FieldCount[] }> {
  const [procedures, settings] = await Promise.all([content(locale).procedures(), content(locale).settings()])
  const [fieldFacet] = procedureFacets(locale)
  const [{ values }] = summarize(procedures, [fieldFacet])
  return ownFieldsFirst(values, procedures, settings.ownFields)
}

/** `/thu-tuc` and one static page per facet value (`/thu-tuc/linh-vuc/<slug>`, `/thu-tuc/cap/tinh`…). */
export async function procedureListPaths(locale: Locale) {
  const all = await content(locale).procedures()
  const facets = procedureFacets(locale)
  const summary = summarize(all, facets, valueOrder)
  const base = { facets: summary, total: all.length }
  const groups = facets.map((facet) => groupBy(all, facet))
  const lists: { basePath: string; procedures: Procedure[]; current?: CurrentFilter }[] = [
    { basePath: '/thu-tuc', procedures: all },
    ...facets.flatMap((facet, i) =>
      summary[i].values.map((value) => ({ basePath: `/thu-tuc/${facet.key}/${value.slug}`, procedures: groups[i]!.get(value.slug) ?? [], current: { facet: facet.key, title: facet.title, value } })),
    ),
  ]
  return lists.flatMap(({ basePath, procedures, current }) => {
    // In the order the page shows them, field by field, so each field's procedures follow one another across pages.
    const ordered = groupByField(procedures, locale).flatMap((group) => group.procedures)
    return paginate(ordered, PROCEDURES_PAGE_SIZE).map((slice, i, pages) => ({
      params: { filter: listPagePath(basePath, i + 1).replace(/^\/thu-tuc\/?/, '') || undefined },
      props: { ...base, procedures: slice, count: ordered.length, page: i + 1, pages: pages.length, basePath, current } satisfies ProcedureListProps,
    }))
  })
}

/** One page per published procedure, keyed by its national code. */
export async function procedurePaths(locale: Locale) {
  const procedures = await content(locale).procedures()
  return procedures.map((procedure) => ({ params: { code: procedure.code }, props: { procedure } }))
}
