import type * as z from 'zod';
import { fail, ok } from '../../result/_lib/result.js';
import type { Result } from '../../result/Result.js';
import type { Issue } from '../../validation/Issue.js';
import { fast, type FastSchema } from '../../validation/_lib/fast.js';
import { INVALID } from '../../validation/_lib/parser.js';
import { fromZod } from '../../validation/_lib/fromZod.js';
import * as messages from '../../_lib/messages.js';
import { DATASET_COLLECTIONS } from './datasetShape.js';
import type { Dataset } from '../Dataset.js';
import { MAX_RECORDS } from './limits.js';
import { checkEnvelope } from './envelope.js';
import { ReferenceCheck, type RecordOf } from './references.js';
import { own } from '../../_lib/own.js';
import type { Exchange } from '../../exchange/ExchangeSchema.js';

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

/**
 * Parses a list's records, and declares each record's id to `ref` as it goes, while the record is
 * at hand: one pass over a list of a million records rather than two.
 */
function parseRecords<C extends Collection>(
  name: C,
  items: readonly unknown[],
  issues: IssueList,
  ref: ReferenceCheck,
): Indexed<RecordOf<C>> {
  const index: number[] = [];
  const record: RecordOf<C>[] = [];
  const parser = fast(DATASET_COLLECTIONS[name] as z.ZodType) as FastSchema<RecordOf<C>>;
  // Every index, holes included: a sparse list's holes are missing records, not nothing.
  for (let at = 0; at < items.length; at += 1) {
    if (!Object.hasOwn(items, at)) {
      issues.push({
        path: [name, at],
        code: 'invalid-type',
        message: messages.invalidType('a record', undefined),
      });
      // An inherited item is no record, but its id is declared, as every item read is.
      if (at in items) ref.declare(name, at, items[at]);
      continue;
    }
    const item = items[at];
    // The parsed value alone, without a result object per record.
    let value = parser.value(item);
    if (value === INVALID) {
      const found = parser.issues(item);
      if (found) {
        for (const issue of found) issues.push({ ...issue, path: [name, at, ...issue.path] });
      } else {
        const result = parser.reject(item);
        if (result.success) value = result.data;
        else
          for (const issue of fromZod(result.error.issues, item))
            issues.push({ ...issue, path: [name, at, ...issue.path] });
      }
    }
    if (value === INVALID) ref.declare(name, at, item);
    else {
      ref.declare(name, at, item, value.id);
      index.push(at);
      record.push(value);
    }
  }
  return { index, record };
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
  // Every id is known before the first check: a document has no "later".
  const ref = new ReferenceCheck(
    envelope.taxonomy,
    (collection, origin, path, code, message) => {
      // Past the cap an issue is only counted: no path or object is made for it.
      if (!issues.keeps()) issues.total += 1;
      else
        issues.push({
          path: collection === 'crosswalk' ? ['crosswalk', ...path] : [collection, origin, ...path],
          code,
          message,
        });
    },
    (collection, what, id, first) => messages.duplicateId(what, id, `${collection}[${first}]`),
    true,
    () => issues.keeps(),
  );
  const parsed = {} as { [C in Collection]: Indexed<RecordOf<C>> };
  for (const name of Object.keys(DATASET_COLLECTIONS) as Collection[])
    (parsed as Record<Collection, unknown>)[name] = parseRecords(name, raw[name], issues, ref);
  // What a record tells about itself is learnt before any record is checked. Only an exchange's
  // (its transfers, stages and parties) is read by the checks; the rest only by `finish`, so those
  // records are learnt as they are checked, in the same pass.
  const exchanges = parsed.exchanges;
  for (let k = 0; k < exchanges.index.length; k += 1)
    ref.learn('exchanges', exchanges.index[k] as number, exchanges.record[k] as Exchange);
  for (const name of Object.keys(DATASET_COLLECTIONS) as Collection[]) {
    const { index, record } = parsed[name] as Indexed<RecordOf<Collection>>;
    const learn = name !== 'exchanges';
    // The refused records between two checked ones are asked for a reused id, in list order,
    // when the list has one at all.
    const refused = ref.reusedIds(name);
    let next = 0;
    for (let k = 0; k < index.length; k += 1) {
      const origin = index[k] as number;
      if (refused) for (; next < origin; next += 1) ref.reused(name, next);
      next = origin + 1;
      const item = record[k] as RecordOf<Collection>;
      if (learn) ref.learn(name, origin, item);
      ref.check(name, origin, item);
    }
    if (refused) for (; next < raw[name].length; next += 1) ref.reused(name, next);
    if (name === 'cohorts' && envelope.crosswalk) ref.crosswalk(envelope.crosswalk, 0);
  }
  ref.finish();

  if (issues.total > 0) {
    const kept = [...issues.items];
    if (issues.total > kept.length) {
      kept.push({
        path: [],
        code: 'too-many-issues',
        message: messages.moreIssuesNotListed(issues.total - kept.length),
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
