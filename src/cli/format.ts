// Writing the output: issues, the findings as a table or in Markdown, the summary line, a
// phrase's reading, progress, and the JSON that every `--format json` prints.
import type { AuditReport } from '../audit/audit.js';
import type { Finding } from '../audit/Finding.js';
import { SEVERITIES } from '../audit/findingCodes.js';
import { formatCount } from '../count/formatCount.js';
import type { Dataset } from '../dataset/Dataset.js';
import type { PhraseReading } from '../phrase/PhraseReading.js';
import { formatPath } from '../validation/formatPath.js';
import { issueCodePaint, severityPaint } from './color.js';
import type { Io } from './io.js';
import type { Progress } from './ndjson.js';
import type { FileIssue, Format } from './read.js';
import { BIDI_CONTROLS, escapedControl } from '../_lib/bidi.js';

/** The counts of findings, per severity and per code, as the audit gives them. */
export type Summary = AuditReport['summary'];

/**
 * Characters that act on a terminal instead of showing: the C0 controls, DEL and the C1 controls
 * (U+009B alone starts an escape sequence), the line and paragraph separators, and the
 * bidirectional controls, which reorder what follows them (a figure, a name) on the screen.
 */
const ACTING_ABOVE_C0 = `\\u007f-\\u009f\\u2028\\u2029${BIDI_CONTROLS}`;
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
    c === '\t' ? '\\t' : c === '\n' ? '\\n' : c === '\r' ? '\\r' : escapedControl(c),
  );

/**
 * Indented JSON on its own lines. JSON.stringify escapes C0 controls but not DEL, C1 or the bidi
 * controls; written as \uXXXX they read back as the same text.
 */
export const asJson = (value: unknown): string =>
  `${printable(JSON.stringify(value, null, 2), true)}\n`;

/**
 * A count as every line of text writes it, with thousands separators whatever the locale:
 * "800,000". JSON keeps plain numbers.
 */
export const figure = (n: number): string => n.toLocaleString('en-US');

/** A count and its noun, the noun plural unless the count is 1: "1 issue", "2,000 records". */
export const counted = (n: number, noun: string): string =>
  `${figure(n)} ${noun}${n === 1 ? '' : 's'}`;

/** "1 issue", "2 issues". */
export const issuesInWords = (n: number): string => counted(n, 'issue');

/**
 * Where an issue is, as compilers write it: `file:line:column`, or less when less is known.
 * Editors and CI annotators jump to the place from this alone.
 */
export function whereOf(issue: FileIssue): string {
  const line = issue.line === undefined ? '' : `:${issue.line}`;
  const column = issue.line === undefined || issue.column === undefined ? '' : `:${issue.column}`;
  return `${printable(issue.file)}${line}${column}`;
}

/** One issue as one line: `file:line:column: code path: message`. */
export function issueLine(issue: FileIssue, color = false): string {
  const path = issue.path.length > 0 ? `${printable(formatPath(issue.path))}: ` : '';
  return `${whereOf(issue)}: ${issueCodePaint(color)(issue.code)} ${path}${printable(issue.message)}\n`;
}

/** One line per issue, then how many more there are when not all were printed. */
export function printIssues(
  io: Io,
  issues: readonly FileIssue[],
  total: number,
  max = issues.length,
): void {
  const shown = issues.slice(0, max);
  for (const issue of shown) io.stdout(issueLine(issue, io.color));
  const more = total - shown.length;
  if (more > 0) io.stdout(`… and ${figure(more)} more ${more === 1 ? 'issue' : 'issues'}\n`);
}

/** What `validate` found in one input, the same for a JSON document and for NDJSON. */
export interface FileValidation {
  readonly file: string;
  /** How the input was written; null when it could not be told. */
  readonly format: Format | null;
  readonly valid: boolean;
  readonly records: number;
  /** The issues printed, placed in the file. */
  readonly issues: readonly FileIssue[];
  /** How many issues there are in all. */
  readonly issueCount: number;
  /** Why the input could not be read, when it could not. */
  readonly error?: string;
}

