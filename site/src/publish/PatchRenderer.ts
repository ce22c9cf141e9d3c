import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { isIndexed, type DocumentEvent, type PublicCollection } from '@congkhai/contracts/publish'
import { siteConfig } from '../config'
import { RENDER_DIR, RENDER_MANIFEST, type RenderManifest } from '../integrations/keepRenderBundle'
import { content, patchDocument, readDocument, resetContent, trackReads, type DocumentVersions } from '../published/content'
import { keepDerived } from '../published/derived'
import { changedPaths, fingerprint, relatedDocuments } from './affectedPages'
import { withFirst, writePatch, type Patch, type PatchResult } from './writePatch'

interface RoutePart {
  content: string
  dynamic: boolean
  spread: boolean
}

interface RouteData {
  route: string
  component: string
  type: string
  prerender: boolean
  segments: RoutePart[][]
  params: string[]
}

/** The part of Astro's build app (inside the render bundle) this module uses. */
interface RenderApp {
  manifest: { routes: { routeData: RouteData }[] }
  routeCache: { clearAll(): void }
  getComponentByRoute(route: RouteData): Promise<{ getStaticPaths?: () => Promise<{ params: Record<string, string | undefined>; props?: unknown }[]> }>
  render(request: Request, options: { routeData: RouteData }): Promise<Response>
  setInternals(internals: unknown): void
  setOptions(options: unknown): void
}

type Doc = { id: number } & Record<string, unknown>

/** The URL a route gives for some params (`/van-ban/[...filter]` with `filter: 'nam/2020'` → `/van-ban/nam/2020`). */
export function pathFor(route: Pick<RouteData, 'segments'>, params: Record<string, string | number | undefined>): string {
  const segments = route.segments
    // A rest parameter's part is named with its dots (`...filter`).
    .map((parts) => parts.map((p) => (p.dynamic ? String(params[p.content.replace(/^\.\.\./, '')] ?? '') : p.content)).join(''))
    .filter((s) => s !== '')
  return `/${segments.join('/')}`
}

/** The CMS documents a page's props hold directly (`{ doc }`, `{ procedure }`): the page is one of theirs. */
export function ownDocuments(props: unknown): object[] {
  if (typeof props !== 'object' || props === null) return []
  return Object.values(props).filter((value): value is object => typeof value === 'object' && value !== null && 'id' in value && 'updatedAt' in value)
}

/** Where the build wrote a path: pages as `<path>/index.html` (`build.format: 'directory'`), endpoints as named. */
export function outputFile(route: Pick<RouteData, 'type' | 'route'>, pathname: string): string {
  if (route.type === 'endpoint') return pathname.slice(1)
  if (route.route === '/404') return '404.html'
  return path.join(pathname.slice(1), 'index.html')
}

/**
 * Applies publishes to the live build by re-rendering only the pages they change, through the build's own render
 * bundle (kept by `integrations/keepRenderBundle.ts`), in this process.
 *
 * @remarks The content of the live build is held in memory (`published/content.ts`); a publish replaces the changed
 * documents, and the documents embedding a copy of them, in it. Every page with parameters is fingerprinted from
 * the props `getStaticPaths()` gives it (`affectedPages.ts`): the pages whose fingerprint changed are rendered,
 * those that disappeared are deleted, and the pages whose paths do not come from the content (without parameters, or
 * with none but the language: home, open data, feeds, sitemap, which read whole collections as they render) are
 * rendered whenever they read a changed collection. Only the routes that read a changed
 * collection (`trackReads`) are asked for their paths again. Every page is rendered before any is written; each is
 * written to a temporary file and renamed over the old one, so a reader always gets a whole page, old or new.
 */
