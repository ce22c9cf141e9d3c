/**
 * The Node.js flags the site server (`host.ts`) runs with, wherever it runs: `npm start` (`scripts/start.ts`),
 * `docker-compose.yml` and the systemd unit (`nodeFlags.test.ts` checks that each says the same). The same heap
 * settings as the CMS's (cms/src/nodeFlags.ts), for the same reason.
 *
 * @remarks With Node's defaults V8 lets a heap grow to about twice what survived its last full collection, and keeps a
 * young generation of up to 3 × 32 MB per thread. The site server's heaps hold the content for incremental publishes
 * and the search index (hundreds of megabytes at 10,000 documents) and go through large one-off peaks (a full
 * publish re-reads everything): a young generation of at most 2 × 16 MB and an old one that grows 25 % past what
 * survived keep its resident memory near what it uses (`npm run bench:memory`, docs/benchmarks.md, "Memory").
 * `--expose-gc`: each thread collects its heap after a burst of work (`@congkhai/cms/idle-collection`).
 */
export const SITE_NODE_FLAGS = ['--max-semi-space-size=16', '--heap-growing-percent=25', '--expose-gc'] as const
