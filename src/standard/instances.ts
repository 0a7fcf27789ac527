// Standard Schema instances as plain values: each is the `~standard` of the model's zod schema and
// nothing else. A framework that prefers a zod schema's own `parse` when it sees one (tRPC does)
// falls back to Standard Schema here, so its users get the package's codes, paths and messages.
import type * as z from 'zod';
import { AgreementSchema } from '../agreement/AgreementSchema.js';
import { ClaimSchema } from '../claim/ClaimSchema.js';
import { SubjectSchema } from '../claim/SubjectSchema.js';
import { CountSchema } from '../count/CountSchema.js';
import { DatasetSchema } from '../dataset/DatasetSchema.js';
import { PartialDateSchema } from '../date/PartialDateSchema.js';
import { ExchangeSchema, TransferSchema } from '../exchange/ExchangeSchema.js';
import { PartySchema } from '../party/PartySchema.js';
import { CitationSchema } from '../source/CitationSchema.js';
import { SourceSchema } from '../source/SourceSchema.js';
import { StatementSchema } from '../statement/StatementSchema.js';
import { CohortSchema } from '../taxonomy/CohortSchema.js';
import { TaxonomySchema } from '../taxonomy/TaxonomySchema.js';
import type { Issue } from '../validation/Issue.js';
import type { Count } from '../count/Count.js';
import type { PartialDate } from '../date/PartialDate.js';
import type { Taxonomy } from '../taxonomy/TaxonomySchema.js';
import type { Agreement, AgreementInput } from '../agreement/AgreementSchema.js';
import type { Claim, ClaimInput } from '../claim/ClaimSchema.js';
import type { Subject, SubjectInput } from '../claim/SubjectSchema.js';
import type { Dataset, DatasetInput } from '../dataset/Dataset.js';
import type {
  Exchange,
  ExchangeInput,
  Transfer,
  TransferInput,
} from '../exchange/ExchangeSchema.js';
import type { Party, PartyInput } from '../party/PartySchema.js';
import type { Citation, CitationInput } from '../source/CitationSchema.js';
import type { Source, SourceInput } from '../source/SourceSchema.js';
import type { Statement, StatementInput } from '../statement/StatementSchema.js';
import type { Cohort, CohortInput } from '../taxonomy/CohortSchema.js';

/**
 * What `validate` of a {@link StandardModel} returns: the model itself, or the package's issues
 * (each with its `path`, `code` and `message`).
 *
 * @example
 * ```ts
 * import { StandardPartialDate, type StandardResult } from 'swapledger/standard';
 * import type { PartialDate } from 'swapledger';
 * const result: StandardResult<PartialDate> = StandardPartialDate['~standard'].validate('2023-02-30');
 * result.issues?.[0]?.code; // 'impossible-date'
 * ```
 * @since 0.2.0
 * @category Standard Schema
 */
export type StandardResult<Output> =
  { readonly value: Output; readonly issues?: undefined } | { readonly issues: readonly Issue[] };

/**
 * A Standard Schema (version 1) of one model, with no other property: what tRPC's `.input()`,
 * Hono's standard validator, form libraries and `@standard-schema/utils` take. Validation is
 * synchronous.
 *
 * @example
 * ```ts
 * import { StandardClaim, type StandardModel } from 'swapledger/standard';
 * import type { Claim, ClaimInput } from 'swapledger';
 * const schema: StandardModel<ClaimInput, Claim> = StandardClaim;
 * schema['~standard'].vendor; // 'swapledger'
 * ```
 * @since 0.2.0
 * @category Standard Schema
 */
export interface StandardModel<Input, Output> {
  readonly '~standard': {
    readonly version: 1;
    readonly vendor: 'swapledger';
    readonly validate: (value: unknown) => StandardResult<Output>;
    readonly types?: { readonly input: Input; readonly output: Output } | undefined;
  };
}

/**
 * The schema's Standard Schema (the model's own check, see `answerAsStandard`) alone.
 *
 * @internal
 */
/* @__NO_SIDE_EFFECTS__ */
function standardOf<T extends z.ZodType>(schema: T): StandardModel<z.input<T>, z.output<T>> {
  const { validate } = (schema as unknown as StandardModel<z.input<T>, z.output<T>>)['~standard'];
  return Object.freeze({
    '~standard': Object.freeze({ version: 1 as const, vendor: 'swapledger' as const, validate }),
  });
}

/**
 * A claim, checked as `safeCreateClaim` checks it.
 *
 * @example
 * ```ts
 * import { StandardClaim } from 'swapledger/standard';
 * const result = StandardClaim['~standard'].validate({ id: 'c1' });
 * result.issues?.[0]?.code; // 'missing-field'
 * ```
 * @since 0.2.0
 * @category Standard Schema
 */
export const StandardClaim: StandardModel<ClaimInput, Claim> =
  /* @__PURE__ */ standardOf(ClaimSchema);

/**
 * A whole dataset, checked as `safeParseDataset` checks it: every record, and the references
 * between them.
 *
 * @example
 * ```ts
 * import { StandardDataset } from 'swapledger/standard';
 * const empty = { format: 'swapledger/1', parties: [], sources: [], exchanges: [], claims: [] };
 * StandardDataset['~standard'].validate(empty).issues; // undefined
 * ```
 * @since 0.2.0
 * @category Standard Schema
 */
export const StandardDataset: StandardModel<DatasetInput, Dataset> =
  /* @__PURE__ */ standardOf(DatasetSchema);

/**
 * An exchange, checked as `safeCreateExchange` checks it.
 *
 * @example
 * ```ts
 * import { StandardExchange } from 'swapledger/standard';
 * StandardExchange['~standard'].validate({ id: 'x1' }).issues?.[0]?.code; // 'missing-field'
 * ```
 * @since 0.2.0
 * @category Standard Schema
 */
