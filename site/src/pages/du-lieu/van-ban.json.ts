import type { APIRoute } from 'astro'
import { documentRecords, jsonDownload } from '../../formats/openData'

/** Every published legal document as JSON. */
export const GET: APIRoute = async () => jsonDownload('van-ban', await documentRecords())
