// A dataset's envelope (format, title, description, licence) is checked by DatasetSchema alone:
// validateDataset, the NDJSON header and the schema must agree on it, whatever the text holds.
// Astral characters (emoji, CJK extension B) are one code point but two UTF-16 units, the place
// where a length counted twice over would part.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DatasetSchema, validateDataset } from '../../src/index.js';
import { validateNdjsonLines } from '../../src/dataset/_lib/ndjson.js';

const astral = fc.constantFrom('😀', '𠜎', '𝄞', 'é', 'a', '\u{10FFFF}');
/** Text of about the limits' length (300 and 4,000), in characters of one or two UTF-16 units. */
const text = (around: number) =>
  fc
    .tuple(astral, astral, fc.integer({ min: around - 3, max: around + 3 }), fc.nat({ max: 5 }))
    .map(([a, b, n, k]) => a.repeat(n - k) + b.repeat(k));

const envelope = fc
  .record(
    {
      format: fc.constantFrom('swapledger/1', 'swapledger/1', 'swapledger/1', 'swapledger/2', 1),
      title: fc.oneof(
        { weight: 4, arbitrary: text(300) },
        { weight: 4, arbitrary: fc.string({ unit: 'binary', maxLength: 320 }) },
        { weight: 1, arbitrary: fc.constant(7) },
      ),
      description: fc.oneof({ weight: 4, arbitrary: text(4000) }, fc.constant(null)),
      license: fc.oneof(text(300), fc.constant('CC-BY-4.0')),
      titel: fc.constant('a misspelt field'),
    },
    { requiredKeys: ['format'] },
  )
  .map((fields) => {
    // A misspelt field now and then, not so often that every envelope is refused for it.
    if (
      'titel' in fields &&
      (fields.title === undefined ||
        typeof fields.title !== 'string' ||
        fields.title.length % 4 !== 0)
    )
      delete fields.titel;
    return fields;
  });

const empty = { parties: [], sources: [], exchanges: [], claims: [] };

describe('the envelope', () => {
  it('gets the same verdict from DatasetSchema, validateDataset and an NDJSON header', async () => {
    let accepted = 0;
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(envelope, async (fields) => {
        const dataset = { ...fields, ...empty };
        const schema = DatasetSchema.safeParse(dataset).success;
        expect(validateDataset(dataset).success).toBe(schema);
        const header = await validateNdjsonLines([JSON.stringify({ header: fields })]);
        expect(header.issueCount === 0).toBe(schema);
        if (schema) accepted += 1;
        else refused += 1;
      }),
      { numRuns: 1000 },
    );
    // Both verdicts were reached often, so the agreement above means something.
    expect(accepted).toBeGreaterThan(50);
    expect(refused).toBeGreaterThan(50);
  }, 60_000);

  it('counts a title of 200 emoji as 200 characters, as the schema does', () => {
    const dataset = { format: 'swapledger/1', title: '😀'.repeat(200), ...empty };
    expect(DatasetSchema.safeParse(dataset).success).toBe(true);
    expect(validateDataset(dataset).success).toBe(true);
    const long = { ...dataset, title: '😀'.repeat(301) };
    expect(DatasetSchema.safeParse(long).success).toBe(false);
    expect(validateDataset(long)).toMatchObject({
      success: false,
      error: [{ path: ['title'], code: 'too-long' }],
    });
  });
});
