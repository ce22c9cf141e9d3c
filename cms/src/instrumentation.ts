/**
 * Runs once when the CMS's Next.js server starts: methods the CMS does not serve are refused with 405 from then on.
 *
 * @remarks Only in the Node.js runtime, where the HTTP server lives (see `security/refuseUnservedMethods.ts`).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const [{ refuseUnservedMethods }, { cmsConfig }] = await Promise.all([import('./security/refuseUnservedMethods'), import('./config')])
  refuseUnservedMethods({ hsts: cmsConfig.HSTS })
}
