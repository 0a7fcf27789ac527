/// <reference types="node" />
// Reading the input: files, pipes and standard input alike, their size limits, telling JSON from
// NDJSON and from binary data, and where a JSON text breaks. Bytes are kept as bytes and decoded
// once, whole, so a character split between two reads is never garbled.
import { createReadStream, statSync } from 'node:fs';
import { Readable } from 'node:stream';
import { DATASET_COLLECTIONS, type Dataset } from '../dataset/DatasetSchema.js';
import { checkDataset } from '../dataset/_lib/checkDataset.js';
import type { NdjsonLine } from '../dataset/_lib/ndjson.js';
import type { Result } from '../result/Result.js';
import type { Issue } from '../validation/Issue.js';
import { safely } from '../validation/_lib/safely.js';
import { CliError, EXIT } from './io.js';
import { jsonErrorPosition } from './jsonErrorPosition.js';
import { checkNdjsonLines, lines, RECORD_KINDS, recordKindOf } from './ndjson.js';

/** The largest JSON document read whole; larger datasets must be NDJSON, which is streamed. */
export const MAX_JSON_BYTES = 256 * 2 ** 20;

/** The largest file the audit reads, since it needs every record in memory at once. */
const MAX_AUDIT_BYTES = 2 ** 30;

/**
 * How much of the input is read, at most, to find its first line that holds anything. A header
 * with a taxonomy of its own can be long; a first line longer than this is judged by its start.
 */
const FIRST_LINE_BYTES = 16 * 2 ** 20;

/** How many first bytes are looked at to tell text from binary data. */
const BINARY_PROBE = 8192;

/** The start of a first line that holds one record, such as `{"claim": …`. */
const RECORD_LINE = new RegExp(`^\\{"(${Object.keys(RECORD_KINDS).join('|')})"\\s*:`);

/** A failure to read, in words a person can act on (never "unexpected failure"). */
export function ioFailure(name: string, error: unknown): CliError {
  if (error instanceof CliError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const why =
    code === 'ENOENT'
      ? 'no such file'
      : code === 'EACCES' || code === 'EPERM'
        ? 'permission denied'
        : code === 'EISDIR'
          ? 'is a directory, not a dataset file'
          : `cannot be read (${code ?? (error instanceof Error ? error.message : String(error))})`;
  return new CliError(`${name}: ${why}`, EXIT.usage);
}

/** What is at a path: a regular file (with its size), or a pipe, FIFO or device to stream. */
function statOf(path: string): { readonly size: number; readonly regular: boolean } {
  let stat;
  try {
    stat = statSync(path);
  } catch (error) {
    throw ioFailure(path, error);
  }
  if (stat.isDirectory())
    throw new CliError(`${path}: is a directory, not a dataset file`, EXIT.usage);
  return { size: stat.size, regular: stat.isFile() };
}

/** The size of a file, or a failure saying why it cannot be read. */
export function sizeOf(path: string): number {
  return statOf(path).size;
}

/** NDJSON or not by the file's name (`.ndjson`, `.jsonl`, `.json`); undefined when it does not say. */
function ndjsonByName(path: string): boolean | undefined {
  if (/\.(ndjson|jsonl)$/i.test(path)) return true;
  if (/\.json$/i.test(path)) return false;
  return undefined;
}

/**
 * Decides between one JSON document and NDJSON from the name, or else from the first line that
 * holds anything: NDJSON when that line holds one record, however its key is spelt. `ended` says
 * that `head` is the whole input, so that its last line is whole too.
 */
export function looksLikeNdjson(path: string, head: string, ended: boolean): boolean {
  const byName = ndjsonByName(path);
  if (byName !== undefined) return byName;
  const lines = head.split('\n');
  const at = lines.findIndex((line) => line.trim() !== ''); // a byte-order mark is white space
  if (at === -1) return false;
  const first = lines[at] as string;
  const whole = at < lines.length - 1 || ended;
  if (whole && recordKindOf(first) !== undefined) return true;
  // A line cut short cannot be parsed: its first bytes decide.
  return RECORD_LINE.test(first.trim());
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
  const amount =
    size >= 2 ** 30 ? `${(size / 2 ** 30).toFixed(1)} GB` : `${Math.ceil(size / 2 ** 20)} MB`;
  return new CliError(
    `${path}: ${amount} is too large to read as one JSON document (the limit is ${MAX_JSON_BYTES / 2 ** 20} MB); write it as NDJSON, one record per line, which is streamed`,
    EXIT.usage,
  );
}

/** The failure for input that holds a NUL byte in its first bytes. */
export function binaryData(path: string): CliError {
  return new CliError(`${path}: this is binary data, not JSON or NDJSON`, EXIT.invalid);
}

/** Text never holds a NUL byte; a look at the first 8 KB is enough. */
export function isBinary(sample: Buffer): boolean {
  return sample.subarray(0, BINARY_PROBE).includes(0);
}

/** The failure for input with nothing in it but white space. */
function emptyInput(name: string): CliError {
  return new CliError(
    name === 'standard input' ? 'standard input is empty' : `${name}: the file is empty`,
    EXIT.invalid,
  );
}

/** A JSON text as read: decoded once, without the byte-order mark some editors write first. */
function parseJsonText(bytes: Buffer, name: string): unknown {
  if (bytes.length === 0 || bytes.toString('utf8').trim() === '') throw emptyInput(name);
  if (isBinary(bytes)) throw binaryData(name);
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new CliError(`${name}: not valid JSON${lineAndColumn(text)}`, EXIT.invalid);
  }
}

