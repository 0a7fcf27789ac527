import type * as z from 'zod';
import type { Result } from '../result/Result.js';
import type { Issue } from '../validation/Issue.js';
import { constructorOf, safeConstructorOf } from '../validation/_lib/construct.js';
import { StatementSchema, type Statement } from './StatementSchema.js';

/**
 * Checks the fields of a {@link Statement} and returns a fresh copy, or every issue found. Never
 * throws. What it names is checked by safeParseDataset.
 *
 * @param input - The fields of the record.
 * @returns The record, or the issues.
 * @example
 * ```ts
 * import { safeCreateStatement } from 'swapledger';
 * safeCreateStatement({ id: 's1', about: { type: 'outcome', exchange: 'x', outcome: 'aborted' }, source: 'ru-mod', citations: [] }).success; // true
 * ```
 */
export const safeCreateStatement: (
  input: z.input<typeof StatementSchema>,
) => Result<Statement, readonly Issue[]> = /* @__PURE__ */ safeConstructorOf(StatementSchema);

/**
 * Makes a {@link Statement}: checks its fields and returns a fresh copy; throwing twin of
 * {@link safeCreateStatement}.
 *
 * @param input - The fields of the record.
 * @returns The record.
 * @example
 * ```ts
 * import { createStatement } from 'swapledger';
 * const record = createStatement({ id: 's1', about: { type: 'outcome', exchange: 'x', outcome: 'aborted' }, source: 'ru-mod', citations: [] });
 * ```
 */
export const createStatement: (input: z.input<typeof StatementSchema>) => Statement =
  /* @__PURE__ */ constructorOf(StatementSchema);
