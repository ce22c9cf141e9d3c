import { accountedFor, FIGURES, figureLabel, imbalance, pending, received, resolved, toProcess, type FigureName, type Figures } from '@congkhai/contracts/stats'

/** A validation problem on one field, as Payload's `ValidationError` and the import report show it. */
export interface FieldProblem {
  path: FigureName
  message: string
}

/** Figures as they arrive from a form or a CSV row: numbers, empty, or anything else. */
export type FigureInput = Partial<Record<FigureName, unknown>>

/**
 * Checks that every figure is a whole number of dossiers and that the report balances:
 * carried over + received = resolved (early, on time, late) + in progress (not yet due, overdue) + returned or
 * withdrawn. Messages are in Vietnamese and name the figure that is wrong, or every figure of an unbalanced sum.
 *
 * @remarks A missing figure counts as 0, the way provinces leave empty cells in their report tables.
 */
export function checkFigures(input: FigureInput): FieldProblem[] {
  const problems: FieldProblem[] = []
  const figures = {} as Figures
  for (const { name, label } of FIGURES) {
    const value = input[name] ?? 0
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
      problems.push({ path: name, message: `«${label}» phải là số nguyên không âm (số hồ sơ), đang là «${String(value)}».` })
      figures[name] = 0
    } else figures[name] = value
  }
  if (problems.length > 0) return problems

  const gap = imbalance(figures)
  if (gap !== 0) {
    const side = gap > 0 ? `thiếu ${gap} hồ sơ chưa được tính là đã giải quyết, đang giải quyết hay trả lại` : `thừa ${-gap} hồ sơ so với số phải giải quyết`
    problems.push({
      path: 'resolvedOnTime',
      message:
        `Số liệu không cân đối (${side}): số phải giải quyết = «${figureLabel('carriedOver')}» ${figures.carriedOver} + tiếp nhận ${received(figures)} ` +
        `(trực tuyến ${figures.receivedOnline}, trực tiếp ${figures.receivedInPerson}, bưu chính ${figures.receivedByPost}) = ${toProcess(figures)}; ` +
        `nhưng đã giải quyết ${resolved(figures)} (trước hạn ${figures.resolvedEarly}, đúng hạn ${figures.resolvedOnTime}, trễ hạn ${figures.resolvedLate}) ` +
        `+ đang giải quyết ${pending(figures)} (chưa đến hạn ${figures.pendingNotDue}, quá hạn ${figures.pendingOverdue}) + «${figureLabel('returned')}» ${figures.returned} = ${accountedFor(figures)}.`,
    })
  }
  return problems
}
