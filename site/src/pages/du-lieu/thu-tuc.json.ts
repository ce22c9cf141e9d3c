import type { APIRoute } from 'astro'
import { jsonDownload, procedureRecords } from '../../formats/openData'

/** Every published procedure as JSON. */
export const GET: APIRoute = async () => jsonDownload('thu-tuc', await procedureRecords())
