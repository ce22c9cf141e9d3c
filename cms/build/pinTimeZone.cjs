// @ts-check
const fs = require('node:fs')
const path = require('node:path')

/** A name minified JavaScript may give a variable. */
const NAME = '[\\w$]+'

/**
 * Source of a formatter of a zone's wall clock: `zone` is the source of an expression naming the zone.
 *
 * @param {string} zone
 */
const clockFormat = (zone) =>
  `new Intl.DateTimeFormat("en-US",{timeZone:${zone},hourCycle:"h23",year:"numeric",month:"numeric",day:"numeric",hour:"numeric",minute:"numeric",second:"numeric"})`

/**
 * Source of a function `(format, instant)` giving a date whose clock fields, as the browser reads them in its own
 * zone, are the formatter's wall clock at that instant: what a date picker, which reads those fields, shows.
 */
const WALL_CLOCK = 'function(f,n){var p={};f.formatToParts(n).forEach(function(x){p[x.type]=+x.value});return new Date(p.year,p.month-1,p.day,p.hour,p.minute,p.second,n.getMilliseconds())}'

/**
 * The rewrites this loader knows, by name: each finds one piece of Payload's bundled browser code (3.90) and makes it
 * use the agency's time zone.
 *
 * @type {Record<string, { what: string, pattern: RegExp, replace: (timeZone: string) => string }>}
 */
const PATCHES = {
  // `formatDate({ date, i18n, pattern, timezone })` (`@payloadcms/ui`, `utilities/formatDocTitle/formatDateTitle`),
  // bundled once into `exports/client` and once into `exports/shared`. Given no `timezone`, it formats in the
  // browser's zone; given one, in that zone. Its callers (the meta line of the account page and of every document,
  // autosave, the folder view, the version comparison's pills and drawer) pass none but for fields with a zone of
  // their own, so the default becomes the agency's.
  formatDate: {
    what: 'formatDate({ date, i18n, pattern, timezone })',
    pattern: new RegExp(`\\(\\{date:(${NAME}),i18n:(${NAME}),pattern:(${NAME}),timezone:(${NAME})\\}\\)=>\\{let (${NAME})=new (${NAME})\\(new Date\\(\\1\\)\\);if\\(\\4\\)\\{`, 'g'),
    replace: (timeZone) => `({date:$1,i18n:$2,pattern:$3,timezone:$4=${JSON.stringify(timeZone)}})=>{let $5=new $6(new Date($1));if($4){`,
  },
  // react-datepicker's `newDate(value)` (7.x, bundled into one of `@payloadcms/ui`'s `exports/client/chunk-*.js`):
  // with no value it is "now", from which the picker takes today's day (highlighted, `aria-current`), the month it
  // opens on and the day the keyboard starts from. The picker reads dates by the browser's clock fields, so "now"
  // becomes a date whose fields are the agency's wall clock: at 20:00 UTC, 03:00 the next day.
  datepickerNow: {
    what: "react-datepicker's newDate()",
    pattern: new RegExp(`function (${NAME})\\((${NAME})\\)\\{if\\(\\2==null\\)return new Date;(var (${NAME})=typeof \\2=="string"\\?${NAME}\\.parseISO\\(\\2\\):${NAME}\\.toDate\\(\\2\\);return ${NAME}\\(\\4\\)\\?\\4:new Date\\})`, 'g'),
    replace: (timeZone) =>
      `function $1($2){if($2==null)return(${WALL_CLOCK})($1.agencyClock||($1.agencyClock=${clockFormat(JSON.stringify(timeZone))}),new Date);$3`,
  },
  // The schedule-publish drawer (`@payloadcms/ui`, `elements/PublishButton/ScheduleDrawer`, bundled into
  // `exports/client`): its picker shows the zone chosen beside it (the agency's, the only one offered) by the
  // browser's clock fields, but it bounds the choice by the browser's own "now" (`minDate: new Date()`, and
  // `minTime` the same on the day it takes for today): on a computer at 20:00 UTC it offered the Vietnamese day
  // before, whose hours are all past. Both become that zone's wall clock, read by the browser's clock fields, and
  // "today" is the chosen date's day there. Groups: 1 the shown value (an ISO string), 2 `useMemo`, 3 the zone,
  // 4 the browser's zone, 5 the chosen instant, 6 and 9 code kept as it is, 7 `minTime`, 8 `startOfDay`.
  scheduleEarliest: {
    what: "the schedule-publish drawer's minDate and minTime",
    pattern: new RegExp(
      `(${NAME})=(${NAME})\\(\\(\\)=>\\{if\\((${NAME})&&(${NAME})&&(${NAME})\\)\\{([^]{0,600}?)` +
        `let (${NAME})=\\2\\(\\(\\)=>\\5&&${NAME}\\(\\5\\)\\?new Date:(${NAME})\\(new Date\\),\\[\\5\\]\\);` +
        `([^]{0,3000}?)minDate:new Date,minTime:\\7,`,
      'g',
    ),
    replace: (timeZone) => {
      const wallClock = `(function(z){return(${WALL_CLOCK})(${clockFormat(`z||${JSON.stringify(timeZone)}`)},new Date)})`
      return (
        `$1=$2(()=>{if($3&&$4&&$5){$6` +
        `let $7=$2(()=>{var pinNow=${wallClock}($3),pinShown=$1&&new Date($1);return pinShown&&pinShown.toDateString()===pinNow.toDateString()?pinNow:$8(pinNow)},[$1,$3]);` +
        `$9minDate:${wallClock}($3),minTime:$7,`
      )
    },
  },
}

