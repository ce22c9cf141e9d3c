import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import { linkFolder } from '../publish/buildSite'

/**
 * Links `<outDir>/node_modules` to `site/node_modules` when npm placed packages there, so a build anywhere resolves
 * the site's own versions of its packages before the repository's (`<BUILDS_DIR>/node_modules`).
 *
 * @remarks Done once `astro build` has emptied its folder, before the prerender bundle is run; the link stays in the
 * build for the site server, which imports it. Today npm hoists every package to the repository's `node_modules`
 * and `site/node_modules` does not exist, so this does nothing.
 */
export function linkSitePackages(): AstroIntegration {
  let outDir: string
  let siteModules: string
  return {
    name: 'congkhai:link-site-packages',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir)
        siteModules = path.join(fileURLToPath(config.root), 'node_modules')
      },
      'astro:build:setup': () => {
        if (!fs.existsSync(siteModules)) return
        fs.mkdirSync(outDir, { recursive: true })
        linkFolder(path.join(outDir, 'node_modules'), siteModules)
      },
    },
  }
}
