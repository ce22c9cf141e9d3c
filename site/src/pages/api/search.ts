import type { APIRoute } from 'astro'
import { parseSearchRequest, searchEngine } from '../../lib/search'

export const prerender = false

/**
 * `GET /api/search?q=…&locale=…&type=…&field=…&documentType=…&issuer=…&year=…&status=…&level=…&sort=…&limit=…&offset=…`:
 * published content in one locale (`vi`, the default, or `en`) matching the query and filters, with the count of
 * each facet value, as JSON.
 */
export const GET: APIRoute = async ({ url }) => {
  const parsed = parseSearchRequest(url.searchParams)
  if ('issues' in parsed) {
    return Response.json({ error: 'Tham số tìm kiếm không hợp lệ.', issues: parsed.issues }, { status: 400 })
  }
  try {
    const result = await searchEngine().search(parsed.query)
    return Response.json(result, { headers: { 'cache-control': 'no-store' } })
  } catch (err) {
    console.error(`search: ${(err as Error).message}`)
    return Response.json({ error: 'Tìm kiếm tạm thời không hoạt động, vui lòng thử lại sau.' }, { status: 503 })
  }
}
