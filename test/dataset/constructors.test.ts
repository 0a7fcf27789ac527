import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createAgreement,
  createCitation,
  createClaim,
  createCohort,
  createExchange,
  createParty,
  createSource,
  createTransfer,
  safeCreateClaim,
  safeCreateParty,
  SwapledgerError,
} from '../../src/index.js';

describe('record constructors', () => {
  it('return fresh, valid copies', () => {
    const input = {
      id: 'wagner',
      name: 'PMC Wagner',
      kind: 'private-military-company',
      alignedWith: 'RU',
    } as const;
    const party = createParty(input);
    expect(party).toEqual(input);
    expect(party).not.toBe(input);
    expect(
      createSource({
        id: 's',
        name: 'a source in the Russian Defence Ministry',
        kind: 'anonymous',
        affiliation: 'RU',
      }).kind,
    ).toBe('anonymous');
    expect(createCitation({ url: 'https://example.org/a', reportedBy: 'outlet' }).reportedBy).toBe(
      'outlet',
    );
    expect(createAgreement({ id: 'a', parties: ['UA', 'RU'], terms: [] }).terms).toEqual([]);
    expect(
      createExchange({
        id: 'x',
        parties: ['UA', 'RU'],
        status: 'aborted',
        stages: [{ on: '2023' }],
        transfers: [],
      }).status,
    ).toBe('aborted');
    expect(
      createTransfer({
        id: 't',
        from: 'UA',
        to: 'TR',
        category: 'officer',
        count: { low: 5, high: 5 },
        legalBasis: 'custody-transfer',
      }).legalBasis,
    ).toBe('custody-transfer');
    expect(
      createCohort({ id: 'c', name: 'a group', knownSize: { status: 'unknown' } }).knownSize,
    ).toEqual({ status: 'unknown' });
  });

  it('report every problem with a path, or throw it from the twin', () => {
    const result = safeCreateClaim({
      id: 'c',
      subject: { type: 'held', holder: 'RU', of: 'UA' },
      value: { low: 3, high: 1 },
      source: 's',
      citations: [{ url: 'nope' }],
    });
    expect(result.success ? [] : result.error.map((i) => [i.path, i.code])).toEqual([
      [['value', 'low'], 'low-above-high'],
      [['citations', 0, 'url'], 'invalid-format'],
    ]);
    expect(() => createClaim({ id: 'c' } as never)).toThrow(SwapledgerError);
  });

  it('never throw from the safe form', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        expect(safeCreateParty(input as never).success).toBe(false);
      }),
    );
  });
});
