// One io-ts codec per public model, each derived from the model's zod schema by codecFromZod.
/* eslint-disable @typescript-eslint/no-empty-object-type -- named codec interfaces keep declarations readable */
import type * as t from 'io-ts';
import type {
  Count,
  KnownCount,
  UnknownCount,
  UndisclosedCount,
  PartialDate,
  Party,
  Source,
  Citation,
  Subject,
  BreakdownPart,
  Claim,
  AgreementTerm,
  Agreement,
  Transfer,
  ExchangeStage,
  Exchange,
  Category,
  Partition,
  Taxonomy,
  TaxonomyExtension,
  Crosswalk,
  Cohort,
  Lexicon,
  Dataset,
} from '../index.js';
import { validateDataset } from '../dataset/validateDataset.js';
import { MODELS } from '../internal/models.js';
import { codecFromValidator } from './codecFromValidator.js';
import { codecFromZod } from './codecFromZod.js';

/**
 * The io-ts codec of a {@link Count}.
 *
 * @example
 * ```ts
 * import { CountC } from 'swapledger/io-ts';
 * CountC.name; // 'Count'
 * ```
 */
export interface CountC extends t.Type<Count, Count, unknown> {}

/**
 * The io-ts codec of a {@link Count}, derived from its zod schema.
 *
 * @example
 * ```ts
 * import { CountC } from 'swapledger/io-ts';
 * import { isRight } from 'fp-ts/Either';
 * isRight(CountC.decode(null)); // false
 * ```
 */
export const CountC: CountC = codecFromZod(MODELS.Count, 'Count') as CountC;

/**
 * The io-ts codec of a {@link KnownCount}.
 *
 * @example
 * ```ts
 * import { KnownCountC } from 'swapledger/io-ts';
 * KnownCountC.name; // 'KnownCount'
 * ```
 */
export interface KnownCountC extends t.Type<KnownCount, KnownCount, unknown> {}

/**
 * The io-ts codec of a {@link KnownCount}, derived from its zod schema.
 *
 * @example
 * ```ts
 * import { KnownCountC } from 'swapledger/io-ts';
 * import { isRight } from 'fp-ts/Either';
 * isRight(KnownCountC.decode(null)); // false
 * ```
 */
export const KnownCountC: KnownCountC = codecFromZod(
  MODELS.KnownCount,
  'KnownCount',
) as KnownCountC;

/**
 * The io-ts codec of a {@link UnknownCount}.
 *
 * @example
 * ```ts
 * import { UnknownCountC } from 'swapledger/io-ts';
 * UnknownCountC.name; // 'UnknownCount'
 * ```
 */
export interface UnknownCountC extends t.Type<UnknownCount, UnknownCount, unknown> {}

/**
 * The io-ts codec of a {@link UnknownCount}, derived from its zod schema.
 *
 * @example
 * ```ts
 * import { UnknownCountC } from 'swapledger/io-ts';
 * import { isRight } from 'fp-ts/Either';
 * isRight(UnknownCountC.decode(null)); // false
 * ```
 */
export const UnknownCountC: UnknownCountC = codecFromZod(
  MODELS.UnknownCount,
  'UnknownCount',
) as UnknownCountC;

/**
 * The io-ts codec of a {@link UndisclosedCount}.
 *
 * @example
 * ```ts
 * import { UndisclosedCountC } from 'swapledger/io-ts';
 * UndisclosedCountC.name; // 'UndisclosedCount'
 * ```
 */
export interface UndisclosedCountC extends t.Type<UndisclosedCount, UndisclosedCount, unknown> {}

/**
 * The io-ts codec of a {@link UndisclosedCount}, derived from its zod schema.
 *
 * @example
 * ```ts
 * import { UndisclosedCountC } from 'swapledger/io-ts';
 * import { isRight } from 'fp-ts/Either';
 * isRight(UndisclosedCountC.decode(null)); // false
 * ```
 */
export const UndisclosedCountC: UndisclosedCountC = codecFromZod(
  MODELS.UndisclosedCount,
  'UndisclosedCount',
) as UndisclosedCountC;

