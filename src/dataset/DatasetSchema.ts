import { harden } from '../validation/_lib/harden.js';
import { MAX_RECORDS } from './_lib/limits.js';
import { z } from 'zod';
import { AgreementSchema } from '../agreement/AgreementSchema.js';
import { ClaimSchema } from '../claim/ClaimSchema.js';
import { ExchangeSchema } from '../exchange/ExchangeSchema.js';
import { OptionalNoteSchema } from '../_lib/fields.js';
import { PartySchema } from '../party/PartySchema.js';
import { SourceSchema } from '../source/SourceSchema.js';
import { StatementSchema } from '../statement/StatementSchema.js';
import { CohortSchema } from '../taxonomy/CohortSchema.js';
import { CrosswalkSchema } from '../taxonomy/CrosswalkSchema.js';
import { TaxonomyExtensionSchema } from '../taxonomy/TaxonomySchema.js';

/**
 * The format version this package reads and writes. A dataset names it in its `format` field; a
 * later, incompatible format will have a new name, and datasets of this one will keep validating.
 *
 * @example
 * ```ts
 * import { DATASET_FORMAT } from 'swapledger';
 * DATASET_FORMAT; // 'swapledger/1'
 * ```
 */
export const DATASET_FORMAT = 'swapledger/1';

/** Largest number of records of one kind a dataset may hold. */

/**
 * The record lists of a dataset and the schema of each record, in the order they are validated.
 *
 * @example
 * ```ts
 * import { DATASET_COLLECTIONS } from 'swapledger';
 * Object.keys(DATASET_COLLECTIONS); // ['parties', 'sources', 'cohorts', 'agreements', 'exchanges', 'claims', 'statements']
 * ```
 */
export const DATASET_COLLECTIONS = {
  parties: PartySchema,
  sources: SourceSchema,
  cohorts: CohortSchema,
  agreements: AgreementSchema,
  exchanges: ExchangeSchema,
  claims: ClaimSchema,
  statements: StatementSchema,
} as const;

/**
 * The zod schema of a whole {@link Dataset}. It checks every record's shape; the references
 * between records (a claim's source exists, categories exist in the taxonomy, stages are in
 * order …) are checked by `safeParseDataset`, which should be preferred for untrusted input.
 *
 * @example
 * ```ts
 * import { DatasetSchema } from 'swapledger';
 * DatasetSchema.safeParse({ format: 'swapledger/1', parties: [], sources: [], exchanges: [], claims: [] }).success; // true
 * ```
 */
export const DatasetSchema = z.strictObject({
  format: z.literal(DATASET_FORMAT),
  title: z.string().max(300).exactOptional(),
  description: OptionalNoteSchema,
  license: z.string().max(300).exactOptional(),
  parties: z.array(PartySchema).max(MAX_RECORDS),
  sources: z.array(SourceSchema).max(MAX_RECORDS),
  cohorts: z.array(CohortSchema).max(MAX_RECORDS).exactOptional(),
  agreements: z.array(AgreementSchema).max(MAX_RECORDS).exactOptional(),
  exchanges: z.array(ExchangeSchema).max(MAX_RECORDS),
  claims: z.array(ClaimSchema).max(MAX_RECORDS),
  statements: z.array(StatementSchema).max(MAX_RECORDS).exactOptional(),
  taxonomy: TaxonomyExtensionSchema.exactOptional(),
  crosswalk: CrosswalkSchema.exactOptional(),
});

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
export type Dataset = z.output<typeof DatasetSchema>;

// Hostile values (throwing getters, Proxies) fail validation instead of throwing.
harden(DatasetSchema);