/**
 * A Turbopack loader that rewrites pieces of Payload's bundled browser code to use the agency's time zone
 * (`options.patches`, names in {@link PATCHES}, applied in turn; `options.timeZone`, an IANA name).
 *
 * @remarks For what no setting reaches (issue 21, see `next.config.ts`). Minified code has no stable names, so each
 * patch is a pattern of its shape; it must match exactly once, or the build fails with this file's name: after a
 * Payload upgrade, a rewrite that silently stopped happening would put the admin back in the browser's zone.
 * @this {{ resourcePath: string, getOptions(): { patches: string[], timeZone: string } }}
 * @param {string} source
 */
function pinTimeZone(source) {
  const { patches, timeZone } = this.getOptions()
  return patches.reduce((code, name) => pinTimeZone.rewrite(code, name, timeZone, this.resourcePath), source)
}

/**
 * The source with the named patch applied; throws unless its pattern occurs exactly once.
 *
 * @param {string} source
 * @param {string} name
 * @param {string} timeZone
 * @param {string} file
 */
pinTimeZone.rewrite = (source, name, timeZone, file) => {
  const patch = PATCHES[name]
  if (!patch) throw new Error(`pinTimeZone: no patch named ${JSON.stringify(name)} (known: ${Object.keys(PATCHES).join(', ')})`)
  new Intl.DateTimeFormat('en-US', { timeZone }) // throws on a zone name Intl does not know
  const found = source.match(patch.pattern)?.length ?? 0
  if (found !== 1) {
    throw new Error(
      `pinTimeZone: ${patch.what} found ${found} times in ${file}, expected once. Payload's bundled code changed ` +
        `(an upgrade?): update the pattern in cms/build/pinTimeZone.cjs, or the admin shows times in the browser's ` +
        `time zone again (issue 21; e2e/adminVietnamese.spec.ts checks it).`,
    )
  }
  return source.replace(patch.pattern, patch.replace(timeZone))
}

/**
 * The file of `@payloadcms/ui`'s browser bundle (a `chunk-*.js` beside `clientIndex`, whose name changes with every
 * Payload release) that holds react-datepicker; throws unless exactly one does.
 *
 * @param {string} clientIndex the path of `@payloadcms/ui/dist/exports/client/index.js`
 */
pinTimeZone.datepickerChunk = (clientIndex) => {
  const folder = path.dirname(clientIndex)
  const chunks = fs
    .readdirSync(folder)
    .filter((file) => /^chunk-.*\.js$/.test(file) && fs.readFileSync(path.join(folder, file), 'utf8').includes('react-datepicker__day--today'))
  if (chunks.length !== 1) throw new Error(`pinTimeZone: react-datepicker found in ${chunks.length} chunks of ${folder}, expected one (a Payload upgrade?): see cms/build/pinTimeZone.cjs`)
  return path.join(folder, chunks[0])
}

/**
 * The installed files to rewrite and the patches for each, as the package resolver finds them (so a file Payload moved
 * fails here rather than leaving a rule that matches nothing): `file`, its path; `module`, its path from
 * `node_modules/` on (`@payloadcms/ui/dist/exports/shared/index.js`), as a Turbopack rule's glob takes it.
 *
 * @returns {{ file: string, module: string, patches: (keyof typeof PATCHES)[] }[]}
 */
pinTimeZone.targets = () => {
  const clientIndex = require.resolve('@payloadcms/ui')
  /**
   * @param {string} file
   * @param {(keyof typeof PATCHES)[]} patches
   */
  const target = (file, ...patches) => {
    const at = file.lastIndexOf(`${path.sep}node_modules${path.sep}`)
    if (at < 0) throw new Error(`pinTimeZone: ${file} is not in a node_modules folder`)
    return { file, module: file.slice(at + '/node_modules/'.length).split(path.sep).join('/'), patches }
  }
  return [
    target(clientIndex, 'formatDate', 'scheduleEarliest'),
    target(require.resolve('@payloadcms/ui/shared'), 'formatDate'),
    target(pinTimeZone.datepickerChunk(clientIndex), 'datepickerNow'),
  ]
}

module.exports = pinTimeZone
