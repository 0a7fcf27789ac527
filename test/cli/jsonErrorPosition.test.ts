import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonErrorPosition } from '../../src/cli/jsonErrorPosition.js';

const parses = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe('jsonErrorPosition', () => {
  it('points at the first character that cannot be read', () => {
    expect(jsonErrorPosition('{"a": [,]}')).toBe(7);
    expect(jsonErrorPosition('{"a": 1,}')).toBe(8);
    expect(jsonErrorPosition('{"a" 1}')).toBe(5);
    expect(jsonErrorPosition('[1, 2')).toBe(5);
    expect(jsonErrorPosition('"unterminated')).toBe(13);
    expect(jsonErrorPosition('{"a": 1} trailing')).toBe(9);
    expect(jsonErrorPosition('')).toBe(0);
  });

  it('finds no error in valid JSON, and one wherever JSON.parse fails', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        expect(jsonErrorPosition(text)).toBeUndefined();
      }),
    );
    fc.assert(
      fc.property(
        fc.json(),
        fc.nat(),
        fc.constantFrom(',', '}', ']', '"', ':', 'x', ''),
        (text, at, junk) => {
          const broken =
            text.slice(0, at % (text.length + 1)) + junk + text.slice((at % (text.length + 1)) + 1);
          const position = jsonErrorPosition(broken);
          expect(position === undefined).toBe(parses(broken));
        },
      ),
    );
  });

  it('survives deep nesting', () => {
    expect(jsonErrorPosition(`${'['.repeat(200_000)}${']'.repeat(200_000)}`)).toBeUndefined();
    expect(jsonErrorPosition(`${'['.repeat(200_000)}`)).toBe(200_000);
  });
});