/**
 * The io-ts codec of a {@link PartialDate}.
 *
 * @example
 * ```ts
 * import { PartialDateC } from 'swapledger/io-ts';
 * PartialDateC.name; // 'PartialDate'
 * ```
 */
export interface PartialDateC extends t.Type<PartialDate, PartialDate, unknown> {}

/**
 * The io-ts codec of a {@link PartialDate}, derived from its zod schema.
 *
 * @example
 * ```ts
 * import { PartialDateC } from 'swapledger/io-ts';
 * import { isRight } from 'fp-ts/Either';
 * isRight(PartialDateC.decode(null)); // false
 * ```
 */
export const PartialDateC: PartialDateC = codecFromZod(
  MODELS.PartialDate,
  'PartialDate',
) as PartialDateC;

/**
 * The io-ts codec of a {@link Party}.
 *
 * @example
 * ```ts
 * import { PartyC } from 'swapledger/io-ts';
 * PartyC.name; // 'Party'
 * ```
 */
export interface PartyC extends t.Type<Party, Party, unknown> {}

/**
 * The io-ts codec of a {@link Party}, derived from its zod schema.
 *
 * @example
 * ```ts
 * import { PartyC } from 'swapledger/io-ts';
 * import { isRight } from 'fp-ts/Either';
 * isRight(PartyC.decode(null)); // false
 * ```
 */
export const PartyC: PartyC = codecFromZod(MODELS.Party, 'Party') as PartyC;

/**
 * The io-ts codec of a {@link Source}.
 *
 * @example
 * ```ts
 * import { SourceC } from 'swapledger/io-ts';
 * SourceC.name; // 'Source'
 * ```
 */
export interface SourceC extends t.Type<Source, Source, unknown> {}

/**
 * The io-ts codec of a {@link Source}, derived from its zod schema.
 *
 * @example
 * ```ts
 * import { SourceC } from 'swapledger/io-ts';
 * import { isRight } from 'fp-ts/Either';
 * isRight(SourceC.decode(null)); // false
 * ```
 */
export const SourceC: SourceC = codecFromZod(MODELS.Source, 'Source') as SourceC;

/**
 * The io-ts codec of a {@link Citation}.
 *
 * @example
 * ```ts
 * import { CitationC } from 'swapledger/io-ts';
 * CitationC.name; // 'Citation'
 * ```
 */
export interface CitationC extends t.Type<Citation, Citation, unknown> {}

/**
 * The io-ts codec of a {@link Citation}, derived from its zod schema.
 *
 * @example
 * ```ts
 * import { CitationC } from 'swapledger/io-ts';
 * import { isRight } from 'fp-ts/Either';
 * isRight(CitationC.decode(null)); // false
 * ```
 */
export const CitationC: CitationC = codecFromZod(MODELS.Citation, 'Citation') as CitationC;

/**
 * The io-ts codec of a {@link Subject}.
 *
 * @example
 * ```ts
 * import { SubjectC } from 'swapledger/io-ts';
 * SubjectC.name; // 'Subject'
 * ```
 */
export interface SubjectC extends t.Type<Subject, Subject, unknown> {}

/**
 * The io-ts codec of a {@link Subject}, derived from its zod schema.
 *
 * @example
 * ```ts
 * import { SubjectC } from 'swapledger/io-ts';
 * import { isRight } from 'fp-ts/Either';
 * isRight(SubjectC.decode(null)); // false
 * ```
 */
export const SubjectC: SubjectC = codecFromZod(MODELS.Subject, 'Subject') as SubjectC;

/**
 * The io-ts codec of a {@link BreakdownPart}.
 *
 * @example
 * ```ts
 * import { BreakdownPartC } from 'swapledger/io-ts';
 * BreakdownPartC.name; // 'BreakdownPart'
 * ```
 */
export interface BreakdownPartC extends t.Type<BreakdownPart, BreakdownPart, unknown> {}

