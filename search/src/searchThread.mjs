// Entry of a search worker thread: a thread starts without the parent's TypeScript loader, so register one first.
import { register } from 'tsx/esm/api'

register()
await import('./searchThread.ts')
