// Writing the output: issues, the findings as a table or in Markdown, the summary line, a
// phrase's reading, progress, and the JSON that every `--format json` prints.
import type { AuditReport } from '../audit/audit.js';
import type { Finding } from '../audit/Finding.js';
import { SEVERITIES } from '../audit/findingCodes.js';
import { formatCount } from '../count/formatCount.js';
import type { Dataset } from '../dataset/DatasetSchema.js';
import type { PhraseReading } from '../phrase/PhraseReading.js';
import { formatPath } from '../validation/formatPath.js';
import type { Issue } from '../validation/Issue.js';
import type { Io } from './io.js';
import type { LineIssue, Progress } from './ndjson.js';

/** The counts of findings, per severity and per code, as the audit gives them. */
export type Summary = AuditReport['summary'];

/**
 * Characters that act on a terminal instead of showing: the C0 controls, DEL and the C1 controls
 * (U+009B alone starts an escape sequence), the line and paragraph separators, and the
 * bidirectional controls, which reorder what follows them (a figure, a name) on the screen.
 */
const ACTING_ABOVE_C0 = '\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069';
const ACTING = new RegExp(`[\\u0000-\\u001f${ACTING_ABOVE_C0}]`, 'g');
// The same but the line break, for text whose line breaks are its own (indented JSON).
const ACTING_BUT_LINE_BREAKS = new RegExp(
  `[\\u0000-\\u0009\\u000b-\\u001f${ACTING_ABOVE_C0}]`,
  'g',
);

/**
 * Text made safe for a terminal: the characters that would act (a line break, a carriage return,
 * an escape sequence that clears the screen, a bidirectional override that reorders figures) are
 * shown as escapes instead, so no name, message or file name can forge a line of the output or
 * drive the terminal. Everything the command prints goes through here.
 */
export const printable = (text: string, keepLineBreaks = false): string =>
  text.replace(keepLineBreaks ? ACTING_BUT_LINE_BREAKS : ACTING, (c) =>
    c === '\t'
      ? '\\t'
      : c === '\n'
        ? '\\n'
        : c === '\r'
          ? '\\r'
          : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );

/**
 * Indented JSON on its own lines. JSON.stringify escapes C0 controls but not DEL, C1 or the bidi
 * controls; written as \uXXXX they read back as the same text.
 */
export const asJson = (value: unknown): string =>
  `${printable(JSON.stringify(value, null, 2), true)}\n`;

/** "1 issue", "2 issues". */
export const issuesInWords = (n: number): string => `${n} issue${n === 1 ? '' : 's'}`;

/** One line per issue, the first `max` of them, then how many more there are. */
export function printIssues(
  io: Io,
  issues: readonly (Issue | LineIssue)[],
  total: number,
  max: number,
): void {
  for (const issue of issues.slice(0, max)) {
    const where = 'line' in issue ? `line ${issue.line}: ` : '';
    io.stdout(
      `${where}${issue.path.length > 0 ? `${printable(formatPath(issue.path))}: ` : ''}${printable(issue.message)} [${issue.code}]\n`,
    );
  }
  if (total > max) io.stdout(`… and ${total - max} more issue${total - max === 1 ? '' : 's'}\n`);
}

/** What `validate` found, the same for a JSON document and for NDJSON. */
export interface Validation {
  readonly valid: boolean;
  readonly format: 'json' | 'ndjson';
  readonly records: number;
  readonly issues: readonly (Issue | LineIssue)[];
  readonly issueCount: number;
}

/** Prints what `validate` found: the issues and a verdict line, or one JSON document. */
export function printValidation(
  io: Io,
  validation: Validation,
  format: string,
  maxErrors: number,
): void {
  const { valid, records, issues, issueCount } = validation;
  if (format === 'json') {
    io.stdout(
      asJson({
        valid,
        format: validation.format,
        records,
        issueCount,
        issues: issues.slice(0, maxErrors),
        omitted: Math.max(0, issueCount - maxErrors),
      }),
    );
    return;
  }
  printIssues(io, issues, issueCount, maxErrors);
  io.stdout(
    `${records.toLocaleString('en-US')} records read: ${valid ? 'valid' : issuesInWords(issueCount)}\n`,
  );
}

