import type * as z from 'zod';
import { AgreementSchema, AgreementTermSchema } from '../../agreement/AgreementSchema.js';
import { BreakdownPartSchema, ClaimSchema } from '../../claim/ClaimSchema.js';
import { SubjectSchema } from '../../claim/SubjectSchema.js';
import {
  CountSchema,
  KnownCountSchema,
  UndisclosedCountSchema,
  UnknownCountSchema,
} from '../../count/CountSchema.js';
import { DatasetShape } from './datasetShape.js';
import { PartialDateSchema } from '../../date/PartialDateSchema.js';
import {
  ExchangeSchema,
  ExchangeStageSchema,
  TransferSchema,
} from '../../exchange/ExchangeSchema.js';
import { PartySchema } from '../../party/PartySchema.js';
import { LexiconSchema } from '../../phrase/LexiconSchema.js';
import { CitationSchema } from '../../source/CitationSchema.js';
import { SourceSchema } from '../../source/SourceSchema.js';
import { ReportedDateSchema } from '../../date/ReportedDateSchema.js';
import { StatedSchema, StatementSchema, TermsSchema } from '../../statement/StatementSchema.js';
import { CohortSchema } from '../../taxonomy/CohortSchema.js';
import { CrosswalkSchema } from '../../taxonomy/CrosswalkSchema.js';
import {
  CategorySchema,
  PartitionSchema,
  TaxonomyExtensionSchema,
  TaxonomySchema,
} from '../../taxonomy/TaxonomySchema.js';

/**
 * Every public model, by name, with its one zod schema: the source from which the io-ts codecs and
 * the JSON Schema files are derived, and over which the conformance suite runs.
 */
export const MODELS = {
  Count: CountSchema,
  KnownCount: KnownCountSchema,
  UnknownCount: UnknownCountSchema,
  UndisclosedCount: UndisclosedCountSchema,
  PartialDate: PartialDateSchema,
  ReportedDate: ReportedDateSchema,
  Party: PartySchema,
  Source: SourceSchema,
  Citation: CitationSchema,
  Subject: SubjectSchema,
  BreakdownPart: BreakdownPartSchema,
  Claim: ClaimSchema,
  Terms: TermsSchema,
  Stated: StatedSchema,
  Statement: StatementSchema,
  AgreementTerm: AgreementTermSchema,
  Agreement: AgreementSchema,
  Transfer: TransferSchema,
  ExchangeStage: ExchangeStageSchema,
  Exchange: ExchangeSchema,
  Category: CategorySchema,
  Partition: PartitionSchema,
  Taxonomy: TaxonomySchema,
  TaxonomyExtension: TaxonomyExtensionSchema,
  Crosswalk: CrosswalkSchema,
  Cohort: CohortSchema,
  Lexicon: LexiconSchema,
  Dataset: DatasetShape,
} as const satisfies Record<string, z.ZodType>;

/** A name of {@link MODELS}. */
export type ModelName = keyof typeof MODELS;

export { INEXPRESSIBLE, REFERENCE_RULES } from './rules.js';

/** A strict pattern for partial dates, for JSON Schema: months 01–12 and days within each month. */
export const STRICT_DATE_PATTERN =
  '^(?!0000)\\d{4}(?:-(?:0[1-9]|1[0-2])|-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2\\d)))?$';
