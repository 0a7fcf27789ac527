import type * as z from 'zod';
import { fast } from '../../validation/_lib/fast.js';
import { fromZod } from '../../validation/_lib/fromZod.js';
import { fail, ok } from '../../result/_lib/result.js';
import { safely } from '../../validation/_lib/safely.js';
import type { Result } from '../../result/Result.js';
import type { Issue } from '../../validation/Issue.js';

const KNOWN_FIELDS = ['low', 'high', 'best', 'wording', 'lexicon'] as const;
const ABSENT_FIELDS = ['status', 'wording'] as const;

/**
 * A count's check by `schema`, naming the fields of the form the value was aiming at (a value
 * with a `status` is told the fields of an unknown or undisclosed count). The one check behind
 * `safeAssertCount` and the count schema's Standard Schema.
 */
export function checkCount<S extends z.ZodType>(
  schema: S,
  input: unknown,
): Result<z.output<S>, readonly Issue[]> {
  return safely(() => {
    let parsed;
    try {
      parsed = fast(schema).safeParse(input);
    } catch {
      return fail([{ path: [], code: 'invalid-input', message: 'the value could not be read' }]);
    }
    if (parsed.success) return ok(parsed.data);
    const isAbsent = typeof input === 'object' && input !== null && Object.hasOwn(input, 'status');
    return fail(
      fromZod(parsed.error.issues, input, () => (isAbsent ? ABSENT_FIELDS : KNOWN_FIELDS)),
    );
  });
}
