import type { APIRoute } from 'astro'
import { newsFeed } from '../../formats/feedPages'

/** The newest articles as an Atom feed. */
export const GET: APIRoute = async () => newsFeed()
