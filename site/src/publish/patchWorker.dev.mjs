// Entry of the patch thread run from the sources: a thread starts without the parent's TypeScript loader.
import { register } from 'tsx/esm/api'

register()
await import('./patchWorker.ts')
