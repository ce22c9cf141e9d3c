import type { PayloadRequest } from 'payload'

/**
 * Waits until the transaction of `req` has been committed or rolled back (Payload clears `transactionID` then), or
 * `maxWaitMs` has passed, checking every `stepMs`.
 *
 * @remarks Payload has no after-commit hook: work that must see the committed change (the publish nudge, an upload's
 * extraction job) waits here, never inside the save.
 */
export async function transactionSettled(req: Partial<Pick<PayloadRequest, 'transactionID'>> | undefined, maxWaitMs: number, stepMs = 20): Promise<void> {
  for (let waited = 0; req?.transactionID && waited < maxWaitMs; waited += stepMs) await new Promise((resolve) => setTimeout(resolve, stepMs))
}
