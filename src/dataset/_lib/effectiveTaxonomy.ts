import type { Dataset } from '../Dataset.js';
import { defaultTaxonomy } from '../../taxonomy/defaultTaxonomy.js';
import { safeExtendTaxonomy } from '../../taxonomy/extendTaxonomy.js';
import type { Taxonomy } from '../../taxonomy/TaxonomySchema.js';

const cache = new WeakMap<object, Taxonomy>();

/** The default taxonomy with a dataset's additions (the dataset is assumed validated). */
export function effectiveTaxonomy(dataset: Dataset): Taxonomy {
  if (!dataset.taxonomy) return defaultTaxonomy;
  const cached = cache.get(dataset.taxonomy);
  if (cached) return cached;
  const extended = safeExtendTaxonomy(defaultTaxonomy, dataset.taxonomy);
  const taxonomy = extended.success ? extended.data : defaultTaxonomy;
  cache.set(dataset.taxonomy, taxonomy);
  return taxonomy;
}
