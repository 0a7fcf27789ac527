// validateDataset resolves ids against tables it builds while it parses, and indexes an exchange's
// transfers only when a claim first asks for one. These properties hold its reference issues to a
// plain implementation that reads the raw lists again, on lists with repeated ids, malformed ids,
// records that do not parse, items that are not records, and holes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/index.js';
import { unknownReference } from '../../src/_lib/messages.js';

const WELL_FORMED = /^[A-Za-z0-9][A-Za-z0-9._:/-]*$/;
const REFERENCE_CODES = new Set(['duplicate-id', 'unknown-reference', 'invalid-reference']);

type Item = unknown;
type Slot = { hole: true } | { hole: false; item: Item };

const PARTY_IDS = ['A', 'B', 'C', '', ' A', 'a b'];
const EXCHANGE_IDS = ['x1', 'x2', 'x3', 'x 1'];
const TRANSFER_IDS = ['t1', 't2'];
const CLAIM_IDS = ['c1', 'c2', 'c3', '-c'];

const slot = (item: fc.Arbitrary<Item>): fc.Arbitrary<Slot> =>
  fc.oneof(
    { weight: 8, arbitrary: item.map((value): Slot => ({ hole: false, item: value })) },
    { weight: 1, arbitrary: fc.constant<Slot>({ hole: true }) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(7, null, 'x').map((value): Slot => ({ hole: false, item: value })),
    },
  );

const party = fc.record({
  id: fc.constantFrom(...PARTY_IDS),
  // A record that does not parse still names its id to the others.
  parses: fc.boolean(),
});
const exchange = fc.record({
  id: fc.constantFrom(...EXCHANGE_IDS),
  parses: fc.boolean(),
  transfer: fc.constantFrom(...TRANSFER_IDS),
  to: fc.constantFrom('A', 'B'),
});
const claim = fc.record({
  id: fc.constantFrom(...CLAIM_IDS),
  exchange: fc.constantFrom(...EXCHANGE_IDS.slice(0, 3), 'x9'),
  transfer: fc.option(fc.constantFrom(...TRANSFER_IDS), { nil: undefined }),
});

function list(slots: readonly Slot[]): unknown[] {
  const out: unknown[] = [];
  out.length = slots.length;
  slots.forEach((s, i) => {
    if (!s.hole) out[i] = s.item;
  });
  return out;
}

const partyRecord = (p: { id: string; parses: boolean }) =>
  p.parses ? { id: p.id, name: 'n', kind: 'state' } : { id: p.id, name: 5 };
const exchangeRecord = (e: { id: string; parses: boolean; transfer: string; to: string }) =>
  e.parses
    ? {
        id: e.id,
        parties: ['A', 'B'],
        status: 'completed',
        stages: [{ on: '2023' }],
        transfers: [
          {
            id: e.transfer,
            from: e.to === 'A' ? 'B' : 'A',
            to: e.to,
            category: 'people',
            count: { low: 1, high: 1 },
          },
        ],
      }
    : { id: e.id, parties: 'A and B' };
const claimRecord = (c: { id: string; exchange: string; transfer: string | undefined }) => ({
  id: c.id,
  subject: {
    type: 'transferred',
    exchange: c.exchange,
    to: 'A',
    ...(c.transfer === undefined ? {} : { transfer: c.transfer }),
  },
  value: { low: 1, high: 1 },
  source: 's',
  citations: [],
});

/** The first index of each well-formed id among the records of a raw list. */
function firsts(items: readonly unknown[]): Map<string, number> {
  const table = new Map<string, number>();
  for (let i = 0; i < items.length; i++) {
    if (!(i in items)) continue;
    const item = items[i];
    if (item === null || typeof item !== 'object' || !Object.hasOwn(item, 'id')) continue;
    const id = (item as { id: unknown }).id;
    if (typeof id === 'string' && WELL_FORMED.test(id) && !table.has(id)) table.set(id, i);
  }
  return table;
}

const wellFormed = (id: string) => WELL_FORMED.test(id);

