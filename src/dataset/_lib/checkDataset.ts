import type { z } from 'zod';
import { fail, ok } from '../../result/_lib/result.js';
import type { Result } from '../../result/Result.js';
import type { Issue } from '../../validation/Issue.js';
import { fast } from '../../validation/_lib/fast.js';
import { INVALID } from '../../validation/_lib/parser.js';
import { fromZod } from '../../validation/_lib/fromZod.js';
import * as messages from '../../_lib/messages.js';
import { DATASET_COLLECTIONS, type Dataset } from '../DatasetSchema.js';
import { MAX_RECORDS } from './limits.js';
import { checkEnvelope } from './envelope.js';
import { ReferenceCheck, type RecordOf } from './references.js';
import { own } from '../../_lib/own.js';

type Collection = keyof typeof DATASET_COLLECTIONS;
/** The records that parsed, and where each was in its list: two arrays, no object per record. */
interface Indexed<T> {
  readonly index: number[];
  readonly record: T[];
}

/**
 * The issues found so far: the first `cap` are kept, the rest only counted, so a million bad
 * records cost a counter rather than a million messages.
 */
class IssueList {
  readonly items: Issue[] = [];
  total = 0;

  constructor(private readonly cap: number) {}

  /** Whether the next issue will be kept. */
  keeps(): boolean {
    return this.items.length < this.cap;
  }

  push(...issues: Issue[]): void {
    for (const issue of issues) {
      this.total += 1;
      if (this.items.length < this.cap) this.items.push(issue);
    }
  }
}

function parseRecords<S extends z.ZodType>(
  name: string,
  schema: S,
  items: readonly unknown[],
  issues: IssueList,
): Indexed<z.output<S>> {
  const parsed: Indexed<z.output<S>> = { index: [], record: [] };
  const keep = (index: number, record: z.output<S>) => {
    parsed.index.push(index);
    parsed.record.push(record);
  };
  const parser = fast(schema);
  // Every index, holes included: a sparse list's holes are missing records, not nothing.
  for (let index = 0; index < items.length; index += 1) {
    if (!Object.hasOwn(items, index)) {
      issues.push({
        path: [name, index],
        code: 'invalid-type',
        message: messages.invalidType('a record', undefined),
      });
      continue;
    }
    const item = items[index];
    // The parsed value alone, without a result object per record.
    const value = parser.value(item);
    if (value !== INVALID) {
      keep(index, value);
      continue;
    }
    const found = parser.issues(item);
    if (found) {
      for (const issue of found) issues.push({ ...issue, path: [name, index, ...issue.path] });
      continue;
    }
    const result = parser.reject(item);
    if (result.success) keep(index, result.data);
    else
      for (const issue of fromZod(result.error.issues, item))
        issues.push({ ...issue, path: [name, index, ...issue.path] });
  }
  return parsed;
}

/** What checking a dataset found: the result, and how many issues there were in all. */
export interface DatasetCheck {
  readonly result: Result<Dataset, readonly Issue[]>;
  /** Every issue found, the listed ones and those past the cap. */
  readonly total: number;
}

/**
 * Checks a whole dataset (see `safeParseDataset`), keeping the first `maxIssues` issues and
 * counting the rest. May throw on a hostile value: callers run it inside `safely`.
 *
 * @internal
 */
export function checkDataset(input: unknown, maxIssues: number): DatasetCheck {
  const issues = new IssueList(maxIssues);
  const envelope = checkEnvelope(input, (issue) => issues.push(issue));
  if (envelope === undefined) return { result: fail(issues.items), total: issues.total };

  const raw = {} as Record<Collection, readonly unknown[]>;
  const given = new Set<Collection>();
  for (const name of Object.keys(DATASET_COLLECTIONS) as Collection[]) {
    const value = own(input as object, name);
    if (value !== undefined) given.add(name);
    raw[name] = Array.isArray(value) ? value : [];
    // Refused by its length before anything is read: a list of four billion holes costs nothing.
    if (raw[name].length > MAX_RECORDS) {
      issues.push({
        path: [name],
        code: 'too-large',
        message: messages.tooManyRecords(name, MAX_RECORDS, raw[name].length),
      });
      raw[name] = [];
    }
  }
  const parsed = {} as { [C in Collection]: Indexed<RecordOf<C>> };
  for (const name of Object.keys(DATASET_COLLECTIONS) as Collection[])
    (parsed as Record<Collection, unknown>)[name] = parseRecords(
      name,
      DATASET_COLLECTIONS[name],
      raw[name],
      issues,
    );

  // Every id is known before the first check: a document has no "later".
  const ref = new ReferenceCheck(
    envelope.taxonomy,
    (collection, origin, path, code, message) =>
      issues.push({
        path: collection === 'crosswalk' ? ['crosswalk', ...path] : [collection, origin, ...path],
        code,
        message,
      }),
    (collection, what, id, first) => messages.duplicateId(what, id, `${collection}[${first}]`),
    true,
    () => issues.keeps(),
  );
  for (const name of Object.keys(DATASET_COLLECTIONS) as Collection[])
    raw[name].forEach((item, index) => ref.declare(name, index, item));
  for (const name of Object.keys(DATASET_COLLECTIONS) as Collection[])
    for (let k = 0; k < parsed[name].index.length; k += 1)
      ref.learn(
        name,
        parsed[name].index[k] as number,
        parsed[name].record[k] as RecordOf<Collection>,
      );
  for (const name of Object.keys(DATASET_COLLECTIONS) as Collection[]) {
    for (let k = 0; k < parsed[name].index.length; k += 1)
      ref.check(
        name,
        parsed[name].index[k] as number,
        parsed[name].record[k] as RecordOf<Collection>,
      );
    if (name === 'cohorts' && envelope.crosswalk) ref.crosswalk(envelope.crosswalk, 0);
  }
  ref.finish();

  if (issues.total > 0) {
    const kept = [...issues.items];
    if (issues.total > kept.length) {
      kept.push({
        path: [],
        code: 'too-many-issues',
        message: `${issues.total - kept.length} more issues were found and not listed`,
      });
    }
    return { result: fail(kept), total: issues.total };
  }
  // Built from what was checked, never read again from the input.
  const dataset: Record<string, unknown> = { ...envelope.fields };
  for (const name of Object.keys(DATASET_COLLECTIONS) as Collection[])
    if (given.has(name)) dataset[name] = parsed[name].record;
  if (envelope.extension !== undefined) dataset['taxonomy'] = envelope.extension;
  if (envelope.crosswalk !== undefined) dataset['crosswalk'] = envelope.crosswalk;
  return { result: ok(dataset as Dataset), total: 0 };
}
