import { hash } from 'node:crypto'
import type { PublicCollection } from '@congkhai/contracts/publish'

type Doc = { id: number } & Record<string, unknown>

/** A document to read again because a page of it shows a copy of a changed one. */
export interface DocumentRef {
  collection: PublicCollection
  id: number
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null
const isLegalDocument = (v: unknown): v is Doc => isObject(v) && 'number' in v && 'documentType' in v && 'id' in v
const idOf = (v: unknown): number | undefined => (typeof v === 'number' ? v : isObject(v) && typeof v.id === 'number' ? v.id : undefined)

/** The legal documents a document embeds (relations, their reverse joins, legal basis, validity history), by id. */
function embeddedLegalDocuments(doc: Doc): number[] {
  const found: number[] = []
  const walk = (value: unknown, depth: number): void => {
    if (Array.isArray(value)) return value.forEach((v) => walk(v, depth))
    if (!isObject(value)) return
    if (depth > 0 && isLegalDocument(value)) {
      found.push(value.id)
      return
    }
    for (const child of Object.values(value)) walk(child, depth + 1)
  }
  walk(doc, 0)
  return found.filter((id) => id !== doc.id)
}

/**
 * The documents whose pages show a copy of a changed one, so must be read again and re-rendered with it.
 *
 * @remarks The CMS populates relations one level deep and computes the reverse ones ("amended by", "basis for") as
 * joins: when a legal document changes, the documents it relates to and the procedures citing it hold a stale copy
 * of it. `versions` are the document before and after the change (either may be null).
 */
export function relatedDocuments(
  collection: PublicCollection,
  versions: (Doc | null)[],
  lists: { procedures: Doc[]; questions: Doc[] },
): DocumentRef[] {
  const present = versions.filter((v): v is Doc => v !== null)
  if (present.length === 0) return []
  const id = present[0].id
  const refs: DocumentRef[] = []
  const add = (c: PublicCollection, ids: number[]) => ids.forEach((i) => refs.push({ collection: c, id: i }))
  if (collection === 'legal-documents' || collection === 'procedures') add('legal-documents', present.flatMap(embeddedLegalDocuments))
  if (collection === 'legal-documents') {
    add('procedures', lists.procedures.filter((p) => Array.isArray(p.legalBasis) && p.legalBasis.some((d) => idOf(d) === id)).map((p) => p.id))
  }
  if (collection === 'procedures') add('questions', lists.questions.filter((q) => idOf(q.procedure) === id).map((q) => q.id))
  if (collection === 'questions') add('procedures', present.flatMap((q) => (idOf(q.procedure) === undefined ? [] : [idOf(q.procedure) as number])))
  const seen = new Set<string>()
  return refs.filter((r) => {
    const key = `${r.collection}:${r.id}`
    if ((r.collection === collection && r.id === id) || seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/**
 * A digest of what a page is rendered from: its props, with each CMS document reduced to its id and its update time,
 * and the page's own documents (the direct values of its props: `doc`, `procedure`, `item`) also to the pass that
 * last read them (`stamps`).
 *
 * Pass one `shared` map to the fingerprints of one scan: arrays met again are not digested again. The fingerprint is
 * a SHA-1 of that text, so 25,000 of them stay small and compare at once.
 *
 * @remarks Two pages with the same fingerprint render the same HTML, so comparing fingerprints before and after a
 * publish finds every list, filter and detail page a change touches without rendering the others. A document read
 * again because it embeds a changed one keeps its `updatedAt`; its stamp tells the new copy from the old on its own
 * page, which shows what it embeds (relationship maps, legal basis). Lists show only their documents' own fields, so
 * there a document counts by its update time alone: a document read again unchanged re-renders its own page, not the
 * dozen lists it is on.
 */
export function fingerprint(props: unknown, stamps: WeakMap<object, number>, shared: WeakMap<object, string> = new WeakMap()): string {
  // Written out rather than JSON.stringify with a replacer, which calls back for every value: a publish at 10,000
  // documents fingerprints 25,000 pages, and the replacer made that most of its time.
  const digest = (value: unknown, own: boolean): string => {
    if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? 'null'
    if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return digest((value as { toJSON(): unknown }).toJSON(), own)
    if (Array.isArray(value)) {
      if (value.length < SHARED_ARRAY_LENGTH) return items(value)
      let text = shared.get(value)
      if (text === undefined) shared.set(value, (text = `[${hash('sha1', items(value), 'base64url')}]`))
      return text
    }
    const record = value as Record<string, unknown>
    if ('id' in record && 'updatedAt' in record) {
      const stamp = own ? stamps.get(record) : undefined
      return `#${String(record.id)}@${String(record.updatedAt)}${stamp === undefined ? '' : `~${stamp}`}`
    }
    let text = '{'
    for (const key in record) {
      const field = record[key]
      if (field !== undefined && typeof field !== 'function') text += `${JSON.stringify(key)}:${digest(field, value === props)},`
    }
    return `${text}}`
  }
  const items = (list: unknown[]): string => {
    let text = '['
    for (const item of list) text += `${digest(item, false)},`
    return `${text}]`
  }
  // A short digest of the text: it is kept for every page between publishes and compared with the next.
  return hash('sha1', digest(props, false), 'base64url')
}

/**
 * Arrays at least this long are digested once per `shared` map: the pages of a route share some (every list page
 * carries the same facet summary), and digesting it again for each of 1,700 list pages took most of a publish's scan.
 */
const SHARED_ARRAY_LENGTH = 8

/** What to write and delete: paths whose fingerprint changed or is new, and paths that no longer exist. */
export function changedPaths(before: Map<string, string>, after: Map<string, string>): { render: string[]; remove: string[] } {
  const render = [...after].filter(([path, fp]) => before.get(path) !== fp).map(([path]) => path)
  const remove = [...before.keys()].filter((path) => !after.has(path))
  return { render, remove }
}
