import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  defaultLexicon,
  explainCount,
  LexiconSchema,
  parseCount,
  safeExplainCount,
  safeParseCount,
  SwapledgerError,
  validateCount,
  type KnownCount,
  type Lexicon,
  type PhraseIssue,
} from '../../src/index.js';
import { phrasings, unreadable } from './phrasings.js';

const TAG = `${defaultLexicon.id}@${defaultLexicon.version}`;

describe('parseCount on real phrasings', () => {
  it('has a table of at least 80 phrasings', () => {
    expect(phrasings.length).toBeGreaterThanOrEqual(80);
  });

  it.each(phrasings)('reads %j', (text, [low, high, best]) => {
    const count = parseCount(text) as KnownCount;
    expect({ low: count.low, high: count.high, best: count.best }).toEqual({ low, high, best });
    expect(count.wording).toBe(text.trim());
    expect(count.lexicon).toBe(TAG);
    expect(validateCount(count).success).toBe(true);
  });

  it.each(unreadable)('refuses %j, pointing at %j', (text, part, code) => {
    const result = safeParseCount(text);
    expect(result.success).toBe(false);
    if (result.success) return;
    const issue = result.error[0] as PhraseIssue;
    expect(issue.code).toBe(code);
    expect(issue.part).toBe(part);
    expect(text.slice(issue.start, issue.end)).toBe(part);
    expect(issue.message).toContain(`position ${issue.start}`);
    expect(() => parseCount(text)).toThrow(SwapledgerError);
  });

  it('reads absence as absence, not as zero', () => {
    expect(parseCount('unknown')).toEqual({ status: 'unknown', wording: 'unknown' });
    expect(parseCount('not disclosed')).toEqual({
      status: 'undisclosed',
      wording: 'not disclosed',
    });
    expect(parseCount('number not disclosed')).toMatchObject({ status: 'undisclosed' });
    expect(parseCount('none')).toMatchObject({ low: 0, high: 0 });
  });

  it('refuses empty and oversized text', () => {
    expect(safeParseCount('   ')).toMatchObject({
      success: false,
      error: [{ code: 'unreadable-phrase' }],
    });
    expect(safeParseCount('1'.repeat(501))).toMatchObject({
      success: false,
      error: [{ code: 'too-long' }],
    });
    // Characters, not UTF-16 units: 251 emoji are 251 characters, within the limit of 500.
    const emoji = '\u{1F600}';
    for (const text of [emoji.repeat(251), `${'1'.repeat(499)}${emoji}`]) {
      const within = safeParseCount(text);
      expect(within.success ? '' : within.error[0]?.code, text.slice(0, 8)).not.toBe('too-long');
    }
    expect(safeParseCount(emoji.repeat(530))).toMatchObject({
      success: false,
      error: [
        {
          code: 'too-long',
          message: "a figure's wording is at most 500 characters; this one has 530",
          // Past the limit from its first whole character: no unpaired half of one.
          part: emoji.repeat(20),
          start: 1000,
          end: 1060,
        },
      ],
    });
    expect(safeParseCount(44 as unknown as string)).toMatchObject({
      success: false,
      error: [{ code: 'invalid-type' }],
    });
  });
});

describe('explainCount', () => {
  it('names the lexicon entries that decided the reading', () => {
    expect(explainCount('over 2,200').entries).toEqual(['bounds["over"] = more-than']);
    expect(explainCount('сотні').entries).toEqual(['magnitudes["сотні"] = 200..999']);
    expect(explainCount('several hundred').entries).toEqual([
      'vagueMultiples["several"] = 3..9',
      'multipliers["hundred"] = 100',
    ]);
    expect(safeExplainCount('a lot').success).toBe(false);
  });
});

describe('the lexicon is data and can be replaced', () => {
  it('validates the default lexicon', () => {
    expect(LexiconSchema.safeParse(defaultLexicon).success).toBe(true);
  });

  it('uses a replacement lexicon and records its version', () => {
    const strict: Lexicon = {
      ...defaultLexicon,
      id: 'newsroom',
      version: '2',
      approximateShare: 0.05,
      magnitudes: { ...defaultLexicon.magnitudes, hundreds: { low: 100, high: 900 } },
    };
    expect(parseCount('hundreds', { lexicon: strict })).toMatchObject({
      low: 100,
      high: 900,
      lexicon: 'newsroom@2',
    });
    expect(parseCount('about 40', { lexicon: strict })).toMatchObject({
      low: 38,
      high: 42,
      best: 40,
    });
    expect(parseCount('hundreds')).toMatchObject({ low: 200, high: 999 });
  });

  it("refuses keys that name an object's machinery in the lexicon's maps", () => {
    for (const key of ['constructor', 'prototype']) {
      const lexicon = structuredClone(defaultLexicon) as Lexicon & {
        numbers: Record<string, number>;
      };
      lexicon.numbers[key] = 5;
      expect(LexiconSchema.safeParse(lexicon).success, key).toBe(false);
      expect(safeParseCount(key, { lexicon })).toMatchObject({
        success: false,
        error: [{ code: 'invalid-option', path: ['lexicon', 'numbers', key] }],
      });
    }
  });

  it('refuses a malformed lexicon with a path into it', () => {
    const broken = { ...defaultLexicon, approximateShare: 3 } as Lexicon;
    const result = safeParseCount('about 40', { lexicon: broken });
    expect(result).toMatchObject({
      success: false,
      error: [{ code: 'invalid-option', path: ['lexicon', 'approximateShare'] }],
    });
  });
});

describe('parseCount never throws from its safe form', () => {
  it('on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        const result = safeParseCount(text);
        if (result.success) expect(validateCount(result.data).success).toBe(true);
        else expect(result.error[0]?.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });

  it('on text built from lexicon words and numbers', () => {
    const words = [
      ...Object.keys(defaultLexicon.bounds),
      ...Object.keys(defaultLexicon.magnitudes),
      ...Object.keys(defaultLexicon.numbers),
      ...Object.keys(defaultLexicon.multipliers),
      ...defaultLexicon.disjunctions,
      'and',
      'to',
      '-',
      '(',
      ')',
      ',',
      '2,200',
      '44',
      '1.5',
      '36th',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 6 }), (parts) => {
        const result = safeParseCount(parts.join(' '));
        if (result.success) {
          expect(validateCount(result.data).success).toBe(true);
        } else {
          const issue = result.error[0] as PhraseIssue;
          expect(issue.start).toBeGreaterThanOrEqual(0);
          expect(issue.end).toBeLessThanOrEqual(parts.join(' ').length);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('reads any written number back exactly', () => {
    fc.assert(
      fc.property(fc.nat(Number.MAX_SAFE_INTEGER), (n) => {
        const grouped = n.toLocaleString('en-US');
        expect(parseCount(grouped)).toMatchObject({ low: n, high: n });
        expect(parseCount(String(n))).toMatchObject({ low: n, high: n });
      }),
    );
  });
});
