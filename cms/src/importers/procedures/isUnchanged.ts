/** Empty text, empty lists and missing values all mean "nothing stored". */
function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)
}

/** Compares `wanted` with the part of `stored` it describes; keys only `stored` has (ids, uploads) are ignored. */
function matches(stored: unknown, wanted: unknown): boolean {
  if (isEmpty(wanted)) return isEmpty(stored)
  if (Array.isArray(wanted)) {
    return Array.isArray(stored) && stored.length === wanted.length && wanted.every((item, i) => matches(stored[i], item))
  }
  if (typeof wanted === 'object') {
    if (typeof stored !== 'object' || stored === null) return false
    const record = stored as Record<string, unknown>
    return Object.entries(wanted as Record<string, unknown>).every(([key, value]) => matches(record[key], value))
  }
  return stored === wanted
}

/**
 * True when the stored procedure already holds everything in `data`, so the import can skip writing it.
 *
 * @remarks Skipping unchanged records is what makes a second import run a no-op: no new versions, no `updatedAt`
 * churn. `stored` is read at depth 0, so relations are ids just as in `data`.
 */
export function isUnchanged(stored: object, data: object): boolean {
  return matches(stored, data)
}

/** The keys of `data` whose value `stored` does not hold, in `data`'s order (what an import would change). */
export function differingFields(stored: object, data: object): string[] {
  const record = stored as Record<string, unknown>
  return Object.entries(data).flatMap(([key, value]) => (matches(record[key], value) ? [] : [key]))
}
