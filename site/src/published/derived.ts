import { processState } from '../processState'

/**
 * Values made from one object, kept per object and kind; absent until `keepDerived()`.
 *
 * @remarks Process state (`processState()`), as the content is (`content.ts`): the site server turns keeping on, and
 * the pages of the build's render bundle it loads use it.
 */
const store = processState('derived', (): { kept?: WeakMap<object, Map<string, unknown>> } => ({}))

/**
 * Makes `derived()` keep what it makes from each object for as long as the object is held.
 *
 * @remarks For the site server, whose publishes render the files that list every document (sitemap, open data) again:
 * a patched document is a new object, so only its parts are made again. A build renders each of those files once,
 * and would only hold the parts in memory.
 */
export function keepDerived(): void {
  store.kept ??= new WeakMap()
}

/** Whether `keepDerived()` was called: this process keeps what it makes from each object (the site server). */
export function keepsDerived(): boolean {
  return store.kept !== undefined
}

/** `make()`, a value made from `source` alone, kept per object and kind once `keepDerived()` was called. */
export function derived<T>(source: object, kind: string, make: () => T): T {
  if (!store.kept) return make()
  let kept = store.kept.get(source)
  if (!kept) store.kept.set(source, (kept = new Map()))
  if (!kept.has(kind)) kept.set(kind, make())
  return kept.get(kind) as T
}
