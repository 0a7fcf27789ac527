/**
 * One problem found in an input: where it is (`path`, as property names and array indexes from
 * the root of the input), a stable machine-readable `code`, and a sentence for a person fixing
 * the payload by hand.
 *
 * @example
 * ```ts
 * import type { Issue } from 'swapledger';
 * const issue: Issue = {
 *   path: ['low'],
 *   code: 'low-above-high',
 *   message: 'low (44) is above high (36); a count is an interval low..high',
 * };
 * ```
 */
export interface Issue {
  readonly path: readonly (string | number)[];
  readonly code: IssueCode;
  readonly message: string;
}

/**
 * The stable codes an {@link Issue} may carry. New codes may be added in minor releases; existing
 * ones never change meaning.
 *
 * @example
 * ```ts
 * import { safeAssertPartialDate, type IssueCode } from 'swapledger';
 * const result = safeAssertPartialDate('2023-02-30');
 * const code: IssueCode | undefined = result.success ? undefined : result.error[0]?.code;
 * code; // 'impossible-date'
 * ```
 */
export type IssueCode =
  | 'invalid-type'
  | 'missing-field'
  | 'unknown-field'
  | 'not-an-integer'
  | 'too-small'
  | 'too-large'
  | 'too-long'
  | 'invalid-value'
  | 'invalid-format'
  | 'low-above-high'
  | 'best-outside-range'
  | 'impossible-date'
  | 'unreadable-phrase'
  | 'ambiguous-number'
  | 'count-overflow'
  | 'invalid-option'
  | 'invalid-input'
  | 'duplicate-id'
  | 'unknown-reference'
  | 'cycle'
  | 'invalid-partition'
  | 'out-of-order'
  | 'unsupported-format'
  | 'invalid-reference'
  | 'too-many-issues';
