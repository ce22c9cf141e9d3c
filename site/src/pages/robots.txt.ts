import type { APIRoute } from 'astro'
import { siteConfig } from '../config'

/** Lets crawlers in everywhere but the editors' previews and the JSON API, and points them at the sitemap. */
export const GET: APIRoute = () =>
  new Response(['User-agent: *', 'Disallow: /xem-truoc', 'Disallow: /api/', '', `Sitemap: ${new URL('/sitemap.xml', siteConfig.SITE_URL).href}`, ''].join('\n'), {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  })
