import { parsePeriod, PERIOD_FORMAT } from '@congkhai/contracts/stats'
import { ValidationError, type CollectionBeforeValidateHook } from 'payload'

/** Writes the period in its one stored form (`2026-Q1`, `2026-03`), or rejects it with the accepted forms. */
export const normalizePeriod: CollectionBeforeValidateHook = ({ data, originalDoc, collection, req }) => {
  const text = data?.period ?? originalDoc?.period
  if (text === undefined || text === null || text === '') return data
  const period = parsePeriod(String(text))
  if (!period) {
    throw new ValidationError({ collection: collection.slug, errors: [{ path: 'period', message: `Kỳ báo cáo «${String(text)}» không hợp lệ: ghi ${PERIOD_FORMAT}.` }] }, req.t)
  }
  return { ...data, period: period.key }
}
