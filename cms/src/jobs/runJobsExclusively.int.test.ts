import { PUBLISH_LOG_COLLECTION } from '@congkhai/contracts/publish'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { startTestCms } from '../testing/testCms'
import { runJobsExclusively } from './runJobsExclusively'

let payload: Payload

beforeAll(async () => {
  payload = (await startTestCms()).payload
})

/** Drafts of news, each with a scheduled publish due now in `queue`. */
async function scheduledDrafts(queue: string, count: number): Promise<number[]> {
  const ids: number[] = []
  for (let i = 0; i < count; i++) {
    const doc = await payload.create({ collection: 'news', data: { title: `Tin hẹn giờ ${queue} ${i}`, publishedDate: '2026-12-01', _status: 'draft' } as never, draft: true })
    await payload.jobs.queue({ task: 'schedulePublish', queue, input: { type: 'publish', doc: { relationTo: 'news', value: String(doc.id) } } as never, waitUntil: new Date(Date.now() - 1000) })
    ids.push(doc.id)
  }
  return ids
}

/** How many times each document was published: one publish-log entry per save that published it. */
async function publishes(ids: number[]): Promise<number[]> {
  const { docs } = await payload.find({ collection: PUBLISH_LOG_COLLECTION, limit: 1000, pagination: false })
  return ids.map((id) => docs.filter((entry) => (entry.event as { collection?: string; id?: number }).collection === 'news' && (entry.event as { id?: number }).id === id).length)
}

describe('jobs across CMS replicas (issue 23)', () => {
  it('two runners started together (as two replicas’ minute crons) publish each scheduled document once', async () => {
    const ids = await scheduledDrafts('race-locked', 6)
    // Each runner holds its own database session, as each replica does: the lock is PostgreSQL's, not this process's.
    const results = await Promise.all([1, 2, 3].map(() => runJobsExclusively(payload, { queue: 'race-locked', limit: 10 }, { wait: true })))
    expect(results.some((result) => result !== 'busy')).toBe(true)
    expect(await publishes(ids)).toEqual(ids.map(() => 1))
    for (const id of ids) expect((await payload.findByID({ collection: 'news', id }))._status).toBe('published')
  })

  it('a cron run finds the queue taken by another replica and leaves it to that run', async () => {
    const ids = await scheduledDrafts('race-busy', 2)
    const [first, second] = await Promise.all([
      runJobsExclusively(payload, { queue: 'race-busy', limit: 10 }, { wait: true }),
      new Promise((resolve) => setTimeout(resolve, 30)).then(() => runJobsExclusively(payload, { queue: 'race-busy', limit: 10 }, { wait: false })),
    ])
    expect(first).not.toBe('busy')
    expect(second).toBe('busy')
    expect(await publishes(ids)).toEqual([1, 1])
  })
})
