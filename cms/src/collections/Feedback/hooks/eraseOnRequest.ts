import type { CollectionBeforeChangeHook } from 'payload'
import { personalDataErasure } from '../personalDataErasure'

/** Erases the sender's personal data when an officer ticks "xoá dữ liệu cá nhân ngay" (a request from the sender). */
export const eraseOnRequest: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  if (!data.erasePersonalData) return data
  const erased = personalDataErasure({ ...originalDoc, ...data }, 'request', req.user?.id ?? null)
  req.payload.logger.info({ msg: 'feedback: personal data erased on request', code: originalDoc?.code ?? data.code, by: req.user?.id })
  return { ...data, ...erased, erasePersonalData: false }
}
