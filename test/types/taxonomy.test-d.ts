// Type-level tests, compiled by `npm run typecheck`: a taxonomy written `as const`, or frozen, is
// taken by every function that only reads one, and a parsed `Taxonomy` still is.
import { expectTypeOf } from 'expect-type';
import type { ReadonlyTaxonomy, Taxonomy } from '../../src/index.js';
import {
  categoriesDisjoint,
  categoryRoot,
  exchangeRatio,
  extendTaxonomy,
  isCategoryWithin,
  ledger,
  receivedBy,
  safeExtendTaxonomy,
} from '../../src/index.js';
import { loadSampleDataset } from '../../src/sample/index.js';

const mine = {
  id: 'mine',
  version: '1',
  categories: [
    { id: 'people', label: 'people', parent: null },
    {
      id: 'military',
      label: 'military',
      parent: 'people',
      legal: [{ instrument: 'GC III', articles: ['4'] }],
    },
    { id: 'civilian', label: 'civilians', parent: 'people' },
  ],
  partitions: [
    {
      id: 'status',
      label: 'by status',
      of: 'people',
      parts: ['military', 'civilian'],
      complete: true,
    },
  ],
} as const;
const frozen: ReadonlyTaxonomy = Object.freeze(mine);

isCategoryWithin('military', 'people', mine);
categoryRoot('military', mine);
categoriesDisjoint(['military', 'civilian'], mine);
extendTaxonomy(mine, { categories: [{ id: 'medic', label: 'medics', parent: 'military' }] });
safeExtendTaxonomy(frozen, {});
const sample = loadSampleDataset();
const exchange = sample.exchanges[0];
if (exchange) exchangeRatio(exchange, ['UA', 'RU'], 'people', mine);
receivedBy(ledger(sample), 'UA', { taxonomy: frozen });

// Every Taxonomy is a ReadonlyTaxonomy, and what extending returns is a Taxonomy to go on with.
expectTypeOf<Taxonomy>().toExtend<ReadonlyTaxonomy>();
expectTypeOf(extendTaxonomy(mine, {})).toEqualTypeOf<Taxonomy>();
// Read-only all the way down: no list of it can be pushed to.
// @ts-expect-error the categories of a ReadonlyTaxonomy cannot be changed
frozen.categories.push({ id: 'x', label: 'x', parent: null });
// @ts-expect-error nor the parts of its partitions
frozen.partitions[0]?.parts.push('x');

// The extension too: written `as const` and kept in a variable, it is taken as it is.
const medics = {
  categories: [{ id: 'medic', label: 'medics', parent: 'military' }],
  addParts: [{ partition: 'status', parts: ['medic'] }],
} as const;
extendTaxonomy(mine, medics);
safeExtendTaxonomy(frozen, medics);
