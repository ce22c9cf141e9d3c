/** The site server's status path (`GET`, no secret): how its publishes and its feedback outbox are doing. */
export const SITE_STATUS_PATH = '/_internal/status'

/** A publish re-rendered only what changed (`incremental`) or built the whole site (`full`). */
export type RebuildKind = 'incremental' | 'full'

/** Why a publish could not go live, in a form an operator can act on. */
export interface BuildFailureReport {
  /** ISO time of the failure. */
  at: string
  /** A whole-site build (`full`) or a publish of some changes (`changes`). */
  kind: 'full' | 'changes'
  /** Where it failed: reading the documents into the index, or building and swapping in the site. */
  stage: 'index' | 'build'
  /** One paragraph: what failed and, when known, what to do; the build's output is in the log. */
  reason: string
  /** Whether a build was live at the time (when none was, every page answered 503). */
  siteServed: boolean
}

/** The publish under way, while the publisher's `state` is `building`. */
export interface RunningPublish {
  /** The whole site (`full`: at start, after an outage, or when changes cannot be re-rendered alone) or some changes. */
  kind: BuildFailureReport['kind']
  /** ISO time it started. */
  startedAt: string
  /**
   * How long the last successful publish of its kind took (a full build, or changes re-rendered in place), in
   * seconds: how long this one will likely take. Absent until one has run since the site server started.
   */
  expectedSeconds?: number
}

/** What the site's publisher did last. */
export interface PublishStatus {
  state: 'idle' | 'building' | 'failed'
  /** The publish under way, while `state` is `building`: the admin tells "rebuilding, live in about N s" from it. */
  running?: RunningPublish
  /** ISO time the last successful publish went live. */
  lastSuccessAt?: string
  lastDurationMs?: number
  /** ISO time and message of the last failed publish; the error stays until a publish succeeds. */
  lastFailureAt?: string
  lastError?: string
  /** Events received since start; with `published` lets a caller wait for its change to land. */
  received: number
  published: number
  /** How the publishes reached the site: pages re-rendered in the live build, or a whole new build. */
  runs: Record<RebuildKind, number>
  lastKind?: RebuildKind
  /** The last run that failed, kept after later successes so an operator can still see why it failed. */
  lastBuildFailure?: BuildFailureReport
  /** The retry of the failed run, when one is scheduled (changes always; a full build while no build is live). */
  retry?: { kind: BuildFailureReport['kind']; attempt: number; at: string; delaySeconds: number }
}

/** A submission the CMS refused for good, as the status shows it: no personal data, only the code and the reason. */
export interface ParkedSubmission {
  code: string
  reason: string
  since: string
  attempts: number
}

/** What waits in the site's feedback outbox for the CMS: how many, and the submissions it refused for good. */
export interface OutboxStatus {
  pending: number
  parked: ParkedSubmission[]
}

/**
 * The site server's answer at {@link SITE_STATUS_PATH}: 200 once a build is live and a publish has succeeded, 503
 * before (the readiness probe's answer); the CMS shows it in the admin's header and its `/api/health`.
 */
export interface SiteStatusReport extends PublishStatus {
  ready: boolean
  /**
   * The site's own health check (build, search), as `/healthz` answers it, or `{ status: 'pending' }` when it took
   * longer than the status path waits (search engines busy loading a new index).
   */
  health: unknown
  feedback: OutboxStatus
  /** Where this replica is in the CMS's publish log. */
  publishLog?: PublishLogStatus
  /** The last publish re-rendered in place, since this process started. */
  lastPatch?: PatchSummary
  /**
   * Whether the live build can take publishes of changes in place: `loading` for some seconds after a full build went
   * live (a publish meanwhile waits for it), `unavailable` when it failed (each publish then builds in full).
   */
  incremental?: 'ready' | 'loading' | 'unavailable'
}

/** What an incremental publish wrote (`site/src/publish/PatchRenderer.ts`, `PatchResult`). */
export interface PatchSummary {
  /** Pages written, and removed. */
  rendered: number
  removed: number
  durationMs: number
  /** The changed documents' own pages, written ahead of the rest: how many, and ms from the start until they were. */
  first?: { pages: number; liveMs: number }
}

/** A site replica's place in the CMS's publish log (`site/src/publish/PublishLogFollower.ts`). */
export interface PublishLogStatus {
  /** Every entry up to this sequence number has been handed to the publisher; null until the log's head is known. */
  position: number | null
  /** Entries read from the log that the webhook had not brought, since this process started. */
  applied: number
  /** When the log was last read. */
  lastReadAt?: string
  /** Why the last read failed, while it fails. */
  error?: string
}
