import type { Issue } from '../../validation/Issue.js';
import { fast } from '../../validation/_lib/fast.js';
import { fromZod } from '../../validation/_lib/fromZod.js';
import * as messages from '../../_lib/messages.js';
import { defaultTaxonomy } from '../../taxonomy/defaultTaxonomy.js';
import type { Taxonomy } from '../../taxonomy/TaxonomySchema.js';
import { DATASET_COLLECTIONS, DATASET_FORMAT } from './datasetShape.js';
import { checkEnvelope } from './envelope.js';
import { ReferenceCheck, type Collection, type RecordOf } from './references.js';

/**
 * A dataset written as NDJSON: a header line with the envelope, then one record a line, as
 * `{"claim": {...}}`. Checked with the same rules as `safeParseDataset`, from the same schemas and
 * the same reference table, one line at a time: memory holds the ids of the records and the
 * references still to resolve, never the records themselves.
 *
 * @internal
 */

/** What one NDJSON line may hold: `{"claim": {...}}`, one key naming the kind of record. */
export const RECORD_KINDS = {
  header: 'header',
  party: 'parties',
  source: 'sources',
  cohort: 'cohorts',
  agreement: 'agreements',
  exchange: 'exchanges',
  claim: 'claims',
  statement: 'statements',
} as const satisfies Record<string, Collection | 'header'>;

/** The line kind of each collection: `claims` → `claim`. */
const KIND_OF = Object.fromEntries(
  Object.entries(RECORD_KINDS).map(([kind, collection]) => [collection, kind]),
) as Record<Collection | 'header', keyof typeof RECORD_KINDS>;

/** An issue found on one line of an NDJSON file. */
export interface LineIssue extends Issue {
  readonly line: number;
}

/** A line as the reader hands it over: its text, or why it could not be read. */
export type NdjsonLine = string | { readonly unreadable: string };

/** How far reading has got, for a display. */
export interface NdjsonProgress {
  readonly lines: number;
  readonly records: number;
  readonly errors: number;
}

/** What the streamed validation found. */
export interface NdjsonResult {
  readonly records: number;
  readonly lines: number;
  /** The first issues found, by line, up to the cap. */
  readonly issues: readonly LineIssue[];
  /** How many issues were found in all. */
  readonly issueCount: number;
}

/** Options of {@link validateNdjsonLines}. */
export interface NdjsonOptions {
  /** The most issues listed (default 1,000); all are counted. */
  readonly maxIssues?: number;
  /** Called every few thousand lines, and once at the end. */
  readonly onProgress?: (progress: NdjsonProgress) => void;
}

/** "Unexpected token } in JSON at position 12" → the column, 1-based. */
function columnOf(error: unknown): number | undefined {
  const match = /position (\d+)/.exec(error instanceof Error ? error.message : '');
  return match ? Number(match[1]) + 1 : undefined;
}

/**
 * Validates an NDJSON dataset given line by line. Every bad line is reported with its number,
 * the path in its record, a code and a message, and reading goes on; a reference to a record that
 * comes later in the file is resolved when reading is done. Gives the same verdict and the same
 * issue codes as `safeParseDataset` on the same records.
 */
export async function validateNdjsonLines(
  lines: AsyncIterable<NdjsonLine> | Iterable<NdjsonLine>,
  options: NdjsonOptions = {},
): Promise<NdjsonResult> {
  const cap = options.maxIssues ?? 1000;
  const issues: LineIssue[] = [];
  let issueCount = 0;
  const report = (issue: LineIssue) => {
    issueCount += 1;
    if (issues.length < cap) issues.push(issue);
  };
  let records = 0;
  let lineNo = 0;
  let header: 'none' | 'read' | 'foreign' = 'none';
  let ref: ReferenceCheck | undefined;
  const checker = (taxonomy: Taxonomy = defaultTaxonomy) =>
    new ReferenceCheck(
      taxonomy,
      (collection, line, path, code, message) =>
        report({
          line,
          path:
            collection === 'crosswalk'
              ? ['header', 'crosswalk', ...path]
              : [KIND_OF[collection], ...path],
          code,
          message,
        }),
      (_collection, what, id) => messages.usedByEarlierLine(what, id),
      false,
      () => issues.length < cap,
    );

  for await (const item of lines) {
    lineNo += 1;
    if (options.onProgress && lineNo % 5000 === 0)
      options.onProgress({ lines: lineNo, records, errors: issueCount });
    if (typeof item !== 'string') {
      report({ line: lineNo, path: [], code: 'too-long', message: item.unreadable });
      continue;
    }
    const text = item.trim();
    if (text === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      report({
        line: lineNo,
        path: [],
        code: 'invalid-input',
        message: messages.notJson(columnOf(error)),
      });
      continue;
    }
    const keys =
      value !== null && typeof value === 'object' && !Array.isArray(value)
        ? Object.keys(value)
        : [];
    const kind = keys[0];
    if (keys.length !== 1 || kind === undefined || !Object.hasOwn(RECORD_KINDS, kind)) {
      report({
        line: lineNo,
        path: [],
        code: 'invalid-type',
        message: messages.notAnNdjsonRecord(Object.keys(RECORD_KINDS)),
      });
      continue;
    }
    const record = (value as Record<string, unknown>)[kind];
    records += 1;
    const collection = RECORD_KINDS[kind as keyof typeof RECORD_KINDS];
    if (collection === 'header') {
      if (ref !== undefined || header !== 'none') {
        report({
          line: lineNo,
          path: ['header'],
          code: 'out-of-order',
          message: messages.headerNotFirst(),
        });
        continue;
      }
      const envelope = checkEnvelope(
        record,
        (issue) => report({ ...issue, line: lineNo, path: ['header', ...issue.path] }),
        'apart',
      );
      header = envelope === undefined ? 'foreign' : 'read';
      ref = checker(envelope?.taxonomy);
      if (envelope?.crosswalk) ref.crosswalk(envelope.crosswalk, lineNo);
      continue;
    }
    if (ref === undefined) {
      report({
        line: 1,
        path: ['header'],
        code: 'missing-field',
        message: messages.missingHeader(DATASET_FORMAT),
      });
      ref = checker();
    }
    // A file of another format is not read as this one: its records would only produce noise.
    if (header === 'foreign') continue;
    ref.declare(collection, lineNo, record);
    const parsed = fast(DATASET_COLLECTIONS[collection]).safeParse(record);
    if (!parsed.success) {
      for (const issue of fromZod(parsed.error.issues, record))
        report({ ...issue, line: lineNo, path: [kind, ...issue.path] });
      ref.reused(collection, lineNo);
      continue;
    }
    const data = parsed.data as RecordOf<typeof collection>;
    ref.learn(collection, lineNo, data);
    ref.check(collection, lineNo, data);
  }
  ref?.finish();
  issues.sort((a, b) => a.line - b.line);
  options.onProgress?.({ lines: lineNo, records, errors: issueCount });
  return { records, lines: lineNo, issues, issueCount };
}
