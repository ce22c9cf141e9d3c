import { FIGURES } from '@congkhai/contracts/stats'
import { ValidationError, type CollectionBeforeValidateHook } from 'payload'
import { checkFigures } from '../checkFigures'

/** Rejects figures that are not whole numbers or do not balance (see `checkFigures`), naming each wrong figure. */
export const checkBalance: CollectionBeforeValidateHook = ({ data, originalDoc, collection, req }) => {
  // On update the form may send only the changed figures; the rest are the stored ones.
  const merged = Object.fromEntries(FIGURES.map(({ name }) => [name, data?.[name] !== undefined ? data[name] : originalDoc?.[name]]))
  const problems = checkFigures(merged)
  if (problems.length > 0) throw new ValidationError({ collection: collection.slug, errors: problems }, req.t)
  return data
}
