import {
  sheetMissingCell,
  sheetLeadingPlus,
  sheetNotANumber,
  sheetUnreadableFigure,
} from '../../_lib/messages.js';
import type { Count } from '../../count/Count.js';
import { exact } from '../../count/exact.js';
import { formatCount } from '../../count/formatCount.js';
import type { Lexicon } from '../../phrase/Lexicon.js';
import { safeParseCount } from '../../phrase/safeParseCount.js';
import type { Result } from '../../result/Result.js';

/** The cells that make a figure, read from a row. @internal */
export interface FigureCells {
  readonly figure: string;
  readonly exact: string;
  readonly number: string;
  readonly low: string;
  readonly high: string;
  readonly best: string;
  readonly lexicon: string;
  readonly status: string;
}

/** Which cell a figure's problem is about, and why. @internal */
export interface FigureProblem {
  readonly field: 'figure' | 'exact' | 'number' | 'low' | 'high' | 'best';
  readonly message: string;
}

/** A whole number of people written in a cell ("1,953", "1 953"), or undefined. @internal */
export function wholeNumber(text: string): number | undefined {
  const digits = text.trim().replace(/[\s\u00a0\u202f,]/g, '');
  if (!/^\d{1,15}$/.test(digits)) return undefined;
  return Number(digits);
}

const UNDISCLOSED = new Set(['undisclosed', 'true', 'yes']);

/**
 * Reads a row's figure. In order: a status of undisclosed or unknown; an interval given as
 * `low`/`high`/`best`; an `exact` number; else the words, read by the lexicon. Words with no
 * digit before a `number` cell are its qualifier ("at least" and 52): they are read together.
 * A remark in brackets at the end ("more than 20,000 (rough estimate)") is kept in the wording
 * but not read. The words stay on the count as its wording.
 *
 * @internal
 */
export function readFigure(
  cells: FigureCells,
  lexicon: Lexicon | undefined,
): Result<Count, FigureProblem> {
  const words = cells.figure.trim();
  const fail = (field: FigureProblem['field'], message: string) => ({
    success: false as const,
    error: { field, message },
  });
  const ok = (data: Count) => ({ success: true as const, data });
  const status = cells.status.trim().toLowerCase();
  if (UNDISCLOSED.has(status))
    return ok(words ? { status: 'undisclosed', wording: words } : { status: 'undisclosed' });
  if (status === 'unknown')
    return ok(words ? { status: 'unknown', wording: words } : { status: 'unknown' });
  if (cells.low.trim() !== '') {
    const low = wholeNumber(cells.low);
    if (low === undefined) return fail('low', sheetNotANumber(cells.low));
    const open = cells.high.trim() === '' || cells.high.trim() === 'open';
    const high = open ? null : wholeNumber(cells.high);
    if (high === undefined) return fail('high', sheetNotANumber(cells.high));
    const best = cells.best.trim() === '' ? undefined : wholeNumber(cells.best);
    if (best === undefined && cells.best.trim() !== '')
      return fail('best', sheetNotANumber(cells.best));
    return ok({
      low,
      high,
      ...(best === undefined ? {} : { best }),
      ...(words === '' ? {} : { wording: words }),
      ...(cells.lexicon.trim() === '' ? {} : { lexicon: cells.lexicon.trim() }),
    });
  }
  if (cells.exact.trim() !== '') {
    const n = wholeNumber(cells.exact);
    if (n === undefined) return fail('exact', sheetNotANumber(cells.exact));
    return ok(exact(n, words === '' ? undefined : { wording: words }));
  }
  const number = cells.number.trim() === '' ? undefined : wholeNumber(cells.number);
  if (number === undefined && cells.number.trim() !== '')
    return fail('number', sheetNotANumber(cells.number));
  if (words === '' && number === undefined) return fail('figure', sheetMissingCell('figure'));
  const phrases =
    words === ''
      ? [String(number)]
      : number !== undefined && !/\d/.test(words)
        ? [`${words} ${formatCount(exact(number))}`, words]
        : [words];
  if (words.startsWith('+')) return fail('figure', sheetLeadingPlus(words));
  let why = '';
  for (const phrase of phrases) {
    for (const attempt of [phrase, phrase.replace(/\s*\([^)]*\)\s*$/, '')]) {
      const read = safeParseCount(attempt, lexicon === undefined ? undefined : { lexicon });
      if (read.success)
        return ok('low' in read.data ? { ...read.data, wording: phrase } : read.data);
      why ||= read.error[0]?.message ?? '';
    }
  }
  return fail('figure', sheetUnreadableFigure(words, why));
}
