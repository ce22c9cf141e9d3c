import type { APIRoute } from 'astro'
import { csv } from '../../lib/feeds'
import { documentRecords } from '../../lib/openData'

/** Every published legal document as CSV, one row each. */
export const GET: APIRoute = async () => new Response(csv(await documentRecords()), { headers: { 'content-type': 'text/csv; charset=utf-8' } })
