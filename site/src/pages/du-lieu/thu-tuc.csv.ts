import type { APIRoute } from 'astro'
import { csv } from '../../formats/feeds'
import { procedureRecords } from '../../formats/openData'

/** Every published procedure as CSV, one row each. */
export const GET: APIRoute = async () => new Response(csv(await procedureRecords()), { headers: { 'content-type': 'text/csv; charset=utf-8' } })
