import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/** The secrets an installation needs; each is generated on first start unless the environment gives it. */
export const INSTALLATION_SECRETS = ['PAYLOAD_SECRET', 'PUBLISH_SECRET', 'SITE_API_KEY', 'BUILD_API_KEY', 'ADMIN_PASSWORD', 'EMBEDDED_POSTGRES_PASSWORD'] as const
export type InstallationSecret = (typeof INSTALLATION_SECRETS)[number]

/** The file in `DATA_DIR` that keeps the generated secrets (mode 600). */
export const SECRETS_FILE = 'secrets.json'

const CROCKFORD = '0123456789abcdefghjkmnpqrstvwxyz'

/** A password a person can read off a terminal and type: 20 characters of 32 (100 bits), in groups of five. */
function readablePassword(): string {
  const bytes = randomBytes(20)
  const chars = [...bytes].map((b) => CROCKFORD[b & 31])
  return [0, 5, 10, 15].map((i) => chars.slice(i, i + 5).join('')).join('-')
}

function generate(name: InstallationSecret): string {
  return name === 'ADMIN_PASSWORD' ? readablePassword() : randomBytes(32).toString('base64url')
}

function readFile(file: string): Partial<Record<InstallationSecret, string>> {
  try {
    const value: unknown = JSON.parse(fs.readFileSync(file, 'utf8'))
    return typeof value === 'object' && value !== null ? (value as Partial<Record<InstallationSecret, string>>) : {}
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return {}
    throw new Error(`${file} không đọc được (cannot be read): ${(err as Error).message}`)
  }
}

/**
 * This installation's secrets: the ones in `DATA_DIR/secrets.json`, the missing ones generated and added to it.
 *
 * @remarks Every installation gets its own keys, so no key or secret is a constant of the repository and two stacks on
 * one machine never accept each other's publish events. The CMS and the site read the same file (they share
 * `DATA_DIR` under `npm start`); whoever comes first writes it. The file is replaced by a rename and first created with
 * `link()`, which fails if another process created it meanwhile: then that process's values are read and kept.
 * Deployments set every secret in the environment instead (`REQUIRE_SECRETS=true`), since their services do not
 * share a folder.
 */
export function installationSecrets(dataDir: string): Record<InstallationSecret, string> {
  const file = path.join(dataDir, SECRETS_FILE)
  for (let attempt = 0; ; attempt++) {
    const stored = readFile(file)
    const missing = INSTALLATION_SECRETS.filter((name) => typeof stored[name] !== 'string' || stored[name] === '')
    if (missing.length === 0) return stored as Record<InstallationSecret, string>
    const next = { ...stored, ...Object.fromEntries(missing.map((name) => [name, generate(name)])) }
    // Others may pass through, not list: started by root, the embedded PostgreSQL runs as its own user and keeps its
    // data below (DATA_DIR/postgres); the file itself is the owner's alone.
    fs.mkdirSync(dataDir, { recursive: true, mode: 0o711 })
    const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`
    fs.writeFileSync(tmp, `${JSON.stringify(next, null, 2)}\n`, { mode: 0o600 })
    try {
      if (Object.keys(stored).length === 0) fs.linkSync(tmp, file)
      else fs.renameSync(tmp, file)
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 3) throw err
      continue
    } finally {
      fs.rmSync(tmp, { force: true })
    }
    return next as Record<InstallationSecret, string>
  }
}
