import { randomUUID } from 'node:crypto'
import type { CollectionSlug, Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { sampleFiles } from '../testing/sampleFiles'
import { startTestCms } from '../testing/testCms'

type Role = 'anonymous' | 'site' | 'feedback-officer' | 'editor' | 'admin'
type Op = 'create' | 'readPublished' | 'readDraft' | 'update' | 'delete'
const ROLES: Role[] = ['anonymous', 'site', 'feedback-officer', 'editor', 'admin']

let payload: Payload
const users = {} as Record<Role, ({ id: number } & object) | undefined>
let seq = 0

/** Valid data for one new document of each collection. */
const sample: Record<string, () => Record<string, unknown>> = {
  procedures: () => ({ code: `9.${String(++seq).padStart(6, '0')}`, name: 'Thủ tục thử', field: fieldId, levels: ['tinh'] }),
  'legal-documents': () => ({ number: `${++seq}/2026/QĐ-TEST`, title: 'Văn bản thử', documentType: 'quyet-dinh', validity: 'con-hieu-luc', issuer: 'UBND tỉnh', issuedDate: '2026-01-01' }),
  news: () => ({ title: `Tin thử ${++seq}`, publishedDate: '2026-01-01' }),
  pages: () => ({ title: `Trang thử ${++seq}`, section: 'gioi-thieu' }),
  'quality-processes': () => ({ code: `QT-TEST-${++seq}`, name: 'Quy trình thử' }),
  fields: () => ({ name: `Lĩnh vực thử ${++seq}` }),
  agencies: () => ({ name: `Cơ quan thử ${++seq}` }),
  'news-categories': () => ({ name: `Chuyên mục thử ${++seq}` }),
  'processing-reports': () => {
    const n = ++seq // a distinct month for each report: one report per procedure and period
    return { period: `${2000 + (n % 100)}-${String((Math.floor(n / 100) % 12) + 1).padStart(2, '0')}`, procedure: procedureId, receivedOnline: 1, resolvedOnTime: 1 }
  },
  feedback: () => ({ code: `GY-2026-${String(700000 + ++seq)}`, kind: 'gop-y', name: 'Nguyễn Văn An', email: 'an@example.vn', title: `Góp ý thử ${seq}`, content: 'Nội dung góp ý đủ dài để hợp lệ.' }),
  questions: () => ({ title: `Hỏi đáp thử ${++seq}`, question: 'Câu hỏi thử?', answer: 'Trả lời thử.', answeredDate: '2026-11-27' }),
  'feedback-attachments': () => ({ submissionId: randomUUID(), position: 0, feedbackCode: `GY-2026-${String(700000 + ++seq)}` }),
}

const PNG = Buffer.from(sampleFiles.png)
const fileFor = (collection: string) => (collection === 'feedback-attachments' ? { file: { data: PNG, mimetype: 'image/png', name: `ma-tran-${++seq}.png`, size: PNG.byteLength } } : {})
let fieldId: number
let procedureId: number

const yes = (...roles: Role[]) => Object.fromEntries(ROLES.map((r) => [r, roles.includes(r)])) as Record<Role, boolean>
const everyone = yes(...ROLES)
const editors = yes('editor', 'admin')

/**
 * The access matrix: for every collection, which role may do what.
 *
 * @remarks Written out in full on purpose, so a change to any access function shows up here as a failing row.
 */
const matrix: Record<string, Partial<Record<Op, Record<Role, boolean>>>> = {
  procedures: { create: editors, readPublished: everyone, readDraft: editors, update: editors, delete: editors },
  'legal-documents': { create: editors, readPublished: everyone, readDraft: editors, update: editors, delete: editors },
  news: { create: editors, readPublished: everyone, readDraft: editors, update: editors, delete: editors },
  pages: { create: editors, readPublished: everyone, readDraft: editors, update: editors, delete: editors },
  'quality-processes': { create: editors, readPublished: everyone, readDraft: editors, update: editors, delete: editors },
  fields: { create: editors, readPublished: everyone, update: editors, delete: editors },
  agencies: { create: editors, readPublished: everyone, update: editors, delete: editors },
  'news-categories': { create: editors, readPublished: everyone, update: editors, delete: editors },
  'processing-reports': { create: editors, readPublished: everyone, update: editors, delete: editors },
  feedback: {
    create: yes('site', 'feedback-officer', 'admin'),
    readPublished: yes('feedback-officer', 'editor', 'admin'),
    update: yes('feedback-officer', 'admin'),
    delete: yes('admin'),
  },
  'feedback-attachments': {
    create: yes('admin'),
    readPublished: yes('feedback-officer', 'editor', 'admin'),
    update: yes('admin'),
    delete: yes('admin'),
  },
  questions: {
    create: yes('feedback-officer', 'editor', 'admin'),
    readPublished: everyone,
    readDraft: yes('feedback-officer', 'editor', 'admin'),
    update: yes('feedback-officer', 'editor', 'admin'),
    delete: editors,
  },
}
const hasDrafts = (c: string) => ['procedures', 'legal-documents', 'news', 'pages', 'quality-processes', 'questions'].includes(c)

async function attempt(fn: () => Promise<unknown>): Promise<boolean> {
  try {
    await fn()
    return true
  } catch (err) {
    // Forbidden for a denied operation; NotFound where access is a query constraint (drafts are invisible, not forbidden).
    if ([403, 404].includes((err as { status?: number }).status ?? 0)) return false
    throw err
  }
}

async function can(collection: CollectionSlug, op: Op, role: Role): Promise<boolean> {
  const user = users[role] ? { ...users[role], collection: 'users' } : undefined
  const as = { user, overrideAccess: false } as const
  const status = op === 'readDraft' ? 'draft' : 'published'
  const data = { ...sample[collection](), ...(hasDrafts(collection) ? { _status: status } : {}) }
  if (op === 'create') return attempt(() => payload.create({ collection, data, draft: false, ...fileFor(collection), ...as } as never))
  const doc = await payload.create({ collection, data, draft: status === 'draft', ...fileFor(collection) } as never)
  if (op === 'readPublished' || op === 'readDraft') {
    const found = await attempt(() => payload.findByID({ collection, id: doc.id, draft: false, ...as } as never))
    if (!found) return false
    const list = await payload.find({ collection, where: { id: { equals: doc.id } }, ...as } as never)
    return list.docs.length === 1
  }
  if (op === 'update') return attempt(() => payload.update({ collection, id: doc.id, data: {}, ...as } as never))
  return attempt(() => payload.delete({ collection, id: doc.id, ...as } as never))
}

beforeAll(async () => {
  ;({ payload } = await startTestCms())
  fieldId = (await payload.create({ collection: 'fields', data: { name: 'Lĩnh vực của ma trận quyền' } })).id
  procedureId = (await payload.create({ collection: 'procedures', data: { ...sample.procedures(), _status: 'published' } as never })).id
  for (const role of ROLES.filter((r) => r !== 'anonymous')) {
    users[role] = await payload.create({ collection: 'users', data: { email: `matrix-${role}@test.local`, password: 'matrix-password', roles: [role as 'admin'] } })
  }
})

describe('access matrix (Local API, overrideAccess: false)', () => {
  const rows = Object.entries(matrix).flatMap(([collection, ops]) =>
    Object.entries(ops).flatMap(([op, byRole]) => ROLES.map((role) => ({ collection, op: op as Op, role, allowed: byRole![role] }))),
  )
  it.each(rows)('$collection · $op · $role → $allowed', async ({ collection, op, role, allowed }) => {
    expect(await can(collection as CollectionSlug, op, role)).toBe(allowed)
  })
})

describe('users and site settings', () => {
  it('only admins manage accounts; others read and edit only their own', async () => {
    const editor = { ...users.editor!, collection: 'users' }
    const admin = { ...users.admin!, collection: 'users' }
    const others = await payload.find({ collection: 'users', user: editor, overrideAccess: false })
    expect(others.docs.map((u) => u.id)).toEqual([users.editor!.id])
    await expect(payload.create({ collection: 'users', data: { email: 'x@test.local', password: 'password-1', roles: ['editor'] }, user: editor, overrideAccess: false })).rejects.toThrow()
    await expect(payload.update({ collection: 'users', id: users.editor!.id, data: { roles: ['admin'] }, user: editor, overrideAccess: false })).resolves.toMatchObject({ roles: ['editor'] })
    expect((await payload.find({ collection: 'users', user: admin, overrideAccess: false })).totalDocs).toBeGreaterThanOrEqual(4)
  })

  it('everyone reads the site settings; only admins change them', async () => {
    expect(await payload.findGlobal({ slug: 'site-settings', overrideAccess: false })).toHaveProperty('agencyName')
    await expect(payload.updateGlobal({ slug: 'site-settings', data: { hotline: '1' }, user: { ...users.editor!, collection: 'users' }, overrideAccess: false })).rejects.toThrow()
    await expect(payload.updateGlobal({ slug: 'site-settings', data: { hotline: '0200 3 800 000' }, user: { ...users.admin!, collection: 'users' }, overrideAccess: false })).resolves.toMatchObject({ hotline: '0200 3 800 000' })
  })
})
