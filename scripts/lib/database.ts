import pg from 'pg'
import { cmsConfig } from '@congkhai/cms/config'
import { startDatabase } from '@congkhai/cms/database'

/**
 * The configured database for a one-off command: the running one if it answers (`npm start`, `npm run db`, or
 * `DATABASE_URI`), otherwise the embedded PostgreSQL started for the command and stopped by `stop()`.
 */
export async function openDatabase(log: (line: string) => void): Promise<{ uri: string; stop(): Promise<void> }> {
  const client = new pg.Client({ connectionString: cmsConfig.databaseUri, connectionTimeoutMillis: 3000 })
  try {
    await client.connect()
    await client.end()
    return { uri: cmsConfig.databaseUri, stop: async () => {} }
  } catch (err) {
    if (!cmsConfig.embeddedPostgres) throw new Error(`Không kết nối được DATABASE_URI (cannot reach DATABASE_URI): ${(err as Error).message}`)
    return startDatabase(log)
  }
}
