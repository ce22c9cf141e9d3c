import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import yaml from 'js-yaml'

const repoRoot = path.resolve(import.meta.dirname, '../..')
/** The production-like deployment. */
export const COMPOSE_FILE = path.join(repoRoot, 'docker-compose.yml')

/** A service of the compose file as `docker-compose config` prints it (variables filled in, short forms expanded). */
export interface ComposeService {
  build?: { context: string; dockerfile?: string }
  image?: string
  command?: string[]
  environment?: Record<string, string>
  depends_on?: Record<string, { condition: string }>
  healthcheck?: { test: string[]; interval?: string; retries?: number; start_period?: string }
  volumes?: string[]
  ports?: unknown[]
}

/** Debian's docker-compose (v1), which validates a compose file without a Docker engine; throws a clear error when missing. */
function dockerCompose(): string {
  const binary = ['/usr/bin/docker-compose', '/usr/local/bin/docker-compose'].find((p) => fs.existsSync(p))
  if (!binary) throw new Error('docker-compose is not installed (Debian: apt-get install -y docker-compose)')
  return binary
}

/** `docker-compose -f <file> config -q`: exit code and messages; no engine needed. */
export function validateCompose(file = COMPOSE_FILE): { ok: boolean; output: string } {
  const result = spawnSync(dockerCompose(), ['-f', file, 'config', '-q'], { encoding: 'utf8', cwd: path.dirname(file) })
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}`.trim() }
}

/** The compose file's services as `docker-compose config` resolves them, as data. */
export function composeServices(file = COMPOSE_FILE): Record<string, ComposeService> {
  const config = spawnSync(dockerCompose(), ['-f', file, 'config'], { encoding: 'utf8', cwd: path.dirname(file) })
  if (config.status !== 0) throw new Error(`docker-compose config failed: ${config.stderr}`)
  return (yaml.load(config.stdout) as { services: Record<string, ComposeService> }).services
}
