const REGISTRY = Symbol.for('congkhai.site.processState')

/**
 * The state named `name` that this process keeps once for every copy of the site's modules, made by `create` the
 * first time any copy asks for it.
 *
 * @remarks The site server (`publish/host.ts`) and each build's bundle it imports are separate module graphs in one
 * process, as are the patch thread's own modules and the build's render bundle that thread loads: every graph has its
 * own copy of `content/content.ts`, `search/search.ts` and the rest (this module included), so a module-level
 * variable exists once per graph, where the host and the pages need one. What must exist once is kept here instead:
 * the content store and the values derived from it (`content`, `derived`), the search engines (`searchEngines`) and
 * the feedback intake (`feedbackIntake`). The registry sits on one `globalThis` symbol, so every copy of this module
 * finds the same one (per thread: a worker thread has a `globalThis` of its own), and the state the host shares with
 * the bundles is named in one place rather than hidden in four modules.
 */
export function processState<T>(name: ProcessStateName, create: () => T): T {
  const registry = ((globalThis as { [REGISTRY]?: Map<string, unknown> })[REGISTRY] ??= new Map())
  if (!registry.has(name)) registry.set(name, create())
  return registry.get(name) as T
}

/** The names of the process-wide state, one per module that keeps some. */
export type ProcessStateName = 'content' | 'derived' | 'searchEngines' | 'feedbackIntake'
