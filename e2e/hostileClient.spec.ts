/**
 * The CMS's REST API as a hostile client sees it, over real HTTP on the e2e stack: every collection and the
 * site-settings global × anonymous, the site's key, the build's key, editor, feedback officer, admin × read, create,
 * update, delete. Each role gets exactly the rights the access rules give it (issue 18, hole 1); a refused request is a
 * 401/403/404, never a 500, and changes nothing; drafts, feedback, accounts and attachments never reach anonymous
 * visitors or the service accounts.
 */
import { randomUUID } from 'node:crypto'
import { sampleFiles } from '@congkhai/cms/testing'
import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test'
import { e2eEnv } from '../playwright.config'
import { adminHeaders, published, stackSecrets } from './support'

const API = `${e2eEnv.CMS_URL}/api`
const WHO = ['anonymous', 'site', 'build', 'feedback-officer', 'editor', 'admin'] as const
type Who = (typeof WHO)[number]
type Op = 'read' | 'readDraft' | 'create' | 'update' | 'delete'
type Outcome = 'allowed' | 'refused' | `unexpected ${number}`

const only = (...who: Who[]) => (w: Who) => who.includes(w)
const publicReaders = only('anonymous', 'build', 'feedback-officer', 'editor', 'admin')
const editors = only('editor', 'admin')
const staff = only('feedback-officer', 'editor', 'admin')
const admins = only('admin')

/** A document id no collection has: a write to it gets past access (404) or is refused (403). */
const MISSING = 987654321

interface Case {
  slug: string
  /** The field a new document's marker goes in, so a refused create can be looked for. */
  marker: string
  /** Valid data for a new document carrying `marker`. */
  sample: (marker: string) => Record<string, unknown>
  /** Drafts: targets are made as drafts, whose saves do not reach the public site. */
  drafts?: boolean
  /** An upload collection: documents are made with a file (multipart). */
  upload?: boolean
  /**
   * A published change to it rebuilds the whole site: the allowed writes that would publish are shown by getting past
   * access without saving (invalid data → 400, a missing id → 404), the refused ones are tried for real.
   */
  probe?: { create?: Record<string, unknown>; update?: Record<string, unknown>; delete?: true }
  rights: Record<Op, (who: Who) => boolean>
}

let seq = 0
const code = () => `GY-2026-${String(880000 + ++seq)}`

const CASES: Case[] = [
  { slug: 'procedures', marker: 'name', drafts: true, sample: (m) => ({ code: `9.${String(800000 + ++seq)}`, name: m, field: fixtures.field, levels: ['tinh'] }), rights: { read: publicReaders, readDraft: editors, create: editors, update: editors, delete: editors } },
  { slug: 'legal-documents', marker: 'title', drafts: true, sample: (m) => ({ number: `${++seq}/2026/QĐ-E2E`, title: m, documentType: 'quyet-dinh', validity: 'con-hieu-luc', issuer: 'UBND tỉnh', issuedDate: '2026-01-01' }), rights: { read: publicReaders, readDraft: editors, create: editors, update: editors, delete: editors } },
  { slug: 'news', marker: 'title', drafts: true, sample: (m) => ({ title: m, publishedDate: '2026-01-01' }), rights: { read: publicReaders, readDraft: editors, create: editors, update: editors, delete: editors } },
  { slug: 'pages', marker: 'title', drafts: true, probe: { delete: true }, sample: (m) => ({ title: m, section: 'gioi-thieu' }), rights: { read: publicReaders, readDraft: editors, create: editors, update: editors, delete: editors } },
  { slug: 'quality-processes', marker: 'name', drafts: true, probe: { delete: true }, sample: (m) => ({ code: `QT-E2E-${++seq}`, name: m }), rights: { read: publicReaders, readDraft: editors, create: editors, update: editors, delete: editors } },
  {
    slug: 'questions', marker: 'title', drafts: true,
    sample: (m) => ({ title: m, question: 'Câu hỏi thử?', answer: 'Trả lời thử.', answeredDate: '2026-11-27' }),
    rights: { read: publicReaders, readDraft: staff, create: staff, update: staff, delete: editors },
  },
  {
    slug: 'processing-reports', marker: 'note',
    probe: { create: { period: 'khong-phai-ky-bao-cao' }, update: { period: 'khong-phai-ky-bao-cao' }, delete: true },
    sample: (m) => ({ period: '1999-01', procedure: fixtures.procedure, receivedOnline: 1, resolvedOnTime: 1, note: m }),
    rights: { read: publicReaders, readDraft: () => false, create: editors, update: editors, delete: editors },
  },
  { slug: 'fields', marker: 'name', sample: (m) => ({ name: m }), rights: { read: publicReaders, readDraft: () => false, create: editors, update: editors, delete: editors } },
  { slug: 'agencies', marker: 'name', sample: (m) => ({ name: m }), rights: { read: publicReaders, readDraft: () => false, create: editors, update: editors, delete: editors } },
  { slug: 'news-categories', marker: 'name', sample: (m) => ({ name: m }), rights: { read: publicReaders, readDraft: () => false, create: editors, update: editors, delete: editors } },
  { slug: 'media', marker: 'alt', upload: true, sample: (m) => ({ alt: m }), rights: { read: publicReaders, readDraft: () => false, create: editors, update: editors, delete: editors } },
  {
    slug: 'feedback', marker: 'title',
    sample: (m) => ({ code: code(), kind: 'gop-y', name: 'Người gửi bí mật', email: 'bi-mat@example.vn', title: m, content: 'Nội dung góp ý riêng tư.', status: 'moi' }),
    rights: { read: staff, readDraft: () => false, create: only('feedback-officer', 'admin'), update: only('feedback-officer', 'admin'), delete: admins },
  },
  {
    slug: 'feedback-attachments', marker: 'originalName', upload: true,
    sample: (m) => ({ submissionId: randomUUID(), position: 0, feedbackCode: code(), originalName: m }),
    rights: { read: staff, readDraft: () => false, create: admins, update: admins, delete: admins },
  },
  {
    slug: 'users', marker: 'name',
    sample: (m) => ({ name: m, email: `${randomUUID()}@e2e.test`, password: `p-${randomUUID()}`, roles: ['editor'] }),
    // The target is another account: staff other than admins read and change only their own.
    rights: { read: admins, readDraft: () => false, create: admins, update: admins, delete: admins },
  },
]

