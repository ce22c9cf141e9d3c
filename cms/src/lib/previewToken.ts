import { createHmac, timingSafeEqual } from 'node:crypto'
import { cmsConfig } from '../config'

const TTL_MS = 60 * 60 * 1000

function sign(payload: string): string {
  return createHmac('sha256', cmsConfig.PAYLOAD_SECRET).update(payload).digest('base64url')
}

/**
 * A token that lets whoever holds it read one draft for an hour, for the admin's "preview" link.
 *
 * @remarks Signed with the CMS secret and checked only by the CMS, so the site passes it on without being trusted.
 */
export function createPreviewToken(collection: string, id: string | number, now = Date.now()): string {
  const expires = now + TTL_MS
  return `${expires}.${sign(`${collection}:${id}:${expires}`)}`
}

/** True when `token` was made by `createPreviewToken` for this document and has not expired. */
export function verifyPreviewToken(collection: string, id: string | number, token: string, now = Date.now()): boolean {
  const [expires, signature] = token.split('.')
  if (!expires || !signature || Number(expires) < now) return false
  const expected = Buffer.from(sign(`${collection}:${id}:${expires}`))
  const given = Buffer.from(signature)
  return expected.length === given.length && timingSafeEqual(expected, given)
}
