import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration, AstroPrerenderer } from 'astro'

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

interface BuildApp {
  getOptions(): { settings: { config: { build: { server: URL } }; scripts: { stage: string }[] }; allPages: Record<string, { key: string; styles: unknown[] }> }
}

/**
 * Keeps the bundle Astro prerenders pages with (normally deleted at the end of `astro build`) in `<outDir>/render/`.
 *
 * @remarks The site server imports it to re-render only the pages a publish changes (`server/PatchRenderer.ts`),
 * through the same views, in the same process: no new `astro build`, no bundling.
 */
export function keepRenderBundle(): AstroIntegration {
  let outDir: string
  return {
    name: 'congkhai:keep-render-bundle',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir)
      },
      'astro:build:start': ({ setPrerenderer }) => {
        setPrerenderer((defaults: AstroPrerenderer) => ({
          ...defaults,
          name: 'congkhai:prerender-and-keep',
          async setup() {
            await defaults.setup?.()
            const app = (defaults as AstroPrerenderer & { app: BuildApp }).app
            const options = app.getOptions()
            const source = path.join(fileURLToPath(options.settings.config.build.server), '.prerender')
            const target = path.join(outDir, RENDER_DIR)
            fs.cpSync(source, target, { recursive: true })
            const entry = fs.readdirSync(source).find((name) => name.startsWith('prerender-entry'))
            if (!entry) throw new Error(`no prerender entry in ${source}`)
            const manifest: RenderManifest = {
              entry,
              pages: Object.values(options.allPages).map((page) => [page.key, { styles: page.styles }]),
              scripts: options.settings.scripts.filter((s) => s.stage === 'head-inline'),
            }
            fs.writeFileSync(path.join(target, RENDER_MANIFEST), JSON.stringify(manifest))
          },
        }))
      },
    },
  }
}
