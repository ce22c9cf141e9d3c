/**
 * `npm run restore -- <file> [--force]`: replaces the database and the uploaded files with a backup made by
 * `npm run backup`. Refuses to overwrite a database with content, a non-empty uploads folder, or a database other
 * clients are connected to (a running CMS) unless `--force` is given. Stop the CMS first.
 */
import fs from 'node:fs'
import { parseArgs } from 'node:util'
import { cmsConfig } from '@congkhai/cms/config'
import { migrations } from '@congkhai/cms/migrations'
import { restore, RestoreRefused } from '@congkhai/cms/ops'
import { openDatabase } from './lib/database'

const { values, positionals } = parseArgs({ options: { force: { type: 'boolean', default: false } }, allowPositionals: true })
if (positionals.length !== 1) {
  console.error('Cách dùng (usage): npm run restore -- <tệp .tar.gz> [--force]')
  process.exit(2)
}
if (!fs.existsSync(positionals[0])) {
  console.error(`Không tìm thấy tệp sao lưu ${positionals[0]} (backup file not found)`)
  process.exit(1)
}
const log = (line: string) => console.log(`[restore] ${line}`)

const db = await openDatabase(log)
try {
  await restore({ databaseUri: db.uri, uploadDirs: { media: cmsConfig.mediaDir, 'feedback-attachments': cmsConfig.feedbackAttachmentsDir }, file: positionals[0], force: values.force, migrations, log })
  console.log('Đã khôi phục. Chạy npm start để áp dụng các migration mới hơn và dựng lại trang. (Restored; npm start applies newer migrations and rebuilds the site.)')
} catch (err) {
  console.error(err instanceof RestoreRefused ? err.message : `[restore] thất bại (failed): ${(err as Error).message}`)
  process.exitCode = 1
} finally {
  await db.stop()
}
