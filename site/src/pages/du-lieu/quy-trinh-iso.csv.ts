import type { APIRoute } from 'astro'
import { csv } from '../../formats/feeds'
import { qualityProcessRecords } from '../../formats/openData'

/** Every published ISO 9001 process as CSV, one row each. */
export const GET: APIRoute = async () => new Response(csv(await qualityProcessRecords()), { headers: { 'content-type': 'text/csv; charset=utf-8' } })
