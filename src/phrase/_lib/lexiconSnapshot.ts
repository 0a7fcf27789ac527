import { deepFreeze } from '../../_lib/deepFreeze.js';
import * as messages from '../../_lib/messages.js';
import { fail, ok } from '../../result/_lib/result.js';
import type { Result } from '../../result/Result.js';
import { fromZod } from '../../validation/_lib/fromZod.js';
import type { Issue } from '../../validation/Issue.js';
import type { Lexicon } from '../Lexicon.js';
import { LexiconSchema } from '../LexiconSchema.js';

/** Each lexicon object a caller passed, and the frozen copy of it that was checked. */
const snapshots = /* @__PURE__ */ new WeakMap<object, Lexicon>();

/**
 * The lexicon to read with. A lexicon is checked the first time it is used, and what was checked
 * is kept: validation reads every entry once (through getters and Proxies alike) into a new, plain
 * object, which is frozen and used from then on for that lexicon object. Changing the object
 * later, or getters that answer differently on a second read, cannot change a reading; a getter
 * or Proxy trap that throws gives an issue.
 */
export function lexiconSnapshot(lexicon: unknown): Result<Lexicon, readonly Issue[]> {
  const key = lexicon !== null && typeof lexicon === 'object' ? lexicon : undefined;
  const known = key === undefined ? undefined : snapshots.get(key);
  if (known !== undefined) return ok(known);
  const parsed = LexiconSchema.safeParse(lexicon);
  if (!parsed.success) {
    return fail(
      fromZod(parsed.error.issues, lexicon).map((issue) => ({
        path: ['lexicon', ...issue.path],
        code: 'invalid-option' as const,
        message: messages.lexiconInvalid(issue.message),
      })),
    );
  }
  // zod builds its output afresh (objects, records, arrays): it shares nothing with the input.
  const snapshot = deepFreeze(parsed.data);
  if (key !== undefined) snapshots.set(key, snapshot);
  return ok(snapshot);
}
