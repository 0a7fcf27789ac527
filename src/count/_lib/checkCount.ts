import type * as z from 'zod';
import { fast } from '../../validation/_lib/fast.js';
import { fromZod } from '../../validation/_lib/fromZod.js';
import { fail, ok } from '../../result/_lib/result.js';
import { safely } from '../../validation/_lib/safely.js';
import type { Result } from '../../result/Result.js';
import type { Issue } from '../../validation/Issue.js';
import * as messages from '../../_lib/messages.js';

const given = (input: unknown, field: string): boolean =>
  typeof input === 'object' && input !== null && Object.hasOwn(input, field);

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
    const issues = fromZod(parsed.error.issues, input, () =>
      given(input, 'status') && !given(input, 'low') && !given(input, 'high')
        ? ABSENT_FIELDS
        : KNOWN_FIELDS,
    );
    // An object that mixes the two forms, or gives neither, is told what a count is: the field
    // lists of one form would contradict the other.
    const forms = ['low', 'high', 'status'].filter((f) => given(input, f));
    if (forms.includes('status') && forms.length > 1)
      return fail(
        issues.map((i) =>
          i.path.length === 1 && forms.includes(String(i.path[0]))
            ? { ...i, message: messages.countFormsMixed(forms) }
            : i,
        ),
      );
    if (forms.length === 0 && typeof input === 'object' && input !== null && !Array.isArray(input))
      return fail(
        issues.map((i) =>
          i.path.length === 1 && i.path[0] === 'status'
            ? { path: [], code: 'missing-field', message: messages.countFormMissing() }
            : i,
        ),
      );
    return fail(issues);
  });
}
