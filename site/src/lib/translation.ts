/**
 * Which parts of an English document are still in Vietnamese.
 *
 * The CMS falls back to Vietnamese for fields without an English translation. The site fetches each English document
 * twice, with and without that fallback, and marks the values only the fallback filled in, so English pages can say
 * so and set `lang="vi"` on that text.
 */

const MARK = '_untranslated'

type Node = Record<string, unknown>

const isObject = (v: unknown): v is Node => typeof v === 'object' && v !== null
const isEmpty = (v: unknown) => v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0)

/**
 * Records on `withFallback` (and on every document or array row inside it) the paths whose values came from the
 * Vietnamese fallback, comparing it with `bare`, the same document read without fallback.
 *
 * @remarks Each object with an `id` (the document, populated relations, array rows) gets the paths relative to
 * itself, so a view can ask about a related document or a row without knowing where it sits.
 */
export function markUntranslated(withFallback: unknown, bare: unknown): void {
  walk(withFallback, bare, [], [])
}

function walk(value: unknown, bare: unknown, path: string[], owners: { node: Node; depth: number }[]): void {
  if (isObject(value) && 'id' in value && !Array.isArray(value)) {
    value[MARK] ??= []
    owners = [...owners, { node: value, depth: path.length }]
  }
  if (!isObject(value)) return
  for (const [key, child] of Object.entries(value)) {
    if (key === MARK || isEmpty(child)) continue
    const here = [...path, key]
    const bareChild = isObject(bare) ? bare[key] : undefined
    if (isEmpty(bareChild)) {
      for (const owner of owners) (owner.node[MARK] as string[]).push(here.slice(owner.depth).join('.'))
    } else if (isObject(child)) {
      walk(child, bareChild, here, owners)
    }
  }
}

/** Records that the value at `key` of `node` is shown in Vietnamese, when the comparison cannot tell. */
export function addUntranslated(node: object, key: string): void {
  const target = node as Node
  target[MARK] = [...untranslatedPaths(node), key]
}

/** The untranslated paths recorded on a document or row (empty for Vietnamese content and previews). */
export function untranslatedPaths(node: unknown): string[] {
  return isObject(node) && Array.isArray(node[MARK]) ? (node[MARK] as string[]) : []
}

/** True when the value at `key` of `node`, or anything inside it, is shown in Vietnamese on an English page. */
export function isUntranslated(node: unknown, key: string): boolean {
  return untranslatedPaths(node).some((p) => p === key || p.startsWith(`${key}.`))
}

/** `'vi'` for the `lang` attribute of text that fell back to Vietnamese, otherwise nothing. */
export function fallbackLang(node: unknown, key: string): 'vi' | undefined {
  return isUntranslated(node, key) ? 'vi' : undefined
}

/**
 * How much of a page's own text is untranslated: `page` when its title is (the whole page reads in Vietnamese),
 * `part` when only some of `keys` are, `none` otherwise.
 */
export function translationState(node: unknown, titleKey: string, keys: string[]): 'page' | 'part' | 'none' {
  if (isUntranslated(node, titleKey)) return 'page'
  return keys.some((k) => isUntranslated(node, k)) ? 'part' : 'none'
}
