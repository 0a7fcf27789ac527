// The embedded sample dataset against the raw reference it was built from: every claim of the
// reference is in it, per event, and every figure keeps its source and address.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isKnownCount, subjectKey, validateDataset } from '../../src/index.js';
import { loadSampleDataset } from '../../src/sample/index.js';

const REFERENCE = join(
  import.meta.dirname,
  '..',
  '..',
  '..',
  'shared',
  'reference',
  'reported-exchanges-2022-2023.json',
);

interface RawClaim {
  url: string;
  value: { wording?: string; undisclosed?: boolean };
  exchangeCount?: number;
}
interface Reference {
  exchanges: { id: string; dates: string[]; claims: RawClaim[] }[];
  cumulativeClaims: RawClaim[];
  holdingsClaims: RawClaim[];
}

describe('the sample dataset', () => {
  const dataset = loadSampleDataset();

  it('validates', () => {
    expect(validateDataset(dataset).success).toBe(true);
  });

  it('is a fresh copy on every call', () => {
    const a = loadSampleDataset();
    a.claims.length = 0;
    expect(loadSampleDataset().claims.length).toBe(dataset.claims.length);
  });

  it('cites every claim with the address where it was read', () => {
    for (const claim of dataset.claims) {
      expect(claim.citations.length, claim.id).toBeGreaterThan(0);
      for (const citation of claim.citations) expect(citation.url).toMatch(/^https?:\/\//);
    }
  });

  it('keeps the wording and the parsed count of vague figures', () => {
    const vague = dataset.claims.filter(
      (c) => isKnownCount(c.value) && c.value.lexicon !== undefined,
    );
    expect(vague.length).toBeGreaterThanOrEqual(15);
    const hundreds = dataset.claims.find(
      (c) => 'wording' in c.value && c.value.wording === 'hundreds',
    );
    expect(hundreds?.value).toMatchObject({ low: 200, high: 999, lexicon: 'swapledger@1.0.0' });
  });

  it('records the seed article’s exchange as both sides told it', () => {
    const swap = dataset.exchanges.find((e) => e.id === 'ua-ru-2023-04-26');
    expect(swap?.transfers.map((t) => [t.to, t.count])).toEqual([
      ['UA', { low: 44, high: 44 }],
      ['RU', { low: 40, high: 40 }],
    ]);
    const yermak = dataset.claims.find((c) => c.id === 'ua-ru-2023-04-26/1');
    expect(
      yermak?.breakdown?.map((p) => [p.category, isKnownCount(p.count) ? p.count.low : null]),
    ).toEqual([
      ['enlisted', 36],
      ['officer', 6],
      ['civilian', 2],
    ]);
    expect(subjectKey(yermak!.subject)).toBe(
      'transferred|exchange=ua-ru-2023-04-26|to=UA|category=people',
    );
  });

  it.runIf(existsSync(REFERENCE))('holds every claim of the reference file, event by event', () => {
    const reference = JSON.parse(readFileSync(REFERENCE, 'utf8')) as Reference;
    const perExchange = new Map<string, number>();
    for (const claim of dataset.claims) {
      if (claim.exchange)
        perExchange.set(claim.exchange, (perExchange.get(claim.exchange) ?? 0) + 1);
    }
    const expected = new Map(reference.exchanges.map((e) => [e.id, e.claims.length]));
    expect(Object.fromEntries(perExchange)).toEqual(Object.fromEntries(expected));
    for (const event of reference.exchanges)
      expect(
        dataset.exchanges.some((e) => e.id === event.id),
        event.id,
      ).toBe(true);

    const totals = dataset.claims.filter(
      (c) => c.id.startsWith('total/') && !c.id.endsWith('/exchanges'),
    );
    expect(totals).toHaveLength(reference.cumulativeClaims.length);
    const exchangeCounts = dataset.claims.filter((c) => c.id.endsWith('/exchanges'));
    expect(exchangeCounts.map((c) => (isKnownCount(c.value) ? c.value.low : -1))).toEqual(
      reference.cumulativeClaims.flatMap((c) =>
        c.exchangeCount === undefined ? [] : [c.exchangeCount],
      ),
    );
    const holdings = dataset.claims.filter((c) => c.id.startsWith('holdings/'));
    expect(holdings).toHaveLength(reference.holdingsClaims.length);

    // The same addresses, in the same order, as the reference.
    const addresses = [
      ...reference.exchanges.flatMap((e) => e.claims.map((c) => c.url)),
      ...reference.cumulativeClaims.map((c) => c.url),
      ...reference.holdingsClaims.map((c) => c.url),
    ];
    const ours = dataset.claims
      .filter((c) => !c.id.endsWith('/exchanges'))
      .map((c) => c.citations[0]?.url);
    expect(ours).toEqual(addresses);

    // Undisclosed figures stay undisclosed.
    const undisclosed = reference.exchanges
      .flatMap((e) => e.claims)
      .filter((c) => c.value.undisclosed).length;
    expect(
      dataset.claims.filter((c) => 'status' in c.value && c.value.status === 'undisclosed'),
    ).toHaveLength(undisclosed);
  });
});
