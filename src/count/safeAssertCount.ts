import { fast } from '../validation/_lib/fast.js';
import { fromZod } from '../validation/_lib/fromZod.js';
import { fail, ok } from '../result/_lib/result.js';
import { safely } from '../validation/_lib/safely.js';
import type { Result } from '../result/Result.js';
import type { Issue } from '../validation/Issue.js';
import type { Count } from './Count.js';
import { CountSchema } from './CountSchema.js';

const KNOWN_FIELDS = ['low', 'high', 'best', 'wording', 'lexicon'] as const;
const ABSENT_FIELDS = ['status', 'wording'] as const;

/**
 * Checks that an unknown value is a {@link Count}. Never throws; on failure returns every problem
 * with its path, code and message.
 *
 * @param input - Any value, typically parsed JSON.
 * @returns The count, or the list of issues.
 * @example
 * ```ts
 * import { safeAssertCount } from 'swapledger';
 * const result = safeAssertCount({ low: 44, high: 36 });
 * if (!result.success) console.log(result.error[0]?.code); // 'low-above-high'
 * ```
 */
export function safeAssertCount(input: unknown): Result<Count, readonly Issue[]> {
  return safely(() => check(input));
}

function check(input: unknown): Result<Count, readonly Issue[]> {
  let parsed;
  try {
    parsed = fast(CountSchema).safeParse(input);
  } catch {
    return fail([{ path: [], code: 'invalid-input', message: 'the value could not be read' }]);
  }
  if (parsed.success) return ok(parsed.data);
  const isAbsent = typeof input === 'object' && input !== null && Object.hasOwn(input, 'status');
  return fail(fromZod(parsed.error.issues, input, () => (isAbsent ? ABSENT_FIELDS : KNOWN_FIELDS)));
}
