/**
 * The value for `key` in `recent`, made with `make()` when it is not there; `recent` keeps the last `limit` values
 * made, the oldest dropped first.
 *
 * @remarks For what a page reads several times while it renders and a build or a publish renders a few pages at
 * once: a document's text inflated, its fields read back from a file, a long text's parts.
 */
export function keepRecent<K, V>(recent: Map<K, V>, limit: number, key: K, make: () => V): V {
  if (recent.has(key)) return recent.get(key) as V
  const value = make()
  if (recent.size >= limit) recent.delete(recent.keys().next().value as K)
  recent.set(key, value)
  return value
}
