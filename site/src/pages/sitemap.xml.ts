import type { APIRoute } from 'astro'
import { sitemap } from '../formats/sitemap'

/** Every public page in both languages, for search engines, or the index of the files holding them on a large site. */
export const GET: APIRoute = async () => new Response(await sitemap(), { headers: { 'content-type': 'application/xml; charset=utf-8' } })
