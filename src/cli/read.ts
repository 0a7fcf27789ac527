/// <reference types="node" />
// Reading the input: files and standard input, their size limits, telling JSON from NDJSON and
// from binary data, and where a JSON text breaks.
import { closeSync, createReadStream, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { Readable } from 'node:stream';
import { DATASET_COLLECTIONS, type Dataset } from '../dataset/DatasetSchema.js';
import { safeParseDataset } from '../dataset/safeParseDataset.js';
import type { Result } from '../result/Result.js';
import type { Issue } from '../validation/Issue.js';
import { CliError, EXIT } from './io.js';
import { jsonErrorPosition } from './jsonErrorPosition.js';
import { RECORD_KINDS, validateNdjson } from './ndjson.js';

/** The largest JSON document read whole; larger datasets must be NDJSON, which is streamed. */
export const MAX_JSON_BYTES = 256 * 2 ** 20;

/** The largest file the audit reads, since it needs every record in memory at once. */
const MAX_AUDIT_BYTES = 2 ** 30;

/** A first line that holds one record, such as `{"claim": …`. */
const RECORD_LINE = new RegExp(`^\\{"(${Object.keys(RECORD_KINDS).join('|')})"\\s*:`);

/** The size of a file, or a failure saying why it cannot be read. */
export function sizeOf(path: string): number {
  let stat;
  try {
    stat = statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(
      code === 'ENOENT'
        ? `${path}: no such file`
        : `${path}: cannot be read (${code ?? 'unknown error'})`,
      EXIT.usage,
    );
  }
  if (stat.isDirectory())
    throw new CliError(`${path}: is a directory, not a dataset file`, EXIT.usage);
  return stat.size;
}

/** Decides between one JSON document and NDJSON from the name, or else from the first line. */
export function looksLikeNdjson(path: string, head: string): boolean {
  if (/\.(ndjson|jsonl)$/i.test(path)) return true;
  if (/\.json$/i.test(path)) return false;
  const first = head.split('\n', 1)[0]?.trim() ?? '';
  return RECORD_LINE.test(first);
}

/** Where a JSON text breaks, as ` at line L, column C`; empty when that cannot be told. */
export function lineAndColumn(text: string): string {
  const position = jsonErrorPosition(text);
  if (position === undefined) return '';
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return ` at line ${line}, column ${column}`;
}

/** The failure for a JSON document above {@link MAX_JSON_BYTES}. */
export function tooLarge(path: string, size: number): CliError {
  return new CliError(
    `${path}: ${(size / 2 ** 30).toFixed(1)} GB is too large to read as one JSON document (the limit is ${MAX_JSON_BYTES / 2 ** 20} MB); write it as NDJSON, one record per line, which is streamed`,
    EXIT.usage,
  );
}

/** The failure for a file that holds a NUL byte in its first bytes. */
export function binaryData(path: string): CliError {
  return new CliError(`${path}: this is binary data, not JSON or NDJSON`, EXIT.invalid);
}

/** The first bytes of a file, without reading the rest. */
export function headOf(path: string, size: number): Buffer {
  const head = Buffer.alloc(Math.min(size, 8192));
  const fd = openSync(path, 'r');
  try {
    readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  return head;
}

/** Text never holds a NUL byte; a look at the first 8 KB is enough. */
export function isBinary(sample: Buffer): boolean {
  return sample.subarray(0, 8192).includes(0);
}

/** Reads a JSON document (the whole file), with line and column on a syntax error. */
function readJsonDocument(path: string, size: number): unknown {
  if (size === 0) throw new CliError(`${path}: the file is empty`, EXIT.invalid);
  if (size > MAX_JSON_BYTES) throw tooLarge(path, size);
  const bytes = readFileSync(path);
  if (isBinary(bytes)) throw binaryData(path);
  const text = bytes.toString('utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new CliError(`${path}: not valid JSON${lineAndColumn(text)}`, EXIT.invalid);
  }
}

/** A dataset as read from a file: valid, or the first issues and how many there are in all. */
export type DatasetRead = Result<
  Dataset,
  { readonly issues: readonly Issue[]; readonly total: number }
>;

const invalidOr = (result: Result<Dataset, readonly Issue[]>): DatasetRead =>
  result.success
    ? result
    : { success: false, error: { issues: result.error, total: result.error.length } };

/** Reads and validates a whole dataset file, JSON or NDJSON, for the audit. */
export async function readDataset(path: string): Promise<DatasetRead> {
  const size = sizeOf(path);
  if (size > MAX_AUDIT_BYTES)
    throw new CliError(
      `${path}: ${(size / 2 ** 30).toFixed(1)} GB is too large to audit in memory; validate it with swapledger validate, which streams`,
      EXIT.usage,
    );
  const head = headOf(path, size);
  if (size > 0 && isBinary(head)) throw binaryData(path);
  return looksLikeNdjson(path, head.toString('utf8'))
    ? await datasetFromNdjson(createReadStream(path))
    : invalidOr(safeParseDataset(readJsonDocument(path, size)));
}

/** Reads a whole NDJSON dataset into memory for the audit (which needs every record at once). */
async function datasetFromNdjson(stream: Readable): Promise<DatasetRead> {
  let text = '';
  for await (const chunk of stream as AsyncIterable<Buffer>) text += chunk.toString('utf8');
  // The streaming validator gives line numbers; only a file it accepts is assembled and typed.
  const check = await validateNdjson(Readable.from([Buffer.from(text)]));
  if (check.issueCount > 0)
    return { success: false, error: { issues: check.issues, total: check.issueCount } };
  let header: unknown = {};
  const collections: Record<string, unknown[]> = {};
  for (const collection of Object.keys(DATASET_COLLECTIONS)) collections[collection] = [];
  for (const line of text.split('\n')) {
    const trimmed = line.trim(); // as the validator reads it: a byte-order mark is whitespace
    if (trimmed === '') continue;
    const value = JSON.parse(trimmed) as Record<string, unknown>;
    const [kind] = Object.keys(value) as [keyof typeof RECORD_KINDS];
    if (kind === 'header') header = value[kind];
    else collections[RECORD_KINDS[kind]]?.push(value[kind]);
  }
  // Spreading defines own properties, so a header key such as "__proto__" stays plain data.
  const document = { ...(header as object), ...collections };
  return invalidOr(safeParseDataset(document));
}

/** The input of `validate`, opened: its bytes as a stream, and whether they are NDJSON. */
export interface Input {
  readonly ndjson: boolean;
  readonly stream: Readable;
}

/** Opens a file, or standard input for `-`, after the checks that need no full read. */
export async function openInput(path: string, stdin: Readable): Promise<Input> {
  if (path === '-') return openStdin(stdin);
  const size = sizeOf(path);
  if (size === 0) throw new CliError(`${path}: the file is empty`, EXIT.invalid);
  const head = headOf(path, size);
  const ndjson = looksLikeNdjson(path, head.toString('utf8'));
  if (!ndjson && size > MAX_JSON_BYTES) throw tooLarge(path, size);
  if (isBinary(head)) throw binaryData(path);
  return { ndjson, stream: createReadStream(path) };
}

/** Standard input has no name to go by: its first chunk decides, then is put back in front. */
async function openStdin(stdin: Readable): Promise<Input> {
  const chunks = (stdin as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
  const first = await chunks.next();
  if (first.done) throw new CliError('standard input is empty', EXIT.invalid);
  const stream = Readable.from(
    (async function* () {
      yield first.value;
      for (;;) {
        const next = await chunks.next();
        if (next.done) return;
        yield next.value as Buffer;
      }
    })(),
  );
  return { ndjson: looksLikeNdjson('-', first.value.toString('utf8')), stream };
}

/** Reads a stream whole as one JSON document, up to {@link MAX_JSON_BYTES}. */
export async function readJsonStream(stream: Readable, name: string): Promise<unknown> {
  let text = '';
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    text += chunk.toString('utf8');
    if (text.length > MAX_JSON_BYTES)
      throw new CliError(
        `input is too large to read as one JSON document (over ${MAX_JSON_BYTES / 2 ** 20} MB); write it as NDJSON, one record per line, which is streamed`,
        EXIT.usage,
      );
  }
  if (text.trim() === '') throw new CliError(`${name}: the file is empty`, EXIT.invalid);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new CliError(`${name}: not valid JSON${lineAndColumn(text)}`, EXIT.invalid);
  }
}
