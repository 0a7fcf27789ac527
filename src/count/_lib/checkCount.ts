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
// What tells one form from the other, and every field of either.
const FORM_FIELDS = ['low', 'high', 'status'] as const;
const COUNT_FIELDS = new Set<string>([...KNOWN_FIELDS, ...ABSENT_FIELDS]);

/**
 * A count's check by `schema`, naming the fields of the form the value was aiming at (a value
 * with a `status` and neither `low` nor `high` is told the fields of an unknown or undisclosed
 * count). A value that mixes the two forms is told to give one, and one that gives neither what a
 * count needs: the field list of either form would contradict the other. The one check behind
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
    const forms = FORM_FIELDS.filter((f) => given(input, f));
    // Issues about fields of either form say nothing true of a value that is neither; issues
    // about other fields (one of no form at all) stay.
    const others = () => issues.filter((i) => !COUNT_FIELDS.has(String(i.path[0] ?? '')));
    if (forms.includes('status') && forms.length > 1)
      return fail([
        { path: [], code: 'unknown-field', message: messages.countFormsMixed(forms) },
        ...others(),
      ]);
    if (forms.length === 0 && typeof input === 'object' && input !== null && !Array.isArray(input))
      return fail([
        { path: [], code: 'missing-field', message: messages.countFormMissing() },
        ...others(),
      ]);
    return fail(issues);
  });
}
