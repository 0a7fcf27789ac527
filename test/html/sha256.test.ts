// The page's content security policy names its script and style by SHA-256, computed by the
// package's own code (library code uses no Node built-in). Held here against node:crypto on
// arbitrary text, lengths around the 64-byte block edges included.
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256Base64 } from '../../src/html/_lib/sha256.js';

const node = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');

describe('sha256Base64', () => {
  it('gives node:crypto’s digest of any text, in UTF-8', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expect(sha256Base64(text)).toBe(node(text));
      }),
      { numRuns: 500 },
    );
  });

  it('gives it at every length across the block edges, and for lone surrogates', () => {
    for (let n = 0; n <= 200; n += 1) expect(sha256Base64('x'.repeat(n))).toBe(node('x'.repeat(n)));
    for (const text of ['\uD800', 'a\uDFFFb', '\uD83D\uDE00', 'é'.repeat(33)])
      expect(sha256Base64(text)).toBe(node(text));
  });
});
