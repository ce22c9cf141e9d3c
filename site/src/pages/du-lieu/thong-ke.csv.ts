import type { APIRoute } from 'astro'
import { csvDownload } from '../../formats/feeds'
import { statsCsvRows } from '../../stats/statsRecords'

/** Every published processing report as CSV, in the import template's columns plus computed totals and rates. */
export const GET: APIRoute = async () => csvDownload(await statsCsvRows())
