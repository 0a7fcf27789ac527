import type * as z from 'zod';
import type { Result } from '../result/Result.js';
import type { Issue } from '../validation/Issue.js';
import { constructorOf, safeConstructorOf } from '../validation/_lib/construct.js';
import { SourceSchema, type Source } from './SourceSchema.js';

/**
 * Checks the fields of a {@link Source} and returns a fresh copy, or every issue found. Never
 * throws. An anonymous source has kind `anonymous` and its description as its name.
 *
 * @param input - The fields of the record.
 * @returns The record, or the issues.
 * @example
 * ```ts
 * import { safeCreateSource } from 'swapledger';
 * safeCreateSource({ id: 'ru-mod-source', name: 'a source in the Russian Defence Ministry', kind: 'anonymous', affiliation: 'RU' }).success; // true
 * ```
 */
export const safeCreateSource: (
  input: z.input<typeof SourceSchema>,
) => Result<Source, readonly Issue[]> = /* @__PURE__ */ safeConstructorOf(SourceSchema);

/**
 * Makes a {@link Source}: checks its fields and returns a fresh copy; throwing twin of
 * {@link safeCreateSource}.
 *
 * @param input - The fields of the record.
 * @returns The record.
 * @example
 * ```ts
 * import { createSource } from 'swapledger';
 * const record = createSource({ id: 'ru-mod-source', name: 'a source in the Russian Defence Ministry', kind: 'anonymous', affiliation: 'RU' });
 * ```
 */
export const createSource: (input: z.input<typeof SourceSchema>) => Source =
  /* @__PURE__ */ constructorOf(SourceSchema);
