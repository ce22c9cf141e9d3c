import type { SearchEngine } from '@congkhai/search'

/**
 * Whether each search engine answers, with its record count and, for Meilisearch, the published changes still queued
 * for it (`pendingWrites`, withWriteQueue); a broken one says why. `answering`: at least one engine answers, so
 * searches are served (reads fall back to the embedded index while Meilisearch is out, `withFallback`).
 */
export async function searchStatus(targets: SearchEngine[]): Promise<{ ok: boolean; answering: boolean; engines: Record<string, unknown> }> {
  const engines: Record<string, unknown> = {}
  let ok = true
  let answering = false
  for (const engine of targets) {
    const queued = 'pending' in engine ? { pendingWrites: engine.pending } : {}
    try {
      const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no answer within 2 s')), 2000).unref())
      engines[engine.name] = { ok: true, records: await Promise.race([engine.count(), timeout]), ...queued }
      answering = true
    } catch (err) {
      ok = false
      engines[engine.name] = { ok: false, error: (err as Error).message, ...queued }
    }
  }
  return { ok, answering, engines }
}
