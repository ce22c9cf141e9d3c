/**
 * A login brute force against a running CMS: one address guesses the administrator's password as fast as it can
 * while the real administrator logs in from another address every ~10 s. Run on its own:
 * `node --import tsx benchmarks/abuse/loginBruteForce.ts [--url http://localhost:3000] [--seconds 300] [--cms-log FILE]`.
 */
import fs from 'node:fs'
import { parseArgs } from 'node:util'
import { pathToFileURL } from 'node:url'
import { requestFrom } from '../../scripts/lib/requestFrom'

/** What to attack, from where, and for how long. */
export interface LoginBruteForceOptions {
  cmsUrl: string
  email: string
  password: string
  /** Default 300 s. */
  durationMs?: number
  /** The attacker's source address (default 127.0.0.1); the CMS must see socket addresses (TRUST_PROXY off). */
  attackerAddress?: string
  /** The administrator's source address (default 127.0.0.2). */
  adminAddress?: string
  adminEveryMs?: number
  /** Connections the attacker keeps busy at once (default 4). */
  concurrency?: number
  /**
   * The CMS's output, if this run can read it: the checks are then counted where they happen, from the
   * `auth.login.check` lines login protection writes, with the server's own times.
   */
  cmsLogPath?: string
}

/** The figures of one run. */
export interface LoginBruteForceResult {
  seconds: number
  attemptsSent: number
  /**
   * Attempts answered 401 or 200: those went through to Payload's password check. A 429 is answered by the limiter
   * before any lookup or hash, so it never reached it.
   */
  reachedCheck: number
  refused: number
  /** Answers that were neither (errors, 5xx): should be 0. */
  other: number
  /**
   * The most attempts let through to the check in one wall-clock second, by the second they were sent (the limiter
   * decides as a request arrives; an admitted attempt may then wait its account's turn before it is hashed).
   */
  maxReachedPerSecond: number
  /** The same by the second their answer came: hashing times vary, so two checks a second apart can end in one. */
  maxAnsweredPerSecond: number
  /**
   * From the CMS's log (with `cmsLogPath`): the attacker's attempts let through to the check, and the most in one
   * second by the server's clock. The client's figures above can only approximate that second.
   */
  server?: { reachedCheck: number; maxReachedPerSecond: number }
  admin: { ok: number; total: number; p50Ms: number; p95Ms: number; maxMs: number }
}

const quantile = (xs: number[], q: number) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] : 0)

/** Runs the brute force and the administrator's logins side by side; answers their figures. */
export async function loginBruteForce(options: LoginBruteForceOptions): Promise<LoginBruteForceResult> {
  const { cmsUrl, email, password, durationMs = 300_000, attackerAddress = '127.0.0.1', adminAddress = '127.0.0.2', adminEveryMs = 10_000, concurrency = 4, cmsLogPath } = options
  const url = `${cmsUrl}/api/users/login`
  const started = Date.now()
  const end = started + durationMs
  const perSecond = new Map<number, number>()
  const answeredPerSecond = new Map<number, number>()
  const count = (map: Map<number, number>, at: number) => map.set(Math.floor((at - started) / 1000), (map.get(Math.floor((at - started) / 1000)) ?? 0) + 1)
  const counts = { sent: 0, reached: 0, refused: 0, other: 0 }
  let guess = 0

  async function attacker(): Promise<void> {
    while (Date.now() < end) {
      counts.sent++
      const sentAt = Date.now()
      const answer = await requestFrom(url, { body: { email, password: `guess-${guess++}` }, localAddress: attackerAddress }).catch(() => null)
      if (answer && (answer.status === 401 || answer.status === 200)) {
        counts.reached++
        count(perSecond, sentAt)
        count(answeredPerSecond, Date.now())
      } else if (answer?.status === 429) counts.refused++
      else counts.other++
    }
  }

  const adminLatencies: number[] = []
  let adminOk = 0
  async function administrator(): Promise<void> {
    while (Date.now() < end) {
      const next = Date.now() + adminEveryMs
      const answer = await requestFrom(url, { body: { email, password }, localAddress: adminAddress }).catch(() => null)
      if (answer) adminLatencies.push(answer.ms)
      if (answer?.status === 200) adminOk++
      await new Promise((r) => setTimeout(r, Math.max(0, Math.min(next, end) - Date.now())))
    }
  }

  // The administrator starts a few seconds in, when the attack is already under way.
  await Promise.all([...Array.from({ length: concurrency }, attacker), new Promise((r) => setTimeout(r, Math.min(3000, durationMs / 10))).then(administrator)])
  const finished = Date.now()
  let server: LoginBruteForceResult['server']
  if (cmsLogPath) {
    const checks = [...fs.readFileSync(cmsLogPath, 'utf8').matchAll(/auth\.login\.check at=(\d+) address=(\S+)/g)]
      .filter(([, at, address]) => address.replace(/^::ffff:/, '') === attackerAddress && Number(at) >= started && Number(at) <= finished)
      .map(([, at]) => Number(at))
    const bySecond = new Map<number, number>()
    for (const at of checks) count(bySecond, at)
    server = { reachedCheck: checks.length, maxReachedPerSecond: Math.max(0, ...bySecond.values()) }
  }
  return {
    seconds: Math.round((finished - started) / 1000),
    attemptsSent: counts.sent,
    reachedCheck: counts.reached,
    refused: counts.refused,
    other: counts.other,
    maxReachedPerSecond: Math.max(0, ...perSecond.values()),
    maxAnsweredPerSecond: Math.max(0, ...answeredPerSecond.values()),
    server,
    admin: { ok: adminOk, total: adminLatencies.length, p50Ms: Math.round(quantile(adminLatencies, 0.5)), p95Ms: Math.round(quantile(adminLatencies, 0.95)), maxMs: Math.round(Math.max(0, ...adminLatencies)) },
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { cmsConfig } = await import('@congkhai/cms/config')
  const { values } = parseArgs({ options: { url: { type: 'string', default: cmsConfig.CMS_URL }, seconds: { type: 'string', default: '300' }, 'cms-log': { type: 'string' } } })
  const result = await loginBruteForce({ cmsUrl: values.url, email: cmsConfig.ADMIN_EMAIL, password: cmsConfig.ADMIN_PASSWORD, durationMs: Number(values.seconds) * 1000, cmsLogPath: values['cms-log'] })
  console.log(JSON.stringify(result, null, 2))
}
