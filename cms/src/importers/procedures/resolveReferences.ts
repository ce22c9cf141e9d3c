import { SLUG_MAX_LENGTH, slugify } from '@congkhai/contracts/slugify'
import type { Payload, RequestContext } from 'payload'
import { documentNumberKey } from '../../lib/parseDocumentNumbers'
import { findOrCreate } from '../../seed/findOrCreate'

/**
 * Memoises find-or-create of fields and agencies by the slug their name makes.
 *
 * @remarks Keyed by slug, not by name: the portal spells one agency several ways ("Công an tỉnh", "Công an Tỉnh"),
 * and two names with one slug would break the slug's unique index. The first spelling met is the one stored.
 */
export function taxonomyBySlug(payload: Payload, collection: 'fields' | 'agencies', context: RequestContext) {
  const ids = new Map<string, Promise<number>>()
  return (name: string): Promise<number> => {
    const slug = slugify(name, { maxLength: SLUG_MAX_LENGTH })
    let id = ids.get(slug)
    if (!id) {
      id = findOrCreate(payload, collection, { or: [{ slug: { equals: slug } }, { name: { equals: name } }] }, () => ({ name, slug }), context)
      // A failed lookup must not poison the cache for the records after it.
      id.catch(() => ids.delete(slug))
      ids.set(slug, id)
    }
    return id
  }
}

/**
 * Looks fields or agencies up by the slug their name makes, as `taxonomyBySlug` does, without creating any: a name
 * not found gets an id no document has (negative, one per slug), so what refers to it compares as changed, and is
 * passed to `onMissing` once. For dry runs.
 */
export function taxonomyLookup(payload: Payload, collection: 'fields' | 'agencies', onMissing: (name: string) => void) {
  const ids = new Map<string, Promise<number>>()
  return (name: string): Promise<number> => {
    const slug = slugify(name, { maxLength: SLUG_MAX_LENGTH })
    let id = ids.get(slug)
    if (!id) {
      const placeholder = -(ids.size + 1)
      id = payload
        .find({ collection, where: { or: [{ slug: { equals: slug } }, { name: { equals: name } }] }, limit: 1, depth: 0, pagination: false })
        .then(({ docs }) => {
          if (docs[0]) return docs[0].id as number
          onMissing(name)
          return placeholder
        })
      id.catch(() => ids.delete(slug))
      ids.set(slug, id)
    }
    return id
  }
}

/**
 * Loads the number → id map of every legal document in the CMS once, for linking legal bases without a query per
 * record.
 */
export async function legalDocumentIds(payload: Payload): Promise<Map<string, number>> {
  const { docs } = await payload.find({
    collection: 'legal-documents',
    draft: true,
    depth: 0,
    pagination: false,
    select: { number: true },
  })
  return new Map(docs.map((doc) => [documentNumberKey(doc.number), doc.id]))
}
