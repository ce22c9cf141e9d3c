import node from '@astrojs/node'
import { defineConfig } from 'astro/config'
import { siteConfig } from './src/config'
import { keepRenderBundle } from './src/integrations/keepRenderBundle'
import { prefetchContent } from './src/integrations/prefetchContent'

export default defineConfig({
  site: siteConfig.SITE_URL,
  output: 'static',
  adapter: node({ mode: 'standalone' }),
  integrations: [prefetchContent(), keepRenderBundle()],
  trailingSlash: 'ignore',
  build: { format: 'directory', concurrency: 4 },
  compressHTML: true,
  devToolbar: { enabled: false },
  security: { checkOrigin: true },
})
