import * as files from './_lib/schemas.js';

/**
 * The JSON Schema (draft 2020-12) of every public model, generated from its zod schema and shipped
 * as files too (`swapledger/schemas/<name>.json`). Each has the `$id` of its published file and
 * the same description, listing the rules JSON Schema cannot state, which the package checks.
 * They are written for TypeScript: where a file refers to a shared definition under `$defs`, these
 * hold the definition itself, and list bounds sit on the lists rather than in an `allOf`. A
 * validator gives them the files' verdicts; their types keep every literal, so `FromSchema` of
 * json-schema-to-ts derives a type from every model.
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
 * A lexicon's ranges report `low-above-high` too; the description of `lexicon.json` words their
 * rule.
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
