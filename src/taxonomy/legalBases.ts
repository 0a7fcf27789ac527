import { pure } from '../_lib/pure.js';
import type { LegalReference } from './TaxonomySchema.js';

/**
 * The legal bases a transfer can rest on, each with the treaty articles it is keyed to where
 * there are any.
 *
 * @example
 * ```ts
 * import { legalBases } from 'swapledger';
 * legalBases['repatriation-of-wounded'].legal[0]?.articles; // ['109', '110']
 * ```
 */
export const legalBases = {
  exchange: { label: 'exchange of prisoners during hostilities', legal: [] },
  'repatriation-of-wounded': {
    label: 'direct repatriation of the seriously wounded and sick during hostilities',
    legal: [{ instrument: 'GC III', articles: ['109', '110'] }],
  },
  'release-after-hostilities': {
    label: 'release and repatriation after the end of active hostilities',
    legal: [{ instrument: 'GC III', articles: ['118'] }],
  },
  'release-of-civilians': {
    label: 'release of interned or detained civilians',
    legal: [{ instrument: 'GC IV', articles: ['132', '133', '134'] }],
  },
  'unilateral-release': { label: 'release by one side without a counterpart', legal: [] },
  'sentence-transfer': { label: 'transfer of a sentenced person', legal: [] },
  'custody-transfer': {
    label: 'handover into the custody of a third country',
    legal: [{ instrument: 'GC III', articles: ['12'] }],
  },
  'return-of-remains': {
    label: 'return of the remains of the dead',
    legal: [{ instrument: 'AP I', articles: ['34'] }],
  },
  other: { label: 'another basis, described in the note', legal: [] },
} as const satisfies Record<string, { label: string; legal: readonly LegalReference[] }>;

/**
 * A key of {@link legalBases}.
 *
 * @example
 * ```ts
 * import type { LegalBasis } from 'swapledger';
 * const basis: LegalBasis = 'exchange';
 * ```
 */
export type LegalBasis = keyof typeof legalBases;

/**
 * The keys of {@link legalBases}, as a list for schemas.
 *
 * @since 0.2.0
 * @category Exchanges
 * @example
 * ```ts
 * import { LEGAL_BASIS_KEYS } from 'swapledger';
 * LEGAL_BASIS_KEYS.includes('exchange'); // true
 * ```
 */
export const LEGAL_BASIS_KEYS = /* @__PURE__ */ pure(
  () => Object.keys(legalBases) as [LegalBasis, ...LegalBasis[]],
);
