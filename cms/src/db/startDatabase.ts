import { cmsConfig, EMBEDDED_POSTGRES } from '../config'
import { EmbeddedPostgresUnavailable, startEmbeddedPostgres, type RunningPostgres } from './embeddedPostgres'

/**
 * Makes the configured database available: starts the embedded PostgreSQL, or uses `DATABASE_URI` as it is.
 *
 * @remarks With an external database `stop()` does nothing: its lifecycle is not ours. Used by commands (`npm start`,
 * `npm run db`, the one-off scripts): when the embedded server cannot run here, the process ends with the reason and
 * what to do, in one paragraph, rather than a stack trace.
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
  }).catch((err: unknown) => {
    if (!(err instanceof EmbeddedPostgresUnavailable)) throw err
    console.error(`\n${err.message}\n`)
    process.exit(1)
  })
}
