/**
 * The Node.js flags the CMS server runs with, wherever it runs: `npm start` (`scripts/start.ts`), the `Dockerfile`
 * and the systemd unit (`nodeFlags.test.ts` checks that each says the same).
 *
 * @remarks Memory under abuse (issue 18: the CMS within 100 MB of idle while eight clients hammer the heaviest
 * anonymous read). With Node's defaults, the young generation grew to 128 MB and the old generation to 150 MB of
 * which a full collection kept 35 MB: +161 MB over idle. A young generation of at most 2 × 16 MB and an old one
 * that grows 25 % past what survives its last full collection held the same hammer at +21 MB; the heap after a
 * full collection was the same (57 MB), so nothing is kept that was not before (figures: `npm run bench:abuse`,
 * docs/benchmarks.md).
 */
export const CMS_NODE_FLAGS = ['--max-semi-space-size=16', '--heap-growing-percent=25'] as const
