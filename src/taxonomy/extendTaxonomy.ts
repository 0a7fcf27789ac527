import { safely } from '../validation/_lib/safely.js';
import { fast } from '../validation/_lib/fast.js';
import { fromZod } from '../validation/_lib/fromZod.js';
import { safeAssertTaxonomy } from './safeAssertTaxonomy.js';
import { TaxonomyExtensionSchema, TaxonomySchema } from './TaxonomySchema.js';
import { fail, ok } from '../result/_lib/result.js';
import { unwrap } from '../validation/_lib/outcome.js';
import type { Result } from '../result/Result.js';
import type { DeepReadonly } from '../_lib/deepReadonly.js';
import type { Issue } from '../validation/Issue.js';
import type { ReadonlyTaxonomy, Taxonomy, TaxonomyExtension } from './TaxonomySchema.js';
import { taxonomyStructureIssues } from './_lib/taxonomyStructure.js';
import { keepTaxonomy } from './_lib/taxonomyIndex.js';
import * as messages from '../_lib/messages.js';
import { MAX_PARTITION_PARTS, MAX_TAXONOMY_ENTRIES } from './_lib/limits.js';

/**
 * Adds a dataset's own categories and partitions to a base taxonomy and checks the result. The
 * extended taxonomy keeps the base id with `.extended` and the base version.
 *
 * @param base - A valid taxonomy, usually `defaultTaxonomy`.
 * @param extension - The categories and partitions to add.
 * @returns The extended taxonomy, frozen and sharing nothing with `base` or `extension`, or the
 *   issues (paths point into the extension where they can).
 * @example
 * ```ts
 * import { safeExtendTaxonomy, defaultTaxonomy } from 'swapledger';
 * const result = safeExtendTaxonomy(defaultTaxonomy, {
 *   categories: [{ id: 'medic', label: 'medics', parent: 'military' }],
 *   partitions: [{ id: 'military-role', label: 'by role', of: 'military', parts: ['medic'], complete: false }],
 * });
 * result.success; // true
 * ```
 */
export function safeExtendTaxonomy(
  base: ReadonlyTaxonomy,
  extension: DeepReadonly<TaxonomyExtension>,
): Result<Taxonomy, readonly Issue[]> {
  // Arguments that are not what their types say fail with an issue, never a throw.
  return safely(() => {
    const baseChecked = safeAssertTaxonomy(base);
    if (!baseChecked.success)
      return fail(baseChecked.error.map((i) => ({ ...i, path: ['base', ...i.path] })));
    const extensionChecked = fast(TaxonomyExtensionSchema).safeParse(extension);
    if (!extensionChecked.success) return fail(fromZod(extensionChecked.error.issues, extension));
    // Both as parsed: fresh copies, so that the result shares nothing with what was given.
    return extend(baseChecked.data, extensionChecked.data);
  });
}

