import type { AfterErrorHook } from 'payload'

/** The cause chain of an error, outermost first (Drizzle wraps the driver's error in `cause`). */
function causes(error: unknown): unknown[] {
  const chain: unknown[] = []
  for (let e = error; e && chain.length < 5; e = (e as { cause?: unknown }).cause) chain.push(e)
  return chain
}

/**
 * Answers 400, not 500, when PostgreSQL refused a value of the request: a text where an id is a number
 * (`where[id][in]=abc`), a negative page, a date that is not one.
 *
 * @remarks These are PostgreSQL's "data exception" errors (SQLSTATE class 22): the query was well formed and the
 * caller's value was not, so the fault is the request's. Payload only checks paths and operators of a `where`,
 * not the values, and passes such a value to the database, whose refusal it then reports as a server error.
 */
export const badQueryValueIs400: AfterErrorHook = ({ error }) => {
  const dataException = causes(error).some((e) => typeof (e as { code?: unknown }).code === 'string' && /^22[0-9A-Z]{3}$/.test((e as { code: string }).code))
  if (!dataException) return
  return { status: 400, response: { errors: [{ message: 'Giá trị trong yêu cầu không hợp lệ (a value in the request is not valid)' }] } }
}
