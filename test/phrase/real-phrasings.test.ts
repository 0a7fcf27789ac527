import { describe, expect, it } from 'vitest';
import {
  defaultLexicon,
  explainCount,
  parseCount,
  validateCount,
  type KnownCount,
} from '../../src/index.js';
import { realPhrasings } from './real-phrasings.js';

const TAG = `${defaultLexicon.id}@${defaultLexicon.version}`;

describe('real phrasings from reporting on exchanges', () => {
  it('has at least 200 phrasings in at least 9 languages, each with its page', () => {
    expect(realPhrasings.length).toBeGreaterThanOrEqual(200);
    expect(new Set(realPhrasings.map((row) => row.language)).size).toBeGreaterThanOrEqual(9);
    for (const row of realPhrasings) expect(row.url).toMatch(/^https?:\/\/\S+$/);
  });

  it.each(realPhrasings.map((row) => [row.language, row.phrase, row] as const))(
    '[%s] reads %j',
    (_, phrase, { expected }) => {
      const count = parseCount(phrase) as KnownCount;
      expect({ low: count.low, high: count.high, best: count.best }).toEqual({
        low: expected.low,
        high: expected.high,
        best: expected.best,
      });
      expect(count.wording).toBe(phrase.trim());
      expect(count.lexicon).toBe(TAG);
      expect(validateCount(count).success).toBe(true);
      const { parts } = explainCount(phrase);
      if (expected.parts === undefined) {
        expect(parts).toBeUndefined();
      } else {
        expect(parts?.map((p) => [p.count.low, p.categoryWording])).toEqual(expected.parts);
        for (const part of parts ?? []) {
          expect(part.count.high).toBe(part.count.low);
          expect(validateCount(part.count).success).toBe(true);
        }
      }
    },
  );
});
