/**
 * A filter of the procedures import that cannot be applied: a bad value, or a value no record of the file matches.
 *
 * @remarks Thrown before anything is read from or written to the database; the message lists every problem at once,
 * each with the values the file does hold, so one correction is enough.
 */
export class FilterError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'))
    this.name = 'FilterError'
  }
}
