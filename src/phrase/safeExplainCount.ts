import type { Count } from '../count/Count.js';
import { fromZod } from '../validation/_lib/fromZod.js';
import * as messages from '../_lib/messages.js';
import { MAX_PHRASE_LENGTH, readPhrase } from './_lib/phraseParser.js';
import { fail, ok } from '../result/_lib/result.js';
import type { Result } from '../result/Result.js';
import type { Issue } from '../validation/Issue.js';
import { defaultLexicon } from './defaultLexicon.js';
import type { Lexicon } from './Lexicon.js';
import { LexiconSchema } from './LexiconSchema.js';
import type { ParseCountOptions } from './ParseCountOptions.js';
import type { PhraseIssue } from './PhraseIssue.js';
import type { PhraseReading } from './PhraseReading.js';

const checked = /* @__PURE__ */ new WeakSet<Lexicon>([defaultLexicon]);

function lexiconIssues(lexicon: Lexicon): readonly Issue[] {
  if (checked.has(lexicon)) return [];
  const parsed = LexiconSchema.safeParse(lexicon);
  if (parsed.success) {
    checked.add(lexicon);
    return [];
  }
  return fromZod(parsed.error.issues, lexicon).map((issue) => ({
    path: ['lexicon', ...issue.path],
    code: 'invalid-option' as const,
    message: messages.lexiconInvalid(issue.message),
  }));
}

/**
 * Reads the words a figure was given in into a {@link Count}, and says which lexicon entries
 * decided it. Never throws: text it cannot read gives a {@link PhraseIssue} naming the offending
 * part and its position. The count keeps the original `wording` and the lexicon's `id@version`.
 *
 * @param text - The figure as stated ("over 2,200", "сотні", "thousands if not tens of thousands").
 * @param options - The lexicon to read with; `defaultLexicon` when absent.
 * @returns The reading, or the issues that stopped it.
 * @example
 * ```ts
 * import { safeExplainCount } from 'swapledger';
 * const result = safeExplainCount('several hundred');
 * if (result.success) result.data.entries; // ['vagueMultiples["several"] = 3..9', 'multipliers["hundred"] = 100']
 * ```
 */
export function safeExplainCount(
  text: string,
  options?: ParseCountOptions,
): Result<PhraseReading, readonly (PhraseIssue | Issue)[]> {
  if (typeof text !== 'string') {
    return fail([{ path: [], code: 'invalid-type', message: messages.invalidType('text', text) }]);
  }
  if (text.length > MAX_PHRASE_LENGTH) {
    const issue: PhraseIssue = {
      path: [],
      code: 'too-long',
      message: messages.phraseTooLong(MAX_PHRASE_LENGTH, text.length),
      part: text.slice(MAX_PHRASE_LENGTH, MAX_PHRASE_LENGTH + 20),
      start: MAX_PHRASE_LENGTH,
      end: text.length,
    };
    return fail([issue]);
  }
  const lexicon = options?.lexicon ?? defaultLexicon;
  const problems = lexiconIssues(lexicon);
  if (problems.length > 0) return fail(problems);
  const reading = readPhrase(text, lexicon);
  if ('code' in reading) return fail([reading]);
  const wording = text.trim();
  const tag = `${lexicon.id}@${lexicon.version}`;
  let count: Count;
  if (reading.kind === 'absent') {
    count =
      reading.status === 'zero'
        ? { low: 0, high: 0, wording, lexicon: tag }
        : { status: reading.status, wording };
  } else {
    const { low, high, best } = reading.interval;
    count =
      best === undefined
        ? { low, high, wording, lexicon: tag }
        : { low, high, best, wording, lexicon: tag };
  }
  return ok({ count, entries: reading.entries });
}
