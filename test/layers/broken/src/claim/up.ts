// A record reaching up into an analysis.
import { audit } from '../audit/audit.js';
export const up = audit;
