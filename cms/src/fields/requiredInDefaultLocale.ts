import type { Validate } from 'payload'

/**
 * Validation for a localized field that must be filled in Vietnamese but may wait for its English translation.
 *
 * @remarks `required: true` on a localized field inside an array would make every English save fail until each row is
 * translated; untranslated rows fall back to Vietnamese on the site instead.
 */
export const requiredInDefaultLocale: Validate = (value, { req }) => {
  const defaultLocale = req.payload.config.localization ? req.payload.config.localization.defaultLocale : undefined
  if (req.locale && defaultLocale && req.locale !== defaultLocale) return true
  return (typeof value === 'string' && value.trim() !== '') || 'Trường này là bắt buộc.'
}
