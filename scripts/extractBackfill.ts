/**
 * `npm run extract:backfill [-- --batch 20] [--no-wait]`: queues the text extraction of every PDF, DOC and DOCX file
 * uploaded before the extraction existed (shown "Chưa trích xuất" in the admin), in batches, then follows the running
 * CMS as it reads them until none is waiting. Safe to run again: files already queued or read are left alone.
 *
 * @remarks The CMS server (`npm start`) runs the jobs, one at a time; this script only queues them and reports. It
 * needs the database the CMS uses (running, migrated). Ctrl-C while it waits leaves the jobs queued; they still run.
 */
import { parseArgs } from 'node:util'
import { setTimeout as sleep } from 'node:timers/promises'
import { extractionsPending, queueUnextracted } from '@congkhai/cms/extraction/backfill'
import config from '@congkhai/cms/payload-config'
import { getPayload } from 'payload'

const { values } = parseArgs({ options: { batch: { type: 'string', default: '20' }, 'no-wait': { type: 'boolean', default: false } } })
const batch = Number(values.batch)
if (!Number.isInteger(batch) || batch < 1) {
  console.error(`extract:backfill: --batch phải là số nguyên dương (must be a positive integer): ${values.batch}`)
  process.exit(2)
}

const payload = await getPayload({ config })
const queued: number[] = []
for (;;) {
  const step = await queueUnextracted(payload, batch)
  queued.push(...step.queued)
  console.log(`extract:backfill: đã xếp lịch ${queued.length} tệp, còn ${step.remaining} tệp chưa xếp (queued ${queued.length}, ${step.remaining} left)`)
  if (step.remaining === 0 || step.queued.length === 0) break
}
if (queued.length === 0) console.log('extract:backfill: không có tệp nào chưa trích xuất (nothing to do)')
if (!values['no-wait'] && queued.length > 0) {
  console.log('extract:backfill: CMS đang chạy (npm start) sẽ trích xuất các tệp; Ctrl-C để thôi chờ, việc vẫn tiếp tục (the running CMS reads them)')
  for (let last = -1; ; await sleep(5000)) {
    const pending = await extractionsPending(payload, queued)
    if (pending !== last) console.log(`extract:backfill: còn ${pending} tệp đang chờ hoặc đang trích xuất (${pending} pending)`)
    last = pending
    if (pending === 0) break
  }
}
process.exit(0)