/**
 * The io-ts codec of a {@link BreakdownPart}, derived from its zod schema.
 *
 * @example
 * ```ts
 * import { BreakdownPartC } from 'swapledger/io-ts';
 * import { isRight } from 'fp-ts/Either';
 * isRight(BreakdownPartC.decode(null)); // false
 * ```
 */
export const BreakdownPartC: BreakdownPartC = codecFromZod(
  MODELS.BreakdownPart,
  'BreakdownPart',
) as BreakdownPartC;

/**
 * The io-ts codec of a {@link Claim}.
 *
 * @example
 * ```ts
 * import { ClaimC } from 'swapledger/io-ts';
 * ClaimC.name; // 'Claim'
 * ```
 */
export interface ClaimC extends t.Type<Claim, Claim, unknown> {}

/**
 * The io-ts codec of a {@link Claim}, derived from its zod schema.
 *
 * @example
 * ```ts
 * import { ClaimC } from 'swapledger/io-ts';
 * import { isRight } from 'fp-ts/Either';
 * isRight(ClaimC.decode(null)); // false
 * ```
 */
export const ClaimC: ClaimC = codecFromZod(MODELS.Claim, 'Claim') as ClaimC;

/**
 * The io-ts codec of a {@link AgreementTerm}.
 *
 * @example
 * ```ts
 * import { AgreementTermC } from 'swapledger/io-ts';
 * AgreementTermC.name; // 'AgreementTerm'
 * ```
 */
export interface AgreementTermC extends t.Type<AgreementTerm, AgreementTerm, unknown> {}

/**
 * The io-ts codec of a {@link AgreementTerm}, derived from its zod schema.
 *
 * @example
 * ```ts
 * import { AgreementTermC } from 'swapledger/io-ts';
 * import { isRight } from 'fp-ts/Either';
 * isRight(AgreementTermC.decode(null)); // false
 * ```
 */
export const AgreementTermC: AgreementTermC = codecFromZod(
  MODELS.AgreementTerm,
  'AgreementTerm',
) as AgreementTermC;

/**
 * The io-ts codec of a {@link Agreement}.
 *
 * @example
 * ```ts
 * import { AgreementC } from 'swapledger/io-ts';
 * AgreementC.name; // 'Agreement'
 * ```
 */
export interface AgreementC extends t.Type<Agreement, Agreement, unknown> {}

/**
 * The io-ts codec of a {@link Agreement}, derived from its zod schema.
 *
 * @example
 * ```ts
 * import { AgreementC } from 'swapledger/io-ts';
 * import { isRight } from 'fp-ts/Either';
 * isRight(AgreementC.decode(null)); // false
 * ```
 */
export const AgreementC: AgreementC = codecFromZod(MODELS.Agreement, 'Agreement') as AgreementC;

/**
 * The io-ts codec of a {@link Transfer}.
 *
 * @example
 * ```ts
 * import { TransferC } from 'swapledger/io-ts';
 * TransferC.name; // 'Transfer'
 * ```
 */
export interface TransferC extends t.Type<Transfer, Transfer, unknown> {}

/**
 * The io-ts codec of a {@link Transfer}, derived from its zod schema.
 *
 * @example
 * ```ts
 * import { TransferC } from 'swapledger/io-ts';
 * import { isRight } from 'fp-ts/Either';
 * isRight(TransferC.decode(null)); // false
 * ```
 */
export const TransferC: TransferC = codecFromZod(MODELS.Transfer, 'Transfer') as TransferC;

/**
 * The io-ts codec of a {@link ExchangeStage}.
 *
 * @example
 * ```ts
 * import { ExchangeStageC } from 'swapledger/io-ts';
 * ExchangeStageC.name; // 'ExchangeStage'
 * ```
 */
export interface ExchangeStageC extends t.Type<ExchangeStage, ExchangeStage, unknown> {}

/**
 * The io-ts codec of a {@link ExchangeStage}, derived from its zod schema.
 *
 * @example
 * ```ts
 * import { ExchangeStageC } from 'swapledger/io-ts';
 * import { isRight } from 'fp-ts/Either';
 * isRight(ExchangeStageC.decode(null)); // false
 * ```
 */
