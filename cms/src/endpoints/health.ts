import type { Endpoint } from 'payload'
import { sql } from '@payloadcms/db-postgres'

/** `GET /api/health`: 200 when the CMS can reach its database, 503 otherwise. */
export const health: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    try {
      const db = req.payload.db as unknown as { drizzle: { execute: (q: unknown) => Promise<unknown> } }
      await db.drizzle.execute(sql`select 1`)
      return Response.json({ status: 'ok' })
    } catch (err) {
      req.payload.logger.error(`health check failed: ${(err as Error).message}`)
      return Response.json({ status: 'error', message: 'database unreachable' }, { status: 503 })
    }
  },
}
