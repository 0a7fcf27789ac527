import type { BreakdownPart } from '../ClaimSchema.js';

/**
 * The lines other than category along which a breakdown part can split its whole. A part that
 * names none of them splits by category only.
 */
export const SPLIT_FIELDS = ['stage', 'to', 'place', 'agreement', 'legalBasis'] as const;

/** Whether a part names none of the lines: most do, and their keys then need no work. */
function byCategoryOnly(part: BreakdownPart): boolean {
  for (const f of SPLIT_FIELDS) if (part[f] !== undefined) return false;
  return true;
}

/** The place key of a part that names none of the lines, made once. */
let nowhere: string | undefined;

/** Which lines a part splits along, as a key: '' for a split by category only. */
export function splitOf(part: BreakdownPart): string {
  if (byCategoryOnly(part)) return '';
  return SPLIT_FIELDS.filter((f) => part[f] !== undefined).join('+');
}

/** The part's values on the lines it splits along, as a key. */
export function placeOf(part: BreakdownPart): string {
  if (byCategoryOnly(part)) return (nowhere ??= JSON.stringify(SPLIT_FIELDS.map(() => null)));
  return JSON.stringify(SPLIT_FIELDS.map((f) => part[f] ?? null));
}

/**
 * A breakdown's parts grouped by the lines they split along: each group is one way of dividing
 * the whole (by category; by stage; by destination and category …), to be summed on its own.
 */
export function splitsOf(parts: readonly BreakdownPart[]): BreakdownPart[][] {
  if (parts.length > 0 && parts.every(byCategoryOnly)) return [[...parts]];
  const groups = new Map<string, BreakdownPart[]>();
  for (const part of parts) {
    const key = splitOf(part);
    const group = groups.get(key);
    if (group) group.push(part);
    else groups.set(key, [part]);
  }
  return [...groups.values()];
}

/**
 * Two parts of one split that name the same category (and the same place on the other lines) but
 * in different words: the source counted two separate groups of that category ("150 Ukrainian
 * soldiers" and "another 30 soldiers freed from the front"), which do not overlap.
 */
export function separateGroups(a: BreakdownPart, b: BreakdownPart): boolean {
  return (
    a.category === b.category &&
    a.wording !== undefined &&
    b.wording !== undefined &&
    a.wording !== b.wording
  );
}

/**
 * The parts of a breakdown that stand for the whole of their category: those split by category
 * only and not limited to a cohort, whose category no other such part names. A running total's or a comparison's part by
 * category is one of these.
 */
export function partsByCategory(parts: readonly BreakdownPart[]): BreakdownPart[] {
  // A part limited to a cohort ("five of them Azovstal commanders") is not the whole category.
  const only = parts.filter((p) => splitOf(p) === '' && p.cohort === undefined);
  const seen = new Map<string, number>();
  for (const p of only) seen.set(p.category, (seen.get(p.category) ?? 0) + 1);
  return only.filter((p) => seen.get(p.category) === 1);
}
