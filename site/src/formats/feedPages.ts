import { siteConfig } from '../config'
import { content } from '../published/content'
import { atomFeed } from './feeds'

const FEED_SIZE = 30
const absolute = (path: string) => new URL(path, siteConfig.SITE_URL).href
const atom = (xml: string) => new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } })

/** The newest published legal documents, by date of issue, as an Atom response. */
export async function documentFeed(): Promise<Response> {
  const [docs, settings] = await Promise.all([content('vi').legalDocuments(), content('vi').settings()])
  const entries = docs.slice(0, FEED_SIZE).map((d) => ({ url: absolute(`/van-ban/${d.slug}`), title: `${d.number}: ${d.title}`, updated: d.updatedAt, published: d.issuedDate, summary: d.summary }))
  return atom(atomFeed({ title: `Văn bản mới · ${settings.agencyName}`, url: absolute('/van-ban'), self: absolute('/du-lieu/van-ban-moi.xml'), author: settings.agencyName, lang: 'vi', entries }))
}

/** The newest published articles as an Atom response. */
export async function newsFeed(): Promise<Response> {
  const [news, settings] = await Promise.all([content('vi').news(), content('vi').settings()])
  const entries = news.slice(0, FEED_SIZE).map((n) => ({ url: absolute(`/tin-tuc/${n.slug}`), title: n.title, updated: n.updatedAt, published: n.publishedDate, summary: n.summary }))
  return atom(atomFeed({ title: `Tin tức · ${settings.agencyName}`, url: absolute('/tin-tuc'), self: absolute('/tin-tuc/feed.xml'), author: settings.agencyName, lang: 'vi', entries }))
}
