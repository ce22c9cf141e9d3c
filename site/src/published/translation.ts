/**
 * Which parts of an English document are still in Vietnamese.
 *
 * The CMS falls back to Vietnamese for fields without an English translation. The site reads each document once in
 * every language (`locale=all`) and makes each language's version here, marking on the English one the values the
 * Vietnamese fallback filled in, so English pages can say so and set `lang="vi"` on that text.
 */
import { defaultLocale, locales, type Locale } from '../i18n/locale'

/** The field of a version listing the paths that fell back to Vietnamese. */
export const MARK = '_untranslated'

type Node = Record<string, unknown>

const isObject = (v: unknown): v is Node => typeof v === 'object' && v !== null

const localeCodes = new Set<string>(locales)

/** A localized field's value read in every language: `{ vi: …, en: … }` (only languages with a value may be there). */
function isLocaleMap(value: unknown): value is Partial<Record<Locale, unknown>> {
  if (!isObject(value) || Array.isArray(value)) return false
  const keys = Object.keys(value)
  return keys.length > 0 && keys.every((key) => localeCodes.has(key))
}

/**
 * The version in `locale` of a document read in every language, as the CMS would have given it read in that
 * language: each localized value in `locale`, or in Vietnamese when it has none there (the CMS's fallback: an empty
 * text, or nothing at all). On a version other than Vietnamese, each object with an `id` (the document, populated
 * relations, array rows) records the paths, relative to itself, that fell back: see {@link untranslatedPaths}.
 *
 * @remarks A localized value is recognised by its shape: an object whose keys are all language codes. No field of
 * the CMS is a group with fields named `vi` or `en`.
 */
export function inLocale<T>(doc: T, locale: Locale): T {
  return resolve(doc, locale, [], []) as T
}

/**
 * `value` in `locale`; `path` (keys from the document down to `value`) and `owners` (the objects with an id above it
 * and the length of `path` at each) are stacks, pushed on the way down and popped on the way back up.
 *
 * @remarks Stacks rather than a copy per level: a full build resolves 10,000 documents in two languages, and for the
 * 6,000 legal documents copying the path for every value took a quarter to two fifths of the time (0.74–1.19 s, now
 * 0.58–0.68 s).
 */
function resolve(value: unknown, locale: Locale, path: string[], owners: { marks: string[]; depth: number }[]): unknown {
  if (!isObject(value)) return value
  const isArray = Array.isArray(value)
  // An object's fields are gathered, then made into it at once (`Object.fromEntries`): assigned one by one with
  // computed names, an object of a document's 25 or so fields became a dictionary-mode object, 1.6 kB instead of
  // 0.3 kB, and the lists hold two per document.
  const entries: [string, unknown][] = []
  const items: unknown[] = []
  const owner = !isArray && 'id' in value && locale !== defaultLocale
  if (owner) {
    const marks: string[] = []
    entries.push([MARK, marks])
    owners.push({ marks, depth: path.length })
  }
  for (const key of Object.keys(value)) {
    const raw = (value as Node)[key]
    let child = raw
    path.push(key)
    if (isLocaleMap(raw)) {
      child = raw[locale]
      const fallback = raw[defaultLocale]
      if (locale !== defaultLocale && (child === undefined || child === null || child === '') && fallback) {
        child = fallback
        for (const { marks, depth } of owners) marks.push(path.slice(depth).join('.'))
      }
    }
    if (child !== undefined) {
      const resolved = resolve(child, locale, path, owners)
      if (isArray) items[Number(key)] = resolved
      else entries.push([key, resolved])
    }
    path.pop()
  }
  if (owner) owners.pop()
  return isArray ? items : Object.fromEntries(entries)
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
