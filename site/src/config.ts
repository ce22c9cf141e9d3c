import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'

const siteRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

const SECRETS = ['PUBLISH_SECRET', 'SITE_API_KEY'] as const

const schema = z.object({
  /** Set in deployments: refuse to start on the development defaults of the secrets. */
  REQUIRE_SECRETS: z.stringbool().default(false),
  CMS_URL: z.url().default('http://localhost:3000'),
  SITE_URL: z.url().default('http://localhost:4321'),
  SITE_PORT: z.coerce.number().int().positive().default(4321),
  SITE_HOST: z.string().default('0.0.0.0'),
  SITE_API_KEY: z.string().min(16, 'cần ít nhất 16 ký tự').default('congkhai-dev-site-api-key-0001'),
  PUBLISH_SECRET: z.string().min(16, 'cần ít nhất 16 ký tự').default('congkhai-dev-publish-secret'),
  BUILDS_DIR: z.string().default(path.join(siteRoot, '.builds')),
})

function load() {
  // Blank values (a copied .env.example) count as unset, so the embedded defaults still apply.
  const given = Object.fromEntries(Object.entries(process.env).filter(([, v]) => v !== ''))
  const parsed = schema.safeParse(given)
  const missing = parsed.success && parsed.data.REQUIRE_SECRETS ? SECRETS.filter((name) => !given[name]) : []
  if (!parsed.success || missing.length > 0) {
    const issues = parsed.success ? [] : parsed.error.issues
    const lines = [
      ...issues.map((i) => `  ${i.path.join('.')}: ${i.message}`),
      ...missing.map((name) => `  ${name}: bắt buộc khi REQUIRE_SECRETS=true (required in deployments)`),
    ]
    throw new Error(`Cấu hình site không hợp lệ (invalid site configuration):\n${lines.join('\n')}`)
  }
  return Object.freeze({ ...parsed.data, siteRoot })
}

/**
 * The public site's configuration, read from the environment once.
 *
 * @remarks Read at build time (pages) and at run time (on-demand routes, the host server); defaults fit `npm start`.
 */
export const siteConfig = load()
