import type { CollectionSlug, Payload, RequestContext, Where } from 'payload'

/**
 * Returns the id of the first document matching `where`, creating it from `data` when there is none.
 *
 * @remarks Makes every seed and import step safe to run again: a second run finds what the first one wrote.
 */
export async function findOrCreate(
  payload: Payload,
  collection: CollectionSlug,
  where: Where,
  data: () => Record<string, unknown>,
  context: RequestContext = {},
): Promise<number> {
  const found = await payload.find({ collection, where, draft: true, limit: 1, depth: 0, pagination: false })
  if (found.docs[0]) return found.docs[0].id as number
  const values = data()
  const created = await payload.create({ collection, data: values as never, context, draft: values._status === 'draft' })
  return created.id as number
}

/** Memoises `findOrCreate` by name, for taxonomies referred to by name many times (fields, agencies). */
export function taxonomy(payload: Payload, collection: 'fields' | 'agencies' | 'news-categories', context: RequestContext) {
  const ids = new Map<string, Promise<number>>()
  return (name: string): Promise<number> => {
    const key = name.trim()
    if (!ids.has(key)) ids.set(key, findOrCreate(payload, collection, { name: { equals: key } }, () => ({ name: key }), context))
    return ids.get(key)!
  }
}
