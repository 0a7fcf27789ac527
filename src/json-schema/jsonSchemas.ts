import agreement from '../../schemas/agreement.json' with { type: 'json' };
import agreementTerm from '../../schemas/agreement-term.json' with { type: 'json' };
import breakdownPart from '../../schemas/breakdown-part.json' with { type: 'json' };
import category from '../../schemas/category.json' with { type: 'json' };
import citation from '../../schemas/citation.json' with { type: 'json' };
import claim from '../../schemas/claim.json' with { type: 'json' };
import cohort from '../../schemas/cohort.json' with { type: 'json' };
import count from '../../schemas/count.json' with { type: 'json' };
import crosswalk from '../../schemas/crosswalk.json' with { type: 'json' };
import dataset from '../../schemas/dataset.json' with { type: 'json' };
import exchange from '../../schemas/exchange.json' with { type: 'json' };
import exchangeStage from '../../schemas/exchange-stage.json' with { type: 'json' };
import knownCount from '../../schemas/known-count.json' with { type: 'json' };
import lexicon from '../../schemas/lexicon.json' with { type: 'json' };
import partialDate from '../../schemas/partial-date.json' with { type: 'json' };
import partition from '../../schemas/partition.json' with { type: 'json' };
import reportedDate from '../../schemas/reported-date.json' with { type: 'json' };
import party from '../../schemas/party.json' with { type: 'json' };
import source from '../../schemas/source.json' with { type: 'json' };
import stated from '../../schemas/stated.json' with { type: 'json' };
import statement from '../../schemas/statement.json' with { type: 'json' };
import subject from '../../schemas/subject.json' with { type: 'json' };
import taxonomy from '../../schemas/taxonomy.json' with { type: 'json' };
import taxonomyExtension from '../../schemas/taxonomy-extension.json' with { type: 'json' };
import terms from '../../schemas/terms.json' with { type: 'json' };
import transfer from '../../schemas/transfer.json' with { type: 'json' };
import undisclosedCount from '../../schemas/undisclosed-count.json' with { type: 'json' };
import unknownCount from '../../schemas/unknown-count.json' with { type: 'json' };

/**
 * The JSON Schema (draft 2020-12) of every public model, generated from its zod schema and shipped
 * as files too (`swapledger/schemas/<name>.json`). Each has an `$id` and a description listing the
 * rules JSON Schema cannot state; a service outside TypeScript can validate with any JSON Schema
 * validator and leave those rules to the package.
 *
 * @example
 * ```ts
 * import { jsonSchemas } from 'swapledger/json-schema';
 * jsonSchemas.Count.$id; // 'urn:swapledger:schema:count'
 * ```
 */
export const jsonSchemas = {
  Count: count,
  KnownCount: knownCount,
  UnknownCount: unknownCount,
  UndisclosedCount: undisclosedCount,
  PartialDate: partialDate,
  ReportedDate: reportedDate,
  Party: party,
  Source: source,
  Citation: citation,
  Subject: subject,
  BreakdownPart: breakdownPart,
  Claim: claim,
  Terms: terms,
  Stated: stated,
  Statement: statement,
  AgreementTerm: agreementTerm,
  Agreement: agreement,
  Transfer: transfer,
  ExchangeStage: exchangeStage,
  Exchange: exchange,
  Category: category,
  Partition: partition,
  Taxonomy: taxonomy,
  TaxonomyExtension: taxonomyExtension,
  Crosswalk: crosswalk,
  Cohort: cohort,
  Lexicon: lexicon,
  Dataset: dataset,
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
