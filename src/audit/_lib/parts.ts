import { pure } from '../../_lib/pure.js';
import type { Dataset } from '../../dataset/Dataset.js';
import {
  COLLECTIONS,
  eachName,
  type Collection,
  type RecordOf,
} from '../../dataset/_lib/references.js';
import { transfersNamedAlike } from './auditChecks.js';

/**
 * How the audit cuts a dataset (see {@link independentParts}): a dataset of more than `least`
 * records is audited a batch of its independent parts at a time, each batch at least `records`
 * records. Below `least` the whole dataset's tables fit in the processor's caches, and reading its
 * names would cost more than it saves (6-8% of the audit of one war of 6,000 records, against
 * 0.6× the time for the sample copied into 30,000 records). Tests set both to cut every dataset
 * into single parts.
 *
 * @internal
 */
export const auditBatch = { records: 4096, least: 16_384 };

const COLLECTION_AT = /* @__PURE__ */ pure(
  () => Object.fromEntries(COLLECTIONS.map((name, k) => [name, k])) as Record<Collection, number>,
);

/**
 * A dataset cut into batches of its independent parts. Two records are in one part when one names
 * the other (any field the validator reads as a name: a claim's source, subject, exchange and
 * links, an exchange's parties and agreement, a source's affiliation, …) or when both share such a
 * neighbour. No check relates records of two parts, so auditing each batch alone finds what the
 * whole audit finds; a pooled dataset of separate wars, each with its own parties and sources, is
 * then audited war by war, with small tables rather than tables of the whole. Parts are gathered
 * in order into batches of at least `batch` records, each listing its records in the dataset's
 * order. The report is the same for a dataset the validator accepts. Of one it refuses it may
 * not be: two records of one kind and id are in one part only when a record names that id, and a
 * name the validator holds to a rule rather than to a record (a side of an exchange, a receiver of
 * an agreement's numbers, a subject naming nothing) joins nothing.
 *
 * A dataset that is one part, or of `least` records or fewer, or not larger than one batch, is
 * returned as it is. So is one with a transfer id holding a `/` (transfers of two exchanges can
 * then be named alike, and the record check tells their findings apart across the whole dataset),
 * and one with a record the walk over names cannot read. Keeping a dataset whole is never wrong,
 * only slower.
 *
 * @internal
 */
