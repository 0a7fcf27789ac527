import type { CountOptions } from './CountOptions.js';
import type { KnownCount } from './Count.js';
import { atArgument, headcountIssue, unknownKeys, withWording } from './_lib/headcount.js';
import * as messages from '../_lib/messages.js';
import { fail, ok } from '../result/_lib/result.js';
import { safely } from '../validation/_lib/safely.js';
import { unwrap } from '../validation/_lib/outcome.js';
import type { Result } from '../result/Result.js';
import type { Issue } from '../validation/Issue.js';
import { isObject, own } from '../_lib/own.js';

/**
 * How far an approximate figure may stray from its stated value: a number of people
 * (`{ people: 4 }`) or a share of the value (`{ share: 0.1 }` for ±10 %, rounded outward to
 * whole people).
 *
 * @example
 * ```ts
 * import type { Tolerance } from 'swapledger';
 * const tenPercent: Tolerance = { share: 0.1 };
 * const fourPeople: Tolerance = { people: 4 };
 * ```
 */
export type Tolerance = { readonly people: number } | { readonly share: number };

/**
 * Makes an approximate count: `value` as the best estimate inside `value ± tolerance` (clipped at
 * zero). The tolerance is always explicit, so what "about" means is a visible decision.
 *
 * @param value - The stated figure ("about 40" → 40).
 * @param tolerance - How far the real number may lie from it.
 * @param options - Optional wording to keep on the count.
 * @returns The count, or every issue with the arguments.
 * @example
 * ```ts
 * import { safeApproximately } from 'swapledger';
 * safeApproximately(40, { share: 0.1 }); // { success: true, data: { low: 36, high: 44, best: 40 } }
 * ```
 */
export function safeApproximately(
  value: number,
  tolerance: Tolerance,
  options?: CountOptions,
): Result<KnownCount, readonly Issue[]> {
  // A tolerance that throws when read (a getter, a revoked Proxy) is an issue, never an exception.
  return safely(() => approximated(value, tolerance, options));
}

function approximated(
  value: number,
  tolerance: Tolerance,
  options: CountOptions | undefined,
): Result<KnownCount, readonly Issue[]> {
  const issues: Issue[] = [];
  const valueIssue = headcountIssue(value, ['value']);
  if (valueIssue) issues.push(valueIssue);
  const spread = atArgument(
    ['tolerance'],
    safely(() => spreadOf(value, tolerance)),
  );
  if (!spread.success) issues.push(...spread.error);
  if (!spread.success || issues.length > 0) {
    // The options are told too: every problem with the arguments at once.
    const worded = withWording({}, options, issues);
    return fail(worded.success ? issues : worded.error);
  }
  const high = value + spread.data;
  if (high > Number.MAX_SAFE_INTEGER) {
    return fail([{ path: [], code: 'count-overflow', message: messages.sumOverflow() }]);
  }
  const low = Math.max(0, value - spread.data);
  const count: KnownCount = low === high ? { low, high } : { low, high, best: value };
  return withWording(count, options);
}

/**
 * How many people `tolerance` lets a figure of `value` stray by. Read as untrusted input: a
 * tolerance that is no object, gives both forms or neither, or a key it does not have, is
 * refused, never read through (`in` throws on a number) or guessed at.
 */
function spreadOf(value: number, tolerance: Tolerance): Result<number, readonly Issue[]> {
  const people = isObject(tolerance) ? own(tolerance, 'people') : undefined;
  const share = isObject(tolerance) ? own(tolerance, 'share') : undefined;
  if ((people === undefined) === (share === undefined))
    return fail([
      {
        path: ['tolerance'],
        code: 'invalid-option',
        message: messages.toleranceForm(tolerance),
      },
    ]);
  const issues = unknownKeys(tolerance, ['tolerance'], TOLERANCE_KEYS);
  const form = people !== undefined ? 'people' : 'share';
  const given = people ?? share;
  const fits =
    form === 'people'
      ? headcountIssue(given, []) === undefined
      : typeof given === 'number' && given >= 0 && given <= 1;
  if (!fits)
    issues.push({
      path: ['tolerance', form],
      code: 'invalid-option',
      message: messages.toleranceInvalid(given),
    });
  if (issues.length > 0) return fail(issues);
  // A share of a figure that is no headcount spreads by nothing: the figure is told instead.
  if (form === 'people') return ok(given as number);
  return ok(Number.isFinite(value) ? Math.ceil(value * (given as number)) : 0);
}

const TOLERANCE_KEYS = ['people', 'share'] as const;

/**
 * Makes an approximate count; throwing twin of {@link safeApproximately}.
 *
 * @param value - The stated figure.
 * @param tolerance - How far the real number may lie from it.
 * @param options - Optional wording to keep on the count.
 * @returns The count with `best` set to `value`.
 * @example
 * ```ts
 * import { approximately } from 'swapledger';
 * approximately(1000, { people: 50 }); // { low: 950, high: 1050, best: 1000 }
 * ```
 */
export function approximately(
  value: number,
  tolerance: Tolerance,
  options?: CountOptions,
): KnownCount {
  return unwrap(safeApproximately(value, tolerance, options));
}