function extend(base: Taxonomy, extension: TaxonomyExtension): Result<Taxonomy, readonly Issue[]> {
  const categories = extension.categories ?? [];
  const partitions = [...base.partitions, ...(extension.partitions ?? [])];
  const early: Issue[] = [];
  // Where each given part sits in the partition it grew (partition, then place among its parts) and
  // which addition and which of its places gave it: a problem with the part is told there.
  const givenBy = new Map<number, Map<number, readonly [addition: number, place: number]>>();
  const grownParts = new Map<number, string[]>();
  // The parts the additions gave each partition, to tell one given twice from one it had.
  const givenPartsOf = new Map<number, Set<string>>();
  // Each category's parent: only a child of the category a partition splits holds a place in it.
  let parents: Map<string, string | null> | undefined;
  const parentOf = (id: string) =>
    (parents ??= new Map(
      [...base.categories, ...categories].map((c) => [c.id, c.parent] as const),
    )).get(id);
  // Which partition holds each part, as written and as the additions grow them: a part given
  // again is told at the addition that gives it, naming the partition that holds it. A part that
  // cannot be one (no category, or no child of the category split) is told so by the rules below
  // and holds no place another partition could rightly have it in, as those rules read it.
  const taken = new Map<string, string>();
  for (const p of partitions)
    for (const part of p.parts)
      if (!taken.has(part) && parentOf(part) === p.of) taken.set(part, p.id);
  (extension.addParts ?? []).forEach((addition, k) => {
    const at = partitions.findIndex((p) => p.id === addition.partition);
    const partition = partitions[at];
    if (partition === undefined)
      early.push({
        path: ['addParts', k, 'partition'],
        code: 'unknown-reference',
        message: messages.noSuchPartition(addition.partition),
      });
    else if (partition.complete)
      early.push({
        path: ['addParts', k, 'partition'],
        code: 'invalid-partition',
        message: messages.partitionComplete(addition.partition),
      });
    else {
      // One copy per partition, grown in place by each addition to it.
      const parts = grownParts.get(at) ?? [...partition.parts];
      const given = givenBy.get(at) ?? new Map<number, readonly [number, number]>();
      const givenIds = givenPartsOf.get(at) ?? new Set<string>();
      addition.parts.forEach((part, j) => {
        const holder = taken.get(part);
        const path = ['addParts', k, 'parts', j];
        if (holder === undefined) {
          given.set(parts.length, [k, j]);
          givenIds.add(part);
          parts.push(part);
          if (parentOf(part) === partition.of) taken.set(part, partition.id);
          return;
        }
        // Given again by an addition, or held by the partition as written.
        const message =
          holder !== partition.id
            ? messages.partInTwoPartitions(part, holder, addition.partition)
            : givenIds.has(part)
              ? messages.partListedTwice(part, holder)
              : messages.partAlreadyIn(part, holder);
        early.push({ path, code: 'invalid-partition', message });
        // Taken is not the only thing wrong with a part that is no child of the category split.
        const parent = parentOf(part);
        if (holder !== partition.id && parent !== undefined && parent !== partition.of)
          early.push({
            path,
            code: 'invalid-partition',
            message: messages.partNotChild(part, partition.id, partition.of, parent),
          });
      });
      if (!grownParts.has(at)) partitions[at] = { ...partition, parts };
      grownParts.set(at, parts);
      givenBy.set(at, given);
      givenPartsOf.set(at, givenIds);
    }
  });
  // Base and extension may each be within the limit and together past it: said in the
  // extension's terms, at the list that adds.
  let tooMany = false;
  for (const list of ['categories', 'partitions'] as const) {
    const added = extension[list]?.length ?? 0;
    if (base[list].length + added > MAX_TAXONOMY_ENTRIES) {
      tooMany = true;
      early.push({
        path: [list],
        code: 'too-large',
        message: messages.taxonomyTooLarge(list, base[list].length, added, MAX_TAXONOMY_ENTRIES),
      });
    }
  }
  if (tooMany) return fail(early);
  const merged: Taxonomy = {
    id: `${base.id}.extended`,
    version: base.version,
    categories: [...base.categories, ...categories],
    partitions,
  };
  // Paths into the merged taxonomy, re-pointed at the extension where it gave what they name: its
  // records follow the base's in the merged lists, and a given part goes back to its addition.
  const toExtension = (issue: Issue): Issue => {
    const [list, i, ...rest] = issue.path;
    if (typeof i !== 'number') return issue;
    const [field, place, ...within] = rest;
    const given =
      list === 'partitions' && field === 'parts' && typeof place === 'number'
        ? givenBy.get(i)?.get(place)
        : undefined;
    if (given) return { ...issue, path: ['addParts', given[0], 'parts', given[1], ...within] };
    const offset = list === 'categories' ? base.categories.length : base.partitions.length;
    return i >= offset ? { ...issue, path: [list as string, i - offset, ...rest] } : issue;
  };
  // The result must be a taxonomy this package accepts: an id of the id's form, lists within
  // their limits (together, base and extension may pass them). A grown partition past its limit
  // is told by `partitionLimits`, counting only the parts that can be parts.
  const grownPast = (issue: Issue) =>
    issue.code === 'too-large' &&
    issue.path.length === 3 &&
    issue.path[0] === 'partitions' &&
    givenBy.has(issue.path[1] as number) &&
    issue.path[2] === 'parts';
  const shape = fast(TaxonomySchema).safeParse(merged);
  const shapeIssues = shape.success
    ? []
    : fromZod(shape.error.issues, merged).filter((issue) => !grownPast(issue));
  if (shapeIssues.length > 0) return fail([...early, ...shapeIssues.map(toExtension)]);
  const structure = taxonomyStructureIssues(merged);
  const issues = [...partitionLimits(merged, givenBy, structure), ...structure.map(toExtension)];
  // Made of parsed copies only, so it can be frozen as it is, as `defaultTaxonomy` is.
  return early.length + issues.length > 0 ? fail([...early, ...issues]) : ok(keepTaxonomy(merged));
}

/**
 * A partition grown past its limit, counting the parts that can be parts (those the rules between
 * records found nothing wrong with): told at the addition whose part passes the limit.
 */
function partitionLimits(
  merged: Taxonomy,
  givenBy: ReadonlyMap<number, ReadonlyMap<number, readonly [number, number]>>,
  structure: readonly Issue[],
): Issue[] {
  const refused = new Set<string>();
  for (const { path } of structure)
    if (path[0] === 'partitions' && path[2] === 'parts') refused.add(`${path[1]}:${path[3]}`);
  const issues: Issue[] = [];
  for (const [i, given] of givenBy) {
    const partition = merged.partitions[i];
    if (partition === undefined || partition.parts.length <= MAX_PARTITION_PARTS) continue;
    let held = 0;
    let past: number | undefined;
    for (let place = 0; place < partition.parts.length; place += 1)
      if (!refused.has(`${i}:${place}`) && ++held === MAX_PARTITION_PARTS + 1) past = place;
    // A partition as written holds at most its limit, so the part past it was given.
    const addition = past === undefined ? undefined : given.get(past)?.[0];
    if (addition !== undefined)
      issues.push({
        path: ['addParts', addition, 'parts'],
        code: 'too-large',
        message: messages.partitionOverfull(partition.id, MAX_PARTITION_PARTS, held),
      });
  }
  return issues;
}

/**
 * Throwing twin of {@link safeExtendTaxonomy}.
 *
 * @param base - A valid taxonomy.
 * @param extension - The categories and partitions to add.
 * @returns The extended taxonomy.
 * @example
 * ```ts
 * import { extendTaxonomy, defaultTaxonomy, categoriesDisjoint } from 'swapledger';
 * const taxonomy = extendTaxonomy(defaultTaxonomy, {
 *   categories: [{ id: 'medic', label: 'medics', parent: 'military' }],
 * });
 * categoriesDisjoint(['medic', 'officer'], taxonomy).disjoint; // false
 * ```
 */
export function extendTaxonomy(
  base: ReadonlyTaxonomy,
  extension: DeepReadonly<TaxonomyExtension>,
): Taxonomy {
  return unwrap(safeExtendTaxonomy(base, extension));
}
