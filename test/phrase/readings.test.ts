// Readings added with the languages beyond English, Ukrainian and Russian: close bounds, hedges,
// remarks in brackets, Eastern Arabic digits and the parts of a breakdown.
import { describe, expect, it } from 'vitest';
import {
  explainCount,
  LexiconSchema,
  defaultLexicon,
  parseCount,
  safeParseCount,
  type Lexicon,
  type PhraseIssue,
} from '../../src/index.js';

const reads = (text: string, low: number, high: number | null, best?: number) => {
  const count = parseCount(text);
  expect(count, text).toMatchObject({ low, high, wording: text });
  expect('best' in count ? count.best : undefined, text).toBe(best);
};

describe('close bounds, hedges and remarks', () => {
  it('reads "just over N" as from N+1 to N plus the approximate share', () => {
    reads('just over 2,000', 2001, 2200);
    reads('slightly more than 50', 51, 55);
    reads('gut 2000', 2001, 2200);
    reads('poco más de 1.000', 1001, 1100);
    reads('чуть более 300', 301, 330);
    reads('just over 5', 6, 6);
    expect(explainCount('just over 2,000').entries).toEqual(['bounds["just over"] = just-over']);
  });

  it('reads "reportedly in the hundreds" as the magnitude, the hedge noted', () => {
    reads('reportedly in the hundreds', 200, 999);
    expect(explainCount('reportedly in the hundreds').entries).toEqual([
      'fillers["reportedly"]',
      'magnitudes["in the hundreds"] = 200..999',
    ]);
    reads('a total of 314 prisoners of war', 314, 314);
  });

  it('keeps a note in brackets and reads "(rough estimate)" after an exact figure as "about"', () => {
    reads('1,000 (planned)', 1000, 1000);
    reads('over 2,200 (preliminary)', 2201, null);
    reads('20,000 (rough estimate)', 18000, 22000, 20000);
    reads('about 40 (rough estimate)', 36, 44, 40);
    reads('hundreds (rough estimate)', 200, 999);
    expect(explainCount('1,000 (planned)').entries).toEqual(['remarks["planned"] = note']);
  });

  it('refuses an estimate remark after a bound or a range, pointing at the remark', () => {
    for (const [text, part] of [
      ['more than 20,000 (rough estimate)', '(rough estimate)'],
      ['200-300 (estimate)', '(estimate)'],
      ['up to 100 (estimated)', '(estimated)'],
    ] as const) {
      const result = safeParseCount(text);
      expect(result.success, text).toBe(false);
      if (!result.success)
        expect(result.error[0]).toMatchObject({ code: 'unreadable-phrase', part });
    }
    expect(safeParseCount('1,000 (a guess)').success).toBe(false);
  });

  it('reads Eastern Arabic digits and separators as digits', () => {
    reads('٢٠٠ أسير', 200, 200);
    reads('أكثر من ١٬٠٠٠ أسير', 1001, null);
    reads('نحو ۱۵۰', 135, 165, 150);
    reads('sekitar 1.500 tahanan', 1350, 1650, 1500);
    reads('yaklaşık 1.200', 1080, 1320, 1200);
    reads('حوالي 200 أسير', 180, 220, 200);
    reads('mehr als 300 Gefangene', 301, null);
    reads("1.000'den fazla", 1001, null);
  });
});

describe('a phrase with several figures reads as a breakdown', () => {
  it('gives each figure with who it counts, and their sum as the count', () => {
    const reading = explainCount('roughly 50 soldiers and 20 civilians');
    expect(reading.count).toMatchObject({ low: 63, high: 77, best: 70 });
    expect(reading.parts).toEqual([
      {
        count: {
          low: 45,
          high: 55,
          best: 50,
          wording: 'roughly 50 soldiers',
          lexicon: 'swapledger@1.0.0',
        },
        categoryWording: 'soldiers',
      },
      {
        count: {
          low: 18,
          high: 22,
          best: 20,
          wording: '20 civilians',
          lexicon: 'swapledger@1.0.0',
        },
        categoryWording: 'civilians',
      },
    ]);
  });

  it('keeps a joiner between words naming one group ("soldiers and sergeants")', () => {
    const reading = explainCount('36 soldiers and sergeants, 6 officers, 2 civilians');
    expect(reading.count).toMatchObject({ low: 44, high: 44 });
    expect(reading.parts?.map((p) => p.categoryWording)).toEqual([
      'soldiers and sergeants',
      'officers',
      'civilians',
    ]);
  });

  it('sums open bounds to an open bound and gives a best only where every part has one', () => {
    expect(parseCount('over 100 soldiers and 20 civilians')).toMatchObject({
      low: 122,
      high: null,
    });
    expect(parseCount('about 100 soldiers and 20 civilians (planned)')).toMatchObject({
      low: 108,
      high: 132,
      best: 120,
    });
    expect(parseCount('hundreds of soldiers and 20 civilians')).toEqual({
      low: 220,
      high: 1019,
      wording: 'hundreds of soldiers and 20 civilians',
      lexicon: 'swapledger@1.0.0',
    });
  });

  it('leaves parts out for a phrase with one figure, as before', () => {
    expect(explainCount('over 2,200 prisoners').parts).toBeUndefined();
    expect(explainCount('thousands, if not tens of thousands, of civilians').parts).toBeUndefined();
  });

  it('refuses figures that do not say who each counts, and ratios', () => {
    for (const text of ['50 and 20', '185 soldiers and 20', '50 soldiers and', '106 for 106']) {
      const result = safeParseCount(text);
      expect(result.success, text).toBe(false);
      if (!result.success) expect((result.error[0] as PhraseIssue).code).toBe('unreadable-phrase');
    }
  });
});

describe('the lexicon model', () => {
  it('validates the default lexicon and one without the optional tables', () => {
    expect(LexiconSchema.safeParse(defaultLexicon).success).toBe(true);
    const optional = new Set([
      'numeralSystems',
      'approximateNumbers',
      'fillers',
      'remarks',
      'partJoiners',
      'nounStems',
      'nounLinks',
    ]);
    const core = Object.fromEntries(
      Object.entries(defaultLexicon).filter(([key]) => !optional.has(key)),
    ) as unknown as Lexicon;
    const older: Lexicon = { ...core, id: 'older', version: '1' };
    expect(LexiconSchema.safeParse(older).success).toBe(true);
    expect(parseCount('over 2,200', { lexicon: older })).toMatchObject({ low: 2201, high: null });
    expect(safeParseCount('iki yüz', { lexicon: older }).success).toBe(false);
  });

  it('refuses a malformed numeral system with a path into it', () => {
    const broken = {
      ...defaultLexicon,
      numeralSystems: { xx: { numbers: { one: -1 } } },
    } as unknown as Lexicon;
    expect(safeParseCount('1', { lexicon: broken })).toMatchObject({
      success: false,
      error: [
        { code: 'invalid-option', path: ['lexicon', 'numeralSystems', 'xx', 'numbers', 'one'] },
      ],
    });
  });
});
