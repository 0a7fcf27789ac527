import { safeParseDataset } from './safeParseDataset.js';

/**
 * Former name of {@link safeParseDataset}, kept so that existing code goes on working.
 *
 * @deprecated Use `safeParseDataset`: every check that returns a Result is named `safeX`, and its
 * throwing twin `X` (here `parseDataset`). This name goes in the next major version.
 * @example
 * ```ts
 * import { validateDataset } from 'swapledger';
 * validateDataset({ format: 'swapledger/1', parties: [], sources: [], exchanges: [], claims: [] }).success; // true
 * ```
 */
export const validateDataset = safeParseDataset;
