import type { Endpoint } from 'payload'
import { hasRole } from '../../../access/hasRole'
import { importStats } from '../../../importers/stats/importStats'

/** Largest CSV accepted from the admin: far above a year of monthly reports for every procedure. */
const MAX_BYTES = 2 * 1024 * 1024

/**
 * `POST /api/processing-reports/import`: imports the CSV template sent as the request body (`text/csv`) and answers
 * with the import report as JSON. Editors and administrators only.
 */
export const importCsvEndpoint: Endpoint = {
  path: '/import',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req, 'admin', 'editor')) return Response.json({ message: 'Chỉ biên tập viên được nhập số liệu thống kê.' }, { status: 403 })
    const text = (await req.text?.()) ?? ''
    if (Buffer.byteLength(text) > MAX_BYTES) return Response.json({ message: 'Tệp quá lớn (tối đa 2 MB).' }, { status: 413 })
    if (text.trim() === '') return Response.json({ message: 'Tệp rỗng: hãy chọn tệp CSV theo mẫu.' }, { status: 400 })
    const result = await importStats(req.payload, text, { user: req.user })
    return Response.json(result, { status: result.fileError ? 400 : 200 })
  },
}
