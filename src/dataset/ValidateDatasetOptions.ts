/**
 * Options for `safeParseDataset`.
 *
 * @example
 * ```ts
 * import { safeParseDataset, type ValidateDatasetOptions } from 'swapledger';
 * const options: ValidateDatasetOptions = { maxIssues: 50 };
 * safeParseDataset({}, options).success; // false
 * ```
 */
export interface ValidateDatasetOptions {
  /**
   * The most issues returned (default 1,000). When more are found, the list ends with one
   * `too-many-issues` issue that says how many were left out; validation still reads everything.
   * A whole number, 0 or more, or `Infinity` for no cap; anything else is refused with an
   * `invalid-option` issue at `maxIssues`.
   */
  readonly maxIssues?: number;
}
