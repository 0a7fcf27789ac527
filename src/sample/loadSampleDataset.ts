import type { Dataset } from '../dataset/Dataset.js';
import { parseDataset } from '../dataset/parseDataset.js';
import data from './sample-dataset.json' with { type: 'json' };

/**
 * Loads the embedded sample dataset: figures reported for 38 Russia–Ukraine exchanges of 2022
 * and 2023 (and one separate handover of wounded prisoners), 25 running totals and 12 estimates of
 * who held whom, as officials, mediators and the press stated them, each claim with its source
 * and the address where it was read. Conflicting figures are kept side by side. It lives in its
 * own entry point, `swapledger/sample`, so the main entry stays small. Each call validates and
 * returns a fresh copy, so callers may not affect each other.
 *
 * @returns The validated dataset.
 * @example
 * ```ts
 * import { loadSampleDataset } from 'swapledger/sample';
 * const dataset = loadSampleDataset();
 * dataset.exchanges.find((e) => e.id === 'ua-ru-2023-04-26')?.transfers.length; // 2
 * ```
 */
export function loadSampleDataset(): Dataset {
  return parseDataset(data);
}