/** Every byte of a stream, up to `limit`; past it, the failure `over` gives. */
async function readAll(
  stream: Readable,
  name: string,
  limit: number,
  over: (size: number) => CliError,
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > limit) {
        stream.destroy();
        throw over(size);
      }
      chunks.push(chunk);
    }
  } catch (error) {
    throw ioFailure(name, error);
  }
  return Buffer.concat(chunks, size);
}

/** A dataset as read: valid, or the first issues and how many there are in all. */
export type DatasetRead = Result<
  Dataset,
  { readonly issues: readonly Issue[]; readonly total: number }
>;

/** Checks a dataset document, keeping up to `maxIssues` issues and counting them all. */
export function checkDocument(document: unknown, maxIssues = 1000): DatasetRead {
  let total = 0;
  const result = safely(() => {
    const checked = checkDataset(document, maxIssues);
    total = checked.total;
    return checked.result;
  });
  if (result.success) return result;
  // The last issue of a capped list only says how many more there were: the total says it.
  const issues = result.error.filter((issue) => issue.code !== 'too-many-issues');
  return { success: false, error: { issues, total: Math.max(total, issues.length) } };
}

/** Reads and validates a whole dataset file, JSON or NDJSON, for the audit. */
export async function readDataset(path: string): Promise<DatasetRead> {
  const { size, regular } = statOf(path);
  if (regular && size > MAX_AUDIT_BYTES) throw auditTooLarge(path, size);
  const input = regular ? await openFile(path, size) : await sniff(openStream(path), path);
  return input.ndjson
    ? await datasetFromNdjson(input.stream, path)
    : checkDocument(
        parseJsonText(
          await readAll(input.stream, path, MAX_JSON_BYTES, (n) => tooLarge(path, n)),
          path,
        ),
      );
}

function auditTooLarge(path: string, size: number): CliError {
  return new CliError(
    `${path}: ${(size / 2 ** 30).toFixed(1)} GB is too large to audit in memory; validate it with swapledger validate, which streams`,
    EXIT.usage,
  );
}

/**
 * Reads a whole NDJSON dataset into memory for the audit (which needs every record at once):
 * line by line, never as one string, so its size is bounded by memory and not by the longest
 * string the engine can hold.
 */
async function datasetFromNdjson(stream: Readable, name: string): Promise<DatasetRead> {
  const read: NdjsonLine[] = [];
  let size = 0;
  try {
    for await (const line of lines(stream, (n) => (size += n))) {
      if (size > MAX_AUDIT_BYTES) {
        stream.destroy();
        throw auditTooLarge(name, size);
      }
      // A blank line only counts for the line numbers: keep it as nothing, however long it was.
      read.push(typeof line === 'string' && line.trim() === '' ? '' : line);
    }
  } catch (error) {
    throw ioFailure(name, error);
  }
  // The streaming validator gives line numbers; only a file it accepts is assembled and typed.
  const check = await checkNdjsonLines(read);
  if (check.issueCount > 0)
    return { success: false, error: { issues: check.issues, total: check.issueCount } };
  let header: unknown = {};
  const collections: Record<string, unknown[]> = {};
  for (const collection of Object.keys(DATASET_COLLECTIONS)) collections[collection] = [];
  for (const line of read) {
    const trimmed = typeof line === 'string' ? line.trim() : ''; // a byte-order mark is whitespace
    if (trimmed === '') continue;
    const value = JSON.parse(trimmed) as Record<string, unknown>;
    const [kind] = Object.keys(value) as [keyof typeof RECORD_KINDS];
    if (kind === 'header') header = value[kind];
    else collections[RECORD_KINDS[kind]]?.push(value[kind]);
  }
  read.length = 0;
  // Spreading defines own properties, so a header key such as "__proto__" stays plain data.
  const document = { ...(header as object), ...collections };
  return checkDocument(document);
}

