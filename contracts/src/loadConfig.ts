import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'

/**
 * The repository root: the nearest folder above `moduleUrl`'s (then above each of `alsoFrom`) whose package.json
 * declares workspaces.
 *
 * @remarks Not a fixed `../..`: compiled, a config module is bundled into `dist/` (`npm run build`), and the site's
 * into every build under `BUILDS_DIR`, each at another depth. Walking up finds the same root from the source and from
 * any bundled copy; a build that lives outside the repository finds it from the working directory (`alsoFrom`).
 */
export function findRepoRoot(moduleUrl: string | URL, ...alsoFrom: string[]): string {
  const here = path.dirname(fileURLToPath(moduleUrl))
  for (const start of [here, ...alsoFrom]) {
    for (let dir = start; path.dirname(dir) !== dir; dir = path.dirname(dir)) {
      try {
        if ('workspaces' in JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'))) return dir
      } catch {
        // No package.json here, or one of a workspace: keep walking up.
      }
    }
  }
  return path.resolve(here, '../..')
}

/** What {@link loadConfig} reads, and for which workspace. */
export interface ConfigSource<S extends z.ZodObject> {
  /** The workspace's name, for the error message: `cms`, `site`. */
  workspace: string
  schema: S
  /** The environment, usually `process.env`. */
  env: Readonly<Record<string, string | undefined>>
  /** The secrets this workspace uses: each must be given when `REQUIRE_SECRETS=true` (deployments). */
  secrets: readonly string[]
  /**
   * Values for variables the environment does not give (generated secrets, placeholders), from the variables that
   * are given and whether deployments' rules apply (`REQUIRE_SECRETS=true`: nothing may be generated then).
   */
  fallbacks?: (given: Readonly<Record<string, string>>, requireSecrets: boolean) => Record<string, unknown>
}

/**
 * Validates a workspace's settings from the environment, throwing one error that lists every bad or missing variable.
 *
 * @remarks Blank values (a copied `.env.example`) count as unset, so the embedded defaults still apply. With
 * `REQUIRE_SECRETS=true` a secret that is not given is an error, never a generated development default.
 */
export function loadConfig<S extends z.ZodObject>({ workspace, schema, env, secrets, fallbacks }: ConfigSource<S>): z.output<S> {
  const given: Record<string, string> = Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== ''))
  const required = z.stringbool().safeParse(given.REQUIRE_SECRETS ?? 'false')
  const requireSecrets = required.success && required.data
  const missing = requireSecrets ? secrets.filter((name) => !given[name]) : []
  const parsed = schema.safeParse({ ...fallbacks?.(given, requireSecrets), ...given })
  if (!parsed.success || missing.length > 0) {
    const issues = parsed.success ? [] : parsed.error.issues
    const lines = [
      ...issues.filter((i) => !missing.includes(i.path[0] as never)).map((i) => `  ${i.path.join('.')}: ${i.message}`),
      ...missing.map((name) => `  ${name}: bắt buộc khi REQUIRE_SECRETS=true (required in deployments)`),
    ]
    throw new Error(`Cấu hình ${workspace} không hợp lệ (invalid ${workspace} configuration):\n${lines.join('\n')}`)
  }
  return parsed.data
}
