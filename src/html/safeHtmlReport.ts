import type { Result } from '../result/Result.js';
import { safeParseDataset } from '../dataset/safeParseDataset.js';
import type { Issue } from '../validation/Issue.js';
import { safely } from '../validation/_lib/safely.js';
import { ok } from '../result/_lib/result.js';
import type { HtmlReportOptions } from './HtmlReportOptions.js';
import { checkReportOptions } from './_lib/options.js';
import { reportPage } from './_lib/report.js';

/**
 * The HTML report of a dataset (see {@link htmlReport}), or every reason it cannot be made, as a
 * `Result`; never throws. The dataset is checked as `safeParseDataset` checks it (issues with
 * paths under the dataset). The options are checked too (paths under the options): their fields
 * and types; `parties` two different parties of the dataset; `report` an audit of this dataset
 * (every claim and exchange its findings name is in it); `audit.disable` known finding codes;
 * each limit a whole number from 0 (0 turns that chart or list off).
 *
 * @param dataset - Any value; a dataset is expected.
 * @param options - The title, the two sides, an audit already made of this dataset or options for
 *   the one to run, the date to print, and limits.
 * @returns The page, as one string of HTML, or the issues.
 * @since 0.2.0
 * @category Reports
 * @example
 * ```ts
 * import { safeHtmlReport } from 'swapledger/html';
 * import { loadSampleDataset } from 'swapledger/sample';
 * const result = safeHtmlReport(loadSampleDataset(), { limits: { findings: -5 } });
 * result.success; // false
 * result.success ? '' : result.error[0]?.code; // 'too-small'
 * ```
 */
export function safeHtmlReport(
  dataset: unknown,
  options: HtmlReportOptions = {},
): Result<string, readonly Issue[]> {
  const parsed = safeParseDataset(dataset);
  if (!parsed.success) return parsed;
  // A hostile options object (a throwing getter) gives an issue, not an exception.
  const checked = safely(() => checkReportOptions(parsed.data, options));
  if (!checked.success) return checked;
  return ok(reportPage(parsed.data, checked.data));
}
