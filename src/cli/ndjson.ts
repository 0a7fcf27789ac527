/// <reference types="node" />
import type { Readable } from 'node:stream';
import { DATASET_COLLECTIONS, DATASET_FORMAT } from '../dataset/DatasetSchema.js';
import { fast } from '../validation/_lib/fast.js';
import { fromZod } from '../validation/_lib/fromZod.js';
import * as messages from '../_lib/messages.js';
import { defaultTaxonomy } from '../taxonomy/defaultTaxonomy.js';
import type { Issue } from '../validation/Issue.js';

/** What one NDJSON line may hold: `{"claim": {...}}`, one key naming the kind of record. */
export const RECORD_KINDS = {
  header: 'header',
  party: 'parties',
  source: 'sources',
  cohort: 'cohorts',
  agreement: 'agreements',
  exchange: 'exchanges',
  claim: 'claims',
} as const;

/** An issue found on one line of an NDJSON file. */
export interface LineIssue extends Issue {
  readonly line: number;
}

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

const MAX_LINE = 16 * 2 ** 20;

/**
 * A compact set of ids for the records that can be very many (claims): 53-bit hashes in an
 * open-addressed table of doubles, about 16 bytes an id. A false "duplicate" needs two ids with the
 * same 53-bit hash: for a million ids, a chance of about one in ten million.
 */
class IdHashSet {
  private table = new Float64Array(1 << 16);
  private size = 0;

  private static hash(text: string): number {
    // Two 32-bit FNV-1a passes with different seeds, folded into 53 bits; never zero.
    let a = 0x811c9dc5;
    let b = 0x01000193 ^ 0x5bd1e995;
    for (let i = 0; i < text.length; i += 1) {
      const c = text.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
    }
    return (a >>> 0) * 2 ** 21 + ((b >>> 0) & 0x1fffff) || 1;
  }

  /** Adds an id; returns false when it was already there. */
  add(text: string): boolean {
    if (this.size * 2 >= this.table.length) this.grow();
    const h = IdHashSet.hash(text);
    const mask = this.table.length - 1;
    let i = h % this.table.length;
    for (;;) {
      const slot = this.table[i] ?? 0;
      if (slot === 0) {
        this.table[i] = h;
        this.size += 1;
        return true;
      }
      if (slot === h) return false;
      i = (i + 1) & mask;
    }
  }

  has(text: string): boolean {
    const h = IdHashSet.hash(text);
    const mask = this.table.length - 1;
    let i = h % this.table.length;
    for (;;) {
      const slot = this.table[i] ?? 0;
      if (slot === 0) return false;
      if (slot === h) return true;
      i = (i + 1) & mask;
    }
  }

  private grow(): void {
    const old = this.table;
    this.table = new Float64Array(old.length * 2);
    const mask = this.table.length - 1;
    for (const h of old) {
      if (h === 0) continue;
      let i = h % this.table.length;
      while ((this.table[i] ?? 0) !== 0) i = (i + 1) & mask;
      this.table[i] = h;
    }
  }
}

/**
 * A fixed-size Bloom filter (8 MB, four probes): it answers "certainly not seen" or "maybe seen".
 * With a second reading of the file to settle every "maybe", claim ids are checked exactly in
 * memory that does not grow with the number of claims.
 */
class BloomFilter {
  private readonly bits = new Uint8Array(8 * 2 ** 20);
  private static readonly MASK = 8 * 2 ** 20 * 8 - 1;

  private probes(text: string): number[] {
    let a = 0x811c9dc5;
    let b = 0x9747b28c;
    for (let i = 0; i < text.length; i += 1) {
      const c = text.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
    }
    return [0, 1, 2, 3].map((k) => ((a + Math.imul(k, b)) >>> 0) & BloomFilter.MASK);
  }

  /** Adds an id; returns whether it may have been added before. */
  add(text: string): boolean {
    let seen = true;
    for (const bit of this.probes(text)) {
      const byte = bit >>> 3;
      const flag = 1 << (bit & 7);
      if (((this.bits[byte] ?? 0) & flag) === 0) {
        seen = false;
        this.bits[byte] = (this.bits[byte] ?? 0) | flag;
      }
    }
    return seen;
  }

