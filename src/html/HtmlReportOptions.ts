import type { AuditOptions, AuditReport } from '../audit/audit.js';
import type { HtmlReportLimits } from './HtmlReportLimits.js';

/**
 * Options for {@link htmlReport}.
 *
 * @since 0.2.0
 * @category Reports
 * @example
 * ```ts
 * import type { HtmlReportOptions } from 'swapledger/html';
 * const options: HtmlReportOptions = {
 *   title: 'Exchanges, 2022–2023',
 *   parties: ['UA', 'RU'],
 *   audit: { disable: ['unsourced-claim'] },
 *   generatedOn: '2026-11-30',
 *   limits: { findings: 200 },
 * };
 * ```
 */
export interface HtmlReportOptions {
  /** The page's title; the dataset's own title, or a plain one, when absent. */
  readonly title?: string;
  /**
   * The two sides, for colours, the order of columns and the all-for-all balance; the dataset's
   * first two parties when absent.
   */
  readonly parties?: readonly [string, string];
  /** An audit already made of this dataset; the report runs `audit` itself when absent. */
  readonly report?: AuditReport;
  /** Options for the audit the report runs (ignored when `report` is given). */
  readonly audit?: AuditOptions;
  /**
   * The date (or any text) to print as when the report was made. The library reads no clock, so
   * the page says nothing of when it was made unless told.
   */
  readonly generatedOn?: string;
  /** How much to draw and list; see {@link HtmlReportLimits} for the defaults. */
  readonly limits?: Partial<HtmlReportLimits>;
}
