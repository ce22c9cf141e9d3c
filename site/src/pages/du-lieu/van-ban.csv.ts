import type { APIRoute } from 'astro'
import { csv } from '../../formats/feeds'
import { documentRecords } from '../../formats/openData'

/** Every published legal document as CSV, one row each. */
export const GET: APIRoute = async () => new Response(csv(await documentRecords()), { headers: { 'content-type': 'text/csv; charset=utf-8' } })
