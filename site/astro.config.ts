import node from '@astrojs/node'
import { defineConfig } from 'astro/config'
import { siteConfig } from './src/config'
import { keepRenderBundle } from './src/integrations/keepRenderBundle'
import { linkSitePackages } from './src/integrations/linkSitePackages'
import { precompressBuild } from './src/integrations/precompressBuild'
import { prefetchContent } from './src/integrations/prefetchContent'
import { cspDirectives } from './src/security/securityHeaders'

export default defineConfig({
  site: siteConfig.SITE_URL,
  output: 'static',
  adapter: node({ mode: 'standalone' }),
  integrations: [prefetchContent(), keepRenderBundle(), linkSitePackages(), precompressBuild()],
  trailingSlash: 'ignore',
  build: { format: 'directory', concurrency: 4 },
  compressHTML: true,
  devToolbar: { enabled: false },
  security: {
    checkOrigin: true,
    // Astro hashes the inline scripts and styles it emits into each page's policy: a `<meta>` element on prerendered
    // pages (nginx serves them as files), a header on on-demand ones. Style attributes stay allowed: the CMS's rich
    // text sets alignment and indentation with them; scripts in attributes do not.
    csp: {
      directives: cspDirectives(siteConfig.publicMediaUrl),
      styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
    },
  },
})
