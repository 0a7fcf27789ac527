import type { Source } from '../source/SourceSchema.js';

/**
 * How much a claim counts in a weighted estimate, by the kind of its source.
 *
 * @example
 * ```ts
 * import { defaultSourceWeights, type SourceWeights } from 'swapledger';
 * const mine: SourceWeights = { ...defaultSourceWeights, outlet: 0.5 };
 * ```
 */
export type SourceWeights = Readonly<Record<Source['kind'], number>>;

/**
 * The default weights of a best estimate, by source kind. Mediators and international
 * organisations see both sides of an exchange and have least stake in either figure (3). Officials,
 * ministries and NGOs of the parties have direct knowledge of what their side received but a stake
 * in how it reads (2). Outlets and experts usually relay or estimate (1). Anonymous sources cannot
 * be checked (0.5). A preferred rank doubles a claim's weight, a deprecated one sets it to zero,
 * and a claim that copies another adds nothing.
 *
 * @example
 * ```ts
 * import { defaultSourceWeights } from 'swapledger';
 * defaultSourceWeights.mediator; // 3
 * ```
 */
export const defaultSourceWeights = {
  mediator: 3,
  'international-organisation': 3,
  official: 2,
  ministry: 2,
  ngo: 2,
  outlet: 1,
  expert: 1,
  anonymous: 0.5,
  joint: 2,
  'reference-work': 1,
  archive: 2,
} as const satisfies SourceWeights;
