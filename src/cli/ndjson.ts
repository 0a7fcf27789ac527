/// <reference types="node" />
import type { Readable } from 'node:stream';
import { DATASET_FORMAT } from '../dataset/DatasetSchema.js';
import {
  RECORD_KINDS,
  validateNdjsonLines,
  type LineIssue,
  type NdjsonLine,
  type NdjsonOptions,
} from '../dataset/_lib/ndjson.js';
import { missingHeader } from '../_lib/messages.js';
import type { IssueCode } from '../validation/Issue.js';
import { jsonErrorPosition } from './jsonErrorPosition.js';
import { badUtf8, columnOfBad, notUtf8 } from './utf8.js';

// The rules live with the dataset (src/dataset/_lib/ndjson.ts); the command line only reads bytes.
export { RECORD_KINDS, type LineIssue } from '../dataset/_lib/ndjson.js';

/** Progress, for a display. */
export interface Progress {
  readonly records: number;
  readonly bytes: number;
  readonly errors: number;
}

/** The result of validating an NDJSON stream. */
export interface NdjsonResult {
  readonly records: number;
  readonly bytes: number;
  readonly lines: number;
  /** The first issues found, in order, up to the cap. */
  readonly issues: readonly PlacedLineIssue[];
  /** How many issues were found in all. */
  readonly issueCount: number;
}

/** The longest line read: one record may be as large as a whole JSON document. */
export const MAX_LINE = 256 * 2 ** 20;

/**
 * A line that could not be handed over as text, and why: longer than {@link MAX_LINE}, or not
 * UTF-8 (with the column of its first bad byte). The validator takes it as unreadable; the code
 * and column are put back on its issue by {@link checkNdjsonLines}.
 */
export interface UnreadableLine {
  readonly unreadable: string;
  readonly code: IssueCode;
  readonly column?: number;
}

/** A line as {@link lines} gives it: its text, or why it could not be read. */
export type ReadLine = string | UnreadableLine;

const overLong: UnreadableLine = {
  unreadable: `the line is longer than ${MAX_LINE / 2 ** 20} MB`,
  code: 'too-long',
};

/** A whole line's bytes as text, or why they are not text: UTF-8 only, never U+FFFD. */
function textOf(bytes: Buffer, number: number): ReadLine {
  const bad = badUtf8(bytes);
  if (bad === undefined) return bytes.toString('utf8');
  return {
    unreadable: notUtf8(bad),
    code: 'invalid-input',
    column: columnOfBad(bytes, bad, number === 1),
  };
}

/**
 * Splits a byte stream into lines without ever holding an over-long line in memory. A line ends
 * at \n, at \r\n and at a lone \r (as old Mac files end them), each one break: the same breaks
 * that the lines and columns of issues count, so that line numbers are an editor's.
 */
export async function* lines(
  stream: Readable,
  onBytes: (n: number) => void,
): AsyncGenerator<ReadLine> {
  let parts: Buffer[] = [];
  let length = 0;
  let tooLong = false;
  let number = 0;
  // The last chunk ended with \r: a \n at the start of the next belongs to that same break.
  let afterCr = false;
  const add = (piece: Buffer) => {
    if (tooLong) return;
    if (length + piece.length > MAX_LINE) {
      tooLong = true;
      parts = [];
      length = 0;
    } else if (piece.length > 0) {
      parts.push(piece);
      length += piece.length;
    }
  };
  const take = (): ReadLine => {
    number += 1;
    const line = tooLong ? overLong : textOf(Buffer.concat(parts, length), number);
    parts = [];
    length = 0;
    tooLong = false;
    return line;
  };
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    onBytes(chunk.length);
    if (chunk.length === 0) continue;
    let start = afterCr && chunk[0] === 10 ? 1 : 0;
    afterCr = false;
    // The next \n and \r from `start`, each looked for again only once passed: -1 is none left.
    let lf = -2;
    let cr = -2;
    for (;;) {
      if (lf !== -1 && lf < start) lf = chunk.indexOf(10, start);
      if (cr !== -1 && cr < start) cr = chunk.indexOf(13, start);
      const end = lf === -1 ? cr : cr === -1 ? lf : Math.min(lf, cr);
      if (end === -1) break;
      add(chunk.subarray(start, end));
      yield take();
      start = end + 1;
      if (end === cr) {
        if (end + 1 === chunk.length) afterCr = true;
        else if (chunk[end + 1] === 10) start += 1;
      }
    }
    // Copied: the rest waits for the next chunk, and a stream may reuse its buffers.
    if (start < chunk.length) add(Buffer.from(chunk.subarray(start)));
  }
  if (length > 0 || tooLong) yield take();
}

/** An object's first key as written, escapes and all: `{ "\u0068eader":` → `"\u0068eader"`. */
const FIRST_KEY =
  // eslint-disable-next-line no-control-regex -- a JSON string holds no raw control character
  /^\{[\t\n\r ]*("(?:[^"\\\u0000-\u001f]|\\["\\/bfnrt]|\\u[0-9a-fA-F]{4})*")[\t\n\r ]*:/;

/** The first key of a line that starts as a JSON object, unescaped; only that key is read. */
function firstKeyOf(line: string): string | undefined {
  const key = FIRST_KEY.exec(line.trim())?.[1];
  return key === undefined ? undefined : (JSON.parse(key) as string);
}

/**
 * The kind of record a line holds, when it is an object with one key that names a kind
 * (`{"claim": {...}}`, `{ "\u0068eader": ...}`); undefined for anything else. The whole line is
 * parsed only when its first key names a kind: a JSON document on one line is not.
 */
export function recordKindOf(
  line: string,
  kind = firstKeyOf(line),
): keyof typeof RECORD_KINDS | undefined {
  if (kind === undefined || !Object.hasOwn(RECORD_KINDS, kind)) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(line.trim());
  } catch {
    return undefined;
  }
  // An object with one key has that key first, so the first key names the record.
  return value !== null &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    Object.keys(value).length === 1
    ? (kind as keyof typeof RECORD_KINDS)
    : undefined;
}

