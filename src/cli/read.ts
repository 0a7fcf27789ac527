/// <reference types="node" />
// Reading the input: files, pipes and standard input alike, gzip or not, their size limits,
// telling JSON from NDJSON and from binary data, and where in the text each issue is. Bytes are
// kept as bytes and decoded once, whole, so a character split between two reads is never garbled.
import { createReadStream, statSync } from 'node:fs';
import { pipeline, Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { DATASET_COLLECTIONS } from '../dataset/DatasetSchema.js';
import type { Dataset } from '../dataset/Dataset.js';
import { checkDataset } from '../dataset/_lib/checkDataset.js';
import type { Result } from '../result/Result.js';
import type { Issue, IssueCode } from '../validation/Issue.js';
import { safely } from '../validation/_lib/safely.js';
import { CliError, EXIT } from './io.js';
import { notJson } from '../_lib/messages.js';
import {
  checkNdjsonLines,
  lines,
  RECORD_KINDS,
  recordKindOf,
  type PlacedLineIssue,
  type ReadLine,
} from './ndjson.js';
import { pathPositions, positionsOf, syntaxErrorPosition, type Position } from './position.js';
import { badUtf8, notUtf8 } from './utf8.js';

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

/** How standard input (`-`) is named where a file name would be, as compilers name it. */
export const STDIN = '<stdin>';

/** The name of an input in issue lines and in JSON: the path, or {@link STDIN} for `-`. */
export const inputName = (path: string): string => (path === '-' ? STDIN : path);

/** How an input is named in a sentence on standard error. */
const spoken = (name: string): string => (name === STDIN ? 'standard input' : name);

/** One issue, and where it is: the file, and the line and column when they can be told. */
export interface FileIssue extends Issue {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
}

/** An issue placed in a file, its fields in the order JSON output shows them. */
export function fileIssue(file: string, issue: Issue, at?: Partial<Position>): FileIssue {
  return {
    file,
    ...(at?.line === undefined ? {} : { line: at.line }),
    ...(at?.column === undefined ? {} : { column: at.column }),
    path: issue.path,
    code: issue.code,
    message: issue.message,
  };
}

/**
 * Input whose bytes are not a dataset at all: empty, binary, not JSON, broken gzip. It is
 * invalid data (exit 1) and is told as an issue of the file, like any other.
 */
export class InputIssue extends CliError {
  readonly issue: FileIssue;

  constructor(name: string, message: string, at?: Position, code: IssueCode = 'invalid-input') {
    const where = at === undefined ? '' : ` at line ${at.line}, column ${at.column}`;
    super(`${spoken(name)}: ${message}${where}`, EXIT.invalid);
    this.issue = fileIssue(name, { path: [], code, message }, at);
  }
}

/** A failure to read, in words a person can act on (never "unexpected failure"). */
export function ioFailure(name: string, error: unknown): CliError {
  if (error instanceof CliError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  // zlib's codes: the bytes after the gzip magic are not what gzip writes, or stop too soon.
  if (code?.startsWith('Z_'))
    return new InputIssue(name, `not valid gzip data (${(error as Error).message})`);
  const why =
    code === 'ENOENT'
      ? 'no such file'
      : code === 'EACCES' || code === 'EPERM'
        ? 'permission denied'
        : code === 'EISDIR'
          ? 'is a directory, not a dataset file'
          : `cannot be read (${code ?? (error instanceof Error ? error.message : String(error))})`;
  return new CliError(`${spoken(name)}: ${why}`, EXIT.usage);
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
  const lines = head.split(/\r\n|\r|\n/);
  const at = lines.findIndex((line) => line.trim() !== ''); // a byte-order mark is white space
  if (at === -1) return false;
  const first = lines[at] as string;
  const whole = at < lines.length - 1 || ended;
  if (whole && recordKindOf(first) !== undefined) return true;
  // A line cut short cannot be parsed: its first bytes decide.
  return RECORD_LINE.test(first.trim());
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
export function binaryData(name: string): CliError {
  return new InputIssue(name, 'this is binary data, not JSON or NDJSON');
}

/** Text never holds a NUL byte; a look at the first 8 KB is enough. */
export function isBinary(sample: Buffer): boolean {
  return sample.subarray(0, BINARY_PROBE).includes(0);
}

/** Whether bytes start as gzip does (RFC 1952): by content, whatever the file is called. */
const isGzip = (bytes: Buffer): boolean => bytes[0] === 0x1f && bytes[1] === 0x8b;

/** The failure for input with nothing in it but white space. */
function emptyInput(name: string): CliError {
  return new InputIssue(name, name === STDIN ? 'the input is empty' : 'the file is empty');
}

/** A JSON text as read, and its value. */
export interface JsonText {
  /** The text, without the byte-order mark some editors write first. */
  readonly text: string;
  readonly value: unknown;
}

/**
 * A JSON text as read: decoded once, without the byte-order mark some editors write first. Bytes
 * that are not UTF-8 are refused at the first bad one, never decoded to U+FFFD.
 */
function parseJsonText(bytes: Buffer, name: string): JsonText {
  if (isBinary(bytes)) throw binaryData(name);
  const bad = badUtf8(bytes);
  if (bad !== undefined) {
    const before = bytes
      .subarray(0, bad.offset)
      .toString('utf8')
      .replace(/^\uFEFF/, '');
    throw new InputIssue(name, notUtf8(bad), positionsOf(before, [before.length])[0]);
  }
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  if (text.trim() === '') throw emptyInput(name);
  try {
    return { text, value: JSON.parse(text) as unknown };
  } catch {
    throw new InputIssue(name, 'not valid JSON', syntaxErrorPosition(text));
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

/** Issues of a JSON document, each at the value its path names. */
export function placeInDocument(name: string, text: string, issues: readonly Issue[]): FileIssue[] {
  const at =
    issues.length === 0
      ? []
      : pathPositions(
          text,
          issues.map((issue) => issue.path),
        );
  return issues.map((issue, i) => fileIssue(name, issue, at[i]));
}

/**
 * Where an NDJSON issue is on its line: the column the reading of the line gave (its first byte
 * that is not UTF-8), the place a line that is not JSON breaks, or the value the issue's path
 * names in the record (`{"claim": {...}}` holds the path as it is given).
 */
function placeOnLine(name: string, issue: PlacedLineIssue, text: string | undefined): FileIssue {
  const { line, column } = issue;
  const plain: Issue = { path: issue.path, code: issue.code, message: issue.message };
  if (column !== undefined) return fileIssue(name, plain, { line, column });
  if (text === undefined) return fileIssue(name, plain, { line });
  const body = line === 1 ? text.replace(/^\uFEFF/, '') : text;
  const broken = syntaxErrorPosition(body);
  if (broken !== undefined && issue.code === 'invalid-input') {
    // The engine's message counts from the trimmed line, and names no column for some errors:
    // where it names one, it is the one the issue line gives.
    const message = /\(column \d+\)/.test(issue.message) ? notJson(broken.column) : issue.message;
    return fileIssue(name, { ...plain, message }, { line, column: broken.column });
  }
  const at = broken !== undefined ? { column: 1 } : pathPositions(body, [issue.path])[0];
  return fileIssue(name, plain, { line, column: at?.column ?? 1 });
}

/** A dataset read whole, valid, or its first issues placed in the file and how many in all. */
export type PlacedRead = Result<
  Dataset,
  { readonly issues: readonly FileIssue[]; readonly total: number; readonly format: Format }
>;

/** How the input was written. */
export type Format = 'json' | 'ndjson';

/**
 * Reads and validates a whole dataset, JSON or NDJSON, from a file or from standard input (`-`),
 * for the audit. Of an invalid one, the first `shown` issues are placed in the file.
 */
export async function readDataset(
  path: string,
  stdin: Readable,
  shown: number,
): Promise<PlacedRead> {
  const name = inputName(path);
  let input: Input;
  if (path === '-') input = await openInput(path, stdin);
  else {
    const { size, regular } = statOf(path);
    if (regular && size > MAX_AUDIT_BYTES) throw auditTooLarge(path, size);
    input = await openInput(path, stdin);
  }
  if (input.ndjson) return datasetFromNdjson(input.stream, name, shown);
  const { text, value } = await readJsonStream(input.stream, name);
  const read = checkDocument(value);
  if (read.success) return read;
  const issues = placeInDocument(name, text, read.error.issues.slice(0, shown));
  return { success: false, error: { issues, total: read.error.total, format: 'json' } };
}

function auditTooLarge(name: string, size: number): CliError {
  return new CliError(
    `${spoken(name)}: ${(size / 2 ** 30).toFixed(1)} GB is too large to audit in memory; validate it with swapledger validate, which streams`,
    EXIT.usage,
  );
}

/**
 * Reads a whole NDJSON dataset into memory for the audit (which needs every record at once):
 * line by line, never as one string, so its size is bounded by memory and not by the longest
 * string the engine can hold.
 */
async function datasetFromNdjson(
  stream: Readable,
  name: string,
  shown: number,
): Promise<PlacedRead> {
  const read: ReadLine[] = [];
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
  if (check.issueCount > 0) {
    const issues = check.issues.slice(0, shown).map((issue) => {
      const text = read[issue.line - 1];
      return placeOnLine(name, issue, typeof text === 'string' ? text : undefined);
    });
    return { success: false, error: { issues, total: check.issueCount, format: 'ndjson' } };
  }
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
  const result = checkDocument(document);
  if (result.success) return result;
  // The line checks and the whole-document check share their rules: this is only a safety net.
  const issues = result.error.issues.slice(0, shown).map((issue) => fileIssue(name, issue));
  return { success: false, error: { issues, total: result.error.total, format: 'ndjson' } };
}

/** An input, opened: its bytes (decompressed) as a stream, and whether they are NDJSON. */
export interface Input {
  readonly name: string;
  readonly ndjson: boolean;
  readonly stream: Readable;
  /** Whether the bytes were gzip, decompressed on the way. */
  readonly gzip: boolean;
  /** A second, fresh stream of the same text, when the input can be read again (a file). */
  readonly reopen?: () => Readable;
}

/** The text of a gzip stream, decompressed as it is read. */
function gunzipped(source: Readable): Readable {
  const gunzip = createGunzip();
  // Errors reach whoever reads the result: pipeline destroys it with them.
  pipeline(source, gunzip, () => undefined);
  return gunzip;
}

/** Opens a file, a pipe or a FIFO, or standard input for `-`. */
export async function openInput(path: string, stdin: Readable): Promise<Input> {
  const name = inputName(path);
  if (path === '-') return sniff(stdin, name, '-');
  const { size, regular } = statOf(path);
  // A file in /proc or /sys says 0 bytes and may still hold some: it is read to find out.
  const input = await sniff(createReadStream(path), name, path, size);
  if (!regular) return input;
  const again = () => createReadStream(path);
  return { ...input, reopen: input.gzip ? () => gunzipped(again()) : again };
}

/**
 * Finds where the first line that holds anything ends, a chunk at a time, without going over what
 * was already scanned. A line holds something when it has a byte of ASCII other than white space:
 * every record line starts with `{`, and a line of no-break spaces is blank to the validator. A
 * line ends at \n or \r, as {@link lines} splits them.
 */
function firstLineFinder(): (chunk: Buffer) => boolean {
  let seen = false;
  return (chunk) => {
    for (const byte of chunk) {
      if (byte === 10 || byte === 13) {
        if (seen) return true;
      } else if (byte < 0x80 && byte !== 32 && byte !== 9) seen = true;
    }
    return false;
  };
}

/**
 * Reads enough of the input to tell gzip, NDJSON, JSON and binary data apart, however slowly it
 * arrives, and puts what it read back in front of the rest. Gzip is decompressed and looked at
 * again, by the name without its `.gz`. `size` is a regular file's size as the system gives it,
 * 0 when unknown.
 */
async function sniff(
  stream: Readable,
  name: string,
  path: string,
  size = 0,
  compressed = false,
): Promise<Input> {
  const byName = ndjsonByName(path);
  const chunks = (stream as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
  const firstLineEnds = firstLineFinder();
  const head: Buffer[] = [];
  let read = 0;
  let ended = false;
  let gzipLooked = compressed;
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
        const lineEnded = byName === undefined && firstLineEnds(next.value);
        // Two bytes tell gzip, whose text is looked at once decompressed.
        if (read < 2) continue;
        if (!gzipLooked) {
          gzipLooked = true;
          if (isGzip(Buffer.concat(head, read))) break;
        }
        // The name decides the format: only the bytes that tell binary data are needed.
        if (byName !== undefined ? read >= BINARY_PROBE : lineEnded) break;
        if (read >= FIRST_LINE_BYTES) break;
      }
    } catch (error) {
      throw ioFailure(name, error);
    }
    const start = Buffer.concat(head, read);
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
    if (!compressed && isGzip(start)) {
      const text = await sniff(gunzipped(rest), name, path.replace(/\.gz$/i, ''), 0, true);
      return { ...text, gzip: true };
    }
    // Empty only when nothing was read: a size of 0 may be the system not knowing it.
    if (read === 0) throw emptyInput(name);
    const text = start.toString('utf8').replace(/^\uFEFF/, '');
    // Blank NDJSON is left to the validator, which refuses it for its missing header.
    if (ended && byName !== true && text.trim() === '') throw emptyInput(name);
    const ndjson = looksLikeNdjson(path, text, ended);
    if (!ndjson && size > MAX_JSON_BYTES) throw tooLarge(path, size);
    if (isBinary(start)) throw binaryData(name);
    return { name, ndjson, stream: rest, gzip: false };
  } catch (error) {
    stream.destroy();
    throw error;
  }
}

/** Reads a stream whole as one JSON document, up to {@link MAX_JSON_BYTES}. */
export async function readJsonStream(stream: Readable, name: string): Promise<JsonText> {
  const bytes = await readAll(stream, name, MAX_JSON_BYTES, () =>
    name === STDIN
      ? new CliError(
          `standard input is too large to read as one JSON document (over ${MAX_JSON_BYTES / 2 ** 20} MB); write it as NDJSON, one record per line, which is streamed`,
          EXIT.usage,
        )
      : tooLarge(name, MAX_JSON_BYTES + 1),
  );
  return parseJsonText(bytes, name);
}

/**
 * Gives NDJSON issues the column of their value, by reading the file a second time up to the last
 * line named, keeping only those lines: the first pass streamed and kept no line. Issues of an
 * input that cannot be read again (standard input, a pipe) keep their line alone.
 */
export async function placeOnLines(
  input: Input,
  issues: readonly PlacedLineIssue[],
): Promise<FileIssue[]> {
  const { name, reopen } = input;
  const wanted = new Map<number, string | undefined>();
  // A loop, not Math.max(...lines): one argument per issue overflows the stack past ~100,000.
  let last = 0;
  for (const issue of issues) {
    wanted.set(issue.line, undefined);
    if (issue.line > last) last = issue.line;
  }
  if (reopen !== undefined && last > 0) {
    const stream = reopen();
    let number = 0;
    try {
      for await (const line of lines(stream, () => undefined)) {
        number += 1;
        if (wanted.has(number) && typeof line === 'string') wanted.set(number, line);
        if (number >= last) break;
      }
    } catch {
      // The file changed or went away since: the lines keep no column.
    } finally {
      stream.destroy();
    }
  }
  return issues.map((issue) => placeOnLine(name, issue, wanted.get(issue.line)));
}
