/**
 * The Node.js flags the CMS server runs with, wherever it runs: `npm start` (`scripts/start.ts`), the `Dockerfile`
 * and the systemd unit (`nodeFlags.test.ts` checks that each says the same).
 *
 * @remarks Memory under abuse (issue 18: the CMS within 100 MB of idle while eight clients hammer the heaviest
 * anonymous read). With Node's defaults the young generation grew to 128 MB and the old one to 150 MB, of which a full
 * collection kept 35 MB: the compiled CMS grew +304 MB over idle. A young generation of at most 2 × 16 MB and an old
 * one that grows 25 % past what survived its last full collection held the same hammer at +45 MB, with the same heap
 * after a full collection (57 MB), so nothing is kept that was not before. The price is more collections: under the
 * hammer `/api/health` p95 99 ms instead of 62 and the hammering clients got 353 answers in 30 s instead of 476, both
 * runs back to back on a quiet machine (`npm run bench:abuse`, docs/benchmarks.md, "Abuse"). `--expose-gc` lets the
 * server collect its heap once it goes quiet after a burst (`idleCollection.ts`).
 */
export const CMS_NODE_FLAGS = ['--max-semi-space-size=16', '--heap-growing-percent=25', '--expose-gc'] as const
