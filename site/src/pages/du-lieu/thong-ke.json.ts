import type { APIRoute } from 'astro'
import { jsonDownload } from '../../formats/openData'
import { statsJsonRecords } from '../../stats/statsRecords'

/** Every published processing report as JSON, with computed totals and rates. */
export const GET: APIRoute = async () => jsonDownload('thong-ke-giai-quyet-ho-so', await statsJsonRecords())
