/**
 * How serious a finding is: `error` (the figures cannot all be true as stated, by arithmetic),
 * `conflict` (figures contradict each other), `warning` (something to check: an overlap, a gap in
 * the record, a missing citation), `info` (a fact worth knowing, such as an uneven exchange).
 *
 * @example
 * ```ts
 * import type { Severity } from 'swapledger';
 * const severity: Severity = 'conflict';
 * ```
 */
export type Severity = 'error' | 'conflict' | 'warning' | 'info';

/**
 * The severities from most to least serious.
 *
 * @example
 * ```ts
 * import { SEVERITIES } from 'swapledger';
 * SEVERITIES.indexOf('conflict') < SEVERITIES.indexOf('info'); // true
 * ```
 */
export const SEVERITIES = [
  'error',
  'conflict',
  'warning',
  'info',
] as const satisfies readonly Severity[];

/**
 * Every finding the audit can report, with its severity and what it means. The codes are stable:
 * they never change meaning, and new ones are only added.
 *
 * @example
 * ```ts
 * import { findingCodes } from 'swapledger';
 * findingCodes['claims-disagree'].severity; // 'conflict'
 * ```
 */
export const findingCodes = {
  'breakdown-exceeds-total': {
    severity: 'error',
    summary: 'The parts of a breakdown add up to more than the total they break down.',
  },
  'breakdown-short-of-total': {
    severity: 'conflict',
    summary: 'A breakdown presented as complete adds up to less than its total.',
  },
  'overlapping-parts': {
    severity: 'warning',
    summary:
      'The parts of a breakdown may overlap (one is a kind of another, or they split the same people two ways), so they cannot be summed.',
  },
  'claims-disagree': {
    severity: 'conflict',
    summary:
      'Claims about the same thing cannot all be true; the finding says whether the sources are on opposite sides, the same side, or independent.',
  },
  'breakdowns-disagree': {
    severity: 'conflict',
    summary:
      'Two sources break down the same figure in ways that cannot both be true: different counts for one category, or one presents its parts as the whole and leaves out a group the other counts.',
  },
  'statements-disagree': {
    severity: 'conflict',
    summary:
      'Sources disagree about an exchange in what they state besides figures: who mediated it (one affirms, another denies), when it took place, which one in a series it was, whether it went ahead, or its terms.',
  },
  'statement-vs-record': {
    severity: 'conflict',
    summary:
      'A statement that the record contradicts: a date outside the recorded stages, an outcome against the recorded status, or terms ("one for three", "N for N") that the transfers do not fit.',
  },
  'share-vs-claim': {
    severity: 'conflict',
    summary:
      'A figure stated as a share of another claim ("more than half of them") that the share of that claim cannot hold.',
  },
  'copy-differs': {
    severity: 'conflict',
    summary:
      'A claim that copies or restates another gives a figure the original does not allow: a misreport.',
  },
  'record-vs-claims': {
    severity: 'conflict',
    summary: 'The count recorded for a transfer agrees with none of the claims about it.',
  },
  'claim-vs-record': {
    severity: 'conflict',
    summary:
      'A claim about an exchange as a whole (both directions together, or one direction it does not name) agrees with nothing the record of its transfers holds.',
  },
  'part-exceeds-whole': {
    severity: 'conflict',
    summary:
      'A claim about a narrower group (a category within another, or one cohort) gives more people than a claim about the whole group at the same time.',
  },
  'asymmetric-exchange': {
    severity: 'info',
    summary: 'The two sides of an exchange received different numbers of people.',
  },
  'agreed-vs-delivered': {
    severity: 'warning',
    summary: 'What an agreement promised a party differs from what the exchanges delivered.',
  },
  'cumulative-vs-ledger': {
    severity: 'warning',
    summary:
      'A running total differs from the ledger of recorded exchanges at its date: usually exchanges missing from the record (the finding says how many people the ledger cannot account for); a conflict when the total is below what the ledger certainly holds.',
  },
  'holdings-drop': {
    severity: 'warning',
    summary:
      'A holdings estimate falls by more than the returns recorded since the previous one and the deaths reported can explain.',
  },
  'cumulative-decreases': {
    severity: 'conflict',
    summary: 'A running total is reported lower than an earlier report of the same total.',
  },
  'self-contradiction': {
    severity: 'conflict',
    summary: 'One source gave incompatible figures for the same thing on the same day.',
  },
  'unsourced-claim': {
    severity: 'warning',
    summary: 'A claim has no citation: nowhere it can be read.',
  },
} as const satisfies Record<string, { severity: Severity; summary: string }>;

/**
 * A key of {@link findingCodes}.
 *
 * @example
 * ```ts
 * import type { FindingCode } from 'swapledger';
 * const code: FindingCode = 'cumulative-decreases';
 * ```
 */
export type FindingCode = keyof typeof findingCodes;