/** The verdict on one input: `file: 281 records read: valid`, or the count of its issues. */
export function verdictLine(file: FileValidation): string {
  const verdict = file.valid ? 'valid' : issuesInWords(file.issueCount);
  return `${printable(file.file)}: ${counted(file.records, 'record')} read: ${verdict}\n`;
}

/**
 * What `validate --format json` prints: the verdict on every input together (`valid`, `format`,
 * `records`, `issueCount`, the first `issues`, how many were `omitted`), then each input's own.
 */
export function validationJson(files: readonly FileValidation[]): string {
  const formats = new Set(files.map((f) => f.format));
  const issues = files.flatMap((f) => f.issues);
  const issueCount = files.reduce((n, f) => n + f.issueCount, 0);
  return asJson({
    valid: files.every((f) => f.valid),
    format: formats.size === 1 ? [...formats][0] : null,
    records: files.reduce((n, f) => n + f.records, 0),
    issueCount,
    issues,
    omitted: issueCount - issues.length,
    files: files.map((f) => ({
      file: f.file,
      valid: f.valid,
      format: f.format,
      records: f.records,
      issueCount: f.issueCount,
      ...(f.error === undefined ? {} : { error: { message: f.error } }),
    })),
  });
}

/**
 * A progress line on standard error, redrawn in place, and a way to wipe it once done so that
 * it leaves nothing behind; only a terminal can show it.
 */
export function progressDisplay(
  io: Io,
): { readonly show: (progress: Progress) => void; readonly clear: () => void } | undefined {
  if (!io.stderrIsTty) return undefined;
  const started = Date.now();
  let shown = false;
  return {
    show: (p) => {
      const seconds = Math.max(0.001, (Date.now() - started) / 1000);
      shown = true;
      // Erase to the end of the line: a shorter line must not keep the end of a longer one.
      io.stderr(
        `\r${counted(p.records, 'record')}, ${(p.bytes / 2 ** 20).toFixed(1)} MB, ${figure(Math.round(p.records / seconds))} records/s, ${counted(p.errors, 'error')}\u001b[K`,
      );
    },
    clear: () => {
      if (shown) io.stderr('\r\u001b[K');
    },
  };
}

/** The findings grouped by severity, most serious first, one line each. */
export function findingsTable(findings: readonly Finding[], color = false): string {
  let out = '';
  for (const severity of SEVERITIES) {
    const group = findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    const paint = severityPaint(color, severity);
    out += `${paint(severity.toUpperCase())} (${figure(group.length)})\n`;
    // Padded before painting, so that the escapes do not count towards the width.
    for (const f of group) out += `  ${paint(f.code.padEnd(25))} ${printable(f.message)}\n`;
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

/** A count of findings of a severity: "1 error", "2 errors"; "info" has no plural. */
const severityCount = (n: number, severity: string): string =>
  severity === 'info' ? `${figure(n)} info` : counted(n, severity);

/** "Summary: 2 errors, 10 conflicts, … (claims-disagree 6, …)". */
export function summaryLine(summary: Summary): string {
  const codes = Object.entries(summary.byCode)
    .map(([c, n]) => `${c} ${figure(n)}`)
    .join(', ');
  return `Summary: ${SEVERITIES.map((s) => severityCount(summary.bySeverity[s], s)).join(', ')}${codes ? ` (${codes})` : ''}\n`;
}

/** The readable report: what the dataset holds, the findings table, the summary line. */
export function reportTable(
  dataset: Dataset,
  findings: readonly Finding[],
  summary: Summary,
  color = false,
): string {
  return `${printable(dataset.title ?? 'Dataset')}: ${counted(dataset.exchanges.length, 'exchange')}, ${counted(dataset.claims.length, 'claim')}\n\n${findingsTable(findings, color)}${summaryLine(summary)}`;
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
  return `${formatCount(reading.count)}\n${printable(JSON.stringify(reading.count))}\n${entries}`;
}

/** A phrase and its count on one line, tab between, for a phrase read from a stream. */
export function readingLine(text: string, reading: PhraseReading): string {
  return `${printable(text)}\t${printable(formatCount(reading.count))}\n`;
}

/** One value as JSON on one line, for output read a line at a time (JSON Lines). */
export const asJsonLine = (value: unknown): string => `${printable(JSON.stringify(value))}\n`;
