import type { PartialDate } from '../../date/PartialDate.js';
import type { Claim } from '../ClaimSchema.js';

/**
 * The date a claim's figure is placed at: the date it refers to, or else the date it was stated
 * (a figure given with no "as of" is taken to be current when given).
 */
export const claimDate = (claim: Claim): PartialDate | undefined => claim.asOf ?? claim.statedOn;
