/// <reference types="node" />
import type { Readable } from 'node:stream';
import { validateNdjsonLines, type LineIssue, type NdjsonLine } from '../dataset/_lib/ndjson.js';

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
  const result = await validateNdjsonLines(
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
