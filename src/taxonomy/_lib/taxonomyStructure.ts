import * as messages from '../../_lib/messages.js';
import type { TaxonomyLike } from './taxonomyIndex.js';
import { SimilarIds } from '../../_lib/similarIds.js';
import type { Issue } from '../../validation/Issue.js';

/** The rules between a taxonomy's records, for a taxonomy whose shape is already valid. */
export function taxonomyStructureIssues(
  taxonomy: TaxonomyLike,
  base: readonly (string | number)[] = [],
): Issue[] {
  const issues: Issue[] = [];
  const at = (...path: (string | number)[]) => [...base, ...path];
  const firstIndex = new Map<string, number>();
  taxonomy.categories.forEach((category, i) => {
    const earlier = firstIndex.get(category.id);
    if (earlier === undefined) firstIndex.set(category.id, i);
    else {
      issues.push({
        path: at('categories', i, 'id'),
        code: 'duplicate-id',
        message: messages.duplicateId('category', category.id, `categories[${earlier}]`),
      });
    }
  });
  // Suggestions weigh a few ids next to the unknown one, not every id: a taxonomy of thousands
  // of unknown parents stays linear.
  const similar = new SimilarIds(() => firstIndex.keys());
  const unknown = (id: string) =>
    messages.unknownReference('category', id, similar.candidates(id), firstIndex.size);
  taxonomy.categories.forEach((category, i) => {
    if (category.parent !== null && !firstIndex.has(category.parent)) {
      issues.push({
        path: at('categories', i, 'parent'),
        code: 'unknown-reference',
        message: unknown(category.parent),
      });
    }
  });
  // A category is its own ancestor only if its chain of parents comes back to it: a chain that
  // ends at an unknown parent (reported above) is no cycle. Each chain is walked once.
  const parentOf = (id: string) => taxonomy.categories[firstIndex.get(id) as number]?.parent;
  const walked = new Map<string, 'walking' | 'done'>();
  const onCycle = new Set<string>();
  for (const { id } of taxonomy.categories) {
    const chain: string[] = [];
    let current: string | null | undefined = id;
    while (
      current !== null &&
      current !== undefined &&
      firstIndex.has(current) &&
      !walked.has(current)
    ) {
      walked.set(current, 'walking');
      chain.push(current);
      current = parentOf(current);
    }
    if (current !== null && current !== undefined && walked.get(current) === 'walking')
      for (const member of chain.slice(chain.indexOf(current))) onCycle.add(member);
    for (const member of chain) walked.set(member, 'done');
  }
  taxonomy.categories.forEach((category, i) => {
    if (onCycle.has(category.id) && firstIndex.get(category.id) === i) {
      issues.push({
        path: at('categories', i, 'parent'),
        code: 'cycle',
        message: messages.taxonomyCycle(category.id),
      });
    }
  });
  const partitionIds = new Map<string, number>();
  const partOf = new Map<string, string>();
  taxonomy.partitions.forEach((partition, p) => {
    const earlier = partitionIds.get(partition.id);
    if (earlier === undefined) partitionIds.set(partition.id, p);
    else {
      issues.push({
        path: at('partitions', p, 'id'),
        code: 'duplicate-id',
        message: messages.duplicateId('partition', partition.id, `partitions[${earlier}]`),
      });
    }
    if (!firstIndex.has(partition.of)) {
      issues.push({
        path: at('partitions', p, 'of'),
        code: 'unknown-reference',
        message: unknown(partition.of),
      });
    }
    partition.parts.forEach((part, k) => {
      const path = at('partitions', p, 'parts', k);
      const i = firstIndex.get(part);
      if (i === undefined) {
        issues.push({
          path,
          code: 'unknown-reference',
          message: unknown(part),
        });
        return;
      }
      const parent = taxonomy.categories[i]?.parent ?? null;
      if (parent !== partition.of) {
        issues.push({
          path,
          code: 'invalid-partition',
          message: messages.partNotChild(part, partition.id, partition.of, parent),
        });
        // A part that cannot be one holds no place: the partition it rightly belongs to is not
        // told it claims what another has.
        return;
      }
      const other = partOf.get(part);
      if (other !== undefined) {
        issues.push({
          path,
          code: 'invalid-partition',
          message:
            other === partition.id
              ? messages.partListedTwice(part, other)
              : messages.partInTwoPartitions(part, other, partition.id),
        });
      } else partOf.set(part, partition.id);
    });
  });
  return issues;
}
