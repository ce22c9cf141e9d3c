import type { UiKey } from '../i18n/ui'
import { fallbackLang } from './translation'

/** One value a list can be narrowed to, as it appears in the filter links. */
export interface FacetValue {
  slug: string
  label: string
  /** `vi` when the label is an untranslated name on an English page. */
  lang?: 'vi'
}

/** A way to narrow a list: its URL segment, its heading, and the values of one item. */
export interface Facet<T> {
  key: string
  title: UiKey
  valuesOf(item: T): FacetValue[]
}

/** A facet with the values present in a list and how many items have each. */
export interface FacetSummary {
  key: string
  title: UiKey
  values: (FacetValue & { count: number })[]
}

/** The values of each facet over `items`, in the order `order` gives (by label when it gives none). */
export function summarize<T>(items: T[], facets: Facet<T>[], order: (facet: string) => ((a: FacetValue, b: FacetValue) => number) | undefined = () => undefined): FacetSummary[] {
  return facets.map((facet) => {
    const counts = new Map<string, FacetValue & { count: number }>()
    for (const item of items) {
      for (const value of facet.valuesOf(item)) {
        const seen = counts.get(value.slug)
        if (seen) seen.count++
        else counts.set(value.slug, { ...value, count: 1 })
      }
    }
    const byLabel = (a: FacetValue, b: FacetValue) => a.label.localeCompare(b.label, 'vi')
    return { key: facet.key, title: facet.title, values: [...counts.values()].sort(order(facet.key) ?? byLabel) }
  })
}

/** The items having `slug` among their values of `facet`. */
export function filterBy<T>(items: T[], facet: Facet<T>, slug: string): T[] {
  return items.filter((item) => facet.valuesOf(item).some((v) => v.slug === slug))
}

/**
 * The items of every value of `facet`, each list in the order of `items`: `filterBy` for all values in one pass.
 *
 * @remarks Filtering once per value reads every item once per value (150 values × 6,000 documents at 10k).
 */
export function groupBy<T>(items: T[], facet: Facet<T>): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    for (const slug of new Set(facet.valuesOf(item).map((v) => v.slug))) {
      const group = groups.get(slug)
      if (group) group.push(item)
      else groups.set(slug, [item])
    }
  }
  return groups
}

/** The facet value of a populated taxonomy relation (field, agency, category), or none when it is not populated. */
export function taxonomyValue(owner: unknown, key: string, related: unknown): FacetValue[] {
  if (typeof related !== 'object' || related === null) return []
  const { name, slug, id } = related as { name?: string | null; slug?: string | null; id?: number }
  if (!name) return []
  return [{ slug: slug ?? String(id), label: name, lang: fallbackLang(owner, `${key}.name`) }]
}
