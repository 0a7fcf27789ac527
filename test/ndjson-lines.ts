// A dataset written as NDJSON, as users write it: a header line, then one record a line, records
// before the claims that name them. Shared by the tests that feed the streamed validator.
import type { Dataset } from '../src/index.js';

/** The kind of record each list of a dataset holds, in the order they are written. */
export const RECORD_LISTS = [
  ['party', 'parties'],
  ['source', 'sources'],
  ['cohort', 'cohorts'],
  ['agreement', 'agreements'],
  ['exchange', 'exchanges'],
  ['claim', 'claims'],
] as const;

/** The dataset's lines: the header (the given one, or just the format), then every record. */
export function ndjsonLines(
  dataset: Dataset,
  header: object = { format: dataset.format },
): string[] {
  const lines = [JSON.stringify({ header })];
  for (const [kind, list] of RECORD_LISTS)
    for (const record of dataset[list] ?? []) lines.push(JSON.stringify({ [kind]: record }));
  return lines;
}
