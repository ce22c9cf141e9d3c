import type { APIRoute } from 'astro'
import { newsFeed } from '../../lib/feedPages'

/** The newest articles as an Atom feed. */
export const GET: APIRoute = async () => newsFeed()
