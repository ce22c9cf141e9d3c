import type { APIRoute, GetStaticPaths } from 'astro'
import { sitemapPart, sitemapPartCount } from '../formats/sitemap'

/** The files `/sitemap.xml` lists when the site has more pages than one sitemap file may hold; none otherwise. */
export const getStaticPaths = (async () => Array.from({ length: await sitemapPartCount() }, (_, i) => ({ params: { part: String(i + 1) } }))) satisfies GetStaticPaths

export const GET: APIRoute = async ({ params }) => {
  const text = await sitemapPart(Number(params.part))
  return text === undefined ? new Response(null, { status: 404 }) : new Response(text, { headers: { 'content-type': 'application/xml; charset=utf-8' } })
}
