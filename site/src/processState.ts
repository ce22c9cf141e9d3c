const REGISTRY = Symbol.for('congkhai.site.processState')

/**
 * The symbol each state was kept on before the registry, by name; the registry shares its state there too.
 *
 * @remarks At start the site server serves the build that was live before while it builds afresh, so after an upgrade
 * it imports a bundle made before the registry, which looks for each state on its own symbol. Shared there, that
 * bundle finds the host's state instead of making its own: a second feedback outbox on the same journal would
 * compact it under the first one's feet, and a second search index would double the memory.
 */
const BEFORE_REGISTRY: Record<ProcessStateName, symbol> = {
  content: Symbol.for('congkhai.content'),
  derived: Symbol.for('congkhai.derived'),
  searchEngines: Symbol.for('congkhai.searchEngines'),
  feedbackIntake: Symbol.for('congkhai.feedbackIntake'),
}

/**
 * The state named `name` that this process keeps once for every copy of the site's modules, made by `create` the
 * first time any copy asks for it.
 *
 * @remarks The site server (`publish/host.ts`) and each build's bundle it imports are separate module graphs in one
 * process, as are the patch thread's own modules and the build's render bundle that thread loads: every graph has its
 * own copy of `published/content.ts`, `search/search.ts` and the rest (this module included), so a module-level
 * variable exists once per graph, where the host and the pages need one. What must exist once is kept here instead:
 * the content store and the values derived from it (`content`, `derived`), the search engines (`searchEngines`) and
 * the feedback intake (`feedbackIntake`). The registry sits on one `globalThis` symbol, so every copy of this module
 * finds the same one (per thread: a worker thread has a `globalThis` of its own), and the state the host shares with
 * the bundles is named in one place rather than hidden in four modules.
 */
export function processState<T>(name: ProcessStateName, create: () => T): T {
  const registry = ((globalThis as { [REGISTRY]?: Map<string, unknown> })[REGISTRY] ??= new Map())
  if (!registry.has(name)) registry.set(name, ((globalThis as Record<symbol, unknown>)[BEFORE_REGISTRY[name]] ??= create()))
  return registry.get(name) as T
}

/** The names of the process-wide state, one per module that keeps some. */
export type ProcessStateName = 'content' | 'derived' | 'searchEngines' | 'feedbackIntake'