/** The reference issues a plain reading of the lists expects, as "path code". */
function expected(parties: Slot[], exchanges: Slot[], claims: Slot[]): string[] {
  const raw = { parties: list(parties), exchanges: list(exchanges), claims: list(claims) };
  const known = { parties: firsts(raw.parties), exchanges: firsts(raw.exchanges) };
  const out: string[] = [];
  const duplicate = (name: string, i: number, id: string, table: Map<string, number>) => {
    const first = table.get(id);
    if (first !== i) out.push(`${name}.${i}.id duplicate-id ${name}[${first}]`);
  };
  // The message names the known ids (every one, in a list this short): malformed ids are not known.
  const unknown = (path: string, what: string, id: string, table: Map<string, number>) =>
    out.push(
      `${path} unknown-reference ${unknownReference(what, id, [...table.keys()], table.size)}`,
    );
  const party = (id: string, path: string) => {
    if (!known.parties.has(id)) unknown(path, 'party', id, known.parties);
  };
  const byId = new Map<string, { transfer: string; to: string }>();
  parties.forEach((s, i) => {
    if (s.hole || typeof s.item !== 'object' || s.item === null) return;
    const p = s.item as { id: string; name: unknown };
    // A record refused by its schema is told of a reused id too.
    if (wellFormed(p.id)) duplicate('parties', i, p.id, firsts(raw.parties));
  });
  exchanges.forEach((s, i) => {
    if (s.hole || typeof s.item !== 'object' || s.item === null) return;
    const e = s.item as ReturnType<typeof exchangeRecord>;
    if (!wellFormed(e.id)) return;
    duplicate('exchanges', i, e.id, known.exchanges);
    if (!('transfers' in e)) return;
    party('A', `exchanges.${i}.parties.0`);
    party('B', `exchanges.${i}.parties.1`);
    const t = e.transfers[0]!;
    party(t.from, `exchanges.${i}.transfers.0.from`);
    party(t.to, `exchanges.${i}.transfers.0.to`);
    // The first exchange of an id that parsed is the one whose transfers are known.
    if (!byId.has(e.id)) byId.set(e.id, { transfer: t.id, to: t.to });
  });
  const claimIds = firsts(raw.claims);
  claims.forEach((s, i) => {
    if (s.hole || typeof s.item !== 'object' || s.item === null) return;
    const c = s.item as ReturnType<typeof claimRecord>;
    if (!wellFormed(c.id)) return;
    duplicate('claims', i, c.id, claimIds);
    party('A', `claims.${i}.subject.to`);
    const x = c.subject.exchange;
    if (!known.exchanges.has(x))
      unknown(`claims.${i}.subject.exchange`, 'exchange', x, known.exchanges);
    const transfer = (c.subject as { transfer?: string }).transfer;
    const read = byId.get(x);
    if (transfer === undefined || read === undefined) return;
    if (read.transfer !== transfer) out.push(`claims.${i}.subject.transfer unknown-reference`);
    else if (read.to !== 'A') out.push(`claims.${i}.subject.transfer invalid-reference`);
  });
  return out.sort();
}

function found(parties: Slot[], exchanges: Slot[], claims: Slot[]): string[] {
  const result = validateDataset(
    {
      format: 'swapledger/1',
      parties: list(parties),
      sources: [{ id: 's', name: 'S', kind: 'outlet', affiliation: null }],
      exchanges: list(exchanges),
      claims: list(claims),
    },
    { maxIssues: 1e6 },
  );
  if (result.success) return [];
  return result.error
    .filter((issue) => REFERENCE_CODES.has(issue.code))
    .map((issue) => {
      const at = issue.path.join('.');
      const first = issue.code === 'duplicate-id' ? / by (\w+\[\d+\])$/.exec(issue.message) : null;
      if (first) return `${at} ${issue.code} ${first[1]}`;
      const transfer = at.endsWith('subject.transfer');
      return issue.code === 'unknown-reference' && !transfer
        ? `${at} ${issue.code} ${issue.message}`
        : `${at} ${issue.code}`;
    })
    .sort();
}

describe('references against a plain reading of the lists', () => {
  it('report the same duplicate ids, unknown ids and transfers', () => {
    fc.assert(
      fc.property(
        fc.array(slot(party.map(partyRecord)), { maxLength: 8 }),
        fc.array(slot(exchange.map(exchangeRecord)), { maxLength: 6 }),
        fc.array(slot(claim.map(claimRecord)), { maxLength: 8 }),
        (parties, exchanges, claims) => {
          expect(found(parties, exchanges, claims)).toEqual(expected(parties, exchanges, claims));
        },
      ),
      { numRuns: 2_000 },
    );
  });
});
