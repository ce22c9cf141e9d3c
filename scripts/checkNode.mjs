// Runs before `npm start` and `npm test` on whatever Node npm found, so it is plain JavaScript.
// npm puts node_modules/.bin first on PATH, where the `node` devDependency installs Node 24; if its
// install script was skipped, the system Node (20) is used silently and fails later in confusing ways.
const required = 24
const major = Number(process.versions.node.split('.')[0])
if (major < required) {
  console.error(
    [
      `congkhai cần Node.js ${required} trở lên; đang chạy Node.js ${process.versions.node}.`,
      `congkhai needs Node.js ${required}+; this is Node.js ${process.versions.node} (${process.execPath}).`,
      'The `node` devDependency provides it: run `npm install` (install scripts enabled; the root package.json',
      'approves `node` in allowScripts), then try again. `npm rebuild node` repairs a skipped install script.',
    ].join('\n'),
  )
  process.exit(1)
}
