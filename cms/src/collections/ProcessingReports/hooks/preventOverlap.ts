import { parsePeriod, periodLabel, periodsOverlap } from '@congkhai/contracts/stats'
import { ValidationError, type CollectionBeforeValidateHook } from 'payload'

/**
 * Rejects a second report of a procedure for the same period or an overlapping one (a quarter and one of its months),
 * which would count the same dossiers twice.
 *
 * @remarks The unique index on (period, procedure) is the last line of defence; this gives the Vietnamese message and
 * also catches overlaps the index cannot see.
 */
export const preventOverlap: CollectionBeforeValidateHook = async ({ data, originalDoc, collection, req }) => {
  const period = parsePeriod(String(data?.period ?? originalDoc?.period ?? ''))
  const procedureRef = data?.procedure ?? originalDoc?.procedure
  const procedure = typeof procedureRef === 'object' && procedureRef !== null ? procedureRef.id : procedureRef
  if (!period || procedure === undefined || procedure === null) return data
  const { docs } = await req.payload.find({
    collection: 'processing-reports',
    where: { and: [{ procedure: { equals: procedure } }, { period: { like: `${period.year}-` } }, ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : [])] },
    depth: 0,
    pagination: false,
    req,
  })
  const clash = docs.map((doc) => parsePeriod(doc.period)).find((other) => other && periodsOverlap(period, other))
  if (clash) {
    const message = clash.key === period.key ? `Thủ tục này đã có báo cáo ${periodLabel(clash)}; hãy sửa báo cáo đó thay vì tạo bản mới.` : `Kỳ ${periodLabel(period)} trùng với báo cáo ${periodLabel(clash)} đã có của thủ tục này: một hồ sơ sẽ bị tính hai lần.`
    throw new ValidationError({ collection: collection.slug, errors: [{ path: 'period', message }] }, req.t)
  }
  return data
}
