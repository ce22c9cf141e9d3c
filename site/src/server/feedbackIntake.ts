import fsp from 'node:fs/promises'
import { siteConfig } from '../config'
import { CmsError, deliverFeedback, type FeedbackInput } from '../lib/cms'
import { DeliveryError, FeedbackOutbox, type AttachmentFile } from './FeedbackOutbox'
import { RateLimiter } from './RateLimiter'

/** The process-wide parts of feedback intake: the outbox and its deliverer, and the rate limits. */
export interface FeedbackIntake {
  outbox: FeedbackOutbox<FeedbackInput>
  posts: RateLimiter
  lookups: RateLimiter
}

const KEY = Symbol.for('congkhai.feedbackIntake')

/**
 * The one feedback intake of this process, created on first use.
 *
 * @remarks Kept on `globalThis` because the site server imports every new build's bundle into the same process: each
 * bundle has its own copy of this module, but there must be one journal writer, one code sequence and one deliverer.
 */
export function feedbackIntake(): FeedbackIntake {
  const holder = globalThis as { [KEY]?: FeedbackIntake }
  holder[KEY] ??= {
    outbox: new FeedbackOutbox<FeedbackInput>({ dir: siteConfig.feedbackOutboxDir, deliver: deliverToCms }),
    posts: new RateLimiter(siteConfig.FEEDBACK_POSTS_PER_MINUTE),
    lookups: new RateLimiter(siteConfig.FEEDBACK_LOOKUPS_PER_MINUTE),
  }
  return holder[KEY]
}

/**
 * Sends one outbox record to the CMS.
 *
 * @remarks An unreachable or failing CMS, or one that refuses the site's key, holds back every record (transient); a
 * refusal of this record's data only delays this record, so one bad record never blocks the others.
 */
export async function deliverToCms(record: Parameters<typeof deliverFeedback>[0], files: AttachmentFile[] = [], cmsUrl?: string): Promise<void> {
  let attachments
  try {
    attachments = await Promise.all(files.map(async (f) => ({ name: f.name, type: f.type, bytes: await fsp.readFile(f.path) })))
  } catch (err) {
    // This record's files are unreadable (disk trouble): kept and retried later, without holding back the others.
    throw new DeliveryError(`the attachments of ${record.code} cannot be read: ${(err as Error).message}`, false)
  }
  try {
    await deliverFeedback(record, cmsUrl, attachments)
  } catch (err) {
    const status = err instanceof CmsError ? err.status : 503
    const transient = status >= 500 || [401, 403, 408, 429].includes(status)
    const detail = err instanceof CmsError && err.body ? ` ${JSON.stringify(err.body).slice(0, 300)}` : ''
    throw new DeliveryError(`${(err as Error).message}${detail}`, transient)
  }
}
