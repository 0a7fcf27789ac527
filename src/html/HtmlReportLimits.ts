/**
 * How much an HTML report draws and lists, so that a report of a large dataset stays a page a
 * browser opens in seconds. Whatever a limit leaves out, the page says so next to the chart or
 * list concerned. Every field is optional in {@link HtmlReportOptions}; the defaults are shown.
 *
 * @since 0.2.0
 * @category Reports
 * @example
 * ```ts
 * import type { HtmlReportLimits } from 'swapledger/html';
 * const limits: HtmlReportLimits = {
 *   timelines: 8, points: 400, bandDates: 500, exchanges: 60, rows: 400, findings: 1000, claimsPerFinding: 12,
 * };
 * ```
 */
export interface HtmlReportLimits {
  /** Running totals drawn, one chart each, those with the most figures first (8). */
  readonly timelines: number;
  /** Figures drawn on one running-total chart, those with findings first (400). */
  readonly points: number;
  /** Dates at which a chart's ledger band is worked out, spread evenly (500). */
  readonly bandDates: number;
  /** Exchanges on the exchanges chart, those with the most findings first (60). */
  readonly exchanges: number;
  /** Rows of each table (400). */
  readonly rows: number;
  /** Findings listed, most serious first (1,000). */
  readonly findings: number;
  /** Claims listed under one finding (12). */
  readonly claimsPerFinding: number;
}

/**
 * The limits an HTML report uses when it is given none.
 *
 * @since 0.2.0
 * @category Reports
 * @example
 * ```ts
 * import { defaultHtmlReportLimits } from 'swapledger/html';
 * defaultHtmlReportLimits.findings; // 1000
 * ```
 */
export const defaultHtmlReportLimits: HtmlReportLimits = Object.freeze({
  timelines: 8,
  points: 400,
  bandDates: 500,
  exchanges: 60,
  rows: 400,
  findings: 1000,
  claimsPerFinding: 12,
});