  mayHave(text: string): boolean {
    return this.probes(text).every((bit) => ((this.bits[bit >>> 3] ?? 0) & (1 << (bit & 7))) !== 0);
  }
}

/** A reference to check once every record has been read. */
interface Pending {
  readonly line: number;
  readonly path: (string | number)[];
  readonly kind: 'parties' | 'sources' | 'cohorts' | 'agreements' | 'exchanges' | 'claims';
  readonly id: string;
}

/** Splits a byte stream into lines without ever holding an over-long line in memory. */
async function* lines(
  stream: Readable,
  onBytes: (n: number) => void,
): AsyncGenerator<{ text: string; tooLong: boolean }> {
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
      yield { text: tooLong ? '' : Buffer.concat(parts).toString('utf8'), tooLong };
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
  if (length > 0 || tooLong)
    yield { text: tooLong ? '' : Buffer.concat(parts).toString('utf8'), tooLong };
}

/** "Unexpected token } in JSON at position 12" → the column, 1-based. */
function columnOf(error: unknown): number | undefined {
  const match = /position (\d+)/.exec(error instanceof Error ? error.message : '');
  return match ? Number(match[1]) + 1 : undefined;
}

/**
 * Validates a dataset written as NDJSON, one record per line (`{"claim": {...}}`), as a stream:
 * memory does not hold the records, only their ids and the references still to check. Every bad
 * line is reported with its number, the path in the record, a code and a message, and reading
 * goes on; references between records are checked once everything has been read.
 */
