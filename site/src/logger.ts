const LEVELS = { info: 30, warn: 40, error: 50 } as const

/** Fields of one log event: `event` names it (`publish.end`), the rest are its facts (`durationMs`, `path`, …). */
export type LogFields = { event: string } & Record<string, unknown>

/**
 * Writes one JSON line per event, in pino's shape (`level`, `time`, `pid`, `name`, `msg`) so the site's and the
 * CMS's logs (Payload logs through pino) go through one pipeline.
 *
 * @remarks Errors go to stderr, everything else to stdout; nothing is buffered, so a crash loses no line.
 */
export function logEvent(level: keyof typeof LEVELS, msg: string, fields: LogFields): void {
  const line = JSON.stringify({ level: LEVELS[level], time: Date.now(), pid: process.pid, name: 'site', msg, ...fields })
  ;(level === 'error' ? process.stderr : process.stdout).write(`${line}\n`)
}
