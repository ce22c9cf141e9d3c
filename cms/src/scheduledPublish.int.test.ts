import { beforeAll, describe, expect, it } from 'vitest'
import { startTestCms, type TestCms } from './testing/testCms'

let cms: TestCms
let editorId: number

beforeAll(async () => {
  cms = await startTestCms()
  editorId = (await cms.payload.create({ collection: 'users', data: { email: 'scheduler@test.local', password: 'scheduler-password', roles: ['editor'] } })).id
})

describe('scheduled publishing', () => {
  it('publishes a draft when its time comes, not before', async () => {
    const { payload } = cms
    const draft = await payload.create({ collection: 'news', data: { title: 'Thông báo lịch tiếp công dân tháng 12', publishedDate: '2026-12-01', _status: 'draft' }, draft: true })
    // What the admin's "Schedule publish" does: a job in the default queue that waits until the chosen time.
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'news', value: draft.id }, user: { relationTo: 'users', value: editorId } },
      waitUntil: new Date(Date.now() + 1500),
    })
    const publicStatus = async () => (await cms.rest('GET', `/news/${draft.id}`)).status

    await payload.jobs.run({ queue: 'default' })
    expect(await publicStatus()).toBe(404)

    await new Promise((resolve) => setTimeout(resolve, 1600))
    await payload.jobs.run({ queue: 'default' })
    expect(await publicStatus()).toBe(200)
  })
})
