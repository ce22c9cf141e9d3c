import type { APIRoute } from 'astro'
import { answerSearch, SEARCH_ANSWER_HEADERS } from '../../search/search'

export const prerender = false

/**
 * `GET /api/search?q=…&locale=…&type=…&field=…&documentType=…&issuer=…&year=…&status=…&level=…&sort=…&limit=…&offset=…`:
 * published content in one locale (`vi`, the default, or `en`) matching the query and filters, with the count of
 * each facet value, as JSON.
 *
 * @remarks The site server answers this path itself with the same {@link answerSearch}, without Astro; this route
 * serves it under `astro dev` and any other server of the build.
 */
export const GET: APIRoute = async ({ url }) => {
  const { status, body } = await answerSearch(url.searchParams)
  return new Response(body, { status, headers: SEARCH_ANSWER_HEADERS })
}
