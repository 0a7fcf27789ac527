/// <reference types="node" />
// `swapledger report`: audits a dataset and prints its findings with a summary.
import { parseArgs } from 'node:util';
import { audit } from '../../audit/audit.js';
import type { Finding } from '../../audit/Finding.js';
import {
  findingCodes,
  SEVERITIES,
  type FindingCode,
  type Severity,
} from '../../audit/findingCodes.js';
import type { Dataset } from '../../dataset/DatasetSchema.js';
import { loadSampleDataset } from '../../sample/loadSampleDataset.js';
import {
  findingsMarkdown,
  issuesInWords,
  printIssues,
  reportJsonChunks,
  reportTable,
  type Summary,
} from '../format.js';
import { CliError, EXIT, type Io } from '../io.js';
import { readDataset } from '../read.js';

const HELP = `Usage: swapledger report [FILE] [options]

Audits a dataset (JSON, or NDJSON with one record per line) and prints its findings, grouped by
severity, with a summary. With no FILE, audits the embedded sample of reported Russia–Ukraine
exchanges.

Options:
  --format table|json|markdown   output format (default table)
  --only CODE,...                only these finding codes
  --min-severity LEVEL           hide findings below LEVEL (error, conflict, warning, info)
  --fail-on LEVEL                exit 1 when a finding is at or above LEVEL (default error;
                                 none never fails on findings)`;

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
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    io.stdout(`${HELP}\n`);
    return EXIT.ok;
  }
  if (positionals.length > 1) throw new CliError('report takes at most one FILE', EXIT.usage);
  const format = values.format ?? 'table';
  if (!['table', 'json', 'markdown'].includes(format))
    throw new CliError(`--format must be table, json or markdown, not "${format}"`, EXIT.usage);
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
  const dataset = await datasetAt(positionals[0], io);

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
  if (format === 'json')
    for (const chunk of reportJsonChunks(dataset, shown, summary)) io.stdout(chunk);
  else if (format === 'markdown') io.stdout(findingsMarkdown(shown));
  else io.stdout(reportTable(dataset, shown, summary));

  if (failOn === 'none') return EXIT.ok;
  return shown.some((f) => rank(f.severity) <= rank(failOn)) ? EXIT.invalid : EXIT.ok;
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

/** The dataset in FILE, or the embedded sample; an invalid one ends the command with its issues. */
async function datasetAt(path: string | undefined, io: Io): Promise<Dataset> {
  if (path === undefined) return loadSampleDataset();
  const read = await readDataset(path);
  if (read.success) return read.data;
  const { issues, total } = read.error;
  printIssues(io, issues, total, MAX_ISSUES_SHOWN);
  throw new CliError(
    `${path}: the dataset is not valid (${issuesInWords(total)}); run swapledger validate for all of them`,
    EXIT.invalid,
  );
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
