/**
 * `npm run import:procedures -- <file.jsonl> [filters] [--dry-run] [--overwrite-edited] [--report <file>]`: imports
 * procedures in the national public-service portal's format (see ../shared/data/tthc-dichvucong-bo-nganh/SOURCE.md)
 * into the configured database, which must be running and migrated (`npm start`, or `npm run db` + `npm run migrate`,
 * or `DATABASE_URI`).
 *
 * Filters (AND between kinds, OR within a repeated one): `--agency <name>`, `--field <name or slug>`,
 * `--level <bo|tinh|huyen|xa|khac>`, `--codes <file>` (one code a line, `#` comments). They are checked against the
 * file before the database is touched; one that matches nothing stops the import with the nearest values.
 * Paths are relative to the repository root. The JSON report lists every skipped record with why, every procedure
 * editors changed, and every part that could not be parsed.
 */
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { cmsConfig } from '@congkhai/cms/config'
import config from '@congkhai/cms/payload-config'
import { getPayload } from 'payload'
import { FilterError, formatSummary, importProcedures, parseCodeList, PROBLEM_KINDS, selectRecords, SKIP_REASONS, type Selection } from '@congkhai/cms/importers/procedures'

const USAGE = `Cách dùng (usage): npm run import:procedures -- <file.jsonl> [bộ lọc / filters] [--dry-run] [--overwrite-edited] [--report <file.json>]
  --agency <tên>        cơ quan có thẩm quyền hoặc thực hiện, cả tên hoặc các từ liền nhau trong tên, không phân biệt hoa thường, dấu
                        (deciding or implementing agency: its name, or whole words of it; case and marks ignored)
  --field <tên|slug>    lĩnh vực, đúng tên hoặc slug (field: its whole name or slug), ví dụ "Hải quan", hai-quan
  --level <cấp>         bo, tinh, huyen, xa, khac (hoặc "Cấp tỉnh"…)
  --codes <tệp>         tệp mã thủ tục, mỗi dòng một mã, chú thích sau # (a file of codes, one a line)
                        Lặp lại một bộ lọc để lấy thêm (OR); các loại khác nhau phải khớp cả (AND).
  --dry-run             chỉ so sánh và báo cáo, không ghi gì (compare and report only; nothing written)
  --overwrite-edited    ghi đè cả thủ tục biên tập viên đã sửa sau lần nhập trước (overwrite editors' changes)
  --report <tệp>        nơi ghi báo cáo JSON (default DATA_DIR/import-report-procedures.json)
Ví dụ (example): npm run import:procedures -- ../shared/data/tthc-dichvucong-bo-nganh/procedures.jsonl --agency "Bộ Tài chính" --dry-run`

function fail(message: string, code = 2): never {
  console.error(message)
  process.exit(code)
}

const multiple = { type: 'string', multiple: true } as const
const { values, positionals } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        report: { type: 'string' },
        agency: multiple,
        field: multiple,
        level: multiple,
        codes: multiple,
        'dry-run': { type: 'boolean' },
        'overwrite-edited': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    })
  } catch (err) {
    return fail(`import: tham số không hợp lệ (bad argument): ${(err as Error).message}\n${USAGE}`)
  }
})()
if (values.help) fail(USAGE, 0)
if (positionals.length !== 1) fail(positionals.length === 0 ? `import: thiếu tệp cần nhập (no file given)\n${USAGE}` : `import: chỉ nhập một tệp mỗi lần (one file at a time): ${positionals.join(' ')}\n${USAGE}`)
const file = path.resolve(positionals[0])
const reportPath = path.resolve(values.report ?? path.join(cmsConfig.DATA_DIR, 'import-report-procedures.json'))
if (!fs.existsSync(file)) fail(`import: không thấy tệp (file not found): ${file}`)

let selection: Selection
try {
  const codes = (values.codes ?? []).flatMap((codesFile) => {
    const resolved = path.resolve(codesFile)
    if (!fs.existsSync(resolved)) fail(`import: --codes: không thấy tệp (file not found): ${resolved}`)
    return parseCodeList(fs.readFileSync(resolved, 'utf8'), codesFile)
  })
  const lines = fs.readFileSync(file, 'utf8').split('\n')
  selection = selectRecords(lines, { agency: values.agency, field: values.field, level: values.level, codes: codes.length ? codes : undefined })
} catch (err) {
  if (err instanceof FilterError) fail(err.message)
  throw err
}

const payload = await getPayload({ config }).catch((err: Error) => {
  console.error(`import: không kết nối được CMS/cơ sở dữ liệu (cannot start Payload): ${err.message}`)
  console.error(`  Cơ sở dữ liệu: ${cmsConfig.databaseUri.replace(/:[^:@/]+@/, ':***@')} — chạy npm start hoặc npm run db, hoặc đặt DATABASE_URI.`)
  process.exit(1)
})
try {
  const result = await importProcedures(payload, selection, { log: console.log, dryRun: values['dry-run'], overwriteEdited: values['overwrite-edited'] })
  fs.mkdirSync(path.dirname(reportPath), { recursive: true })
  const report = { file, generatedAt: new Date().toISOString(), legend: { problems: PROBLEM_KINDS, skipped: SKIP_REASONS }, ...result }
  fs.writeFileSync(reportPath, `${JSON.stringify(report, null, 2)}\n`)
  console.log(formatSummary(result, reportPath))
} finally {
  await payload.destroy()
}
process.exit(0)
