import { answerAsStandard } from '../validation/_lib/model.js';
import { pure } from '../_lib/pure.js';
import { DatasetShape } from './_lib/datasetShape.js';
import { safeParseDataset } from './safeParseDataset.js';

export { DATASET_COLLECTIONS, DATASET_FORMAT } from './_lib/datasetShape.js';

/**
 * The zod schema of a whole {@link Dataset}. It checks every record's shape; the references
 * between records (a claim's source exists, categories exist in the taxonomy, stages are in
 * order …) are checked by `safeParseDataset`, which should be preferred for untrusted input.
 * Its Standard Schema (`DatasetSchema['~standard'].validate`, what tRPC, Hono and form libraries
 * call) is `safeParseDataset` itself: references included, with the package's issues.
 *
 * @example
 * ```ts
 * import { DatasetSchema } from 'swapledger';
 * DatasetSchema.safeParse({ format: 'swapledger/1', parties: [], sources: [], exchanges: [], claims: [] }).success; // true
 * ```
 */
export const DatasetSchema = /* @__PURE__ */ pure(() =>
  answerAsStandard(DatasetShape, (value) => safeParseDataset(value)),
);
