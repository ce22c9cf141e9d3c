import { APIError, type CollectionBeforeDeleteHook } from 'payload'

/**
 * Refuses to delete a procedure that still has processing reports, with a Vietnamese message, instead of letting the
 * database reject it.
 *
 * @remarks A report's procedure is required; deleting the procedure would orphan published statistics.
 */
export const preventDeleteWithReports: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const { totalDocs } = await req.payload.count({ collection: 'processing-reports', where: { procedure: { equals: id } }, req })
  if (totalDocs > 0) {
    throw new APIError(`Không xóa được thủ tục này: còn ${totalDocs} báo cáo thống kê giải quyết hồ sơ gắn với nó. Hãy xóa các báo cáo đó trước.`, 400, null, true)
  }
}
