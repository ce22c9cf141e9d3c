import type { APIRoute } from 'astro'
import { z } from 'zod'
import { searchEngine } from '../../lib/search'

export const prerender = false

const querySchema = z.object({
  q: z.string().trim().max(200, 'Từ khóa tối đa 200 ký tự.').default(''),
  type: z.enum(['legal-document', 'procedure', 'news'], { error: 'Loại nội dung không hợp lệ.' }).optional(),
  limit: z.coerce.number({ error: 'limit phải là số.' }).int().min(1).max(100).default(10),
  offset: z.coerce.number({ error: 'offset phải là số.' }).int().min(0).max(10_000).default(0),
})

/** `GET /api/search?q=…&type=…&limit=…&offset=…`: published content matching the query, as JSON. */
export const GET: APIRoute = async ({ url }) => {
  const parsed = querySchema.safeParse(Object.fromEntries(url.searchParams))
  if (!parsed.success) {
    return Response.json({ error: 'Tham số tìm kiếm không hợp lệ.', issues: parsed.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message })) }, { status: 400 })
  }
  const { q, type, limit, offset } = parsed.data
  try {
    const result = await searchEngine().search({ q, type, limit, offset, locale: 'vi' })
    return Response.json(result, { headers: { 'cache-control': 'no-store' } })
  } catch (err) {
    console.error(`search: ${(err as Error).message}`)
    return Response.json({ error: 'Tìm kiếm tạm thời không hoạt động, vui lòng thử lại sau.' }, { status: 503 })
  }
}
