/**
 * `npm run import:stats -- <file.csv> [--report <file.json>]`: imports dossier-processing figures written in the CSV
 * template (`contracts/src/stats/template.csv`, also at /du-lieu/mau-thong-ke-giai-quyet-ho-so.csv on the site)
 * into the configured database, which must be running and migrated. Upserts by period and procedure code, so running
 * it twice changes nothing; rows that fail validation are listed with their row number and reasons.
 */
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { cmsConfig } from '@congkhai/cms/config'
import config from '@congkhai/cms/payload-config'
import { formatStatsReport, importStats } from '@congkhai/cms/importers/stats'
import { getPayload } from 'payload'

const { values, positionals } = parseArgs({ allowPositionals: true, options: { report: { type: 'string' } } })
if (positionals.length !== 1) {
  console.error('Cách dùng (usage): npm run import:stats -- <file.csv> [--report <file.json>]')
  process.exit(2)
}
const file = path.resolve(positionals[0])
const reportPath = path.resolve(values.report ?? path.join(cmsConfig.DATA_DIR, 'import-report-stats.json'))
if (!fs.existsSync(file)) {
  console.error(`import:stats: không thấy tệp (file not found): ${file}`)
  process.exit(2)
}

const payload = await getPayload({ config }).catch((err: Error) => {
  console.error(`import:stats: không kết nối được CMS/cơ sở dữ liệu (cannot start Payload): ${err.message}`)
  console.error(`  Cơ sở dữ liệu: ${cmsConfig.databaseUri.replace(/:[^:@/]+@/, ':***@')} — chạy npm start hoặc npm run db, hoặc đặt DATABASE_URI.`)
  process.exit(1)
})
let exitCode = 0
try {
  const result = await importStats(payload, fs.readFileSync(file, 'utf8'), { log: console.log })
  fs.mkdirSync(path.dirname(reportPath), { recursive: true })
  fs.writeFileSync(reportPath, `${JSON.stringify({ file, generatedAt: new Date().toISOString(), ...result }, null, 2)}\n`)
  console.log(formatStatsReport(result))
  console.log(`  báo cáo (report): ${reportPath}`)
  if (result.fileError || result.counts.skipped > 0) exitCode = 1
} finally {
  await payload.destroy()
}
process.exit(exitCode)
