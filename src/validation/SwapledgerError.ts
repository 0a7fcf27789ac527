import type { Issue } from './Issue.js';
import { formatPath } from './formatPath.js';

/**
 * The error thrown by the throwing twins of fallible functions (`parseCount`, `between`, …). It
 * carries the same issues the `safe` twin would have returned, so nothing is lost by throwing.
 *
 * @example
 * ```ts
 * import { between, SwapledgerError } from 'swapledger';
 * try {
 *   between(10, 5);
 * } catch (error) {
 *   if (error instanceof SwapledgerError) console.log(error.issues[0]?.code); // 'low-above-high'
 * }
 * ```
 */
export class SwapledgerError extends Error {
  /** Every problem found, each with its path, code and message. */
  readonly issues: readonly Issue[];

  constructor(issues: readonly Issue[]) {
    super(
      issues.length === 0
        ? 'swapledger: invalid input'
        : issues
            .map((issue) =>
              issue.path.length === 0
                ? issue.message
                : `${formatPath(issue.path)}: ${issue.message}`,
            )
            .join('\n'),
    );
    this.name = 'SwapledgerError';
    this.issues = issues;
  }
}
