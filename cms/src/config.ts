import path from 'node:path'
import { findRepoRoot, loadConfig } from '@congkhai/contracts/config'
import { INSTALLATION_SECRETS, installationSecrets } from '@congkhai/contracts/installation-secrets'
import { PUBLISH_WEBHOOK_PATH } from '@congkhai/contracts/publish'
import { z } from 'zod'
import { s3Problems, s3Settings, s3Shape } from './storage/s3Settings.ts'

// Not a fixed `../..`: compiled, this module is bundled into `dist/scripts/*.mjs` and `dist/cms/server.mjs`
// (`npm run build`), one folder level off, which put `DATA_DIR` outside the repository.
const repoRoot = findRepoRoot(import.meta.url)

/** Role and database of the embedded PostgreSQL that runs when `DATABASE_URI` is not set (it listens on 127.0.0.1 only). */
export const EMBEDDED_POSTGRES = { user: 'congkhai', database: 'congkhai' } as const

/** Secrets a deployment must set with `REQUIRE_SECRETS=true`; the embedded database's password is not one (it uses DATABASE_URI). */
const REQUIRED_SECRETS = INSTALLATION_SECRETS.filter((name) => name !== 'EMBEDDED_POSTGRES_PASSWORD')

const schema = z.object({
  /** Set in deployments: refuse to start on the development defaults of the secrets. */
  REQUIRE_SECRETS: z.stringbool().default(false),
  DATABASE_URI: z.url({ message: 'phải là một URL postgres://…' }).optional(),
  /** Local data folder (embedded PostgreSQL, generated secrets, uploads); relative paths are taken from the repository root. */
  DATA_DIR: z.string().default(path.join(repoRoot, '.data')),
  /** Uploaded files of the `media` collection (public once uploaded). Default: DATA_DIR/media */
  MEDIA_DIR: z.string().optional(),
  /** Citizens' attachments to feedback (private, personal data). Default: DATA_DIR/feedback-attachments */
  FEEDBACK_ATTACHMENTS_DIR: z.string().optional(),
  POSTGRES_PORT: z.coerce.number().int().positive().default(54329),
  /** Password of the embedded PostgreSQL's role; generated into DATA_DIR/secrets.json when not set. */
  EMBEDDED_POSTGRES_PASSWORD: z.string().min(16, 'cần ít nhất 16 ký tự'),
  /** Signs sessions and preview links. Generated into DATA_DIR/secrets.json when not set. */
  PAYLOAD_SECRET: z.string().min(16, 'cần ít nhất 16 ký tự'),
  CMS_PORT: z.coerce.number().int().positive().default(3000),
  CMS_URL: z.url().default('http://localhost:3000'),
  /** Send Strict-Transport-Security with every answer. Default: on when CMS_URL is https. */
  HSTS: z.stringbool().optional(),
  /** Mark the admin's session cookie `Secure` (sent over HTTPS only). Default: on when CMS_URL is https. */
  SECURE_COOKIES: z.stringbool().optional(),
  SITE_URL: z.url().default('http://localhost:4321'),
  /** Port of the site server on this machine; the publish webhook goes there unless PUBLISH_WEBHOOK_URL says otherwise. */
  SITE_PORT: z.coerce.number().int().positive().default(4321),
  /** Default: http://localhost:SITE_PORT/_internal/publish */
  PUBLISH_WEBHOOK_URL: z.url().optional(),
  /**
   * Further site replicas to nudge after each publish, comma-separated webhook URLs. Replicas not named here still
   * publish the change from the publish log, within their SITE poll interval (PUBLISH_LOG_POLL_SECONDS).
   */
  PUBLISH_NUDGE_URLS: z
    .string()
    .default('')
    .refine((list) => splitList(list).every((url) => URL.canParse(url)), 'phải là các URL cách nhau bởi dấu phẩy'),
  /** Days the publish log keeps its entries: a site replica stopped longer than this rebuilds in full when it comes back. */
  PUBLISH_LOG_RETENTION_DAYS: z.coerce.number().int().min(1).max(365).default(7),
  /** Shared with the site; generated into DATA_DIR/secrets.json when not set. */
  PUBLISH_SECRET: z.string().min(16, 'cần ít nhất 16 ký tự'),
  /** The site's service account (feedback intake and look-up only); generated when not set. */
  SITE_API_KEY: z.string().min(16, 'cần ít nhất 16 ký tự'),
  /** The site build's read-only account (published content, higher read limits); generated when not set. */
  BUILD_API_KEY: z.string().min(16, 'cần ít nhất 16 ký tự'),
  ADMIN_EMAIL: z.email().default('admin@congkhai.local'),
  /** Run queued jobs (scheduled publishing) in this process; the CMS server does, one-off scripts do not. */
  RUN_JOBS: z.stringbool().default(false),
  /** Password of the first administrator, used when the account is created; generated when not set. */
  ADMIN_PASSWORD: z.string().min(8, 'cần ít nhất 8 ký tự'),
  /** Working days to handle feedback when the site settings do not say. */
  FEEDBACK_DEADLINE_DAYS: z.coerce.number().int().min(1).max(90).default(10),
  /** Days after a feedback item is closed before the sender's personal data is erased. */
  FEEDBACK_RETENTION_DAYS: z.coerce.number().int().min(1).default(365),
  /** When the erasure job runs (cron with seconds, in Vietnam's time: the CMS server runs in its zone). Default: daily at 02:00. */
  FEEDBACK_RETENTION_CRON: z.string().default('0 0 2 * * *'),
  /** Sender of the CMS's emails. */
  MAIL_FROM: z.email().default('khong-tra-loi@congkhai.local'),
  MAIL_FROM_NAME: z.string().default('Cổng thông tin congkhai'),
  /** Where emails go when no SMTP server is configured: one JSON line per message. Default: DATA_DIR/mail.log */
  MAIL_LOG_PATH: z.string().optional(),
  /** SMTP server for the CMS's emails; without it they go to MAIL_LOG_PATH. */
  SMTP_HOST: z.string().optional(),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(587),
  /** TLS from the start (usually port 465); otherwise STARTTLS when the server offers it. */
  SMTP_SECURE: z.stringbool().default(false),
  SMTP_USER: z.string().optional(),
  SMTP_PASS: z.string().optional(),
  /**
   * The CMS sits behind a reverse proxy that appends the client's address to `X-Forwarded-For`; only then is that
   * header believed (its last entry). Otherwise the socket's peer address is the client's.
   */
  TRUST_PROXY: z.stringbool().default(false),
  /** Login attempts one client address may make at once before it must wait (failed or not; a success is given back). */
  LOGIN_ADDRESS_BURST: z.coerce.number().int().min(1).max(100).default(5),
  /** Login attempts one client address gets back per minute after its burst (and never more than one a second). */
  LOGIN_ADDRESS_PER_MINUTE: z.coerce.number().int().min(1).max(60).default(5),
  /** Failed logins to one account (from any address, in 15 minutes) before each attempt on it is made to wait. */
  LOGIN_ACCOUNT_FREE_FAILURES: z.coerce.number().int().min(1).max(1000).default(5),
  /** The longest wait between two password checks of one account under attack (it doubles up to this). */
  LOGIN_ACCOUNT_MAX_DELAY_SECONDS: z.coerce.number().int().min(1).max(60).default(8),
  /** Password-reset requests one client address may make per hour. */
  FORGOT_PASSWORD_PER_HOUR: z.coerce.number().int().min(1).max(1000).default(5),
  /** Uploads in an S3 bucket every CMS replica reads (S3_BUCKET and its keys); see storage/s3Settings.ts. */
  ...s3Shape,
}).superRefine((env, ctx) => {
  for (const { variable, message } of s3Problems(env)) ctx.addIssue({ code: 'custom', path: [variable], message })
}, { when: () => true })

