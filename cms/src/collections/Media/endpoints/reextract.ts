import type { Endpoint } from 'payload'
import { hasRole } from '../../../access/hasRole'
import { EXTRACTION_JOB } from '../../../jobs/extractText'
import type { Media } from '../../../payload-types'
import { isExtractable } from '../extractionField'
import { queueExtraction } from '../hooks/queueExtraction'

/**
 * `POST /api/media/:id/extract`: extracts a file's text again ("Trích xuất lại"). Editors and administrators only;
 * answers 202 with the file's `extraction` now waiting.
 *
 * @remarks POST only, and the admin's session cookie counts only from the CMS's own origin (Payload's `csrf` list), so
 * another site cannot make an editor's browser call it. A corrected text is kept: the job refreshes the figures only.
 */
export const reextractEndpoint: Endpoint = {
  path: '/:id/extract',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return Response.json({ message: 'Hãy đăng nhập để trích xuất lại văn bản.' }, { status: 401 })
    if (!hasRole(req, 'admin', 'editor')) return Response.json({ message: 'Chỉ biên tập viên được trích xuất lại văn bản.' }, { status: 403 })
    const id = Number((req.routeParams as { id?: string } | undefined)?.id)
    const media = Number.isInteger(id) && id > 0 ? await req.payload.findByID({ collection: 'media', id, depth: 0, overrideAccess: true, disableErrors: true }) : null
    if (!media) return Response.json({ message: 'Không tìm thấy tệp.' }, { status: 404 })
    if (!isExtractable(media.mimeType)) return Response.json({ message: 'Chỉ trích xuất được văn bản từ tệp PDF, DOC, DOCX.' }, { status: 400 })
    const updated = await req.payload.update({
      collection: 'media',
      id,
      data: { extraction: { status: 'waiting', progress: null, reason: null } } as Media,
      depth: 0,
      overrideAccess: true,
      context: { [EXTRACTION_JOB]: true },
    })
    await queueExtraction(req.payload, id)
    return Response.json({ message: 'Đã xếp lịch trích xuất lại.', extraction: updated.extraction }, { status: 202 })
  },
}
