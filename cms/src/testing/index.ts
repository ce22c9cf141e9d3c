/**
 * Test helpers any test may take, in or outside the CMS (a unit test, a Playwright spec, the integration tests'
 * set-up): nothing here boots Payload.
 *
 * @remarks A CMS on the integration tests' database is `@congkhai/cms/testing/cms` (`testCms.ts`): it needs the
 * `@payload-config` alias and the database the integration tests' set-up starts, which these users have not.
 */
export { sampleFiles } from './sampleFiles'
export { startWebhookSink } from './webhookSink'
export { printSampleDecisionPdf, sampleDecision, sampleDecisionHtml } from './sampleDecision'
