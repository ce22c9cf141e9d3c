import type { CollectionBeforeChangeHook } from 'payload'

/** Names the report after its period and procedure code (`2026-Q1 · 1.003862`), for the admin's lists and links. */
export const setTitle: CollectionBeforeChangeHook = async ({ data, req }) => {
  const ref = data.procedure
  const id = typeof ref === 'object' && ref !== null ? ref.id : ref
  if (!id || !data.period) return data
  const procedure = await req.payload.findByID({ collection: 'procedures', id, depth: 0, draft: true, req, disableErrors: true })
  return { ...data, title: `${data.period} · ${procedure?.code ?? id}` }
}
