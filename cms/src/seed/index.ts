import type { Payload } from 'payload'
import { cmsConfig } from '../config'
import { SKIP_NOTIFY } from '../hooks/notifySite'
import { paragraphsToLexical } from '../lib/paragraphsToLexical'
import { legalDocuments } from './data/legalDocuments'
import { news } from './data/news'
import { procedures } from './data/procedures'

type Log = (line: string) => void

/** True when the demo admin exists, i.e. a previous seed finished. */
export async function isSeeded(payload: Payload): Promise<boolean> {
  const { totalDocs } = await payload.count({ collection: 'users', where: { email: { equals: cmsConfig.ADMIN_EMAIL } } })
  return totalDocs > 0
}

/**
 * Writes the demo content of a provincial Department of Foreign Affairs (Sở Ngoại vụ) into an empty CMS.
 *
 * @remarks Each record is skipped when its unique key already exists and the admin account is written last,
 * so a seed interrupted half-way is completed by the next run instead of duplicated or abandoned.
 */
export async function seed(payload: Payload, log: Log = () => {}): Promise<void> {
  const context = { [SKIP_NOTIFY]: true }
  const total = legalDocuments.length + procedures.length + news.length
  let done = 0
  const progress = (what: string) => log(`seed [${++done}/${total}] ${what}`)

  const legalIds = new Map<string, number>()
  for (const doc of legalDocuments) {
    const existing = await payload.find({ collection: 'legal-documents', where: { number: { equals: doc.number } }, draft: true, limit: 1, depth: 0 })
    const { published, body, ...fields } = doc
    const data = { ...fields, body: paragraphsToLexical(body) as never }
    const id =
      existing.docs[0]?.id ??
      (published
        ? await payload.create({ collection: 'legal-documents', data: { ...data, _status: 'published' }, context })
        : await payload.create({ collection: 'legal-documents', data: { ...data, _status: 'draft' }, draft: true, context })
      ).id
    legalIds.set(doc.number, id)
    progress(`văn bản ${doc.number}`)
  }

  for (const proc of procedures) {
    const existing = await payload.count({ collection: 'procedures', where: { code: { equals: proc.code } } })
    if (existing.totalDocs === 0) {
      const { steps, dossier, legalBasis, ...fields } = proc
      await payload.create({
        collection: 'procedures',
        data: {
          ...fields,
          steps: steps.map((text) => ({ text })),
          dossier: dossier.map((text) => ({ text })),
          legalBasis: legalBasis.map((number) => {
            const id = legalIds.get(number)
            if (id === undefined) throw new Error(`seed: procedure ${proc.code} cites unknown legal document ${number}`)
            return id
          }),
          _status: 'published',
        },
        context,
      })
    }
    progress(`thủ tục ${proc.code}`)
  }

  for (const item of news) {
    const existing = await payload.count({ collection: 'news', where: { slug: { equals: item.slug } } })
    if (existing.totalDocs === 0) {
      await payload.create({
        collection: 'news',
        data: { ...item, body: paragraphsToLexical(item.body) as never, _status: 'published' },
        context,
      })
    }
    progress(`tin ${item.slug}`)
  }

  await ensureUser(payload, { email: 'site@congkhai.local', name: 'Trang công khai', roles: ['site'], password: cmsConfig.SITE_API_KEY, enableAPIKey: true, apiKey: cmsConfig.SITE_API_KEY })
  await ensureUser(payload, { email: cmsConfig.ADMIN_EMAIL, name: 'Quản trị viên', roles: ['admin'], password: cmsConfig.ADMIN_PASSWORD })
  log(`seed: ${legalDocuments.length} văn bản, ${procedures.length} thủ tục, ${news.length} tin tức, tài khoản ${cmsConfig.ADMIN_EMAIL}`)
}

async function ensureUser(payload: Payload, data: { email: string; name: string; roles: ('admin' | 'editor' | 'site')[]; password: string; enableAPIKey?: boolean; apiKey?: string }) {
  const { totalDocs } = await payload.count({ collection: 'users', where: { email: { equals: data.email } } })
  if (totalDocs === 0) await payload.create({ collection: 'users', data })
}
