/**
 * The tracking-code format, owned by the CMS (which stores and checks the codes) and shared here.
 *
 * @remarks One definition for both sides: a change to the format is a type error on both, not a search through the tree.
 */
export { isTrackingCode, LEGACY_TRACKING_CODE, newTrackingCode, parseTrackingCode, TRACKING_CODE, type ParsedTrackingCode } from '@congkhai/cms/tracking-code'

import { parseTrackingCode as parse } from '@congkhai/cms/tracking-code'

/** The code in a link (`/gop-y/da-gui?ma=…`), normalised, or null when it is not one. */
export function codeFromLink(input: unknown): string | null {
  const parsed = parse(input)
  return parsed.ok ? parsed.code : null
}
