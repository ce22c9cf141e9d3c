import type { APIRoute } from 'astro'
import { csvDownload } from '../../formats/feeds'
import { documentRecords } from '../../formats/openData'

/** Every published legal document as CSV, one row each. */
export const GET: APIRoute = async () => csvDownload(await documentRecords())