export const ExchangeStageC: ExchangeStageC = codecFromZod(
  MODELS.ExchangeStage,
  'ExchangeStage',
) as ExchangeStageC;

/**
 * The io-ts codec of a {@link Exchange}.
 *
 * @example
 * ```ts
 * import { ExchangeC } from 'swapledger/io-ts';
 * ExchangeC.name; // 'Exchange'
 * ```
 */
export interface ExchangeC extends t.Type<Exchange, Exchange, unknown> {}

/**
 * The io-ts codec of a {@link Exchange}, derived from its zod schema.
 *
 * @example
 * ```ts
 * import { ExchangeC } from 'swapledger/io-ts';
 * import { isRight } from 'fp-ts/Either';
 * isRight(ExchangeC.decode(null)); // false
 * ```
 */
export const ExchangeC: ExchangeC = codecFromZod(MODELS.Exchange, 'Exchange') as ExchangeC;

/**
 * The io-ts codec of a {@link Category}.
 *
 * @example
 * ```ts
 * import { CategoryC } from 'swapledger/io-ts';
 * CategoryC.name; // 'Category'
 * ```
 */
export interface CategoryC extends t.Type<Category, Category, unknown> {}

/**
 * The io-ts codec of a {@link Category}, derived from its zod schema.
 *
 * @example
 * ```ts
 * import { CategoryC } from 'swapledger/io-ts';
 * import { isRight } from 'fp-ts/Either';
 * isRight(CategoryC.decode(null)); // false
 * ```
 */
export const CategoryC: CategoryC = codecFromZod(MODELS.Category, 'Category') as CategoryC;

/**
 * The io-ts codec of a {@link Partition}.
 *
 * @example
 * ```ts
 * import { PartitionC } from 'swapledger/io-ts';
 * PartitionC.name; // 'Partition'
 * ```
 */
export interface PartitionC extends t.Type<Partition, Partition, unknown> {}

/**
 * The io-ts codec of a {@link Partition}, derived from its zod schema.
 *
 * @example
 * ```ts
 * import { PartitionC } from 'swapledger/io-ts';
 * import { isRight } from 'fp-ts/Either';
 * isRight(PartitionC.decode(null)); // false
 * ```
 */
export const PartitionC: PartitionC = codecFromZod(MODELS.Partition, 'Partition') as PartitionC;

/**
 * The io-ts codec of a {@link Taxonomy}.
 *
 * @example
 * ```ts
 * import { TaxonomyC } from 'swapledger/io-ts';
 * TaxonomyC.name; // 'Taxonomy'
 * ```
 */
export interface TaxonomyC extends t.Type<Taxonomy, Taxonomy, unknown> {}

/**
 * The io-ts codec of a {@link Taxonomy}, derived from its zod schema.
 *
 * @example
 * ```ts
 * import { TaxonomyC } from 'swapledger/io-ts';
 * import { isRight } from 'fp-ts/Either';
 * isRight(TaxonomyC.decode(null)); // false
 * ```
 */
export const TaxonomyC: TaxonomyC = codecFromZod(MODELS.Taxonomy, 'Taxonomy') as TaxonomyC;

/**
 * The io-ts codec of a {@link TaxonomyExtension}.
 *
 * @example
 * ```ts
 * import { TaxonomyExtensionC } from 'swapledger/io-ts';
 * TaxonomyExtensionC.name; // 'TaxonomyExtension'
 * ```
 */
export interface TaxonomyExtensionC extends t.Type<TaxonomyExtension, TaxonomyExtension, unknown> {}

/**
 * The io-ts codec of a {@link TaxonomyExtension}, derived from its zod schema.
 *
 * @example
 * ```ts
 * import { TaxonomyExtensionC } from 'swapledger/io-ts';
 * import { isRight } from 'fp-ts/Either';
 * isRight(TaxonomyExtensionC.decode(null)); // false
 * ```
 */
export const TaxonomyExtensionC: TaxonomyExtensionC = codecFromZod(
  MODELS.TaxonomyExtension,
  'TaxonomyExtension',
) as TaxonomyExtensionC;

