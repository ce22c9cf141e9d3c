import type { APIRoute } from 'astro'
import { csvDownload } from '../../formats/feeds'
import { procedureRecords } from '../../formats/openData'

/** Every published procedure as CSV, one row each. */
export const GET: APIRoute = async () => csvDownload(await procedureRecords())
