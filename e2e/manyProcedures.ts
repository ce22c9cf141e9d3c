/**
 * `tsx e2e/manyProcedures.ts add <word> <count>` or `… remove <word>`: writes that many published procedures in a
 * field of their own, or removes them and the field, through the CMS's Local API, in bulk and without a publish event
 * each (as the seed and the importer write); the caller then asks the site for one full publish. Runs on the database
 * its environment names: the e2e stack's.
 *
 * @remarks Their codes are `8.9xxxxx`; their titles and their field's name carry `word`, a made-up word that no other
 * spec searches for. Once they are removed, the stack is as the other specs expect it.
 */
import config from '@congkhai/cms/payload-config'
import { getPayload } from 'payload'
import { SKIP_NOTIFY } from '@congkhai/cms/notify-site'

const context = { [SKIP_NOTIFY]: true }
const [command, word = '', count = '0'] = process.argv.slice(2)
if (!/^[a-z]{3,}$/.test(word)) {
  console.error('usage: tsx e2e/manyProcedures.ts add <word> <count> | remove <word>')
  process.exit(2)
}
const payload = await getPayload({ config })
const started = performance.now()
const fieldName = `Thử tải ${word}`
const fields = await payload.find({ collection: 'fields', where: { name: { equals: fieldName } }, limit: 1, depth: 0 })

/** Runs `task` on every item, a few at a time: PostgreSQL answers one while the CMS prepares the next. */
async function inBatches<T>(items: T[], task: (item: T) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < items.length; start += 8) await Promise.all(items.slice(start, start + 8).map(task))
}

const seconds = () => Math.round((performance.now() - started) / 1000)

if (command === 'add') {
  const field = fields.docs[0] ?? (await payload.create({ collection: 'fields', data: { name: fieldName }, context }))
  const numbers = Array.from({ length: Number(count) }, (_, i) => i + 1)
  await inBatches(numbers, (n) =>
    payload.create({
      collection: 'procedures',
      data: { code: `8.${900000 + n}`, name: `Thủ tục mẫu ${word} số ${n} để thử trang góp ý`, field: field.id, levels: ['tinh'], _status: 'published' },
      context,
      depth: 0,
    }),
  )
  console.log(`many procedures: ${numbers.length} written in ${seconds()} s`)
} else if (command === 'remove') {
  const field = fields.docs[0]
  if (field) {
    const { docs } = await payload.find({ collection: 'procedures', where: { field: { equals: field.id } }, pagination: false, depth: 0, select: {} })
    await inBatches(docs, (doc) => payload.delete({ collection: 'procedures', id: doc.id, context }))
    await payload.delete({ collection: 'fields', id: field.id, context })
    console.log(`many procedures: ${docs.length} removed in ${seconds()} s`)
  }
} else {
  console.error('usage: tsx e2e/manyProcedures.ts add <word> <count> | remove <word>')
  process.exitCode = 2
}
await payload.destroy()
process.exit()
