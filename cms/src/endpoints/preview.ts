import { isPreviewable } from '@congkhai/contracts/preview'
import type { CollectionSlug, Endpoint } from 'payload'
import { verifyPreviewToken } from '../lib/previewToken'

/**
 * `GET /api/preview/:collection/:id?token=…`: the latest draft of one document, for the site's preview page.
 *
 * @remarks The token (from the admin's preview link) is the only credential: the site never gets draft access of its own.
 */
export const preview: Endpoint = {
  path: '/preview/:collection/:id',
  method: 'get',
  handler: async (req) => {
    const { collection, id } = (req.routeParams ?? {}) as { collection?: string; id?: string }
    const token = new URL(req.url ?? '', 'http://cms').searchParams.get('token') ?? ''
    if (!collection || !id || !isPreviewable(collection)) {
      return Response.json({ error: 'Không có bản xem trước cho nội dung này.' }, { status: 404 })
    }
    if (!verifyPreviewToken(collection, id, token)) {
      return Response.json({ error: 'Liên kết xem trước không hợp lệ hoặc đã hết hạn. Mở lại từ trang quản trị.' }, { status: 403 })
    }
    try {
      const doc = await req.payload.findByID({ collection: collection satisfies CollectionSlug, id, draft: true, depth: 1, locale: req.locale ?? 'vi', overrideAccess: true })
      return Response.json({ collection, doc })
    } catch {
      return Response.json({ error: 'Không tìm thấy nội dung.' }, { status: 404 })
    }
  },
}
