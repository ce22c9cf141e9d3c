import type { APIRoute, GetStaticPaths } from 'astro'
import { sitemapPart, sitemapPartPaths, type SitemapPage } from '../formats/sitemap'

/** The files `/sitemap.xml` lists when the site has more pages than one sitemap file may hold; none otherwise. */
export const getStaticPaths = sitemapPartPaths satisfies GetStaticPaths

export const GET: APIRoute = ({ props }) => new Response(sitemapPart((props as { pages: SitemapPage[] }).pages), { headers: { 'content-type': 'application/xml; charset=utf-8' } })
