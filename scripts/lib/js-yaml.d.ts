/** The one function of js-yaml the tests use (the package ships no types, and `@types/js-yaml` is not installed). */
declare module 'js-yaml' {
  /** Parses one YAML document (the default, safe schema). */
  export function load(text: string): unknown
  const yaml: { load: typeof load }
  export default yaml
}
