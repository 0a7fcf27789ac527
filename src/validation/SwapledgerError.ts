import type { Issue } from './Issue.js';
import { formatPath } from './formatPath.js';

/** What marks an error as the package's, in every copy of it. */
const ERROR_MARK = Symbol.for('swapledger.SwapledgerError');

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

  /**
   * Whether `value` is a SwapledgerError from any copy of the package: an app that loads both
   * the ESM and the CommonJS build (or two installs) has two classes, and `instanceof` must
   * answer for both. The mark is a symbol from the global registry, the same in every copy.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    const ordinary = Function.prototype[Symbol.hasInstance];
    // A subclass keeps the ordinary test: only the package's own class answers for every copy.
    if (this !== SwapledgerError) return ordinary.call(this, value);
    try {
      if (ordinary.call(this, value)) return true;
      // Another copy's error: an Error (by its internal kind, which holds across copies and
      // realms), the registered mark, and the issues a handler will read.
      return (
        typeof value === 'object' &&
        value !== null &&
        Object.prototype.toString.call(value) === '[object Error]' &&
        (value as { [ERROR_MARK]?: unknown })[ERROR_MARK] === true &&
        Array.isArray((value as { issues?: unknown }).issues)
      );
    } catch {
      // A Proxy whose traps throw is not an error of ours.
      return false;
    }
  }

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
    Object.defineProperty(this, ERROR_MARK, { value: true });
  }
}