/** The input of `validate`, opened: its bytes as a stream, and whether they are NDJSON. */
export interface Input {
  readonly ndjson: boolean;
  readonly stream: Readable;
}

/** A stream of a file that reports a failure to read it as an error event, not a crash. */
function openStream(path: string): Readable {
  return createReadStream(path);
}

/** Opens a regular file; its size, when the system knows it, spares reading a JSON one too large. */
async function openFile(path: string, size: number): Promise<Input> {
  // A file in /proc or /sys says 0 bytes and may still hold some: it is read to find out.
  return sniff(openStream(path), path, size);
}

/** Opens a file, a pipe or a FIFO, or standard input for `-`. */
export async function openInput(path: string, stdin: Readable): Promise<Input> {
  if (path === '-') return sniff(stdin, '-');
  const { size, regular } = statOf(path);
  return regular ? openFile(path, size) : sniff(openStream(path), path);
}

/**
 * Finds where the first line that holds anything ends, a chunk at a time, without going over what
 * was already scanned. A line holds something when it has a byte of ASCII other than white space:
 * every record line starts with `{`, and a line of no-break spaces is blank to the validator.
 */
function firstLineFinder(): (chunk: Buffer) => boolean {
  let seen = false;
  return (chunk) => {
    for (const byte of chunk) {
      if (byte === 10) {
        if (seen) return true;
      } else if (byte < 0x80 && byte !== 32 && byte !== 9 && byte !== 13) seen = true;
    }
    return false;
  };
}

/**
 * Reads enough of the input to tell NDJSON from JSON and from binary data, however slowly it
 * arrives, and puts what it read back in front of the rest. `size` is a regular file's size as
 * the system gives it, 0 when unknown.
 */
async function sniff(stream: Readable, path: string, size = 0): Promise<Input> {
  const name = path === '-' ? 'standard input' : path;
  const byName = ndjsonByName(path);
  const chunks = (stream as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
  const firstLineEnds = firstLineFinder();
  const head: Buffer[] = [];
  let read = 0;
  let ended = false;
  try {
    try {
      for (;;) {
        const next = await chunks.next();
        if (next.done) {
          ended = true;
          break;
        }
        head.push(next.value);
        read += next.value.length;
        // The name decides the format: only the bytes that tell binary data are needed.
        if (byName !== undefined ? read >= BINARY_PROBE : firstLineEnds(next.value)) break;
        if (read >= FIRST_LINE_BYTES) break;
      }
    } catch (error) {
      throw ioFailure(name, error);
    }
    const start = Buffer.concat(head, read);
    // Empty only when nothing was read: a size of 0 may be the system not knowing it.
    if (read === 0) throw emptyInput(name);
    const text = start.toString('utf8');
    // Blank NDJSON is left to the validator, which refuses it for its missing header.
    if (ended && byName !== true && text.trim() === '') throw emptyInput(name);
    const ndjson = looksLikeNdjson(path, text, ended);
    if (!ndjson && size > MAX_JSON_BYTES) throw tooLarge(path, size);
    if (isBinary(start)) throw binaryData(name);
    const rest = Readable.from(
      (async function* () {
        try {
          yield start;
          if (ended) return;
          for (;;) {
            const next = await chunks.next();
            if (next.done) return;
            yield next.value as Buffer;
          }
        } finally {
          // A reader that stops early (at a size limit) lets go of the source as well.
          stream.destroy();
        }
      })(),
    );
    return { ndjson, stream: rest };
  } catch (error) {
    stream.destroy();
    throw error;
  }
}

/** Reads a stream whole as one JSON document, up to {@link MAX_JSON_BYTES}. */
export async function readJsonStream(stream: Readable, name: string): Promise<unknown> {
  const bytes = await readAll(stream, name, MAX_JSON_BYTES, () =>
    name === 'standard input'
      ? new CliError(
          `standard input is too large to read as one JSON document (over ${MAX_JSON_BYTES / 2 ** 20} MB); write it as NDJSON, one record per line, which is streamed`,
          EXIT.usage,
        )
      : tooLarge(name, MAX_JSON_BYTES + 1),
  );
  return parseJsonText(bytes, name);
}
