import type { Endpoint } from 'payload'
import { sql } from '@payloadcms/db-postgres'
import { fetchSiteStatus } from '../lib/siteStatus'

/**
 * `GET /api/health`: 200 when the CMS can reach its database, 503 otherwise; the body adds the database's latency
 * and the public site's last publish (informational: a site that is down or failing does not make the CMS unhealthy).
 */
export const health: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    const started = performance.now()
    const site = await fetchSiteStatus()
    try {
      const db = req.payload.db as unknown as { drizzle: { execute: (q: unknown) => Promise<unknown> } }
      const dbStarted = performance.now()
      await db.drizzle.execute(sql`select 1`)
      const database = { ok: true, latencyMs: Math.round(performance.now() - dbStarted) }
      return Response.json({ status: 'ok', database, site, durationMs: Math.round(performance.now() - started) }, { headers: { 'cache-control': 'no-store' } })
    } catch (err) {
      req.payload.logger.error({ msg: 'health check failed', event: 'health.database', error: (err as Error).message })
      return Response.json({ status: 'error', message: 'database unreachable', database: { ok: false }, site }, { status: 503, headers: { 'cache-control': 'no-store' } })
    }
  },
}
