import type * as z from 'zod';

/**
 * Plain yes/no twins of the package's own refinements, keyed by the zod check they shadow. The
 * compiled parser calls the twin instead of running the refinement through zod's issue machinery;
 * the refinement still writes the issues when a value is rejected. The conformance tests hold the
 * two to the same verdict.
 */
export const VERDICTS = new WeakMap<object, (value: never) => boolean>();

/**
 * The report functions of the same refinements, keyed the same way: the direct issue writer calls
 * one with a light context instead of zod's, for a value its verdict refused.
 */
export const REPORTS = new WeakMap<
  object,
  (value: never, ctx: { addIssue(issue: unknown): void }) => void
>();

/**
 * `schema.superRefine(report)`, with `holds` registered as its verdict: `holds(value)` must be true
 * exactly when `report` adds no issue for `value`.
 */
export function refine<S extends z.ZodType>(
  schema: S,
  holds: (value: z.output<S>) => boolean,
  report: (value: z.output<S>, ctx: z.RefinementCtx<z.output<S>>) => void,
): S {
  const refined = schema.superRefine(report) as S;
  const checks = (refined as unknown as { _zod: { def: { checks: object[] } } })._zod.def.checks;
  const added = checks[checks.length - 1];
  if (added) {
    VERDICTS.set(added, holds);
    REPORTS.set(added, report as never);
  }
  return refined;
}
