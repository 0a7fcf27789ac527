import type { Issue } from '../validation/Issue.js';

/**
 * Why a phrase could not be read: an {@link Issue} that also names the offending part of the text
 * and where it sits (`start` inclusive, `end` exclusive, in UTF-16 code units of the input).
 *
 * @example
 * ```ts
 * import { safeParseCount } from 'swapledger';
 * const result = safeParseCount('over 2,200 or so');
 * if (!result.success) {
 *   const [issue] = result.error;
 *   console.log(issue?.part, issue?.start); // the words it could not read, and where
 * }
 * ```
 */
export interface PhraseIssue extends Issue {
  readonly part: string;
  readonly start: number;
  readonly end: number;
}
