/**
 * `npm run backup [-- --out <file>]`: writes the database and the uploaded files into one `.tar.gz` file, by default
 * `.data/backups/congkhai-<time>.tar.gz`. Works while the CMS runs (the dump is one consistent snapshot).
 */
import path from 'node:path'
import { parseArgs } from 'node:util'
import { cmsConfig } from '@congkhai/cms/config'
import { backup } from '@congkhai/cms/ops'
import { openDatabase } from './lib/database'

const { values } = parseArgs({ options: { out: { type: 'string' } } })
const stamp = new Date().toISOString().replace(/[:.]/g, '-').replace(/-\d+Z$/, 'Z')
const outFile = path.resolve(values.out ?? path.join(cmsConfig.DATA_DIR, 'backups', `congkhai-${stamp}.tar.gz`))
const log = (line: string) => console.log(`[backup] ${line}`)

const db = await openDatabase(log)
try {
  await backup({ databaseUri: db.uri, uploadDirs: { media: cmsConfig.mediaDir, 'feedback-attachments': cmsConfig.feedbackAttachmentsDir }, outFile, log })
  console.log(`Đã sao lưu vào (backup written to) ${outFile}`)
} catch (err) {
  console.error(`[backup] thất bại (failed): ${(err as Error).message}`)
  process.exitCode = 1
} finally {
  await db.stop()
}
