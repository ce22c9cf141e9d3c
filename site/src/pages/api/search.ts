import type { APIRoute } from 'astro'
import { siteConfig } from '../../config'
import { clientAddress } from '../../feedback/requestGuards'
import { answerSearch, SEARCH_ANSWER_HEADERS } from '../../search/search'
import { searchLimitedMessage, searchLimiter } from '../../search/searchLimit'

export const prerender = false

/**
 * `GET /api/search?q=…&locale=…&type=…&field=…&documentType=…&issuer=…&year=…&status=…&level=…&sort=…&limit=…&offset=…`:
 * published content in one locale (`vi`, the default, or `en`) matching the query and filters, with the count of
 * each facet value, as JSON.
 *
 * @remarks The site server answers this path itself with the same {@link answerSearch}, without Astro; this route
 * serves it under `astro dev` and any other server of the build.
 */
export const GET: APIRoute = async (context) => {
  const wait = searchLimiter.take(clientAddress(context, siteConfig.TRUST_PROXY))
  if (wait > 0) return new Response(JSON.stringify({ error: searchLimitedMessage(wait) }), { status: 429, headers: { ...SEARCH_ANSWER_HEADERS, 'retry-after': String(wait) } })
  const { url } = context
  const { status, body } = await answerSearch(url.searchParams)
  return new Response(body, { status, headers: SEARCH_ANSWER_HEADERS })
}