/**
 * The io-ts codec of a {@link Crosswalk}.
 *
 * @example
 * ```ts
 * import { CrosswalkC } from 'swapledger/io-ts';
 * CrosswalkC.name; // 'Crosswalk'
 * ```
 */
export interface CrosswalkC extends t.Type<Crosswalk, Crosswalk, unknown> {}

/**
 * The io-ts codec of a {@link Crosswalk}, derived from its zod schema.
 *
 * @example
 * ```ts
 * import { CrosswalkC } from 'swapledger/io-ts';
 * import { isRight } from 'fp-ts/Either';
 * isRight(CrosswalkC.decode(null)); // false
 * ```
 */
export const CrosswalkC: CrosswalkC = codecFromZod(MODELS.Crosswalk, 'Crosswalk') as CrosswalkC;

/**
 * The io-ts codec of a {@link Cohort}.
 *
 * @example
 * ```ts
 * import { CohortC } from 'swapledger/io-ts';
 * CohortC.name; // 'Cohort'
 * ```
 */
export interface CohortC extends t.Type<Cohort, Cohort, unknown> {}

/**
 * The io-ts codec of a {@link Cohort}, derived from its zod schema.
 *
 * @example
 * ```ts
 * import { CohortC } from 'swapledger/io-ts';
 * import { isRight } from 'fp-ts/Either';
 * isRight(CohortC.decode(null)); // false
 * ```
 */
export const CohortC: CohortC = codecFromZod(MODELS.Cohort, 'Cohort') as CohortC;

/**
 * The io-ts codec of a {@link Lexicon}.
 *
 * @example
 * ```ts
 * import { LexiconC } from 'swapledger/io-ts';
 * LexiconC.name; // 'Lexicon'
 * ```
 */
export interface LexiconC extends t.Type<Lexicon, Lexicon, unknown> {}

/**
 * The io-ts codec of a {@link Lexicon}, derived from its zod schema.
 *
 * @example
 * ```ts
 * import { LexiconC } from 'swapledger/io-ts';
 * import { isRight } from 'fp-ts/Either';
 * isRight(LexiconC.decode(null)); // false
 * ```
 */
export const LexiconC: LexiconC = codecFromZod(MODELS.Lexicon, 'Lexicon') as LexiconC;

/**
 * The io-ts codec of a {@link Dataset}.
 *
 * @example
 * ```ts
 * import { DatasetC } from 'swapledger/io-ts';
 * DatasetC.name; // 'Dataset'
 * ```
 */
export interface DatasetC extends t.Type<Dataset, Dataset, unknown> {}

/**
 * The io-ts codec of a {@link Dataset}, derived from its zod schema.
 *
 * @example
 * ```ts
 * import { DatasetC } from 'swapledger/io-ts';
 * import { isRight } from 'fp-ts/Either';
 * isRight(DatasetC.decode(null)); // false
 * ```
 */
export const DatasetC: DatasetC = codecFromZod(MODELS.Dataset, 'Dataset') as DatasetC;

/**
 * The io-ts codec of a whole {@link Dataset} checked as `validateDataset` checks it: every record
 * and every reference between records. `DatasetC` checks only the shapes.
 *
 * @example
 * ```ts
 * import { ValidDatasetC } from 'swapledger/io-ts';
 * import { isRight } from 'fp-ts/Either';
 * isRight(ValidDatasetC.decode({ format: 'swapledger/1', parties: [], sources: [], exchanges: [], claims: [] })); // true
 * ```
 */
export interface ValidDatasetC extends t.Type<Dataset, Dataset, unknown> {}

/**
 * The io-ts codec of a validated {@link Dataset}: shapes and references.
 *
 * @example
 * ```ts
 * import { ValidDatasetC } from 'swapledger/io-ts';
 * ValidDatasetC.is({ format: 'swapledger/1', parties: [], sources: [], exchanges: [], claims: [{ id: 'c' }] }); // false
 * ```
 */
export const ValidDatasetC: ValidDatasetC = codecFromValidator('ValidDataset', validateDataset);
