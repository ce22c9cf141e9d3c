import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { vi } from '@payloadcms/translations/languages/vi'
import { buildConfig } from 'payload'
import { Feedback } from './collections/Feedback'
import { LegalDocuments } from './collections/LegalDocuments'
import { News } from './collections/News'
import { Procedures } from './collections/Procedures'
import { Users } from './collections/Users'
import { cmsConfig } from './config'
import { health } from './endpoints/health'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  serverURL: cmsConfig.CMS_URL,
  secret: cmsConfig.PAYLOAD_SECRET,
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' · congkhai' },
  },
  i18n: {
    supportedLanguages: { vi },
    fallbackLanguage: 'vi',
  },
  collections: [LegalDocuments, Procedures, News, Feedback, Users],
  editor: lexicalEditor(),
  endpoints: [health],
  db: postgresAdapter({
    pool: { connectionString: cmsConfig.databaseUri },
    push: false,
    migrationDir: path.join(dirname, 'migrations'),
  }),
  typescript: { outputFile: path.join(dirname, 'payload-types.ts') },
  telemetry: false,
})