const fixtures = { field: 0, procedure: 0 }
const headers = {} as Record<Who, Record<string, string>>
let request: APIRequestContext
/** Markers of drafts and of private documents, written by any request: none may reach the anonymous and service readers. */
const markers: string[] = []

async function signIn(email: string, password: string): Promise<Record<string, string>> {
  const res = await request.post(`${API}/users/login`, { data: { email, password } })
  expect(res.status(), await res.text()).toBe(200)
  return { authorization: `JWT ${((await res.json()) as { token: string }).token}` }
}

/** Sends a document's data: JSON, or multipart with a file for an upload collection. */
function send(method: 'post' | 'patch', url: string, who: Who, c: Case, data: Record<string, unknown>, withFile = method === 'post'): Promise<APIResponse> {
  const h = headers[who]
  if (!c.upload || !withFile) return request[method](url, { headers: h, data })
  const file = { name: `hostile-${++seq}.png`, mimeType: 'image/png', buffer: Buffer.from(sampleFiles.png) }
  return request[method](url, { headers: h, multipart: { file, _payload: JSON.stringify(data) } })
}

/** Creates a document as the admin (a draft where the collection has drafts, so the site never hears of it) and returns its id. */
async function make(c: Case, marker: string, status: 'draft' | 'published' = 'draft'): Promise<number> {
  const data = { ...c.sample(marker), ...(c.drafts && { _status: status }) }
  const res = await send('post', `${API}/${c.slug}${c.drafts && status === 'draft' ? '?draft=true' : ''}`, 'admin', c, data)
  expect(res.status(), `${c.slug}: ${await res.text()}`).toBe(201)
  return ((await res.json()) as { doc: { id: number } }).doc.id
}

/** The document as the admin sees it (draft included), or null when it is gone. */
async function stored(c: Case, id: number): Promise<Record<string, unknown> | null> {
  const res = await request.get(`${API}/${c.slug}/${id}?depth=0&draft=true`, { headers: headers.admin })
  return res.status() === 404 ? null : ((await res.json()) as Record<string, unknown>)
}

function outcome(status: number, probe = false): Outcome {
  if (status >= 200 && status < 300) return 'allowed'
  if (probe && (status === 400 || status === 404)) return 'allowed'
  if ([401, 403, 404].includes(status)) return 'refused'
  return `unexpected ${status}`
}

test.describe.configure({ mode: 'serial' })

test.beforeAll(async ({ playwright }) => {
  request = await playwright.request.newContext({ baseURL: e2eEnv.SITE_URL })
  const secrets = stackSecrets()
  headers.anonymous = {}
  headers.site = { authorization: `users API-Key ${secrets.SITE_API_KEY}` }
  headers.build = { authorization: `users API-Key ${secrets.BUILD_API_KEY}` }
  headers.admin = await adminHeaders(request)
  for (const role of ['editor', 'feedback-officer'] as const) {
    const email = `hostile-${role}-${randomUUID()}@e2e.test`
    const password = `p-${randomUUID()}`
    const res = await request.post(`${API}/users`, { headers: headers.admin, data: { email, password, roles: [role], name: `Thử ${role}` } })
    expect(res.status(), await res.text()).toBe(201)
    headers[role] = await signIn(email, password)
  }
  fixtures.field = ((await (await request.get(`${API}/fields?limit=1&depth=0`, { headers: headers.admin })).json()) as { docs: { id: number }[] }).docs[0]!.id
  fixtures.procedure = ((await (await request.get(`${API}/procedures?limit=1&depth=0&where[_status][equals]=published`, { headers: headers.admin })).json()) as { docs: { id: number }[] }).docs[0]!.id
})

