// Builds large, valid datasets for benchmarks: deterministic (a fixed-seed generator), realistic in
// shape (each exchange claimed by several sources from both sides, some disagreeing, breakdowns,
// running totals and holdings estimates), and sized by the number of claims.
import type { Claim, Dataset, Exchange, PartialDate } from '../src/index.js';

function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const dayString = (index: number): PartialDate => {
  const date = new Date(Date.UTC(1990, 0, 1) + index * 86_400_000);
  return date.toISOString().slice(0, 10) as PartialDate;
};

export const CLAIMS_PER_EXCHANGE = 8;

/** A dataset with about `claims` claims (a multiple of eight). */
export function generateDataset(claims: number, seed = 42): Dataset {
  const random = prng(seed);
  const int = (max: number) => Math.floor(random() * max);
  const exchangeCount = Math.max(1, Math.floor(claims / CLAIMS_PER_EXCHANGE));
  const sourceIds = Array.from({ length: 60 }, (_, i) => `s${i}`);
  const sources: Dataset['sources'] = sourceIds.map((id, i) => ({
    id,
    name: `Source ${i}`,
    kind: (['official', 'ministry', 'outlet', 'anonymous', 'ngo'] as const)[
      i % 5
    ] as Dataset['sources'][number]['kind'],
    affiliation: i % 3 === 0 ? 'A' : i % 3 === 1 ? 'B' : null,
  }));
  const exchanges: Exchange[] = [];
  const out: Claim[] = [];
  let totalA = 0;
  for (let i = 0; i < exchangeCount; i += 1) {
    const on = dayString(Math.floor(i / 2));
    const id = `x${i}`;
    const toA = 1 + int(200);
    const toB = random() < 0.7 ? toA : 1 + int(200);
    exchanges.push({
      id,
      parties: ['A', 'B'],
      status: 'completed',
      stages: [{ on }],
      transfers: [
        { id: 'to-A', from: 'B', to: 'A', category: 'people', count: { low: toA, high: toA } },
        { id: 'to-B', from: 'A', to: 'B', category: 'people', count: { low: toB, high: toB } },
      ],
    });
    totalA += toA;
    for (let k = 0; k < 6; k += 1) {
      const to = k < 3 ? 'A' : 'B';
      const truth = to === 'A' ? toA : toB;
      const off = random() < 0.1 ? 1 + int(5) : 0;
      const value = { low: truth + off, high: truth + off };
      const officers = int(Math.max(1, Math.floor(truth / 5)));
      const claim: Claim = {
        id: `${id}/${k}`,
        subject: { type: 'transferred', exchange: id, to },
        value,
        source: sourceIds[int(sourceIds.length)] as string,
        statedOn: on,
        exchange: id,
        citations: [{ url: `https://example.org/${id}/${k}` }],
        ...(k % 3 === 0
          ? {
              breakdown: [
                { category: 'officer', count: { low: officers, high: officers } },
                { category: 'enlisted', count: { low: truth - officers, high: truth - officers } },
              ],
              breakdownComplete: true,
            }
          : {}),
      };
      out.push(claim);
    }
    out.push({
      id: `${id}/total`,
      subject: { type: 'returned-total', to: 'A', since: '1990' },
      value: random() < 0.9 ? { low: totalA, high: totalA } : { low: totalA + 10, high: null },
      source: sourceIds[int(sourceIds.length)] as string,
      asOf: dayString(Math.floor(i / 2) + 1),
      citations: [{ url: `https://example.org/${id}/total` }],
    });
    out.push({
      id: `${id}/held`,
      subject: { type: 'held', holder: i % 2 === 0 ? 'A' : 'P', of: 'B' },
      value: { low: 1000 + int(500), high: 2000 + int(500) },
      source: sourceIds[int(sourceIds.length)] as string,
      asOf: on,
      citations: random() < 0.95 ? [{ url: `https://example.org/${id}/held` }] : [],
    });
  }
  return {
    format: 'swapledger/1',
    parties: [
      { id: 'A', name: 'Side A', kind: 'state' },
      { id: 'B', name: 'Side B', kind: 'state' },
      {
        id: 'P',
        name: 'A private military company',
        kind: 'private-military-company',
        alignedWith: 'B',
      },
    ],
    sources,
    exchanges,
    claims: out,
  };
}