/** A progress line on standard error, redrawn in place; only a terminal can show it. */
export function progressDisplay(io: Io): ((progress: Progress) => void) | undefined {
  if (!io.stderrIsTty) return undefined;
  const started = Date.now();
  return (p) => {
    const seconds = Math.max(0.001, (Date.now() - started) / 1000);
    io.stderr(
      `\r${p.records.toLocaleString('en-US')} records, ${(p.bytes / 2 ** 20).toFixed(1)} MB, ${Math.round(p.records / seconds).toLocaleString('en-US')} records/s, ${p.errors} errors   `,
    );
  };
}

/** The findings grouped by severity, most serious first, one line each. */
export function findingsTable(findings: readonly Finding[]): string {
  let out = '';
  for (const severity of SEVERITIES) {
    const group = findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    out += `${severity.toUpperCase()} (${group.length})\n`;
    for (const f of group) out += `  ${f.code.padEnd(25)} ${printable(f.message)}\n`;
    out += '\n';
  }
  return out;
}

/** The findings as a Markdown table, fit for a report or an issue. */
export function findingsMarkdown(findings: readonly Finding[]): string {
  const cell = (text: string) => printable(text.replace(/\n/g, ' ')).replace(/\|/g, '\\|');
  let out = '| Severity | Code | Finding |\n| --- | --- | --- |\n';
  for (const f of findings) out += `| ${f.severity} | \`${f.code}\` | ${cell(f.message)} |\n`;
  return out;
}

/** "Summary: 2 error, 10 conflict, … (claims-disagree 6, …)". */
export function summaryLine(summary: Summary): string {
  const codes = Object.entries(summary.byCode)
    .map(([c, n]) => `${c} ${n}`)
    .join(', ');
  return `Summary: ${SEVERITIES.map((s) => `${summary.bySeverity[s]} ${s}`).join(', ')}${codes ? ` (${codes})` : ''}\n`;
}

/** The readable report: what the dataset holds, the findings table, the summary line. */
export function reportTable(
  dataset: Dataset,
  findings: readonly Finding[],
  summary: Summary,
): string {
  return `${printable(dataset.title ?? 'Dataset')}: ${dataset.exchanges.length} exchanges, ${dataset.claims.length} claims\n\n${findingsTable(findings)}${summaryLine(summary)}`;
}

/** The report as JSON: `{ dataset, summary: { bySeverity, byCode }, findings }`. */
export function reportJson(
  dataset: Dataset,
  findings: readonly Finding[],
  summary: Summary,
): string {
  return [...reportJsonChunks(dataset, findings, summary)].join('');
}

/**
 * The JSON report in pieces, a finding at a time, the same text as {@link reportJson}: a report
 * whose whole text would be longer than the longest string the engine can hold is still written.
 */
export function* reportJsonChunks(
  dataset: Dataset,
  findings: readonly Finding[],
  summary: Summary,
): Generator<string> {
  // Field by field, so that the documented shape holds whatever else the audit's summary gains.
  const { bySeverity, byCode } = summary;
  const frame = JSON.stringify(
    { dataset: dataset.title ?? null, summary: { bySeverity, byCode }, findings: [] },
    null,
    2,
  );
  const at = frame.lastIndexOf('[]');
  if (findings.length === 0) {
    yield `${printable(frame, true)}\n`;
    return;
  }
  yield printable(`${frame.slice(0, at)}[\n`, true);
  for (let i = 0; i < findings.length; i += 1) {
    const text = JSON.stringify(findings[i], null, 2).replace(/^/gm, '    ');
    yield printable(`${text}${i + 1 < findings.length ? ',' : ''}\n`, true);
  }
  yield printable(`  ]${frame.slice(at + 2)}\n`, true);
}

/** A phrase's count, as people read it and as JSON, then the lexicon entries that decided it. */
export function readingText(reading: PhraseReading): string {
  const entries = reading.entries.map((entry) => `  ${printable(entry)}\n`).join('');
  return `${formatCount(reading.count)}\n${JSON.stringify(reading.count)}\n${entries}`;
}