export function independentParts(
  dataset: Dataset,
  batch: number = auditBatch.records,
  least: number = auditBatch.least,
): Dataset[] {
  const lists = COLLECTIONS.map((name) => (dataset[name] ?? []) as readonly RecordOf<Collection>[]);
  const first: number[] = [];
  let records = 0;
  for (const list of lists) {
    first.push(records);
    records += list.length;
  }
  // Lists that are not lists, and exchanges without a list of transfers (the audit takes a
  // validated dataset, but is not always given one), are left to the audit as they are.
  if (records <= Math.max(batch, least) || !lists.every(Array.isArray)) return [dataset];
  try {
    if (transfersNamedAlike(dataset.exchanges)) return [dataset];
  } catch {
    return [dataset];
  }

  // Union-find over the records (node r is the r-th record, in collection order) and the names
  // they give (nodes past the records, made as names are met).
  let parent = new Int32Array(Math.max(16, records * 2));
  let size = new Int32Array(parent.length);
  let nodes = records;
  for (let r = 0; r < records; r += 1) {
    parent[r] = r;
    size[r] = 1;
  }
  const root = (node: number): number => {
    let n = node;
    while (parent[n] !== n) {
      const up = parent[n] as number;
      parent[n] = parent[up] as number;
      n = up;
    }
    return n;
  };
  const join = (a: number, b: number): void => {
    let x = root(a);
    let y = root(b);
    if (x === y) return;
    if ((size[x] as number) < (size[y] as number)) [x, y] = [y, x];
    parent[y] = x;
    size[x] = (size[x] as number) + (size[y] as number);
  };
  const names = COLLECTIONS.map(() => new Map<string, number>());
  // The last name met of each kind and its node: a record's names often repeat its neighbour's
  // (claims of one exchange, from one source), and a comparison is cheaper than a look-up.
  const lastId: (string | undefined)[] = COLLECTIONS.map(() => undefined);
  const lastNode: number[] = COLLECTIONS.map(() => 0);
  // Each record joins the name it is known by, when a record gives that name. (Two records of one
  // kind and id that no record names stay apart: a validated dataset has none.) A kind is read
  // again only when names of it were given since it was last read.
  const namesRead: number[] = COLLECTIONS.map(() => 0);
  const ownNames = (from: number, to: number): void => {
    for (let c = from; c < to; c += 1) {
      const table = names[c] as Map<string, number>;
      if (table.size === namesRead[c]) continue;
      namesRead[c] = table.size;
      const list = lists[c] as readonly RecordOf<Collection>[];
      for (let k = 0; k < list.length; k += 1) {
        const node = table.get((list[k] as { id: string }).id);
        if (node !== undefined) join((first[c] as number) + k, node);
      }
    }
  };
  let current = 0;
  const visit = (collection: Collection, id: string): void => {
    const c = COLLECTION_AT[collection];
    let node: number;
    if (lastId[c] === id) node = lastNode[c] as number;
    else {
      const table = names[c] as Map<string, number>;
      const known = table.get(id);
      if (known !== undefined) node = known;
      else {
        if (nodes === parent.length) {
          const grown = new Int32Array(parent.length * 2);
          grown.set(parent);
          parent = grown;
          const sizes = new Int32Array(grown.length);
          sizes.set(size);
          size = sizes;
        }
        node = nodes;
        nodes += 1;
        parent[node] = node;
        size[node] = 1;
        table.set(id, node);
      }
      lastId[c] = id;
      lastNode[c] = node;
    }
    join(current, node);
  };
  // A record the walk cannot read (the audit is meant for validated datasets, but is not always
  // given one) keeps the dataset whole, as it was audited before the cut existed.
  const walk = (c: number): boolean => {
    const list = lists[c] as readonly RecordOf<Collection>[];
    const name = COLLECTIONS[c] as Collection;
    try {
      for (let k = 0; k < list.length; k += 1) {
        current = (first[c] as number) + k;
        eachName(name, list[k] as RecordOf<Collection>, visit);
      }
      return true;
    } catch {
      return false;
    }
  };
  for (let c = 0; c < lists.length; c += 1) {
    if (!walk(c)) return [dataset];
    // Once the parties, cohorts, agreements and exchanges are one part, every claim and statement
    // joins it through what it is about (each subject names a party, an exchange or an agreement):
    // one war is seen without reading its claims.
    if (c === COLLECTION_AT.exchanges) {
      ownNames(0, c + 1);
      if (onePart(root, first, lists)) return [dataset];
    }
  }
  // Again for every kind the claims and statements gave names of (their sources, at least).
  ownNames(0, lists.length);

  // Parts in the order their first record comes, gathered whole into batches.
  const rootOf = new Int32Array(records);
  const count = new Int32Array(nodes);
  for (let r = 0; r < records; r += 1) {
    const top = root(r);
    rootOf[r] = top;
    count[top] = (count[top] as number) + 1;
  }
  const batchOfRoot = new Int32Array(nodes).fill(-1);
  const batchOf = new Int32Array(records);
  let batches = 0;
  let filling = 0;
  for (let r = 0; r < records; r += 1) {
    const top = rootOf[r] as number;
    let b = batchOfRoot[top] as number;
    if (b === -1) {
      if (batches === 0 || filling >= batch) {
        batches += 1;
        filling = 0;
      }
      b = batches - 1;
      batchOfRoot[top] = b;
      filling += count[top] as number;
    }
    batchOf[r] = b;
  }
  if (batches === 1) return [dataset];
  const out: Dataset[] = [];
  for (let b = 0; b < batches; b += 1) {
    const part: Record<string, unknown> = { ...dataset };
    for (const name of COLLECTIONS) if (dataset[name] !== undefined) part[name] = [];
    out.push(part as unknown as Dataset);
  }
  for (let c = 0; c < lists.length; c += 1) {
    const name = COLLECTIONS[c] as Collection;
    const list = lists[c] as readonly RecordOf<Collection>[];
    for (let k = 0; k < list.length; k += 1)
      (out[batchOf[(first[c] as number) + k] as number] as unknown as Record<string, unknown[]>)[
        name
      ]?.push(list[k]);
  }
  return out;
}

/** Whether every party, cohort, agreement and exchange is in one part. */
function onePart(
  root: (node: number) => number,
  first: readonly number[],
  lists: readonly (readonly unknown[])[],
): boolean {
  let top = -1;
  for (const name of ['parties', 'cohorts', 'agreements', 'exchanges'] as const) {
    const c = COLLECTION_AT[name];
    for (let k = 0; k < (lists[c] as readonly unknown[]).length; k += 1) {
      const r = root((first[c] as number) + k);
      if (top === -1) top = r;
      else if (r !== top) return false;
    }
  }
  return true;
}
