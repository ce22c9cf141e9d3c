/**
 * `npm run db`: runs the embedded PostgreSQL in the foreground, for `payload` CLI commands
 * (`npm run payload -w cms -- migrate:create`) and psql sessions. Ctrl-C stops it cleanly.
 */
import { startDatabase } from '@congkhai/cms/database'

const db = await startDatabase(console.log)
console.log(`PostgreSQL: ${db.uri}\nCtrl-C to stop.`)
const stop = async () => {
  await db.stop()
  process.exit(0)
}
process.once('SIGINT', stop)
process.once('SIGTERM', stop)
