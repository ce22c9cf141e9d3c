import { createHmac, timingSafeEqual } from 'node:crypto'

/** How long a served form stays valid. */
const MAX_AGE_MS = 24 * 3600_000

const sign = (secret: string, issued: string) => createHmac('sha256', `feedback-form:${secret}`).update(issued).digest('base64url')

/** A signed timestamp for a served form: `<ms since epoch>.<hmac>`. */
export function issueFormToken(secret: string, now = Date.now()): string {
  const issued = String(now)
  return `${issued}.${sign(secret, issued)}`
}

/** What a form's token says about the submission. */
export type FormTokenCheck = 'ok' | 'too-fast' | 'expired' | 'invalid'

/**
 * Checks a form's signed timestamp: forged or missing tokens are `invalid`, forms sent sooner than a person could
 * fill them are `too-fast`, forms older than a day are `expired`.
 */
export function checkFormToken(token: unknown, secret: string, minFillMs: number, now = Date.now()): FormTokenCheck {
  if (typeof token !== 'string' || token.length > 100) return 'invalid'
  const [issued, mac, ...rest] = token.split('.')
  if (!issued || !mac || rest.length > 0 || !/^\d{1,15}$/.test(issued)) return 'invalid'
  const expected = Buffer.from(sign(secret, issued))
  const given = Buffer.from(mac)
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'invalid'
  const age = now - Number(issued)
  if (age < minFillMs) return 'too-fast'
  if (age > MAX_AGE_MS) return 'expired'
  return 'ok'
}
