import type { CollectionBeforeChangeHook } from 'payload'

/** Gives each new internal note its author and time; the admin shows them read-only. */
export const stampInternalNotes: CollectionBeforeChangeHook = ({ data, req }) => {
  if (!Array.isArray(data.internalNotes)) return data
  const now = new Date().toISOString()
  data.internalNotes = data.internalNotes.map((note: { at?: string | null; author?: unknown }) => (note.at ? note : { ...note, at: now, author: req.user?.id ?? null }))
  return data
}