export class PatchRenderer {
  private fingerprints = new Map<string, string>()
  private routeOf = new Map<string, RouteData>()
  /** The collections each route's `getStaticPaths()` read, and the paths it gave, when last asked. */
  private readonly readsOf = new Map<RouteData, Set<string>>()
  private readonly pathsOf = new Map<RouteData, string[]>()
  /** The collections the pages of each route whose paths do not come from the content read as they last rendered. */
  private readonly renderReadsOf = new Map<RouteData, Set<string>>()
  private readonly stamps = new WeakMap<object, number>()
  /** The pages of each document with pages of its own (the direct values of their props: `doc`, `procedure`, `item`). */
  private readonly ownPaths = new WeakMap<object, Set<string>>()
  private pass = 0

  private constructor(
    readonly buildDir: string,
    private readonly app: RenderApp,
  ) {}

  /** Loads the render bundle of `buildDir`, reads the current content and fingerprints every page. */
  static async load(buildDir: string): Promise<PatchRenderer> {
    const renderDir = path.join(buildDir, RENDER_DIR)
    const manifest = JSON.parse(fs.readFileSync(path.join(renderDir, RENDER_MANIFEST), 'utf8')) as RenderManifest
    const { app } = (await import(pathToFileURL(path.join(renderDir, manifest.entry)).href)) as { app: RenderApp }
    // What the build app reads of the build's internals when rendering: each page's styles and the head scripts.
    app.setInternals({ pagesByKeys: new Map(manifest.pages), entrySpecifierToBundleMap: new Map() })
    app.setOptions({ settings: { scripts: manifest.scripts }, logger: { options: { destination: { write: () => true } } } })
    resetContent()
    keepDerived()
    const renderer = new PatchRenderer(buildDir, app)
    await renderer.scan()
    return renderer
  }

  private get routes(): RouteData[] {
    return this.app.manifest.routes.map((r) => r.routeData).filter((r) => r.prerender && r.type !== 'redirect')
  }

  /**
   * Fingerprints every path with parameters as the content now stands, looking again only at the routes that read
   * one of `changed` (all routes when not given); returns the fingerprints it replaces.
   */
  private async scan(changed?: Set<string>): Promise<Map<string, string>> {
    this.app.routeCache.clearAll()
    const fingerprints = new Map<string, string>()
    const shared = new WeakMap<object, string>()
    for (const route of this.routes) {
      if (route.params.length === 0) continue
      const reads = this.readsOf.get(route)
      if (changed && reads && ![...reads].some((c) => changed.has(c))) {
        for (const pathname of this.pathsOf.get(route) ?? []) fingerprints.set(pathname, this.fingerprints.get(pathname) as string)
        continue
      }
      const mod = await this.app.getComponentByRoute(route)
      const { value: entries, reads: read } = await trackReads(async () => (await mod.getStaticPaths?.()) ?? [])
      this.readsOf.set(route, read)
      const paths: string[] = []
      for (const entry of entries) {
        const pathname = pathFor(route, entry.params)
        // The first route to claim a path renders it, as in the build (routes are in priority order).
        if (fingerprints.has(pathname)) {
          if (this.routeOf.get(pathname) === route) throw new Error(`${route.route} gives ${pathname} twice`)
          continue
        }
        fingerprints.set(pathname, fingerprint(entry.props, this.stamps, shared))
        this.routeOf.set(pathname, route)
        paths.push(pathname)
        for (const owner of ownDocuments(entry.props)) {
          if (!this.ownPaths.has(owner)) this.ownPaths.set(owner, new Set())
          this.ownPaths.get(owner)!.add(pathname)
        }
      }
      this.pathsOf.set(route, paths)
    }
    const before = this.fingerprints
    this.fingerprints = fingerprints
    return before
  }

  /**
   * Whether a route's paths do not come from the content (no parameters, or none but the language), so its pages
   * read whole collections as they render rather than through their props, and cannot be fingerprinted.
   */
  private readsWhenRendered(route: RouteData): boolean {
    return route.params.length === 0 || this.readsOf.get(route)?.size === 0
  }

  /** Whether these events can be applied here; other collections (taxonomies, pages, settings) need a full build. */
  static handles(events: DocumentEvent[]): boolean {
    return events.every((e) => isIndexed(e.collection))
  }

