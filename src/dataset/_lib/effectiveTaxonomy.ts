import type { Dataset } from '../Dataset.js';
import { defaultTaxonomy } from '../../taxonomy/defaultTaxonomy.js';
import { safeExtendTaxonomy } from '../../taxonomy/extendTaxonomy.js';
import type { Taxonomy } from '../../taxonomy/TaxonomySchema.js';

/**
 * The default taxonomy with a dataset's additions (the dataset is assumed validated). Made anew on
 * each call, and never kept beyond it: a taxonomy changed in place between two audits is read as
 * it now is. Callers that need it several times in one call make it once and pass it on.
 */
export function effectiveTaxonomy(dataset: Dataset): Taxonomy {
  if (!dataset.taxonomy) return defaultTaxonomy;
  const extended = safeExtendTaxonomy(defaultTaxonomy, dataset.taxonomy);
  return extended.success ? extended.data : defaultTaxonomy;
}
