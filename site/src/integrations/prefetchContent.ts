import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import { prefetchContent as startReads } from '../published/content'

/**
 * Starts reading the CMS's content as soon as `astro build` has its configuration, so the reads overlap Astro's
 * start-up and bundling.
 *
 * @remarks The reads land in the content store, process state (`published/content.ts`), which the prerender bundle's
 * copy of `content.ts` shares: its pages wait for the reads under way instead of starting their own. At 10,000
 * documents reading takes about 10 s, most of it the CMS's work; start-up and bundling take 3–4 s before the first
 * page asks. Not in `astro:build:start`, which comes a second or two later. A full build holds the documents' large
 * fields on disk (`published/FieldFile.ts`).
 */
export function prefetchContent(): AstroIntegration {
  return {
    name: 'congkhai:prefetch-content',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        // The documents' large fields go to a file beside the build's output folder (`BUILDS_DIR` for the site
        // server's builds), on the disk the build writes to anyway.
        if (command === 'build') startReads({ fieldFileDir: path.dirname(fileURLToPath(config.outDir)) })
      },
    },
  }
}