export async function validateNdjson(
  stream: Readable,
  options: {
    readonly maxIssues?: number;
    readonly onProgress?: (p: Progress) => void;
    /** Opens the same input again: claim ids are then checked in fixed memory, in two readings. */
    readonly reopen?: () => Readable;
  } = {},
): Promise<NdjsonResult> {
  const cap = options.maxIssues ?? 1000;
  const issues: LineIssue[] = [];
  let issueCount = 0;
  const report = (issue: LineIssue) => {
    issueCount += 1;
    if (issues.length < cap) issues.push(issue);
  };
  // Parties, sources, cohorts and agreements are few: exact sets, which also let messages suggest
  // the id that was meant. Exchanges and claims can be very many: compact hash sets.
  const ids = {
    parties: new Set<string>(),
    sources: new Set<string>(),
    cohorts: new Set<string>(),
    agreements: new Set<string>(),
  };
  const many = { exchanges: new IdHashSet(), claims: new IdHashSet() };
  // With a second reading, claim ids go into a Bloom filter: "maybe seen" ids and links are
  // settled exactly by reading the file again, so memory does not grow with the claims.
  const bloom = options.reopen ? new BloomFilter() : undefined;
  const maybeDuplicate = new Set<string>();
  const maybeLinked = new Map<string, { line: number; path: (string | number)[] }[]>();
  const has = (kind: Pending['kind'], id: string) => {
    if (kind === 'claims' && bloom) return bloom.mayHave(id);
    return kind === 'exchanges' || kind === 'claims' ? many[kind].has(id) : ids[kind].has(id);
  };
  const add = (kind: Pending['kind'], id: string): boolean => {
    if (kind === 'claims' && bloom) {
      if (bloom.add(id)) maybeDuplicate.add(id);
      return true;
    }
    if (kind === 'exchanges' || kind === 'claims') return many[kind].add(id);
    if (ids[kind].has(id)) return false;
    ids[kind].add(id);
    return true;
  };
  const pending: Pending[] = [];
  const categories = new Set<string>(defaultTaxonomy.categories.map((c) => c.id));
  let records = 0;
  let bytes = 0;
  let lineNo = 0;
  let headerSeen = false;
  let lastProgress = 0;
  const refer = (
    line: number,
    path: (string | number)[],
    kind: Pending['kind'],
    id: string | undefined,
  ) => {
    if (id === undefined) return;
    const known = has(kind, id);
    if (!known) pending.push({ line, path, kind, id });
  };

  for await (const { text, tooLong } of lines(stream, (n) => (bytes += n))) {
    lineNo += 1;
    if (options.onProgress && lineNo - lastProgress >= 5000) {
      lastProgress = lineNo;
      options.onProgress({ records, bytes, errors: issueCount });
    }
    if (tooLong) {
      report({
        line: lineNo,
        path: [],
        code: 'too-long',
        message: `the line is longer than ${MAX_LINE / 2 ** 20} MB`,
      });
      continue;
    }
    const trimmed = text.trim();
    if (trimmed === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch (error) {
      const column = columnOf(error);
      report({
        line: lineNo,
        path: [],
        code: 'invalid-input',
        message: `not valid JSON${column === undefined ? '' : ` (column ${column})`}: the line may be truncated or not JSON at all`,
      });
      continue;
    }
    const keys =
      value !== null && typeof value === 'object' && !Array.isArray(value)
        ? Object.keys(value)
        : [];
    const kind = keys[0] as keyof typeof RECORD_KINDS | undefined;
    if (keys.length !== 1 || kind === undefined || !Object.hasOwn(RECORD_KINDS, kind)) {
      report({
        line: lineNo,
        path: [],
        code: 'invalid-type',
        message: `each line holds one record as {"kind": {...}} with kind one of ${Object.keys(RECORD_KINDS).join(', ')}`,
      });
      continue;
    }
    const record = (value as Record<string, unknown>)[kind];
    records += 1;
    if (kind === 'header') {
      const format =
        record !== null && typeof record === 'object'
          ? (record as Record<string, unknown>)['format']
          : undefined;
      if (format !== DATASET_FORMAT) {
        report({
          line: lineNo,
          path: ['header', 'format'],
          code: 'unsupported-format',
          message: messages.unsupportedFormat(format, DATASET_FORMAT),
        });
      }
      headerSeen = true;
      continue;
    }
    const collection = RECORD_KINDS[kind];
    const parsed = fast(DATASET_COLLECTIONS[collection]).safeParse(record);
    if (!parsed.success) {
      for (const issue of fromZod(parsed.error.issues, record))
        report({ ...issue, line: lineNo, path: [kind, ...issue.path] });
      continue;
    }
    const data = parsed.data as { id: string };
    const fresh = add(collection, data.id);
    if (!fresh)
      report({
        line: lineNo,
        path: [kind, 'id'],
        code: 'duplicate-id',
        message: `the ${kind} id ${messages.quote(data.id)} is used by an earlier line`,
      });
    collectReferences(kind, parsed.data, lineNo, refer, (line, path, id) => {
      if (!categories.has(id))
        report({
          line,
          path,
          code: 'unknown-reference',
          message: messages.unknownReference('category', id, [...categories]),
        });
    });
  }
  if (!headerSeen && records > 0) {
    report({
      line: 1,
      path: ['header'],
      code: 'missing-field',
      message: `the first line should be {"header": {"format": "${DATASET_FORMAT}"}}`,
    });
  }
  if (bloom && options.reopen && (maybeDuplicate.size > 0 || maybeLinked.size > 0)) {
    await settleClaims(options.reopen(), maybeDuplicate, maybeLinked, report);
  }
  // References to records that came later in the file are resolved now.
  for (const ref of pending) {
    const known = has(ref.kind, ref.id);
    if (!known) {
      const list = ref.kind === 'claims' || ref.kind === 'exchanges' ? [] : [...ids[ref.kind]];
      report({
        line: ref.line,
        path: ref.path,
        code: 'unknown-reference',
        message: messages.unknownReference(
          ref.kind.replace(/ies$/, 'y').replace(/s$/, ''),
          ref.id,
          list,
          ref.kind === 'claims' || ref.kind === 'exchanges' ? Infinity : list.length,
        ),
      });
    }
  }
  issues.sort((a, b) => a.line - b.line);
  options.onProgress?.({ records, bytes, errors: issueCount });
  return { records, bytes, lines: lineNo, issues, issueCount };
}

/** Reads the input again to settle, exactly, the claim ids the Bloom filter could not. */
async function settleClaims(
  stream: Readable,
  maybeDuplicate: ReadonlySet<string>,
  maybeLinked: ReadonlyMap<string, readonly { line: number; path: (string | number)[] }[]>,
  report: (issue: LineIssue) => void,
): Promise<void> {
  const seen = new Set<string>();
  let line = 0;
  for await (const { text } of lines(stream, () => undefined)) {
    line += 1;
    if (!text.startsWith('{"claim"')) continue;
    let id: unknown;
    try {
      id = (JSON.parse(text) as { claim?: { id?: unknown } }).claim?.id;
    } catch {
      continue;
    }
    if (typeof id !== 'string') continue;
    if (maybeDuplicate.has(id) && seen.has(id)) {
      report({
        line,
        path: ['claim', 'id'],
        code: 'duplicate-id',
        message: `the claim id ${messages.quote(id)} is used by an earlier line`,
      });
    }
    if (maybeDuplicate.has(id) || maybeLinked.has(id)) seen.add(id);
  }
  for (const [id, places] of maybeLinked) {
    if (seen.has(id)) continue;
    for (const place of places)
      report({
        ...place,
        code: 'unknown-reference',
        message: messages.unknownReference('claim', id, [], Infinity),
      });
  }
}

type Refer = (
  line: number,
  path: (string | number)[],
  kind: Pending['kind'],
  id: string | undefined,
) => void;

/** The references a record makes, for checking against everything read. */
function collectReferences(
  kind: string,
  record: unknown,
  line: number,
  refer: Refer,
  category: (line: number, path: (string | number)[], id: string) => void,
): void {
  const r = record as Record<string, unknown>;
  switch (kind) {
    case 'party':
      refer(line, ['party', 'alignedWith'], 'parties', r['alignedWith'] as string | undefined);
      break;
    case 'source':
      refer(
        line,
        ['source', 'affiliation'],
        'parties',
        (r['affiliation'] as string | null) ?? undefined,
      );
      break;
    case 'cohort':
      (r['categories'] as string[] | undefined)?.forEach((c, k) =>
        category(line, ['cohort', 'categories', k], c),
      );
      break;
    case 'agreement':
      (r['parties'] as string[]).forEach((p, k) =>
        refer(line, ['agreement', 'parties', k], 'parties', p),
      );
      break;
    case 'exchange': {
      (r['parties'] as string[]).forEach((p, k) =>
        refer(line, ['exchange', 'parties', k], 'parties', p),
      );
      (r['mediators'] as string[] | undefined)?.forEach((p, k) =>
        refer(line, ['exchange', 'mediators', k], 'parties', p),
      );
      refer(line, ['exchange', 'agreement'], 'agreements', r['agreement'] as string | undefined);
      (r['transfers'] as { category: string; from: string; to: string }[]).forEach((t, k) => {
        category(line, ['exchange', 'transfers', k, 'category'], t.category);
        refer(line, ['exchange', 'transfers', k, 'from'], 'parties', t.from);
        refer(line, ['exchange', 'transfers', k, 'to'], 'parties', t.to);
      });
      break;
    }
    case 'claim': {
      refer(line, ['claim', 'source'], 'sources', r['source'] as string);
      refer(line, ['claim', 'exchange'], 'exchanges', r['exchange'] as string | undefined);
      const s = r['subject'] as Record<string, unknown>;
      for (const field of ['to', 'from', 'holder', 'of', 'captor', 'through', 'believedHeldBy']) {
        if (typeof s[field] === 'string')
          refer(line, ['claim', 'subject', field], 'parties', s[field] as string);
      }
      if (typeof s['exchange'] === 'string')
        refer(line, ['claim', 'subject', 'exchange'], 'exchanges', s['exchange']);
      if (typeof s['agreement'] === 'string')
        refer(line, ['claim', 'subject', 'agreement'], 'agreements', s['agreement']);
      if (typeof s['cohort'] === 'string')
        refer(line, ['claim', 'subject', 'cohort'], 'cohorts', s['cohort']);
      if (typeof s['category'] === 'string')
        category(line, ['claim', 'subject', 'category'], s['category']);
      (r['breakdown'] as { category: string }[] | undefined)?.forEach((p, k) =>
        category(line, ['claim', 'breakdown', k, 'category'], p.category),
      );
      (r['links'] as { claim: string }[] | undefined)?.forEach((l, k) =>
        refer(line, ['claim', 'links', k, 'claim'], 'claims', l.claim),
      );
      (r['citations'] as { reportedBy?: string }[]).forEach((c, k) =>
        refer(line, ['claim', 'citations', k, 'reportedBy'], 'sources', c.reportedBy),
      );
      break;
    }
  }
}
