/**
 * `npm run import:procedures -- <file.jsonl> [--report <file>]`: imports procedures in the national public-service
 * portal's format (see ../shared/data/tthc-dichvucong-bo-nganh/SOURCE.md) into the configured database, which must be
 * running and migrated (`npm start`, or `npm run db` + `payload migrate`, or `DATABASE_URI`).
 * Paths are relative to the repository root. The JSON report lists every record or part that could not be parsed.
 */
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { cmsConfig } from '@congkhai/cms/config'
import config from '@congkhai/cms/payload-config'
import { getPayload } from 'payload'
import { formatSummary, importProcedures, PROBLEM_KINDS } from '@congkhai/cms/importers/procedures'

const { values, positionals } = parseArgs({ allowPositionals: true, options: { report: { type: 'string' } } })
if (positionals.length !== 1) {
  console.error('Cách dùng (usage): npm run import:procedures -- <file.jsonl> [--report <file.json>]')
  process.exit(2)
}
const file = path.resolve(positionals[0])
const reportPath = path.resolve(values.report ?? path.join(cmsConfig.DATA_DIR, 'import-report-procedures.json'))
if (!fs.existsSync(file)) {
  console.error(`import: không thấy tệp (file not found): ${file}`)
  process.exit(2)
}

const payload = await getPayload({ config }).catch((err: Error) => {
  console.error(`import: không kết nối được CMS/cơ sở dữ liệu (cannot start Payload): ${err.message}`)
  console.error(`  Cơ sở dữ liệu: ${cmsConfig.databaseUri.replace(/:[^:@/]+@/, ':***@')} — chạy npm start hoặc npm run db, hoặc đặt DATABASE_URI.`)
  process.exit(1)
})
try {
  const lines = fs.readFileSync(file, 'utf8').split('\n')
  const result = await importProcedures(payload, lines, { log: console.log })
  fs.mkdirSync(path.dirname(reportPath), { recursive: true })
  const report = { file, generatedAt: new Date().toISOString(), legend: PROBLEM_KINDS, ...result }
  fs.writeFileSync(reportPath, `${JSON.stringify(report, null, 2)}\n`)
  console.log(formatSummary(result, reportPath))
} finally {
  await payload.destroy()
}
process.exit(0)
