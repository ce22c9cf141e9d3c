/** Published content for users outside the site's own code: the CMS client builds read through, and their content store. */
export { CmsError, findPublished, findPublishedMany, getSiteSettings, listProcessingReports, listPublished, POPULATE, type ListedCollection, type ReadOptions } from './cms'
export { content, SORTS } from './content'
