import type { APIRoute } from 'astro'
// The CMS's import template, the file editors fill in; served here so agencies can download it from the public site.
import template from '../../../../cms/src/importers/stats/template.csv?raw'

/** The CSV template for entering dossier-processing figures (the CMS's `npm run import:stats` and admin upload read it). */
export const GET: APIRoute = () => new Response(template, { headers: { 'content-type': 'text/csv; charset=utf-8' } })
