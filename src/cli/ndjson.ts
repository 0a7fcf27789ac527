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
  readonly issues: readonly LineIssue[];
  /** How many issues were found in all. */
  readonly issueCount: number;
}

/** The longest line read: one record may be as large as a whole JSON document. */
export const MAX_LINE = 256 * 2 ** 20;
const overLong: NdjsonLine = { unreadable: `the line is longer than ${MAX_LINE / 2 ** 20} MB` };

/** Splits a byte stream into lines without ever holding an over-long line in memory. */
export async function* lines(
  stream: Readable,
  onBytes: (n: number) => void,
): AsyncGenerator<NdjsonLine> {
  let parts: Buffer[] = [];
  let length = 0;
  let tooLong = false;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    onBytes(chunk.length);
    let start = 0;
    for (;;) {
      const end = chunk.indexOf(10, start);
      if (end === -1) break;
      const piece = chunk.subarray(start, end);
      if (!tooLong && length + piece.length <= MAX_LINE) parts.push(piece);
      else tooLong = true;
      yield tooLong ? overLong : Buffer.concat(parts).toString('utf8');
      parts = [];
      length = 0;
      tooLong = false;
      start = end + 1;
    }
    const rest = chunk.subarray(start);
    if (rest.length > 0) {
      if (!tooLong && length + rest.length <= MAX_LINE) {
        parts.push(Buffer.from(rest));
        length += rest.length;
      } else {
        tooLong = true;
        parts = [];
        length = 0;
      }
    }
  }
  if (length > 0 || tooLong) yield tooLong ? overLong : Buffer.concat(parts).toString('utf8');
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

/** What {@link checkNdjsonLines} found. */
export type NdjsonCheck = Awaited<ReturnType<typeof validateNdjsonLines>>;

/**
 * The validator's verdict on NDJSON lines, as the command line gives it: the header is not
 * counted among the records, so a dataset has as many records as NDJSON as it has as JSON; and
 * lines that hold nothing at all are refused for the header they lack, as an empty JSON document
 * is refused.
 */
export async function checkNdjsonLines(
  source: AsyncIterable<NdjsonLine> | Iterable<NdjsonLine>,
  options: NdjsonOptions = {},
): Promise<NdjsonCheck> {
  let headers = 0;
  const counted = async function* () {
    for await (const line of source) {
      if (typeof line === 'string' && isHeaderLine(line)) headers += 1;
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
  return { ...result, records };
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
