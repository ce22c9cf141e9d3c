import type { Payload } from 'payload'
import { SKIP_NOTIFY } from '../hooks/notifySite'
import { importProcedures } from '../importers/procedures/importProcedures'
import { taxonomyBySlug } from '../importers/procedures/resolveReferences'
import { paragraphsToLexical } from '../lib/paragraphsToLexical'
import { taxonomy } from '../seed/findOrCreate'
import type { DatasetPlan } from './planDataset'

/** Options of `writeDataset`. */
export interface WriteOptions {
  log?: (line: string) => void
  /** Documents written at once; Payload's Local API is mostly waiting on PostgreSQL, so a few in flight pay off. */
  concurrency?: number
}

/** What was written, per collection, and how long it took. */
export interface WriteResult {
  legalDocuments: number
  procedures: number
  news: number
  skippedProcedures: number
  elapsedMs: number
}

const context = { [SKIP_NOTIFY]: true }

/** Runs `task` for every item with at most `limit` in flight, in order of start. */
function limiter(limit: number) {
  let active = 0
  const waiting: (() => void)[] = []
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (active >= limit) await new Promise<void>((resolve) => waiting.push(resolve))
    active++
    try {
      return await task()
    } finally {
      active--
      waiting.shift()?.()
    }
  }
}

/**
 * Writes a planned dataset through Payload's Local API, published, without telling the site about each document.
 *
 * @remarks Legal documents go first, several at a time; a document waits for the earlier ones it links to before it
 * takes a writing slot, so links are set in one pass. Procedures go through the procedures importer, which links
 * their legal bases to the documents just written. Every write passes `context.skipNotify`.
 */
export async function writeDataset(payload: Payload, plan: DatasetPlan, options: WriteOptions = {}): Promise<WriteResult> {
  const log = options.log ?? (() => {})
  const slot = limiter(options.concurrency ?? 4)
  const started = Date.now()
  const total = plan.legalDocuments.length + plan.procedureLines.length + plan.news.length
  let done = 0
  const progress = (what: string) => {
    done++
    if (done % 250 === 0 || done === total) {
      const seconds = (Date.now() - started) / 1000
      log(`dataset [${done}/${total}] ${what}, ${(done / seconds).toFixed(0)} văn bản/s (documents/s)`)
    }
  }

  const field = taxonomyBySlug(payload, 'fields', context)
  const ids: Promise<number>[] = []
  for (const doc of plan.legalDocuments) {
    const { paragraphs, fieldName, basedOn, amends, guides, replaces, ...fields } = doc
    const refs = (indexes: number[]) => Promise.all(indexes.map((i) => ids[i]!))
    ids.push(
      (async () => {
        const relations = { basedOn: await refs(basedOn), amends: await refs(amends), guides: await refs(guides), replaces: await refs(replaces) }
        const fieldId = await field(fieldName)
        const created = await slot(() =>
          payload.create({
            collection: 'legal-documents',
            data: { ...fields, ...relations, field: fieldId, body: paragraphsToLexical(paragraphs), _status: 'published' },
            context,
            depth: 0,
          }),
        )
        progress('văn bản (legal documents)')
        return created.id
      })(),
    )
  }
  await Promise.all(ids)

  const imported = await importProcedures(payload, plan.procedureLines, {
    concurrency: options.concurrency ?? 4,
    log: (line) => {
      if (/^import \[/.test(line)) log(`dataset ${line}`)
    },
  })
  done += plan.procedureLines.length

  const category = taxonomy(payload, 'news-categories', context)
  await Promise.all(
    plan.news.map(async ({ paragraphs, categoryName, ...fields }) => {
      const categoryId = await category(categoryName)
      await slot(() =>
        payload.create({ collection: 'news', data: { ...fields, category: categoryId, body: paragraphsToLexical(paragraphs), _status: 'published' }, context, depth: 0 }),
      )
      progress('tin tức (news)')
    }),
  )

  return {
    legalDocuments: plan.legalDocuments.length,
    procedures: imported.counts.created + imported.counts.updated + imported.counts.unchanged,
    news: plan.news.length,
    skippedProcedures: imported.counts.skipped,
    elapsedMs: Date.now() - started,
  }
}