export const StandardExchange: StandardModel<ExchangeInput, Exchange> =
  /* @__PURE__ */ standardOf(ExchangeSchema);

/**
 * One transfer of an exchange, checked as `safeCreateTransfer` checks it.
 *
 * @example
 * ```ts
 * import { StandardTransfer } from 'swapledger/standard';
 * StandardTransfer['~standard'].validate({}).issues?.[0]?.code; // 'missing-field'
 * ```
 * @since 0.2.0
 * @category Standard Schema
 */
export const StandardTransfer: StandardModel<TransferInput, Transfer> =
  /* @__PURE__ */ standardOf(TransferSchema);

/**
 * A party, checked as `safeCreateParty` checks it.
 *
 * @example
 * ```ts
 * import { StandardParty } from 'swapledger/standard';
 * StandardParty['~standard'].validate({ id: 'UA', name: 'Ukraine', kind: 'state' }).issues; // undefined
 * ```
 * @since 0.2.0
 * @category Standard Schema
 */
export const StandardParty: StandardModel<PartyInput, Party> =
  /* @__PURE__ */ standardOf(PartySchema);

/**
 * A source, checked as `safeCreateSource` checks it.
 *
 * @example
 * ```ts
 * import { StandardSource } from 'swapledger/standard';
 * StandardSource['~standard'].validate({ id: 's1' }).issues?.[0]?.code; // 'missing-field'
 * ```
 * @since 0.2.0
 * @category Standard Schema
 */
export const StandardSource: StandardModel<SourceInput, Source> =
  /* @__PURE__ */ standardOf(SourceSchema);

/**
 * A citation, checked as `safeCreateCitation` checks it.
 *
 * @example
 * ```ts
 * import { StandardCitation } from 'swapledger/standard';
 * StandardCitation['~standard'].validate({ url: 'https://example.org/a' }).issues; // undefined
 * ```
 * @since 0.2.0
 * @category Standard Schema
 */
export const StandardCitation: StandardModel<CitationInput, Citation> =
  /* @__PURE__ */ standardOf(CitationSchema);

/**
 * An agreement, checked as `safeCreateAgreement` checks it.
 *
 * @example
 * ```ts
 * import { StandardAgreement } from 'swapledger/standard';
 * StandardAgreement['~standard'].validate({ id: 'a1' }).issues?.[0]?.code; // 'missing-field'
 * ```
 * @since 0.2.0
 * @category Standard Schema
 */
export const StandardAgreement: StandardModel<AgreementInput, Agreement> =
  /* @__PURE__ */ standardOf(AgreementSchema);

/**
 * A cohort, checked as `safeCreateCohort` checks it.
 *
 * @example
 * ```ts
 * import { StandardCohort } from 'swapledger/standard';
 * StandardCohort['~standard'].validate({ id: 'k1' }).issues?.[0]?.code; // 'missing-field'
 * ```
 * @since 0.2.0
 * @category Standard Schema
 */
export const StandardCohort: StandardModel<CohortInput, Cohort> =
  /* @__PURE__ */ standardOf(CohortSchema);

/**
 * A statement, checked as `safeCreateStatement` checks it.
 *
 * @example
 * ```ts
 * import { StandardStatement } from 'swapledger/standard';
 * StandardStatement['~standard'].validate({ id: 'st1' }).issues?.[0]?.code; // 'missing-field'
 * ```
 * @since 0.2.0
 * @category Standard Schema
 */
export const StandardStatement: StandardModel<StatementInput, Statement> =
  /* @__PURE__ */ standardOf(StatementSchema);

/**
 * A claim's subject, checked as a claim's subject is.
 *
 * @example
 * ```ts
 * import { StandardSubject } from 'swapledger/standard';
 * StandardSubject['~standard'].validate({ type: 'held', holder: 'RU', of: 'UA' }).issues; // undefined
 * ```
 * @since 0.2.0
 * @category Standard Schema
 */
export const StandardSubject: StandardModel<SubjectInput, Subject> =
  /* @__PURE__ */ standardOf(SubjectSchema);

/**
 * A count, checked as `safeAssertCount` checks it (with a hint for a field that belongs to the
 * other form).
 *
 * @example
 * ```ts
 * import { StandardCount } from 'swapledger/standard';
 * StandardCount['~standard'].validate({ low: 44, high: 40 }).issues?.[0]?.code; // 'low-above-high'
 * ```
 * @since 0.2.0
 * @category Standard Schema
 */
export const StandardCount: StandardModel<Count, Count> = /* @__PURE__ */ standardOf(CountSchema);

/**
 * A partial date, checked as `safeAssertPartialDate` checks it.
 *
 * @example
 * ```ts
 * import { StandardPartialDate } from 'swapledger/standard';
 * StandardPartialDate['~standard'].validate('2023-02-30').issues?.[0]?.code; // 'impossible-date'
 * ```
 * @since 0.2.0
 * @category Standard Schema
 */
export const StandardPartialDate: StandardModel<string, PartialDate> =
  /* @__PURE__ */ standardOf(PartialDateSchema);

/**
 * A taxonomy, checked as `safeAssertTaxonomy` checks it (its structure included).
 *
 * @example
 * ```ts
 * import { StandardTaxonomy } from 'swapledger/standard';
 * StandardTaxonomy['~standard'].validate({ categories: [] }).issues?.[0]?.path; // ['id']
 * ```
 * @since 0.2.0
 * @category Standard Schema
 */
export const StandardTaxonomy: StandardModel<Taxonomy, Taxonomy> =
  /* @__PURE__ */ standardOf(TaxonomySchema);
