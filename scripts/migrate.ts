/**
 * `npm run migrate` (production: `node dist/scripts/migrate.mjs`): applies the committed migrations
 * (`cms/src/migrations/`) the database does not have yet, then exits. `npm start`, the CMS image and the CMS's systemd
 * unit run it before the CMS starts.
 *
 * @remarks What `payload migrate` does, with the migrations imported instead of read from `cms/src/migrations/` at
 * run time: that needs a TypeScript loader (payload's bin registers tsx), this runs compiled on plain Node.
 */
import config from '@congkhai/cms/payload-config'
import { migrations } from '@congkhai/cms/migrations'
import { getPayload, type Migration } from 'payload'

// As `payload migrate` sets it: outside production Payload would otherwise push the schema instead of migrating.
process.env.PAYLOAD_MIGRATING = 'true'
try {
  const payload = await getPayload({ config, disableOnInit: true })
  // Payload types a migration's arguments as `unknown`; the committed ones take Postgres's own.
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
  console.log(`migrate: cơ sở dữ liệu đã cập nhật (database up to date: ${migrations.length} migrations known)`)
  await payload.destroy()
  process.exit(0)
} catch (err) {
  console.error(`migrate: thất bại (failed): ${(err as Error).message}`)
  process.exit(1)
}
