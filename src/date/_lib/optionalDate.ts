import { pure } from '../../_lib/pure.js';
import { PartialDateSchema } from '../PartialDateSchema.js';

// Shared by every record with an optional date, like the wrappers in src/_lib/fields.ts: zod builds
// each wrapper when the package loads, and one instance makes importing the package cheaper.
/** An optional {@link PartialDateSchema} field. */
export const OptionalDateSchema = /* @__PURE__ */ pure(() => PartialDateSchema.exactOptional());
