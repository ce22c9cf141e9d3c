import { randomUUID } from 'node:crypto'
import type { CollectionSlug, Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { sampleFiles } from '../testing/sampleFiles'
import { startTestCms } from '../testing/testCms'

type Role = 'anonymous' | 'site' | 'build' | 'feedback-officer' | 'editor' | 'admin'
type Op = 'create' | 'readPublished' | 'readDraft' | 'readVersions' | 'update' | 'delete'
const ROLES: Role[] = ['anonymous', 'site', 'build', 'feedback-officer', 'editor', 'admin']

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
  'publish-events': () => ({ event: { collection: 'procedures', id: ++seq, operation: 'update' } }),
}

const PNG = Buffer.from(sampleFiles.png)
const fileFor = (collection: string) => (collection === 'feedback-attachments' ? { file: { data: PNG, mimetype: 'image/png', name: `ma-tran-${++seq}.png`, size: PNG.byteLength } } : {})
let fieldId: number
let procedureId: number

const yes = (...roles: Role[]) => Object.fromEntries(ROLES.map((r) => [r, roles.includes(r)])) as Record<Role, boolean>
/** Who reads published content: everyone but the site's intake account, whose key only hands over feedback. */
const publicReaders = yes('anonymous', 'build', 'feedback-officer', 'editor', 'admin')
const editors = yes('editor', 'admin')
/** Nobody through the API: `readVersions` of collections without versions. */
const none = yes()

/**
 * The access matrix: for every collection, which role may do what.
 *
 * @remarks Written out in full on purpose, so a change to any access function shows up here as a failing row.
 */
const matrix: Record<string, Partial<Record<Op, Record<Role, boolean>>>> = {
  procedures: { create: editors, readPublished: publicReaders, readDraft: editors, readVersions: editors, update: editors, delete: editors },
  'legal-documents': { create: editors, readPublished: publicReaders, readDraft: editors, readVersions: editors, update: editors, delete: editors },
  news: { create: editors, readPublished: publicReaders, readDraft: editors, readVersions: editors, update: editors, delete: editors },
  pages: { create: editors, readPublished: publicReaders, readDraft: editors, readVersions: editors, update: editors, delete: editors },
  'quality-processes': { create: editors, readPublished: publicReaders, readDraft: editors, readVersions: editors, update: editors, delete: editors },
  fields: { create: editors, readPublished: publicReaders, readVersions: none, update: editors, delete: editors },
  agencies: { create: editors, readPublished: publicReaders, readVersions: none, update: editors, delete: editors },
  'news-categories': { create: editors, readPublished: publicReaders, readVersions: none, update: editors, delete: editors },
  'processing-reports': { create: editors, readPublished: publicReaders, readVersions: editors, update: editors, delete: editors },
  feedback: {
    create: yes('feedback-officer', 'admin'),
    readPublished: yes('feedback-officer', 'editor', 'admin'),
    readVersions: none,
    update: yes('feedback-officer', 'admin'),
    delete: yes('admin'),
  },
  'feedback-attachments': {
    create: yes('admin'),
    readPublished: yes('feedback-officer', 'editor', 'admin'),
    readVersions: none,
    update: yes('admin'),
    delete: yes('admin'),
  },
  // The publish log: every site replica reads it with the build key; only the CMS's own hooks write it.
  'publish-events': { create: none, readPublished: yes('build', 'admin'), readVersions: none, update: none, delete: none },
  questions: {
    create: yes('feedback-officer', 'editor', 'admin'),
    readPublished: publicReaders,
    readDraft: yes('feedback-officer', 'editor', 'admin'),
    readVersions: yes('feedback-officer', 'editor', 'admin'),
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
  if (op === 'readVersions') {
    const versions = await attempt(() => payload.findVersions({ collection, where: { parent: { equals: doc.id } }, ...as } as never))
    return versions
  }
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

/** Local API arguments acting as `role` (anonymous: no user), access enforced. */
const as = (role: Role) => ({ ...(users[role] && { user: { ...users[role], collection: 'users' as const } }), overrideAccess: false as const })
const staff: Role[] = ['feedback-officer', 'editor', 'admin']

describe('users and site settings', () => {
  it('only admins manage accounts; other staff read and edit only their own', async () => {
    const editor = { ...users.editor!, collection: 'users' }
    const admin = { ...users.admin!, collection: 'users' }
    const others = await payload.find({ collection: 'users', user: editor, overrideAccess: false })
    expect(others.docs.map((u) => u.id)).toEqual([users.editor!.id])
    await expect(payload.create({ collection: 'users', data: { email: 'x@test.local', password: 'password-1', roles: ['editor'] }, user: editor, overrideAccess: false })).rejects.toThrow()
    await expect(payload.update({ collection: 'users', id: users.editor!.id, data: { roles: ['admin'] }, user: editor, overrideAccess: false })).resolves.toMatchObject({ roles: ['editor'] })
    expect((await payload.find({ collection: 'users', user: admin, overrideAccess: false })).totalDocs).toBeGreaterThanOrEqual(5)
  })

  it.each(['anonymous', 'site', 'build'] as const)('%s reads and changes no account, not even its own', async (role) => {
    const own = users[role]?.id ?? users.editor!.id
    await expect(payload.find({ collection: 'users', ...as(role) })).rejects.toMatchObject({ status: 403 })
    await expect(payload.findByID({ collection: 'users', id: own, ...as(role) })).rejects.toMatchObject({ status: 403 })
    await expect(payload.update({ collection: 'users', id: own, data: { roles: ['admin'], email: `taken-${role}@test.local` }, ...as(role) })).rejects.toMatchObject({ status: 403 })
    const stored = await payload.findByID({ collection: 'users', id: own, overrideAccess: true })
    expect(stored.roles).not.toContain('admin')
    expect(stored.email).not.toBe(`taken-${role}@test.local`)
  })

  it.each(ROLES)('site settings · %s reads them only as a public reader and changes them only as an admin', async (role) => {
    const read = () => payload.findGlobal({ slug: 'site-settings', ...as(role) })
    if (publicReaders[role]) await expect(read()).resolves.toHaveProperty('agencyName')
    else await expect(read()).rejects.toMatchObject({ status: 403 })
    const hotline = `0200 3 800 ${String(ROLES.indexOf(role)).padStart(3, '0')}`
    const update = () => payload.updateGlobal({ slug: 'site-settings', data: { hotline }, ...as(role) })
    if (role === 'admin') await expect(update()).resolves.toMatchObject({ hotline })
    else await expect(update()).rejects.toMatchObject({ status: 403 })
  })

  it.each(ROLES)("Payload's own collections and globals · %s gets them only as staff", async (role) => {
    const lock = () => payload.create({ collection: 'payload-locked-documents', data: { document: { relationTo: 'fields', value: fieldId }, user: { relationTo: 'users', value: users.admin!.id } }, ...as(role) })
    const stats = () => payload.findGlobal({ slug: 'payload-jobs-stats', ...as(role) })
    if (staff.includes(role)) {
      const { id } = await lock()
      await payload.delete({ collection: 'payload-locked-documents', id })
      await expect(stats()).resolves.toBeDefined()
    } else {
      await expect(lock()).rejects.toMatchObject({ status: 403 })
      await expect(stats()).rejects.toMatchObject({ status: 403 })
    }
  })
})
