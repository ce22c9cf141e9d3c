import path from 'node:path'
import { findRepoRoot, loadConfig } from '@congkhai/contracts/config'
import { INSTALLATION_SECRETS, installationSecrets } from '@congkhai/contracts/installation-secrets'
import { z } from 'zod'

// Not a fixed `..`: every build bundles a copy of this module into `<BUILDS_DIR>/build-…/server/`, and a default
// derived from the copy's own place put `DATA_DIR`, and so the feedback outbox, inside each build (issue 18, hole 0).
// From this module first; from the working directory when a build lives outside the repository. The site server
// also passes its own folders to the builds it imports (`host.ts`).
const repoRoot = findRepoRoot(import.meta.url, process.cwd())
const siteRoot = path.join(repoRoot, 'site')

/** The secrets the site uses; the others of the installation are the CMS's alone. */
const SECRETS = ['PUBLISH_SECRET', 'SITE_API_KEY', 'BUILD_API_KEY'] as const satisfies readonly (typeof INSTALLATION_SECRETS)[number][]

const schema = z.object({
  /** Set in deployments: refuse to start on the development defaults of the secrets. */
  REQUIRE_SECRETS: z.stringbool().default(false),
  CMS_URL: z.url().default('http://localhost:3000'),
  /**
   * Where visitors' browsers load uploaded files (forms, attachments, cover images): `<this>/api/media/file/…`.
   * Default: CMS_URL. Behind nginx (docker-compose.yml), the site's public address: nginx passes those files to the CMS.
   */
  PUBLIC_MEDIA_URL: z.url().optional(),
  SITE_URL: z.url().default('http://localhost:4321'),
  SITE_PORT: z.coerce.number().int().positive().default(4321),
  SITE_HOST: z.string().default('0.0.0.0'),
  /** The site's service account in the CMS (feedback intake and look-up); generated into DATA_DIR/secrets.json when not set. */
  SITE_API_KEY: z.string().min(16, 'cần ít nhất 16 ký tự'),
  /** The build's read-only CMS account (published content, higher read limits); generated when not set. */
  BUILD_API_KEY: z.string().min(16, 'cần ít nhất 16 ký tự'),
  /** Shared with the CMS (publish webhook, form tokens); generated when not set. */
  PUBLISH_SECRET: z.string().min(16, 'cần ít nhất 16 ký tự'),
  /**
   * Seconds between two reads of the CMS's publish log when no webhook nudges this replica: the longest a replica the
   * webhook does not reach lags behind a publish.
   */
  PUBLISH_LOG_POLL_SECONDS: z.coerce.number().min(0.2).max(300).default(2),
  /** Where the site's builds are kept (`current` links to the live one); any path, relative ones from the repository root. */
  BUILDS_DIR: z.string().default(path.join(siteRoot, '.builds')),
  /**
   * Heap of a full site build (`astro build`), in MB. Without a cap Node grows its heap lazily towards a quarter of the
   * machine's memory; at 10,000 documents the content takes about 270 MB of it.
   */
  SITE_BUILD_HEAP_MB: z.coerce.number().int().min(256).default(1024),
  /** Local data folder, shared with the CMS's `DATA_DIR`; the feedback outbox lives in it. */
  DATA_DIR: z.string().default(path.join(repoRoot, '.data')),
  /** Where accepted feedback waits, fsync'd, until the CMS has it. Default: DATA_DIR/feedback-outbox */
  FEEDBACK_OUTBOX_DIR: z.string().optional(),
  /** Feedback posts allowed per client address per minute; 0 turns the limit off (benchmarks). */
  FEEDBACK_POSTS_PER_MINUTE: z.coerce.number().int().min(0).default(5),
  /** Tracking-code look-ups allowed per client address per minute; 0 turns the limit off. */
  FEEDBACK_LOOKUPS_PER_MINUTE: z.coerce.number().int().min(0).default(30),
  /** A form sent sooner than this after it was served is taken for a bot and quietly discarded. */
  FEEDBACK_MIN_FILL_SECONDS: z.coerce.number().min(0).default(3),
  /** Files a feedback submission may carry (PDF, JPG, PNG); 0 turns attachments off. */
  FEEDBACK_ATTACHMENTS_MAX_FILES: z.coerce.number().int().min(0).max(20).default(3),
  /** Largest attachment, in bytes (default 5 MB). */
  FEEDBACK_ATTACHMENT_MAX_BYTES: z.coerce.number().int().positive().default(5 * 1024 * 1024),
  /** Largest total of one submission's attachments, in bytes (default 10 MB); a reverse proxy must allow a little more. */
  FEEDBACK_ATTACHMENTS_MAX_TOTAL_BYTES: z.coerce.number().int().positive().default(10 * 1024 * 1024),
  /** Searches (`/api/search` and `/tim-kiem` together) allowed per client address per minute; 0 turns the limit off (benchmarks). */
  SEARCH_REQUESTS_PER_MINUTE: z.coerce.number().int().min(0).default(600),
  /** Behind a reverse proxy: take the client address from the last `X-Forwarded-For` entry. */
  TRUST_PROXY: z.stringbool().default(false),
  /** Send Strict-Transport-Security (browsers then use HTTPS only) and mark cookies `Secure`; default: on when SITE_URL is https. */
  HSTS: z.stringbool().optional(),
  /** How long browsers keep to HTTPS after a visit, in seconds (default one year). */
  HSTS_MAX_AGE: z.coerce.number().int().min(0).default(31_536_000),
})

const pick = (secrets: Record<string, string>) => Object.fromEntries(SECRETS.map((name) => [name, secrets[name]]))

function load() {
  const data = loadConfig({
    workspace: 'site',
    schema,
    env: process.env,
    secrets: SECRETS,
    fallbacks: (given, requireSecrets) =>
      requireSecrets || SECRETS.every((name) => given[name]) ? {} : pick(installationSecrets(path.resolve(repoRoot, given.DATA_DIR ?? '.data'))),
  })
  // Relative folders mean the same place in every process (the CMS runs in cms/, each build in site/).
  const within = (dir: string) => path.resolve(repoRoot, dir)
  const env = { ...data, DATA_DIR: within(data.DATA_DIR), BUILDS_DIR: within(data.BUILDS_DIR) }
  return Object.freeze({
    ...env,
    siteRoot,
    publicMediaUrl: env.PUBLIC_MEDIA_URL ?? env.CMS_URL,
    feedbackOutboxDir: env.FEEDBACK_OUTBOX_DIR ? within(env.FEEDBACK_OUTBOX_DIR) : path.join(env.DATA_DIR, 'feedback-outbox'),
    hsts: env.HSTS ?? new URL(env.SITE_URL).protocol === 'https:',
    attachmentLimits: {
      maxFiles: env.FEEDBACK_ATTACHMENTS_MAX_FILES,
      maxFileBytes: env.FEEDBACK_ATTACHMENT_MAX_BYTES,
      maxTotalBytes: env.FEEDBACK_ATTACHMENTS_MAX_TOTAL_BYTES,
    },
  })
}

/**
 * The public site's configuration, read from the environment once.
 *
 * @remarks Read at build time (pages) and at run time (on-demand routes, the host server); defaults fit `npm start`.
 */
export const siteConfig = load()
