import type { Claim } from '../claim/ClaimSchema.js';
import { subjectKey } from '../claim/subjectKey.js';
import type { Dataset } from '../dataset/Dataset.js';
import type { SheetMapping } from './SheetMappingSchema.js';
import type { SheetRow } from './SheetRow.js';

/** Whether a text survives a cell as it is: cells are read trimmed. */
const fits = (text: string | undefined): boolean =>
  text === undefined || (text === text.trim() && text !== '');

/**
 * Writes a dataset as a claim sheet: one row per claim in the default layout, and the mapping
 * that reads it back. Parties and sources become the mapping's registries; exchanges, agreements
 * and the other records go in as they are; what a cell cannot carry (a breakdown, several
 * citations, links, a rank) goes in the mapping's per-claim fields. Importing the rows with the
 * mapping gives the same dataset.
 *
 * @param dataset - A valid dataset.
 * @returns The rows (line numbers as a CSV file of them would have) and their mapping.
 * @since 0.2.0
 * @category Sheets
 * @example
 * ```ts
 * import { exportSheet, importSheet } from 'swapledger/sheet';
 * import { loadSampleDataset } from 'swapledger/sample';
 * const sample = loadSampleDataset();
 * const { rows, mapping } = exportSheet(sample);
 * rows.length; // 166
 * importSheet(rows, mapping).dataset.claims.length; // 166
 * ```
 */
export function exportSheet(dataset: Dataset): { rows: SheetRow[]; mapping: SheetMapping } {
  const subjects = new Map<string, Claim['subject']>();
  // Subject keys group subjects that mean the same (two parties in either order); a row keeps
  // its own, so a second spelling gets a wording of its own.
  const wordingOf = new Map<string, string>();
  const wording = (subject: Claim['subject']): string => {
    const exact = JSON.stringify(subject);
    let found = wordingOf.get(exact);
    if (found === undefined) {
      const key = subjectKey(subject);
      found = key;
      for (let n = 2; subjects.has(found); n += 1) found = `${key} (${n})`;
      wordingOf.set(exact, found);
      subjects.set(found, subject);
    }
    return found;
  };
  const media = new Set<string>();
  const fields: { id: string; fields: Record<string, unknown> }[] = [];
  const rows = dataset.claims.map((claim, i): SheetRow => {
    const key = wording(claim.subject);
    const cells: Record<string, string> = {
      id: claim.id,
      exchange: claim.exchange ?? '',
      source: claim.source,
      stated_on: claim.statedOn ?? '',
      as_of: claim.asOf ?? '',
      counted: key,
    };
    const extra: Record<string, unknown> = {};
    const v = claim.value;
    if (!fits(v.wording)) extra['value'] = v;
    else if ('low' in v) {
      cells['low'] = String(v.low);
      cells['high'] = v.high === null ? 'open' : String(v.high);
      if (v.best !== undefined) cells['best'] = String(v.best);
      if (v.lexicon !== undefined) {
        if (fits(v.lexicon)) cells['lexicon'] = v.lexicon;
        else extra['value'] = v;
      }
      if (v.wording !== undefined) cells['figure'] = v.wording;
    } else {
      cells['status'] = v.status;
      if (v.wording !== undefined) cells['figure'] = v.wording;
    }
    const [only, ...others] = claim.citations;
    const simple =
      only !== undefined &&
      others.length === 0 &&
      Object.keys(only).every((k) => k === 'url' || k === 'medium' || k === 'reportedBy');
    if (simple) {
      cells['url'] = only.url;
      if (only.medium !== undefined) {
        cells['medium'] = only.medium;
        media.add(only.medium);
      }
      if (only.reportedBy !== undefined) cells['reported_by'] = only.reportedBy;
    } else if (claim.citations.length > 0) extra['citations'] = claim.citations;
    for (const name of [
      'breakdown',
      'breakdownComplete',
      'derived',
      'rank',
      'links',
      'dated',
      'share',
      'note',
    ] as const)
      if (claim[name] !== undefined) extra[name] = claim[name];
    if (Object.keys(extra).length > 0) fields.push({ id: claim.id, fields: extra });
    return { line: i + 2, cells };
  });
  const { format: _format, parties, sources, claims: _claims, ...rest } = dataset;
  void _format;
  void _claims;
  return {
    rows,
    mapping: {
      parties: parties.map((record) => ({ record })),
      sources: sources.map((record) => ({ record })),
      media: [...media].map((medium) => ({ wording: medium, medium: medium as 'other' })),
      subjects: [...subjects].map(([wording, subject]) => ({
        wording,
        subject: subject as Record<string, unknown>,
      })),
      claims: fields,
      dataset: rest as Record<string, unknown>,
    },
  };
}