  /**
   * Starts reading the documents the changed ones related to before the change, so those reads overlap the index
   * sync; `read` must remember them (the host's reads of the publish under way do) for `apply` to use.
   */
  async prefetch(events: DocumentEvent[], read: (collection: PublicCollection, id: number) => Promise<DocumentVersions>): Promise<void> {
    const [legal, procedures, news, questions] = await Promise.all([content('vi').legalDocuments(), content('vi').procedures(), content('vi').news(), content('vi').questions()])
    const held: Record<PublicCollection, Doc[]> = { 'legal-documents': legal, procedures, news, questions } as unknown as Record<PublicCollection, Doc[]>
    const lists = { procedures: held.procedures, questions: held.questions }
    for (const event of events) {
      const collection = event.collection as PublicCollection
      const previous = held[collection]?.find((d) => d.id === Number(event.id)) ?? null
      for (const ref of relatedDocuments(collection, [previous], lists)) read(ref.collection, ref.id).catch(() => undefined)
    }
  }

  /**
   * Applies the events to the content and the live build's files.
   *
   * @param whenIdle resolves when no request of this process is reading a path's file: the static file server states a
   * file's length, then opens it by name, so a file replaced (or removed) in between is sent cut short
   */
  async apply(
    events: DocumentEvent[],
    read: (collection: PublicCollection, id: number) => Promise<DocumentVersions> = readDocument,
    whenIdle: (pathname: string) => Promise<void> = async () => undefined,
  ): Promise<PatchResult> {
    let first: Promise<PatchResult> | undefined
    const patch = await this.render(events, read, (own) => void (first = writePatch(this.buildDir, own, whenIdle)))
    return withFirst(await writePatch(this.buildDir, patch, whenIdle, first), await first)
  }

  /**
   * Renders the pages whose props held the documents `replaced` were the previous copies of (the last scan's paths),
   * from the content as now patched: Astro asks each of their routes for its paths again, which for a route of one
   * page per document is a walk over one list. A path the document no longer has (its slug changed, it was
   * unpublished) is left to the full pass.
   */
  private async renderOwnPages(pass: number, replaced: object[], started: number): Promise<Patch> {
    this.app.routeCache.clearAll()
    const pages: Patch['pages'] = []
    const times: PatchResult['slowest'] = []
    for (const pathname of new Set(replaced.flatMap((doc) => [...(this.ownPaths.get(doc) ?? [])]))) {
      const route = this.routeOf.get(pathname)
      if (!route) continue
      const start = performance.now()
      let response: Response
      try {
        response = await this.app.render(new Request(new URL(pathname, siteConfig.SITE_URL)), { routeData: route })
      } catch {
        // Astro throws for a path its route no longer gives ("no matching static path"): the full pass removes it.
        continue
      }
      const body = Buffer.from(await response.arrayBuffer())
      if (response.status !== 200) continue
      pages.push({ pathname, file: outputFile(route, pathname), body })
      times.push({ path: pathname, ms: Math.round(performance.now() - start) })
    }
    const rendered = Date.now()
    return { pass, pages, removals: [], documents: replaced.length, at: { started, read: rendered, scanned: rendered, rendered }, slowest: times }
  }

