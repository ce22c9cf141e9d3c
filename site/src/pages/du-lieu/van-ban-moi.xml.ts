import type { APIRoute } from 'astro'
import { documentFeed } from '../../formats/feedPages'

/** The newest legal documents as an Atom feed. */
export const GET: APIRoute = async () => documentFeed()
