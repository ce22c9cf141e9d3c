import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { AGENCY_TIME_ZONE } from '@congkhai/contracts/time-zone'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { vi } from '@payloadcms/translations/languages/vi'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { hasRole } from './access/hasRole'
import { restrictSystemEntities } from './access/restrictSystemEntities'
import { Agencies } from './collections/Agencies'
import { Feedback } from './collections/Feedback'
import { FeedbackAttachments } from './collections/FeedbackAttachments'
import { PublishEvents } from './collections/PublishEvents'
import { Fields } from './collections/Fields'
import { LegalDocuments } from './collections/LegalDocuments'
import { Media } from './collections/Media'
import { News } from './collections/News'
import { NewsCategories } from './collections/NewsCategories'
import { Pages } from './collections/Pages'
import { ProcessingReports } from './collections/ProcessingReports'
import { Procedures } from './collections/Procedures'
import { QualityProcesses } from './collections/QualityProcesses'
import { Questions } from './collections/Questions'
import { Users } from './collections/Users'
import { cmsConfig } from './config'
import { localization } from './localization'
import { uploadStorage } from './storage/uploadStorage'
import { health } from './endpoints/health'
import { preview } from './endpoints/preview'
import { SiteSettings } from './globals/SiteSettings'
import { fileEmailAdapter } from './email/fileEmailAdapter'
import { smtpEmailAdapter } from './email/smtpEmailAdapter'
import { eraseExpiredFeedbackTask } from './jobs/eraseExpiredFeedback'
import { EXTRACTION_QUEUE } from './jobs/runExtractionSoon'
import { startJobCron } from './jobs/runJobsExclusively'
import { extractTextTask } from './jobs/extractText'
import { badQueryValueIs400 } from './hooks/badQueryValueIs400'
import { quietAuthErrors } from './loginProtection'
import { agencyDates } from './fields/agencyDates'
import { ADMIN_DATE_TIME_FORMAT } from './lib/agencyTime'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  serverURL: cmsConfig.CMS_URL,
  secret: cmsConfig.PAYLOAD_SECRET,
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' · congkhai' },
    // Payload's built-in avatar, not Gravatar: staff email hashes stay off a third party, and the admin's CSP allows images from the CMS only.
    avatar: 'default',
    components: { actions: ['/components/PublishStatus#PublishStatus'] },
    // `06/12/2026 20:35`, not `tháng 12 6 2026, 7:18 AM`; the zone is the agency's (agencyDates(), below).
    dateFormat: ADMIN_DATE_TIME_FORMAT,
    // The one zone editors schedule publishing in (Payload offers some hundred by default).
    timezones: { supportedTimezones: [{ label: 'Giờ Việt Nam (UTC+7)', value: AGENCY_TIME_ZONE }], defaultTimezone: AGENCY_TIME_ZONE },
  },
  i18n: {
    supportedLanguages: { vi },
    fallbackLanguage: 'vi',
  },
  localization,
  collections: [Procedures, LegalDocuments, News, Pages, QualityProcesses, ProcessingReports, Fields, Agencies, NewsCategories, Media, Feedback, FeedbackAttachments, Questions, Users, PublishEvents],
  globals: [SiteSettings],
  editor: lexicalEditor(),
  sharp,
  jobs: {
    // No `autoRun`: Payload's cron would run every queue in every CMS replica, and two runs starting together take the
    // same jobs. `startJobCron` (onInit, below) runs them every minute under a PostgreSQL lock, once across replicas;
    // extraction jobs also start as soon as their upload commits (runExtractionSoon).
    // `GET /api/payload-jobs/run` would otherwise run the queue for any signed-in account, service accounts included.
    access: { run: ({ req }) => hasRole(req, 'admin'), queue: ({ req }) => hasRole(req, 'admin', 'editor'), cancel: ({ req }) => hasRole(req, 'admin', 'editor') },
    tasks: [eraseExpiredFeedbackTask, extractTextTask],
  },
  // Emails (answers to feedback) go through SMTP when SMTP_HOST is set, otherwise to a local log file.
  email: cmsConfig.SMTP_HOST
    ? smtpEmailAdapter({
        host: cmsConfig.SMTP_HOST,
        port: cmsConfig.SMTP_PORT,
        secure: cmsConfig.SMTP_SECURE,
        user: cmsConfig.SMTP_USER,
        pass: cmsConfig.SMTP_PASS,
        from: { address: cmsConfig.MAIL_FROM, name: cmsConfig.MAIL_FROM_NAME },
      })
    : fileEmailAdapter(cmsConfig.mailLogPath, { address: cmsConfig.MAIL_FROM, name: cmsConfig.MAIL_FROM_NAME }),
  endpoints: [health, preview],
  // Scheduled publishing and the erasure queue their jobs in `default`; uploads in `extraction` (a restart's leftovers).
  onInit: (payload) => {
    startJobCron(payload, [
      { queue: 'default', limit: 50 },
      { queue: EXTRACTION_QUEUE, limit: 5, sequential: true },
    ])
  },
  hooks: { afterError: [badQueryValueIs400] },
  // Uploads in the S3 bucket when S3_BUCKET is set (every replica reads the same files), otherwise in local folders.
  plugins: [uploadStorage(cmsConfig.s3)],
  db: postgresAdapter({
    // Each save holds a pooled connection for its transaction and takes a second one for a moment inside it: with
    // node-postgres's default of 10, ten saves at once (a burst of publishes) held every connection and waited for
    // one another for ever. 30 keeps a burst of 20 saves going; past that a save that waits 15 s for a connection
    // fails, its transaction is rolled back, and the others go on, instead of the whole CMS hanging.
    pool: { connectionString: cmsConfig.databaseUri, max: 30, connectionTimeoutMillis: 15_000 },
    push: false,
    migrationDir: path.join(dirname, 'migrations'),
  }),
  typescript: { outputFile: path.join(dirname, 'payload-types.ts') },
  telemetry: false,
  loggingLevels: quietAuthErrors,
})
  .then(restrictSystemEntities)
  .then(agencyDates)