  /**
   * Applies the events to the content and renders the pages they change, without writing them (see {@link writePatch}).
   *
   * @param first given the changed documents' own pages as soon as they are rendered, before the rest (the lists and
   * other pages they appear on, found by a scan of every page), so those can be written ahead of it: an edited
   * document is live in a fraction of the publish. The returned patch renders them again with the rest.
   */
  async render(
    events: DocumentEvent[],
    read: (collection: PublicCollection, id: number) => Promise<DocumentVersions> = readDocument,
    first?: (patch: Patch) => void,
  ): Promise<Patch> {
    const started = Date.now()
    const pass = ++this.pass
    const changed = new Map(events.map((e) => [`${e.collection}:${e.id}`, { collection: e.collection as PublicCollection, id: Number(e.id) }]))
    const related = new Map<string, { collection: PublicCollection; id: number }>()
    // Read in parallel (the CMS answers each in tens of milliseconds), patched one after the other.
    // The copies the changed documents replaced, in both languages: their own pages are known from the last scan.
    const replaced: object[] = []
    const refresh = async (refs: { collection: PublicCollection; id: number }[]): Promise<(Doc | null)[][]> => {
      const next = await Promise.all(refs.map(({ collection, id }) => read(collection, id)))
      const versions: (Doc | null)[][] = []
      for (const [i, { collection, id }] of refs.entries()) {
        const previous = await patchDocument(collection, id, next[i])
        for (const doc of [next[i].vi, next[i].en]) if (doc) this.stamps.set(doc, pass)
        versions.push([previous.vi, next[i].vi] as (Doc | null)[])
        replaced.push(...[previous.vi, previous.en].filter((doc) => doc !== null))
      }
      return versions
    }
    const lists = { procedures: (await content('vi').procedures()) as unknown as Doc[], questions: (await content('vi').questions()) as unknown as Doc[] }
    const versions = await refresh([...changed.values()])
    if (first) first(await this.renderOwnPages(pass, replaced, started))
    for (const [i, { collection }] of [...changed.values()].entries()) {
      for (const ref of relatedDocuments(collection, versions[i], lists)) {
        const key = `${ref.collection}:${ref.id}`
        if (!changed.has(key)) related.set(key, ref)
      }
    }
    await refresh([...related.values()])
    const readAt = Date.now()

    const collections = new Set([...changed.values(), ...related.values()].map((d) => d.collection as string))
    const before = await this.scan(collections)
    const { render, remove } = changedPaths(before, this.fingerprints)
    const scanned = Date.now()
    // Pages without parameters read whole collections as they render: rendered when they read a changed one (or
    // have not been rendered here yet).
    const always = this.routes.filter((r) => this.readsWhenRendered(r) && [...(this.renderReadsOf.get(r) ?? collections)].some((c) => collections.has(c)))
    const pages: Patch['pages'] = []
    const times: { path: string; ms: number }[] = []
    const renderOne = async (route: RouteData, pathname: string) => {
      const start = performance.now()
      // The body is read inside too: a streamed response renders as it is read.
      const { value, reads } = await trackReads(async () => {
        const response = await this.app.render(new Request(new URL(pathname, siteConfig.SITE_URL)), { routeData: route })
        return { status: response.status, body: Buffer.from(await response.arrayBuffer()) }
      })
      if (this.readsWhenRendered(route)) this.renderReadsOf.set(route, new Set([...(this.renderReadsOf.get(route) ?? []), ...reads]))
      const expected = route.route === '/404' ? [200, 404] : [200]
      if (!expected.includes(value.status)) throw new Error(`rendering ${pathname} answered ${value.status}`)
      pages.push({ pathname, file: outputFile(route, pathname), body: value.body })
      times.push({ path: pathname, ms: Math.round(performance.now() - start) })
    }
    for (const route of always) {
      this.renderReadsOf.delete(route)
      for (const pathname of route.params.length === 0 ? [pathFor(route, {})] : (this.pathsOf.get(route) ?? [])) await renderOne(route, pathname)
    }
    for (const pathname of render) await renderOne(this.routeOf.get(pathname) as RouteData, pathname)

    const removals = remove.map((pathname) => {
      const route = this.routeOf.get(pathname) as RouteData
      this.routeOf.delete(pathname)
      return { pathname, file: outputFile(route, pathname), folder: route.type !== 'endpoint' }
    })
    return {
      pass,
      pages,
      removals,
      documents: changed.size + related.size,
      at: { started, read: readAt, scanned, rendered: Date.now() },
      slowest: times.sort((a, b) => b.ms - a.ms).slice(0, 5),
    }
  }
}