test.afterAll(async () => {
  // Leave the stack idle for the next spec: deleted drafts of incrementally published collections reach the site.
  await published(request)
  await request.dispose()
})

for (const c of CASES) {
  test(`${c.slug}: each role reads, creates, updates and deletes exactly as its rights say`, async () => {
    // What anonymous visitors must never see of this collection: its drafts, or all of it when it is private.
    const secret = c.drafts || !c.rights.read('anonymous')
    const remember = (marker: string) => (secret && markers.push(marker), marker)
    // Read targets: a published document the seed made (publishing one would rebuild pages) and a draft where there
    // are drafts; a document made now elsewhere (processing reports: one the seed made).
    const readTarget = c.drafts || c.probe?.create ? await existing(c) : await make(c, remember(`hostile-read-${c.slug}-${++seq}`))
    const draftTarget = c.drafts ? await make(c, remember(`hostile-draft-${c.slug}-${++seq}`)) : undefined

    const observed = await Promise.all(
      WHO.map(async (who) => {
        const result = {} as Record<Op, Outcome>
        const h = headers[who]
        result.read = outcome((await request.get(`${API}/${c.slug}/${readTarget}?depth=0`, { headers: h })).status())
        result.readDraft = draftTarget ? outcome((await request.get(`${API}/${c.slug}/${draftTarget}?depth=0&draft=true`, { headers: h })).status()) : 'refused'

        // Create: a new document (a draft where there are drafts); refused → nothing with its marker exists.
        const created = remember(`hostile-create-${c.slug}-${who}-${++seq}`)
        const probeCreate = c.probe?.create && c.rights.create(who)
        const createRes = await send('post', `${API}/${c.slug}${c.drafts ? '?draft=true' : ''}`, who, c, probeCreate ? c.probe!.create! : { ...c.sample(created), ...(c.drafts && { _status: 'draft' }) })
        result.create = outcome(createRes.status(), probeCreate)
        if (result.create !== 'allowed') {
          const found = await request.get(`${API}/${c.slug}?depth=0&draft=true&where[${c.marker}][equals]=${encodeURIComponent(created)}`, { headers: headers.admin })
          expect(((await found.json()) as { totalDocs: number }).totalDocs, `${who} created ${c.slug}`).toBe(0)
        }

        // Update: its own target; refused → the target is unchanged.
        const probeUpdate = c.probe?.update && c.rights.update(who)
        const updateTarget = c.probe?.update ? readTarget : await make(c, remember(`hostile-update-${c.slug}-${who}-${++seq}`))
        const before = await stored(c, updateTarget)
        const changed = remember(`hostile-changed-${c.slug}-${who}-${++seq}`)
        const updateRes = await send('patch', `${API}/${c.slug}/${updateTarget}${c.drafts ? '?draft=true' : ''}`, who, c, probeUpdate ? c.probe!.update! : { [c.marker]: changed }, false)
        result.update = outcome(updateRes.status(), probeUpdate)
        if (result.update !== 'allowed' || probeUpdate) expect(await stored(c, updateTarget), `${who} changed ${c.slug}`).toEqual(before)

        // Delete: its own target (a missing id for an allowed probe); refused → the target is still there.
        const probeDelete = c.probe?.delete && c.rights.delete(who)
        const deleteTarget = probeDelete ? MISSING : c.probe?.update ? readTarget : await make(c, remember(`hostile-delete-${c.slug}-${who}-${++seq}`))
        result.delete = outcome((await request.delete(`${API}/${c.slug}/${deleteTarget}`, { headers: h })).status(), probeDelete)
        if (result.delete !== 'allowed') expect(await stored(c, deleteTarget), `${who} deleted ${c.slug}`).not.toBeNull()
        return [who, result] as const
      }),
    )
    const expected = WHO.map((who) => [who, Object.fromEntries((['read', 'readDraft', 'create', 'update', 'delete'] as const).map((op) => [op, c.rights[op](who) ? 'allowed' : 'refused']))])
    expect(Object.fromEntries(observed)).toEqual(Object.fromEntries(expected))
  })
}

/**
 * A published document the stack's seed made, or one published now where that costs the site a small incremental
 * publish (questions: the seed has none).
 */
