import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'

/** Folder of a build that holds its render bundle, and the file describing it. */
export const RENDER_DIR = 'render'
export const RENDER_MANIFEST = 'render.json'

/** What the site server needs besides the bundle to render a page exactly as the build did. */
export interface RenderManifest {
  /** The bundle's entry module, relative to the render folder. */
  entry: string
  /** Each page's stylesheets as the build linked or inlined them, by Astro's page key. */
  pages: [string, { styles: unknown[] }][]
  /** Scripts integrations add to every page's head. */
  scripts: unknown[]
}

/**
 * Keeps the bundle Astro prerenders pages with (normally deleted at the end of `astro build`) in `<outDir>/render/`.
 *
 * @remarks The site server imports it to re-render only the pages a publish changes (`publish/PatchRenderer.ts`),
 * through the same views, in the same process: no new `astro build`, no bundling. Scripts other integrations inject
 * into every page's head are not recorded (this site has none).
 */
export function keepRenderBundle(): AstroIntegration {
  let outDir: string
  let serverDir: string
  let pages: Map<string, { styles: unknown[] }> | undefined
  return {
    name: 'congkhai:keep-render-bundle',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir)
        serverDir = fileURLToPath(config.build.server)
      },
      'astro:build:setup': (options) => {
        // Astro's own map of the build's pages: their styles are filled in as the bundles are built.
        pages = options.pages as unknown as Map<string, { styles: unknown[] }>
      },
      'astro:build:generated': () => {
        const source = path.join(serverDir, '.prerender')
        const target = path.join(outDir, RENDER_DIR)
        fs.cpSync(source, target, { recursive: true })
        const entry = fs.readdirSync(source).find((name) => name.startsWith('prerender-entry'))
        if (!entry || !pages) throw new Error(`no prerender bundle in ${source}`)
        const manifest: RenderManifest = { entry, pages: [...pages].map(([key, page]) => [key, { styles: page.styles }]), scripts: [] }
        fs.writeFileSync(path.join(target, RENDER_MANIFEST), JSON.stringify(manifest))
      },
    },
  }
}
