import type * as z from 'zod';
import type { DatasetShape } from './_lib/datasetShape.js';

/**
 * One document holding everything about a set of exchanges: parties, sources, cohorts,
 * agreements, exchanges, claims, and optionally the categories it adds to the default taxonomy
 * and its own crosswalk.
 *
 * @example
 * ```ts
 * import type { Dataset } from 'swapledger';
 * const empty: Dataset = { format: 'swapledger/1', parties: [], sources: [], exchanges: [], claims: [] };
 * ```
 */
export type Dataset = z.output<typeof DatasetShape>;

/**
 * What DatasetSchema accepts, before parsing: the same fields as {@link Dataset}, with dates as plain
 * strings. Type a form's or a request's values with it, and get a {@link Dataset} from the schema.
 *
 * @example
 * ```ts
 * import { safeParseDataset, type DatasetInput } from 'swapledger';
 * const read = (values: DatasetInput) => safeParseDataset(values); // a Dataset when it is valid, references included
 * ```
 */
export type DatasetInput = z.input<typeof DatasetShape>;
