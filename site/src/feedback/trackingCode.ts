import { parseTrackingCode } from '@congkhai/contracts/tracking-code'

/** The code in a link (`/gop-y/da-gui?ma=…`), normalised, or null when it is not one. */
export function codeFromLink(input: unknown): string | null {
  const parsed = parseTrackingCode(input)
  return parsed.ok ? parsed.code : null
}
