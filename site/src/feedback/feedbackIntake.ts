import fsp from 'node:fs/promises'
import path from 'node:path'
import type { FeedbackInput } from '@congkhai/contracts/feedback'
import { siteConfig } from '../config'
import { CmsError, deliverFeedback } from '../published/cms'
import type { LogFields } from '../logger'
import { processState } from '../processState'
import { FeedbackOutbox } from './FeedbackOutbox'
import { DeliveryError } from './OutboxDeliverer'
import type { AttachmentFile } from './OutboxJournal'
import { RateLimiter } from '../security/RateLimiter'

/** The process-wide parts of feedback intake: the outbox and its deliverer, and the rate limits. */
export interface FeedbackIntake {
  outbox: FeedbackOutbox<FeedbackInput>
  posts: RateLimiter
  lookups: RateLimiter
}

/**
 * The one feedback intake of this process, created on first use.
 *
 * @remarks Process state (`processState()`) because the site server imports every new build's bundle into the same
 * process: each bundle has its own copy of this module (and of the configuration), but there must be one journal, in
 * the one real `DATA_DIR`, and one deliverer. The site server creates it at start from its own configuration
 * (`startFeedbackIntake()`), before any build is imported, so a bundle always finds it there.
 */
export function feedbackIntake(): FeedbackIntake {
  return processState('feedbackIntake', (): FeedbackIntake => ({
    outbox: new FeedbackOutbox<FeedbackInput>({ dir: siteConfig.feedbackOutboxDir, deliver: deliverToCms }),
    posts: new RateLimiter(siteConfig.FEEDBACK_POSTS_PER_MINUTE),
    lookups: new RateLimiter(siteConfig.FEEDBACK_LOOKUPS_PER_MINUTE),
  }))
}

/**
 * The outbox folders builds kept of their own before the outbox had one fixed place: `<build>/.data/feedback-outbox`
 * (and `<BUILDS_DIR>/.data/…`), where a bundled copy of the configuration put `DATA_DIR` when it was not set.
 */
export async function strandedOutboxes(buildsDir: string): Promise<string[]> {
  const builds = await fsp.readdir(buildsDir, { withFileTypes: true }).catch(() => [])
  const candidates = [buildsDir, ...builds.filter((d) => d.isDirectory()).flatMap((d) => [path.join(buildsDir, d.name), path.join(buildsDir, d.name, 'server')])]
  const found: string[] = []
  for (const root of candidates) {
    const dir = path.join(root, '.data', 'feedback-outbox')
    if (await fsp.stat(path.join(dir, 'journal.jsonl')).then(() => true, () => false)) found.push(dir)
  }
  return found
}

/**
 * Creates the process's feedback intake, opens its journal, and takes over what older builds' own outboxes still hold.
 *
 * @remarks Called by the site server before it imports any build; resolves once the stranded records are safely in the
 * live journal (their delivery then runs in the background).
 */
export async function startFeedbackIntake(log: (line: string, fields: LogFields) => void): Promise<FeedbackIntake> {
  const intake = feedbackIntake()
  await intake.outbox.open()
  for (const dir of await strandedOutboxes(siteConfig.BUILDS_DIR)) {
    try {
      const adopted = await intake.outbox.adopt(dir)
      log(`feedback: took over ${adopted} undelivered submission(s) from ${dir}`, { event: 'feedback.adopted', dir, adopted })
    } catch (err) {
      log(`feedback: could not take over the outbox in ${dir}: ${(err as Error).message}`, { event: 'feedback.adopt-failed', dir })
    }
  }
  return intake
}

/** The CMS's reason for refusing a delivery, without the submission's content: its message and the fields at fault. */
function refusalReason(err: CmsError): string {
  const body = (typeof err.body === 'object' && err.body !== null ? err.body : {}) as { error?: unknown; issues?: unknown }
  const issues = Array.isArray(body.issues) ? body.issues.map(String).join('; ') : ''
  return `HTTP ${err.status}: ${typeof body.error === 'string' ? body.error : 'refused'}${issues ? ` (${issues})` : ''}`.slice(0, 300)
}

/**
 * Sends one outbox record to the CMS.
 *
 * @remarks An unreachable or failing CMS, or one that refuses the site's key, holds back every record (transient). A
 * 409 means the CMS has another submission under this code (the outbox gives this one a new code); any other 4xx is a
 * refusal that retrying will not fix (the outbox parks the record and the admin sees it).
 */
export async function deliverToCms(record: Parameters<typeof deliverFeedback>[0], files: AttachmentFile[] = [], cmsUrl?: string): Promise<void> {
  let attachments
  try {
    attachments = await Promise.all(files.map(async (f) => ({ name: f.name, type: f.type, bytes: await fsp.readFile(f.path) })))
  } catch (err) {
    // This record's files are unreadable (disk trouble): kept and retried later, without holding back the others.
    throw new DeliveryError(`the attachments of ${record.code} cannot be read: ${(err as Error).message}`, 'record')
  }
  try {
    await deliverFeedback(record, cmsUrl, attachments)
  } catch (err) {
    if (!(err instanceof CmsError) || err.status >= 500 || [401, 403, 408, 429].includes(err.status)) {
      throw new DeliveryError((err as Error).message, 'transient')
    }
    throw new DeliveryError(refusalReason(err), err.status === 409 ? 'code-taken' : 'refused')
  }
}
