import type { APIRoute } from 'astro'
import { csvDownload } from '../../formats/feeds'
import { qualityProcessRecords } from '../../formats/openData'

/** Every published ISO 9001 process as CSV, one row each. */
export const GET: APIRoute = async () => csvDownload(await qualityProcessRecords())