/** Whether a line is one the validator counts as a header: `{"header": {...}}` and nothing else. */
function isHeaderLine(line: string): boolean {
  // Only the rare line whose first key reads "header" is parsed a second time.
  const kind = firstKeyOf(line);
  return kind === 'header' && recordKindOf(line, kind) === 'header';
}

/** An issue of a line, and its column when the reading of the line alone tells it. */
export interface PlacedLineIssue extends LineIssue {
  readonly column?: number;
}

/** What {@link checkNdjsonLines} found. */
export type NdjsonCheck = Omit<Awaited<ReturnType<typeof validateNdjsonLines>>, 'issues'> & {
  readonly issues: readonly PlacedLineIssue[];
};

/** What a line needs to have its issue told right: its own code and column, or a shift. */
type Mark = UnreadableLine | { readonly lead: number };

/**
 * How far a line that is not JSON is indented: the validator trims a line before parsing it, so
 * the column the engine gives counts from the first character that is not white space. Only the
 * rare indented line is scanned; undefined for any other.
 */
function leadOfBroken(line: string, first: boolean): number | undefined {
  const body = first ? line.replace(/^\uFEFF/, '') : line;
  const c = body.charCodeAt(0);
  // Printable ASCII first, `{` above all: not indented, as nearly every line is.
  if ((c > 32 && c < 127) || body === '') return undefined;
  const trimmed = body.trimStart();
  const lead = body.length - trimmed.length;
  if (lead === 0 || trimmed === '') return undefined;
  return jsonErrorPosition(trimmed.trimEnd()) === undefined ? undefined : lead;
}

/** An issue as the command line tells it, with what was noted of its line while reading. */
function told(issue: LineIssue, mark: Mark | undefined): PlacedLineIssue {
  if (mark === undefined) return issue;
  if ('lead' in mark) {
    if (issue.code !== 'invalid-input') return issue;
    const message = issue.message.replace(
      /\(column (\d+)\)/,
      (_, column: string) => `(column ${Number(column) + mark.lead})`,
    );
    return { ...issue, message };
  }
  // The validator calls every unreadable line too long: the reader knows better.
  if (issue.code !== 'too-long' || issue.message !== mark.unreadable) return issue;
  return {
    ...issue,
    code: mark.code,
    ...(mark.column === undefined ? {} : { column: mark.column }),
  };
}

/**
 * The validator's verdict on NDJSON lines, as the command line gives it: the header is not
 * counted among the records, so a dataset has as many records as NDJSON as it has as JSON; and
 * lines that hold nothing at all are refused for the header they lack, as an empty JSON document
 * is refused. A line that is not UTF-8 is an invalid input at its first bad byte, and the column
 * that the message of a line that is not JSON gives counts its indentation.
 */
export async function checkNdjsonLines(
  source: AsyncIterable<ReadLine> | Iterable<ReadLine>,
  options: NdjsonOptions = {},
): Promise<NdjsonCheck> {
  let headers = 0;
  // Only the issues kept can need a mark, and each marked line has one at least: no more marks
  // than issues kept are needed, whatever the size of the input.
  const cap = options.maxIssues ?? 1000;
  const marks = new Map<number, Mark>();
  let number = 0;
  const counted = async function* (): AsyncGenerator<NdjsonLine> {
    for await (const line of source) {
      number += 1;
      if (typeof line !== 'string') {
        if (line.code !== 'too-long' && marks.size < cap) marks.set(number, line);
      } else if (isHeaderLine(line)) headers += 1;
      else if (marks.size < cap) {
        const lead = leadOfBroken(line, number === 1);
        if (lead !== undefined) marks.set(number, { lead });
      }
      yield line;
    }
  };
  const { onProgress } = options;
  const result = await validateNdjsonLines(counted(), {
    ...(options.maxIssues === undefined ? {} : { maxIssues: options.maxIssues }),
    ...(onProgress
      ? { onProgress: (p) => onProgress({ ...p, records: p.records - headers }) }
      : {}),
  });
  const records = result.records - headers;
  // No record and no issue: every line was blank, so there was no header either.
  if (result.records === 0 && result.issueCount === 0) {
    const issue: LineIssue = {
      line: 1,
      path: ['header'],
      code: 'missing-field',
      message: missingHeader(DATASET_FORMAT),
    };
    return { ...result, records, issues: [issue], issueCount: 1 };
  }
  const issues =
    marks.size === 0 ? result.issues : result.issues.map((i) => told(i, marks.get(i.line)));
  return { ...result, records, issues };
}

/**
 * Validates a dataset written as NDJSON, one record per line (`{"claim": {...}}`), as a stream,
 * with the rules of `safeParseDataset` (see src/dataset/_lib/ndjson.ts).
 */
export async function validateNdjson(
  stream: Readable,
  options: {
    readonly maxIssues?: number;
    readonly onProgress?: (p: Progress) => void;
  } = {},
): Promise<NdjsonResult> {
  let bytes = 0;
  const { onProgress } = options;
  const result = await checkNdjsonLines(
    lines(stream, (n) => (bytes += n)),
    {
      ...(options.maxIssues === undefined ? {} : { maxIssues: options.maxIssues }),
      ...(onProgress
        ? { onProgress: (p) => onProgress({ records: p.records, bytes, errors: p.errors }) }
        : {}),
    },
  );
  return { ...result, bytes };
}
