import * as files from './_lib/schemas.js';

/**
 * The JSON Schema (draft 2020-12) of every public model, generated from its zod schema and shipped
 * as files too (`swapledger/schemas/<name>.json`). Each stands alone, with what it shares with
 * other models under `$defs`; its `$id` is the address of the published file, and its description
 * lists the rules JSON Schema cannot state, which the package checks. The types keep every
 * literal, so `FromSchema` of json-schema-to-ts can derive a type from any of them.
 *
 * @example
 * ```ts
 * import { jsonSchemas } from 'swapledger/json-schema';
 * jsonSchemas.Count.$id; // 'https://unpkg.com/swapledger/schemas/count.json'
 * ```
 */
export const jsonSchemas = {
  Count: files.Count,
  KnownCount: files.KnownCount,
  UnknownCount: files.UnknownCount,
  UndisclosedCount: files.UndisclosedCount,
  PartialDate: files.PartialDate,
  ReportedDate: files.ReportedDate,
  Party: files.Party,
  Source: files.Source,
  Citation: files.Citation,
  Subject: files.Subject,
  BreakdownPart: files.BreakdownPart,
  Claim: files.Claim,
  Terms: files.Terms,
  Stated: files.Stated,
  Statement: files.Statement,
  AgreementTerm: files.AgreementTerm,
  Agreement: files.Agreement,
  Transfer: files.Transfer,
  ExchangeStage: files.ExchangeStage,
  Exchange: files.Exchange,
  Category: files.Category,
  Partition: files.Partition,
  Taxonomy: files.Taxonomy,
  TaxonomyExtension: files.TaxonomyExtension,
  Crosswalk: files.Crosswalk,
  Cohort: files.Cohort,
  Lexicon: files.Lexicon,
  Dataset: files.Dataset,
} as const;

/**
 * The rules JSON Schema cannot state, by the issue code the package reports when one is broken.
 *
 * @example
 * ```ts
 * import { inexpressibleRules } from 'swapledger/json-schema';
 * Object.keys(inexpressibleRules); // ['low-above-high', 'best-outside-range', 'impossible-date']
 * ```
 */
export {
  INEXPRESSIBLE as inexpressibleRules,
  REFERENCE_RULES as referenceRules,
} from '../dataset/_lib/rules.js';
