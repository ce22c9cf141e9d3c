import { PUBLISH_LOG_COLLECTION } from '@congkhai/contracts/publish'
import type { Access, CollectionConfig } from 'payload'
import { hasRole } from '../../access/hasRole'
import { nobody } from '../../access/nobody'

/** The build account (every site replica) and administrators read the log; nobody writes it over the API. */
const buildOrAdmin: Access = ({ req }) => hasRole(req, 'build', 'admin')

/**
 * The publish log: one entry per change the site must publish, written by `notifySite.ts` in the transaction of the
 * change itself; the entry's `id` is its sequence number.
 *
 * @remarks Site replicas follow it from the last sequence they applied (`site/src/publish/PublishLogFollower.ts`),
 * so a publish reaches every replica, including one the webhook missed, without the CMS knowing the replicas. Written
 * by the Local API only; entries older than `PUBLISH_LOG_RETENTION_DAYS` are removed as new ones are written.
 */
export const PublishEvents: CollectionConfig = {
  slug: PUBLISH_LOG_COLLECTION,
  access: { create: nobody, read: buildOrAdmin, readVersions: nobody, update: nobody, delete: nobody },
  labels: { singular: 'Sự kiện xuất bản', plural: 'Nhật ký xuất bản' },
  admin: { hidden: true, useAsTitle: 'id' },
  defaultSort: 'id',
  fields: [{ name: 'event', type: 'json', required: true, label: 'Sự kiện', admin: { readOnly: true } }],
}
