import type { Count, CountDifference } from '../count/Count.js';
import type { FindingCode, Severity } from './findingCodes.js';

/**
 * One discrepancy found by the audit. `id` is stable across runs and input orders, so known
 * findings can be allow-listed. `expected` and `observed` are the two figures that disagree, and
 * `gap` the fewest people between them (null when it cannot be told). `sides` says, for
 * disagreements between sources, whether they speak for opposite sides, the same side, or
 * include an independent one.
 *
 * @example
 * ```ts
 * import type { Finding } from 'swapledger';
 * const finding: Finding = {
 *   id: 'asymmetric-exchange:ua-ru-2023-04-26',
 *   code: 'asymmetric-exchange',
 *   severity: 'info',
 *   exchange: 'ua-ru-2023-04-26',
 *   claims: [],
 *   records: ['ua-ru-2023-04-26/people-to-UA', 'ua-ru-2023-04-26/people-to-RU'],
 *   expected: { low: 44, high: 44 },
 *   observed: { low: 40, high: 40 },
 *   gap: 4,
 *   message: 'In the exchange of 2023-04-26, Ukraine received 44 people and Russian Federation 40.',
 * };
 * ```
 */
export interface Finding {
  readonly id: string;
  readonly code: FindingCode;
  readonly severity: Severity;
  readonly subject?: string;
  readonly exchange?: string;
  readonly claims: readonly string[];
  readonly records: readonly string[];
  readonly expected?: Count | CountDifference;
  readonly observed?: Count;
  readonly gap?: number | null;
  readonly sides?: 'opposite' | 'same' | 'independent';
  readonly message: string;
}
