import { unwrap } from '../validation/_lib/outcome.js';
import type { HtmlReportOptions } from './HtmlReportOptions.js';
import { safeHtmlReport } from './safeHtmlReport.js';

/**
 * Makes the audit of a dataset into one self-contained HTML page, for people who would rather
 * look than read: each running total as the sources stated it, drawn against the interval the
 * recorded exchanges add up to, with the figures that have findings ringed; each exchange's
 * record beside the figures each side gave, with the ratio, and what agreements promised against
 * what was delivered; what each side holds and the all-for-all balance, as intervals; and the
 * findings, grouped by code and filterable by severity and code, each with its claims and where to
 * read them. The charts are drawn by Observable Plot when the page is made, as inline SVG, each
 * with a text alternative and a table of its figures. The page loads nothing (no scripts, styles,
 * fonts or images from anywhere, enforced by its content security policy), reads offline, prints
 * cleanly, and needs JavaScript only to filter and for tooltips. Every string from the data is
 * escaped, and only `http:` and `https:` addresses become links. A large dataset gives a bounded
 * page: see {@link HtmlReportLimits}.
 *
 * Throwing twin of {@link safeHtmlReport}: the dataset is checked as `parseDataset` checks it, and
 * the options as `safeHtmlReport` says; anything wrong throws a `SwapledgerError` carrying every
 * issue.
 *
 * @param dataset - A dataset (checked as `parseDataset` checks one).
 * @param options - The title, the two sides, an audit already made of this dataset or options for
 *   the one to run, the date to print, and limits.
 * @returns The page, as one string of HTML.
 * @throws SwapledgerError when the dataset or the options are not valid.
 * @since 0.2.0
 * @category Reports
 * @example
 * ```ts
 * import { htmlReport } from 'swapledger/html';
 * import { loadSampleDataset } from 'swapledger/sample';
 * const page = htmlReport(loadSampleDataset(), { generatedOn: '2026-11-30' });
 * page.startsWith('<!doctype html>'); // true
 * page.includes('id="findings"'); // true
 * ```
 */
export function htmlReport(dataset: unknown, options: HtmlReportOptions = {}): string {
  return unwrap(safeHtmlReport(dataset, options));
}
