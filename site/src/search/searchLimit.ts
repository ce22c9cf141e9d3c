import { siteConfig } from '../config'
import { RateLimiter } from '../security/RateLimiter'

/**
 * Searches allowed per client address per minute, `/api/search` and `/tim-kiem` counted together
 * (`SEARCH_REQUESTS_PER_MINUTE`).
 *
 * @remarks A flood guard, not a quota: a search costs the server far more than a static page, and one address
 * sending hundreds a second would otherwise hold the search thread for everyone. The default leaves room for many
 * citizens behind one carrier-grade NAT address typing into the feedback form's procedure box at once.
 */
export const searchLimiter = new RateLimiter(siteConfig.SEARCH_REQUESTS_PER_MINUTE)

/** The answer to a search over the limit: Vietnamese first, then English, with the seconds to wait. */
export function searchLimitedMessage(seconds: number): string {
  return `Bạn đã tìm kiếm quá nhiều lần trong một phút; vui lòng thử lại sau ${seconds} giây. (Too many searches from your address; try again in ${seconds} s.)`
}