/** The non-empty items of a comma-separated list. */
function splitList(list: string): string[] {
  return list
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)
}

function load() {
  const data = loadConfig({
    workspace: 'cms',
    schema,
    env: process.env,
    secrets: REQUIRED_SECRETS,
    fallbacks: (given, requireSecrets) => {
      // On DATABASE_URI there is no embedded database, so no password of its own.
      const needed = given.DATABASE_URI ? REQUIRED_SECRETS : INSTALLATION_SECRETS
      const generated = requireSecrets || needed.every((name) => given[name]) ? {} : installationSecrets(path.resolve(repoRoot, given.DATA_DIR ?? '.data'))
      return { EMBEDDED_POSTGRES_PASSWORD: given.DATABASE_URI ? 'unused-with-database-uri' : undefined, ...generated }
    },
  })
  // Relative folders mean the same place in every process: the CMS runs in cms/, the scripts and the site elsewhere.
  const within = (dir: string) => path.resolve(repoRoot, dir)
  const env = { ...data, DATA_DIR: within(data.DATA_DIR) }
  const embedded = !env.DATABASE_URI
  const https = new URL(env.CMS_URL).protocol === 'https:'
  const { user, database } = EMBEDDED_POSTGRES
  const password = encodeURIComponent(env.EMBEDDED_POSTGRES_PASSWORD)
  return Object.freeze({
    ...env,
    repoRoot,
    HSTS: env.HSTS ?? https,
    SECURE_COOKIES: env.SECURE_COOKIES ?? https,
    /** True when the CMS should run its own PostgreSQL from the `embedded-postgres` package. */
    embeddedPostgres: embedded,
    PUBLISH_WEBHOOK_URL: env.PUBLISH_WEBHOOK_URL ?? `http://localhost:${env.SITE_PORT}${PUBLISH_WEBHOOK_PATH}`,
    /** Every site replica the CMS nudges after a publish: PUBLISH_WEBHOOK_URL, then PUBLISH_NUDGE_URLS. */
    publishNudgeUrls: [env.PUBLISH_WEBHOOK_URL ?? `http://localhost:${env.SITE_PORT}${PUBLISH_WEBHOOK_PATH}`, ...splitList(env.PUBLISH_NUDGE_URLS)],
    databaseUri: env.DATABASE_URI ?? `postgres://${user}:${password}@127.0.0.1:${env.POSTGRES_PORT}/${database}`,
    postgresDir: path.join(env.DATA_DIR, 'postgres'),
    /** Uploaded files of the `media` collection; backups hold them beside the database. */
    mediaDir: env.MEDIA_DIR ? within(env.MEDIA_DIR) : path.join(env.DATA_DIR, 'media'),
    /** Citizens' attachments to feedback: private, served only through the CMS to staff (never a public folder). */
    feedbackAttachmentsDir: env.FEEDBACK_ATTACHMENTS_DIR ? within(env.FEEDBACK_ATTACHMENTS_DIR) : path.join(env.DATA_DIR, 'feedback-attachments'),
    mailLogPath: env.MAIL_LOG_PATH ?? path.join(env.DATA_DIR, 'mail.log'),
    /** Uploads (media, feedback attachments) go to this S3 bucket when set; otherwise to mediaDir and feedbackAttachmentsDir. */
    s3: s3Settings(env),
  })
}

/**
 * The CMS configuration, read from the environment once.
 *
 * @remarks Every variable has a default for the embedded setup, so `npm start` needs no `.env`.
 */
export const cmsConfig = load()
export type CmsConfig = typeof cmsConfig
