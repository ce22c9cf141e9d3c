import type { APIRoute } from 'astro'
import { jsonDownload, qualityProcessRecords } from '../../formats/openData'

/** Every published ISO 9001 process as JSON. */
export const GET: APIRoute = async () => jsonDownload('quy-trinh-iso', await qualityProcessRecords())
