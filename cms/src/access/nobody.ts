import type { Access } from 'payload'

/**
 * No one through the API (the Local API with `overrideAccess` still can).
 *
 * @remarks Payload lets any signed-in account through an operation whose access is left out (`readVersions` of a
 * collection without versions, for instance), service accounts included; saying `nobody` closes it explicitly.
 */
export const nobody: Access = () => false
