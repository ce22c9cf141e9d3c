import {
  FACET_NAMES,
  type FacetDistribution,
  type FacetName,
  type SearchDocument,
  type SearchQuery,
  type SearchSort,
} from './SearchEngine'

/** Returns a record's values for a facet: none, one, or several for a multi-valued facet such as `level`. */
export function facetValues(doc: SearchDocument, name: FacetName): readonly (string | number)[] {
  const value = name === 'type' ? doc.type : doc.facets?.[name]
  if (value === undefined || value === '') return []
  return Array.isArray(value) ? value : [value]
}

/**
 * The filters of a query as conditions that must all hold, each a facet and the values it accepts.
 *
 * @remarks `type` is one more condition beside `filters.type`, so a record must satisfy both when both are given.
 * Facets given no values are left out.
 */
export function filterConditions(query: SearchQuery): [FacetName, readonly (string | number)[]][] {
  const filters: Partial<Record<FacetName, readonly (string | number)[]>> = query.filters ?? {}
  const conditions = FACET_NAMES.flatMap((name) => {
    const values = filters[name]
    return values && values.length > 0 ? [[name, values] as [FacetName, readonly (string | number)[]]] : []
  })
  if (query.type !== undefined) conditions.push(['type', [query.type]])
  return conditions
}

/**
 * Returns a predicate telling whether a record is in the query's locale and passes its filters.
 *
 * @returns undefined when the query accepts every record, so the caller can skip filtering altogether
 */
export function acceptsFor(query: SearchQuery): ((doc: SearchDocument) => boolean) | undefined {
  const conditions = filterConditions(query).map(([name, values]) => [name, new Set(values)] as const)
  if (query.locale === undefined && conditions.length === 0) return undefined
  return (doc) => {
    if (query.locale !== undefined && doc.locale !== query.locale) return false
    return conditions.every(([name, values]) => facetValues(doc, name).some((value) => values.has(value)))
  }
}

/** Counts the records per value of each named facet, keyed by the value as a string like Meilisearch does. */
export function countFacets(docs: Iterable<SearchDocument>, names: readonly FacetName[]): FacetDistribution {
  const distribution: FacetDistribution = {}
  for (const name of names) distribution[name] = {}
  for (const doc of docs) {
    for (const name of names) {
      const counts = distribution[name]!
      for (const value of new Set(facetValues(doc, name))) counts[String(value)] = (counts[String(value)] ?? 0) + 1
    }
  }
  return distribution
}

/**
 * Orders records by date for a sort, keeping the given order among equal dates and putting undated records last.
 *
 * @remarks `Array.prototype.sort` is stable, so records with the same date stay in relevance order.
 */
export function sortByDate<T>(items: T[], dateOf: (item: T) => string | undefined, sort: SearchSort): T[] {
  if (sort === 'relevance') return items
  const direction = sort === 'newest' ? -1 : 1
  return items.sort((a, b) => {
    const left = dateOf(a)
    const right = dateOf(b)
    if (left === right) return 0
    if (left === undefined) return 1
    if (right === undefined) return -1
    return direction * (left < right ? -1 : 1)
  })
}
