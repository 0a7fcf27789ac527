import type { Count, KnownCount } from '../count/Count.js';
import * as messages from '../_lib/messages.js';
import { lexiconSnapshot } from './_lib/lexiconSnapshot.js';
import { MAX_PHRASE_LENGTH, readPhrase, type Interval } from './_lib/phraseParser.js';
import { codePointCount, codePointEnd } from '../_lib/codePoints.js';
import { fail, ok } from '../result/_lib/result.js';
import type { Result } from '../result/Result.js';
import { safely } from '../validation/_lib/safely.js';
import type { Issue } from '../validation/Issue.js';
import { defaultLexicon } from './defaultLexicon.js';
import type { ParseCountOptions } from './ParseCountOptions.js';
import type { PhraseIssue } from './PhraseIssue.js';
import type { PhraseReading } from './PhraseReading.js';

/** The `lexicon` option, read once; options that are not an object, or cannot be read, fail. */
function lexiconOption(options: unknown): Result<unknown, readonly Issue[]> {
  if (options === undefined || options === null) return ok(undefined);
  if (typeof options !== 'object') {
    return fail([
      { path: [], code: 'invalid-option', message: messages.optionsNotAnObject(options) },
    ]);
  }
  try {
    return ok((options as ParseCountOptions).lexicon);
  } catch {
    return fail([
      { path: ['lexicon'], code: 'invalid-option', message: messages.optionUnreadable('lexicon') },
    ]);
  }
}

/**
 * Reads the words a figure was given in into a {@link Count}, and says which lexicon entries
 * decided it. Never throws: text it cannot read gives a {@link PhraseIssue} naming the offending
 * part and its position, and options that cannot be read give an `invalid-option` issue. The
 * count keeps the original `wording` and the lexicon's `id@version`. A lexicon is checked the
 * first time it is used, and the frozen copy that was checked is what reads from then on.
 *
 * @param text - The figure as stated ("over 2,200", "сотні", "thousands if not tens of thousands").
 * @param options - The lexicon to read with; `defaultLexicon` when absent.
 * @returns The reading, or the issues that stopped it.
 * @example
 * ```ts
 * import { safeExplainCount } from 'swapledger';
 * const result = safeExplainCount('several hundred');
 * if (result.success) result.data.entries; // ['vagueMultiples["several"] = 3..9', 'multipliers["hundred"] = 100']
 * const breakdown = safeExplainCount('roughly 50 soldiers and 20 civilians');
 * if (breakdown.success) breakdown.data.parts?.map((p) => p.categoryWording); // ['soldiers', 'civilians']
 * ```
 */
export function safeExplainCount(
  text: string,
  options?: ParseCountOptions,
): Result<PhraseReading, readonly (PhraseIssue | Issue)[]> {
  // Whatever the arguments do when read (throwing getters, Proxies), nothing escapes as a throw.
  return safely(() => explain(text, options));
}

/** A read interval as a count, with the words it was read from and the lexicon's tag. */
function known(interval: Interval, wording: string, tag: string): KnownCount {
  const { low, high, best } = interval;
  return best === undefined
    ? { low, high, wording, lexicon: tag }
    : { low, high, best, wording, lexicon: tag };
}

function explain(
  text: string,
  options: ParseCountOptions | undefined,
): Result<PhraseReading, readonly (PhraseIssue | Issue)[]> {
  if (typeof text !== 'string') {
    return fail([{ path: [], code: 'invalid-type', message: messages.invalidType('text', text) }]);
  }
  // Counted in characters, as every length limit: only the first MAX_PHRASE_LENGTH are walked.
  const cut = text.length > MAX_PHRASE_LENGTH ? codePointEnd(text, MAX_PHRASE_LENGTH) : text.length;
  if (cut < text.length) {
    const issue: PhraseIssue = {
      path: [],
      code: 'too-long',
      message: messages.phraseTooLong(MAX_PHRASE_LENGTH, codePointCount(text)),
      // What lies past the limit, its first twenty characters, from where the limit falls.
      part: text.slice(cut, cut + codePointEnd(text.slice(cut, cut + 40), 20)),
      start: cut,
      end: text.length,
    };
    return fail([issue]);
  }
  const option = lexiconOption(options);
  if (!option.success) return option;
  const checked = lexiconSnapshot(option.data ?? defaultLexicon);
  if (!checked.success) return checked;
  const lexicon = checked.data;
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
    count = known(reading.interval, wording, tag);
    if (reading.parts !== undefined) {
      const parts = reading.parts.map((part) => ({
        count: known(part.interval, part.wording, tag),
        categoryWording: part.category,
      }));
      return ok({ count, entries: reading.entries, parts });
    }
  }
  return ok({ count, entries: reading.entries });
}
