/// <reference types="node" />
// `swapledger report`: audits a dataset and prints its findings with a summary.
import { closeSync, openSync, writeSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { audit, type AuditReport } from '../../audit/audit.js';
import type { Finding } from '../../audit/Finding.js';
import {
  findingCodes,
  SEVERITIES,
  type FindingCode,
  type Severity,
} from '../../audit/findingCodes.js';
import type { Dataset } from '../../dataset/Dataset.js';
import { loadSampleDataset } from '../../sample/loadSampleDataset.js';
import {
  findingsMarkdown,
  issuesInWords,
  printIssues,
  reportJsonChunks,
  reportTable,
  type Summary,
} from '../format.js';
import { causeOf, CliError, EXIT, type Io } from '../io.js';
import { inputName, InputIssue, readDataset, type FileIssue } from '../read.js';

export const REPORT_HELP = `Usage: swapledger report [FILE] [options]

Audits a dataset (JSON, or NDJSON with one record per line; gzip is decompressed) and prints its
findings, grouped by severity, with a summary. FILE - reads standard input. With no FILE, audits
the embedded sample of reported Russia–Ukraine exchanges. A dataset that is not valid is not
audited: its issues are printed as FILE:LINE:COLUMN: CODE PATH: MESSAGE, and it exits 1.

Options:
  --format table|json|markdown|html
                                 output format (default table); json prints one document, also
                                 on failure, with "error" and the dataset's "issues"; html is
                                 one self-contained page with charts (docs/html-report.md)
  -o, --output FILE              write the report to FILE instead of standard output; a
                                 failure's JSON document still goes to standard output
  --only CODE,...                only these finding codes
  --min-severity LEVEL           hide findings below LEVEL (error, conflict, warning, info)
  --fail-on LEVEL                exit 1 when a finding is at or above LEVEL (default error;
                                 none never fails on findings)
  -h, --help                     this help, as plain text whatever --format says`;

/** How many issues of an invalid dataset `report` prints before pointing to `validate`. */
const MAX_ISSUES_SHOWN = 20;

const rank = (severity: Severity) => SEVERITIES.indexOf(severity);

/** Runs `swapledger report`; returns the exit code. */
export async function report(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      only: { type: 'string' },
      'min-severity': { type: 'string' },
      'fail-on': { type: 'string' },
      output: { type: 'string', short: 'o' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (positionals.length > 1) throw new CliError('report takes at most one FILE', EXIT.usage);
  const format = values.format ?? 'table';
  if (!['table', 'json', 'markdown', 'html'].includes(format))
    throw new CliError(
      `--format must be table, json, markdown or html, not "${format}"`,
      EXIT.usage,
    );
  if (values.output === '') throw new CliError('-o takes a file name', EXIT.usage);
  const only = values.only
    ?.split(',')
    .map((c) => c.trim())
    .filter((c) => c !== '');
  // An empty list would hide every finding and pass: a slip, not a request.
  if (only?.length === 0)
    throw new CliError('--only takes one or more finding codes, separated by commas', EXIT.usage);
  for (const code of only ?? []) {
    if (!Object.hasOwn(findingCodes, code))
      throw new CliError(
        `--only: unknown finding code "${code}" (known: ${Object.keys(findingCodes).join(', ')})`,
        EXIT.usage,
      );
  }
  const minSeverity = severityOf(values['min-severity'], '--min-severity') as Severity | undefined;
  const failOn = severityOf(values['fail-on'], '--fail-on', true) ?? 'error';
  const dataset = await datasetAt(positionals[0], io, format);

  const result = audit(dataset);
  const isShown = (f: Finding) =>
    (only === undefined || only.includes(f.code)) &&
    (minSeverity === undefined || rank(f.severity) <= rank(minSeverity));
  const shown = result.findings.filter(isShown);
  // The summary counts what is shown: the audit's own, less what --only and --min-severity hide.
  const summary = withoutFindings(
    result.summary,
    result.findings.filter((f) => !isShown(f)),
  );
  // Colour codes belong on a terminal only, never in a file.
  const chunks =
    format === 'json'
      ? reportJsonChunks(dataset, shown, summary)
      : format === 'markdown'
        ? [findingsMarkdown(shown)]
        : format === 'html'
          ? [await htmlOf(dataset, { ...result, findings: shown, summary })]
          : [reportTable(dataset, shown, summary, values.output === undefined && io.color)];
  if (values.output === undefined) for (const chunk of chunks) io.stdout(chunk);
  else writeOutput(values.output, chunks);

  if (failOn === 'none') return EXIT.ok;
  return shown.some((f) => rank(f.severity) <= rank(failOn)) ? EXIT.invalid : EXIT.ok;
}

/**
 * The report as one HTML page. The charting code is loaded only when a page is asked for, so the
 * other formats start as fast as before.
 */
async function htmlOf(dataset: Dataset, report: AuditReport): Promise<string> {
  const { htmlReport } = await import('../../html/htmlReport.js');
  return htmlReport(dataset, { report });
}

/**
 * Writes the report to a file chunk by chunk (a large JSON report is longer than one string may
 * be), or ends the command with why it could not be written.
 */
function writeOutput(path: string, chunks: Iterable<string>): void {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'w');
    for (const chunk of chunks) writeSync(fd, chunk);
  } catch (error) {
    throw new CliError(`${path}: cannot be written (${causeOf(error)})`, EXIT.usage);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function severityOf(
  value: string | undefined,
  option: string,
  none = false,
): Severity | 'none' | undefined {
  if (value === undefined) return undefined;
  if (none && value === 'none') return 'none';
  if (!(SEVERITIES as readonly string[]).includes(value)) {
    throw new CliError(
      `${option} must be one of ${SEVERITIES.join(', ')}${none ? ' or none' : ''}, not "${value}"`,
      EXIT.usage,
    );
  }
  return value as Severity;
}

/**
 * The dataset in FILE (standard input for -), or the embedded sample. An invalid one ends the
 * command with its issues: printed as lines, or, under --format json, in the error's document.
 */
async function datasetAt(path: string | undefined, io: Io, format: string): Promise<Dataset> {
  if (path === undefined) return loadSampleDataset();
  let issues: readonly FileIssue[];
  let total: number;
  try {
    const read = await readDataset(path, io.stdin, MAX_ISSUES_SHOWN);
    if (read.success) return read.data;
    ({ issues, total } = read.error);
  } catch (error) {
    // Bytes that are no dataset at all (empty, not JSON) are its one issue.
    if (!(error instanceof InputIssue)) throw error;
    issues = [error.issue];
    total = 1;
  }
  const more = total > issues.length ? '; run swapledger validate for all of them' : '';
  const message = `${inputName(path)}: the dataset is not valid (${issuesInWords(total)})${more}`;
  if (format !== 'json') {
    printIssues(io, issues, total);
    throw new CliError(message, EXIT.invalid);
  }
  throw new CliError(message, EXIT.invalid, {
    dataset: null,
    valid: false,
    issueCount: total,
    issues,
    omitted: total - issues.length,
  });
}

/**
 * A summary less some of the findings it counts. A code none of whose findings is left is
 * dropped; the other codes keep their order, which is that of the audit's sorted findings.
 */
function withoutFindings(summary: Summary, hidden: readonly Finding[]): Summary {
  if (hidden.length === 0) return summary;
  const bySeverity: Record<Severity, number> = { ...summary.bySeverity };
  const byCode: Partial<Record<FindingCode, number>> = { ...summary.byCode };
  for (const f of hidden) {
    bySeverity[f.severity] -= 1;
    byCode[f.code] = (byCode[f.code] ?? 0) - 1;
  }
  return {
    bySeverity,
    byCode: Object.fromEntries(Object.entries(byCode).filter(([, n]) => n > 0)),
  };
}
