/**
 * `npm run seed`: writes the demo content into the configured database (already migrated).
 * `--if-empty` skips when a previous seed finished (the service accounts still get the configured keys); `npm start`
 * uses that on every start.
 */
import config from '@congkhai/cms/payload-config'
import { ensureServiceAccounts, isSeeded, seed } from '@congkhai/cms/seed'
import { getPayload } from 'payload'

const payload = await getPayload({ config })
try {
  if (process.argv.includes('--if-empty') && (await isSeeded(payload))) {
    console.log('seed: dữ liệu mẫu đã có, bỏ qua (demo content already present)')
    await ensureServiceAccounts(payload)
  } else {
    await seed(payload, console.log)
  }
} finally {
  await payload.destroy()
}
process.exit(0)
