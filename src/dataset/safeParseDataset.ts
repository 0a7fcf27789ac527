import type { z } from 'zod';
import { fail, ok } from '../result/_lib/result.js';
import type { Result } from '../result/Result.js';
import type { Issue } from '../validation/Issue.js';
import { fast } from '../validation/_lib/fast.js';
import { fromZod } from '../validation/_lib/fromZod.js';
import { safely } from '../validation/_lib/safely.js';
import * as messages from '../_lib/messages.js';
import { DATASET_COLLECTIONS, type Dataset } from './DatasetSchema.js';
import type { ValidateDatasetOptions } from './ValidateDatasetOptions.js';
import { checkEnvelope } from './_lib/envelope.js';
import { ReferenceCheck, type RecordOf } from './_lib/references.js';

const own = (value: object, key: string): unknown =>
  Object.prototype.hasOwnProperty.call(value, key)
    ? (value as Record<string, unknown>)[key]
    : undefined;

type Collection = keyof typeof DATASET_COLLECTIONS;
type Indexed<T> = { readonly index: number; readonly record: T };

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
): Indexed<z.output<S>>[] {
  const parsed: Indexed<z.output<S>>[] = [];
  const parser = fast(schema);
  items.forEach((item, index) => {
    const result = parser.safeParse(item);
    if (result.success) parsed.push({ index, record: result.data });
    else
      for (const issue of fromZod(result.error.issues, item))
        issues.push({ ...issue, path: [name, index, ...issue.path] });
  });
  return parsed;
}

function validate(input: unknown, maxIssues: number): Result<Dataset, readonly Issue[]> {
  const issues = new IssueList(maxIssues);
  const envelope = checkEnvelope(input, (issue) => issues.push(issue));
  if (envelope === undefined) return fail(issues.items);

  const raw = {} as Record<Collection, readonly unknown[]>;
  for (const name of Object.keys(DATASET_COLLECTIONS) as Collection[]) {
    const value = own(input as object, name);
    raw[name] = Array.isArray(value) ? value : [];
  }
  const parsed = {} as { [C in Collection]: Indexed<RecordOf<C>>[] };
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
    for (const { index, record } of parsed[name]) ref.learn(name, index, record);
  for (const name of Object.keys(DATASET_COLLECTIONS) as Collection[]) {
    for (const { index, record } of parsed[name]) ref.check(name, index, record);
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
    return fail(kept);
  }
  const dataset = { ...(input as Record<string, unknown>) } as Record<string, unknown>;
  for (const name of Object.keys(DATASET_COLLECTIONS) as Collection[])
    if (own(input as object, name) !== undefined) dataset[name] = parsed[name].map((r) => r.record);
  if (envelope.extension !== undefined) dataset['taxonomy'] = envelope.extension;
  if (envelope.crosswalk !== undefined) dataset['crosswalk'] = envelope.crosswalk;
  return ok(dataset as Dataset);
}

/**
 * Checks a whole dataset: the format version, every record's shape, and every reference between
 * records — a claim's source, party, exchange, transfer, category, cohort or agreement that does
 * not exist; duplicate ids; stages out of date order; a transfer between parties that are not in
 * its exchange; a breakdown naming a category outside the taxonomy or outside the category of
 * its total; a party aligned with itself through others; the dataset's own taxonomy additions.
 * Returns every problem at once, each with a JSON path, a stable code and a readable message.
 * Never throws, whatever it is given.
 *
 * @param input - Any value, typically parsed JSON.
 * @param options - The cap on the number of issues listed.
 * @returns The dataset (a fresh copy), or the issues.
 * @example
 * ```ts
 * import { safeParseDataset } from 'swapledger';
 * const result = safeParseDataset({
 *   format: 'swapledger/1',
 *   parties: [{ id: 'UA', name: 'Ukraine', kind: 'state' }, { id: 'RU', name: 'Russia', kind: 'state' }],
 *   sources: [{ id: 'ru-ministry-of-defence', name: 'Russian Ministry of Defence', kind: 'ministry', affiliation: 'RU' }],
 *   exchanges: [],
 *   claims: [{ id: 'c1', subject: { type: 'held', holder: 'RU', of: 'UA' }, value: { low: 6001, high: null }, source: 'ru-mod', citations: [] }],
 * });
 * result.success; // false
 * result.success ? '' : result.error[0]?.message; // 'no source with id "ru-mod" (known: "ru-ministry-of-defence")'
 * ```
 */
export function safeParseDataset(
  input: unknown,
  options?: ValidateDatasetOptions,
): Result<Dataset, readonly Issue[]> {
  const max = options?.maxIssues;
  return safely(() =>
    validate(input, typeof max === 'number' && max >= 0 ? Math.floor(max) : 1000),
  );
}
