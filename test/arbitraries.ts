// fast-check generators shared by the property tests.
import fc from 'fast-check';
import type { KnownCount } from '../src/index.js';

/** Headcounts small enough that sums of a few never overflow, large enough to be realistic. */
export const headcount = fc.integer({ min: 0, max: 10_000_000 });

/** Any known count: exact, bounded or open-ended, with or without a best estimate. */
export const knownCount: fc.Arbitrary<KnownCount> = fc
  .tuple(
    headcount,
    fc.option(fc.integer({ min: 0, max: 10_000_000 }), { nil: null }),
    fc.boolean(),
    fc.nat(),
  )
  .map(([low, width, withBest, pick]) => {
    const high = width === null ? null : low + width;
    if (!withBest || high === low) return { low, high };
    const span = high === null ? 1000 : high - low;
    return { low, high, best: low + (pick % (span + 1)) };
  });

/** A count with an upper bound. */
export const boundedCount: fc.Arbitrary<KnownCount> = knownCount.filter((c) => c.high !== null);

/** A valid partial date at year, month or day precision. */
export const partialDate = fc
  .tuple(
    fc.integer({ min: 1, max: 9999 }),
    fc.integer({ min: 0, max: 12 }),
    fc.integer({ min: 0, max: 31 }),
  )
  .map(([year, month, day]) => {
    const y = String(year).padStart(4, '0');
    if (month === 0) return y;
    const m = String(month).padStart(2, '0');
    if (day === 0) return `${y}-${m}`;
    // The platform calendar is the oracle: day 0 of the next month is the last of this one.
    const probe = new Date(0);
    probe.setUTCFullYear(year, month, 0);
    const last = probe.getUTCDate();
    return `${y}-${m}-${String(Math.min(day, last)).padStart(2, '0')}`;
  }) as fc.Arbitrary<`${number}`>;

// ---------------------------------------------------------------------------------------------
// Whole datasets, valid by construction: every reference points at a record that exists.
import type { Claim, Dataset, Exchange, Statement } from '../src/index.js';

const CATEGORIES = ['people', 'military', 'civilian', 'officer', 'enlisted', 'remains'] as const;

export const validDataset: fc.Arbitrary<Dataset> = fc
  .record({
    partyCount: fc.integer({ min: 2, max: 5 }),
    sourceCount: fc.integer({ min: 1, max: 5 }),
    exchanges: fc.array(
      fc.record({
        date: partialDate,
        transfers: fc.array(
          fc.record({
            count: knownCount,
            category: fc.constantFrom(...CATEGORIES),
            flip: fc.boolean(),
          }),
          { maxLength: 3 },
        ),
      }),
      { maxLength: 4 },
    ),
    claims: fc.array(
      fc.record({
        value: knownCount,
        pickSource: fc.nat(),
        pickExchange: fc.nat(),
        pickParty: fc.nat(),
        held: fc.boolean(),
        kind: fc.constantFrom('count', 'count', 'count', 'exchanged-total', 'died', 'listed'),
        stated: fc.option(partialDate, { nil: undefined }),
      }),
      { maxLength: 8 },
    ),
    statements: fc.array(
      fc.record({
        type: fc.constantFrom('role', 'date', 'ordinal', 'outcome', 'terms'),
        pickSource: fc.nat(),
        pickExchange: fc.nat(),
        pickParty: fc.nat(),
        on: partialDate,
        n: fc.integer({ min: 1, max: 2000 }),
      }),
      { maxLength: 4 },
    ),
  })
  .map(({ partyCount, sourceCount, exchanges, claims, statements }) => {
    const parties = Array.from({ length: partyCount }, (_, i) => ({
      id: `p${i}`,
      name: `Party ${i}`,
      kind: 'state' as const,
    }));
    const sources = Array.from({ length: sourceCount }, (_, i) => ({
      id: `s${i}`,
      name: `Source ${i}`,
      kind: 'official' as const,
      affiliation: i % 2 === 0 ? `p${i % partyCount}` : null,
    }));
    const exchangeRecords: Exchange[] = exchanges.map((e, i) => ({
      id: `x${i}`,
      parties: ['p0', 'p1'],
      status: 'completed',
      stages: [{ on: e.date }],
      transfers: e.transfers.map((t, k) => ({
        id: `t${k}`,
        from: t.flip ? 'p0' : 'p1',
        to: t.flip ? 'p1' : 'p0',
        category: t.category,
        count: t.count,
      })),
    }));
    const claimRecords: Claim[] = claims.map((c, i) => {
      const party = `p${c.pickParty % partyCount}`;
      const other = party === 'p0' ? 'p1' : 'p0';
      const subject: Claim['subject'] =
        c.kind === 'exchanged-total'
          ? { type: 'exchanged-total', parties: [party, other] }
          : c.kind === 'died'
            ? { type: 'died', of: other, holder: party, during: 'custody' }
            : c.kind === 'listed'
              ? { type: 'listed', by: party, to: other, stage: 'submitted' }
              : c.held || exchangeRecords.length === 0
                ? { type: 'held', holder: party, of: other }
                : {
                    type: 'transferred',
                    exchange: `x${c.pickExchange % exchangeRecords.length}`,
                    // One of the exchange's own parties: what went to another is refused.
                    to: c.pickParty % 2 === 0 ? 'p0' : 'p1',
                  };
      const claim: Claim = {
        id: `c${i}`,
        subject,
        value: c.value,
        source: `s${c.pickSource % sourceCount}`,
        citations: [{ url: `https://example.org/${i}` }],
      };
      return c.stated === undefined ? claim : { ...claim, statedOn: c.stated };
    });
    const statementRecords: Statement[] =
      exchangeRecords.length === 0
        ? []
        : statements.map((st, i) => {
            const exchange = `x${st.pickExchange % exchangeRecords.length}`;
            const about: Statement['about'] =
              st.type === 'role'
                ? {
                    type: 'role',
                    exchange,
                    party: `p${st.pickParty % partyCount}`,
                    role: 'mediator',
                  }
                : st.type === 'date'
                  ? { type: 'date', exchange, stage: 0, on: { from: st.on } }
                  : st.type === 'ordinal'
                    ? { type: 'ordinal', exchange, ordinal: st.n }
                    : st.type === 'outcome'
                      ? { type: 'outcome', exchange, outcome: 'completed' }
                      : { type: 'terms', exchange, terms: { formula: 'n-for-n', count: st.n } };
            return {
              id: `st${i}`,
              about,
              source: `s${st.pickSource % sourceCount}`,
              citations: [{ url: `https://example.org/statement/${i}` }],
            };
          });
    return {
      format: 'swapledger/1',
      parties,
      sources,
      exchanges: exchangeRecords,
      claims: claimRecords,
      ...(statementRecords.length > 0 ? { statements: statementRecords } : {}),
    };
  });