async function existing(c: Case): Promise<number> {
  const res = await request.get(`${API}/${c.slug}?limit=1&depth=0${c.drafts ? '&where[_status][equals]=published' : ''}`, { headers: headers.admin })
  const id = ((await res.json()) as { docs: { id: number }[] }).docs[0]?.id
  if (id !== undefined) return id
  if (c.probe) throw new Error(`the seed made no published ${c.slug}`)
  return make(c, `public-read-${c.slug}-${++seq}`, 'published')
}

test('site-settings: everyone but the site reads them; only the admin gets past access to change them', async () => {
  const before = await (await request.get(`${API}/globals/site-settings?depth=0`, { headers: headers.admin })).json()
  const observed = await Promise.all(
    WHO.map(async (who) => {
      const read = outcome((await request.get(`${API}/globals/site-settings?depth=0`, { headers: headers[who] })).status())
      // Invalid on purpose (1 to 90 days): an admin's valid change would rebuild the whole site.
      const update = outcome((await request.post(`${API}/globals/site-settings`, { headers: headers[who], data: { feedbackDeadlineDays: 0, hotline: `hostile-${who}` } })).status(), who === 'admin')
      return [who, { read, update }] as const
    }),
  )
  expect(Object.fromEntries(observed)).toEqual(Object.fromEntries(WHO.map((who) => [who, { read: publicReaders(who) ? 'allowed' : 'refused', update: who === 'admin' ? 'allowed' : 'refused' }])))
  expect(await (await request.get(`${API}/globals/site-settings?depth=0`, { headers: headers.admin })).json()).toEqual(before)
})

test('service accounts cannot read or change their own accounts, nor run jobs, lock documents or store preferences', async () => {
  for (const who of ['site', 'build'] as const) {
    const email = `${who}@congkhai.local`
    const own = ((await (await request.get(`${API}/users?where[email][equals]=${email}&depth=0`, { headers: headers.admin })).json()) as { docs: { id: number; roles: string[] }[] }).docs[0]!
    expect(own.roles).toEqual([who])
    const h = headers[who]
    const statuses = [
      (await request.get(`${API}/users/me`, { headers: h })).status(),
      (await request.get(`${API}/users/${own.id}`, { headers: h })).status(),
      (await request.patch(`${API}/users/${own.id}`, { headers: h, data: { roles: ['admin'], email: `taken-${who}@e2e.test` } })).status(),
      (await request.post(`${API}/users/refresh-token`, { headers: h })).status(),
      (await request.get(`${API}/payload-jobs/run`, { headers: h })).status(),
      (await request.post(`${API}/payload-locked-documents`, { headers: h, data: { document: { relationTo: 'fields', value: fixtures.field }, user: { relationTo: 'users', value: own.id } } })).status(),
      (await request.get(`${API}/globals/payload-jobs-stats`, { headers: h })).status(),
      (await request.post(`${API}/payload-preferences/hostile`, { headers: h, data: { value: 'x'.repeat(1000) } })).status(),
    ]
    for (const status of statuses) expect([401, 403]).toContain(status)
    const after = ((await (await request.get(`${API}/users/${own.id}?depth=0`, { headers: headers.admin })).json()) as { roles: string[]; email: string })
    expect(after).toMatchObject({ roles: [who], email })
  }
})

test('drafts, feedback, accounts and attachments never reach anonymous visitors or the service accounts', async () => {
  const secrets = ['Người gửi bí mật', 'bi-mat@example.vn', '@congkhai.local', '@e2e.test', ...markers]
  const attachment = ((await (await request.get(`${API}/feedback-attachments?limit=1&depth=0`, { headers: headers.admin })).json()) as { docs: { url: string }[] }).docs[0]!
  for (const who of ['anonymous', 'site', 'build'] as const) {
    for (const path of [
      // Within the anonymous caps (a list over 20 is read at depth 0), so anonymous gets real lists here too.
      ...CASES.map((c) => `/${c.slug}?limit=20&depth=1&draft=true`),
      '/questions?limit=20&depth=1&where[source][exists]=true',
      '/users/me',
      '/globals/site-settings?depth=1',
      '/payload-locked-documents',
      '/payload-preferences',
    ]) {
      const res = await request.get(`${API}${path}`, { headers: headers[who] })
      expect(res.status(), `${who} GET ${path}`).toBeLessThan(500)
      const text = await res.text()
      for (const secret of secrets) expect(text, `${who} GET ${path}`).not.toContain(secret)
    }
    expect([401, 403, 404], `${who} downloads an attachment`).toContain((await request.get(new URL(attachment.url, e2eEnv.CMS_URL).href, { headers: headers[who] })).status())
  }
  expect((await request.get(new URL(attachment.url, e2eEnv.CMS_URL).href, { headers: headers['feedback-officer'] })).status()).toBe(200)
})
