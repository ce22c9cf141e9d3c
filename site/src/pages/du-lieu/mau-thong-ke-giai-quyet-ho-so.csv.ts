import { templateCsv } from '@congkhai/contracts/stats'
import type { APIRoute } from 'astro'

/** The CSV template for entering dossier-processing figures (the CMS's `npm run import:stats` and admin upload read it). */
export const GET: APIRoute = () => new Response(templateCsv(), { headers: { 'content-type': 'text/csv; charset=utf-8' } })
