// Bounds that sit just below a figure, and decimal marks with no scale word: readings a user's
// trial and an attack found wrong ("just under 2,000" allowed 2,000; "1,0000" read as 1).
import { describe, expect, it } from 'vitest';
import { safeParseCount } from '../../src/index.js';

const read = (phrase: string) => {
  const r = safeParseCount(phrase);
  if (!r.success) return r.error[0]?.code;
  return 'low' in r.data ? { low: r.data.low, high: r.data.high } : r.data.status;
};

describe('just below a figure', () => {
  it('never reaches the figure itself', () => {
    expect(read('just under 2,000')).toEqual({ low: 1800, high: 1999 });
    expect(read('knapp unter 2.000')).toEqual({ low: 1800, high: 1999 });
    expect(read('un peu moins de 300')).toEqual({ low: 270, high: 299 });
    expect(read('poco menos de 300')).toEqual({ low: 270, high: 299 });
    // "almost" may reach it, as documented.
    expect(read('almost 300')).toEqual({ low: 270, high: 300 });
    expect(read('just under 0')).toBe('unreadable-phrase');
  });
});

describe('a decimal mark with no scale word', () => {
  it('is refused, whatever follows it', () => {
    for (const phrase of ['1,0000', '10,0', '2,5', '1.5', '100.00'])
      expect(read(phrase), phrase).toBe('ambiguous-number');
    // Thousands separators and decimals with a scale word still read.
    expect(read('12.345')).toEqual({ low: 12345, high: 12345 });
    expect(read('2.2 thousand')).toEqual({ low: 2150, high: 2249 });
  });
});
