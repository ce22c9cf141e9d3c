import { cmsConfig, EMBEDDED_POSTGRES } from '../config'
import { startEmbeddedPostgres, type RunningPostgres } from './embeddedPostgres'

/**
 * Makes the configured database available: starts the embedded PostgreSQL, or uses `DATABASE_URI` as it is.
 *
 * @remarks With an external database `stop()` does nothing: its lifecycle is not ours.
 */
export async function startDatabase(log: (line: string) => void = () => {}): Promise<RunningPostgres> {
  if (!cmsConfig.embeddedPostgres) return { uri: cmsConfig.databaseUri, stop: async () => {} }
  log(`starting embedded PostgreSQL on port ${cmsConfig.POSTGRES_PORT}`)
  return startEmbeddedPostgres({
    ...EMBEDDED_POSTGRES,
    password: cmsConfig.EMBEDDED_POSTGRES_PASSWORD,
    // Installations made before the password was generated per installation: their role is moved to the new one.
    formerPasswords: ['congkhai'],
    port: cmsConfig.POSTGRES_PORT,
    dataDir: cmsConfig.postgresDir,
    log,
  })
}
