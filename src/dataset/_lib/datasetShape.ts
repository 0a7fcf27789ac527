import { model } from '../../validation/_lib/model.js';
import { MAX_RECORDS } from './limits.js';
import * as z from 'zod';
import { AgreementSchema } from '../../agreement/AgreementSchema.js';
import { ClaimSchema } from '../../claim/ClaimSchema.js';
import { ExchangeSchema } from '../../exchange/ExchangeSchema.js';
import { OptionalNoteSchema } from '../../_lib/fields.js';
import { PartySchema } from '../../party/PartySchema.js';
import { SourceSchema } from '../../source/SourceSchema.js';
import { StatementSchema } from '../../statement/StatementSchema.js';
import { CohortSchema } from '../../taxonomy/CohortSchema.js';
import { CrosswalkSchema } from '../../taxonomy/CrosswalkSchema.js';
import { TaxonomyExtensionSchema } from '../../taxonomy/TaxonomySchema.js';

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
 * A dataset's shape: the envelope and every record's own schema, without the references between
 * records. The validators check envelopes with it; the exported `DatasetSchema` is this schema
 * answering Standard Schema with the whole validation.
 *
 * @internal
 */
export const DatasetShape = /* @__PURE__ */ model(() =>
  z.strictObject({
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
  }),
);
