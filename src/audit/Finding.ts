import type { Count, CountDifference } from '../count/Count.js';
import type { FindingCode, Severity } from './findingCodes.js';

/**
 * One discrepancy found by the audit. `id` is stable across runs and input orders, so known
 * findings can be allow-listed. `expected` and `observed` are the two figures that disagree, and
 * `gap` the fewest people between them (null when it cannot be told). `sides` says, for
 * disagreements between sources, who they are: the two warring sides (`opposite`), one side
 * (`same`), a side and a third party such as a mediator (`party-and-mediator`), or sources that
 * include one speaking for nobody, such as the press (`independent`). `urls` lists where the
 * claims and statements it rests on can be read.
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
 *   message:
 *     'In the exchange of 2023-04-26, Ukraine received 44 people and Russian Federation 40 people (1.1 for 1).',
 * };
 * ```
 */
export interface Finding {
  readonly id: string;
  readonly code: FindingCode;
  readonly severity: Severity;
  readonly subject?: string;
  /**
   * The exchange the finding is about: for a finding on a recorded exchange, that exchange; for
   * one on claims, the exchange their subject names or, failing that, the one each of them says it
   * was made about. Absent when a claim names none or two differ, and for `agreed-vs-delivered`.
   */
  readonly exchange?: string;
  readonly claims: readonly string[];
  readonly records: readonly string[];
  readonly expected?: Count | CountDifference;
  readonly observed?: Count;
  readonly gap?: number | null;
  readonly sides?: FindingSides;
  /** The statements the finding rests on, when it compares statements. */
  readonly statements?: readonly string[];
  /** Where the claims and statements it rests on can be read, without repeats. */
  readonly urls?: readonly string[];
  readonly message: string;
}

/**
 * Who the sources of a disagreement speak for: the two warring sides, one side, a side and a third
 * party (a mediator or a state outside the dispute), or sources including one that speaks for no
 * party.
 *
 * @example
 * ```ts
 * import type { FindingSides } from 'swapledger';
 * const sides: FindingSides = 'party-and-mediator';
 * ```
 */
export type FindingSides = 'opposite' | 'same' | 'party-and-mediator' | 'independent';
