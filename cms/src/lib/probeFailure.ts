/**
 * Why the site's status could not be read: it did not answer in time (`timeout`: busy, or hung), nothing listens
 * or the host is unknown (`unreachable`: down), or the answer was not a status (`error`).
 */
export type ProbeFailure = 'timeout' | 'unreachable' | 'error'

const UNREACHABLE = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN'])

/** Sorts the error of a failed `fetch` (with `AbortSignal.timeout`) by what it says about the site. */
export function probeFailure(err: unknown): ProbeFailure {
  const error = err as { name?: string; cause?: { code?: string } } | undefined
  if (error?.name === 'TimeoutError') return 'timeout'
  return UNREACHABLE.has(error?.cause?.code ?? '') ? 'unreachable' : 'error'
}
