// Links between claims that go round in a circle: a claim must never vanish from a reconciliation
// because two claims point at each other (found by an attack: mutual copies gave a false
// consensus, mutual retractions hid a disagreement).
import { describe, expect, it } from 'vitest';
import { exact, reconcile, type Claim } from '../../src/index.js';

const subject: Claim['subject'] = { type: 'transferred', exchange: 'x', to: 'UA' };
const claim = (id: string, value: number, links: Claim['links'] = []): Claim => ({
  id,
  subject,
  value: exact(value),
  source: id,
  citations: [],
  ...(links.length > 0 ? { links } : {}),
});

describe('reconcile with links in a circle', () => {
  it('counts one of two claims that copy each other, not none', () => {
    const verdict = reconcile([
      claim('a', 10, [{ type: 'copies', claim: 'b' }]),
      claim('b', 10, [{ type: 'copies', claim: 'a' }]),
      claim('c', 20),
    ]);
    expect(verdict.consensus).toBeNull();
    expect(verdict.camps).toHaveLength(2);
    expect(verdict.excluded).toEqual([{ claim: 'b', reason: 'copy', of: 'a' }]);
  });

  it('keeps two claims that retract each other, so their disagreement shows', () => {
    const verdict = reconcile([
      claim('a', 10, [{ type: 'retracts', claim: 'b' }]),
      claim('b', 20, [{ type: 'retracts', claim: 'a' }]),
    ]);
    expect(verdict.excluded).toEqual([]);
    expect(verdict.consensus).toBeNull();
  });

  it('still sets aside every claim down a chain of revisions', () => {
    const verdict = reconcile([
      claim('v3', 30, [{ type: 'revises', claim: 'v2' }]),
      claim('v2', 20, [{ type: 'revises', claim: 'v1' }]),
      claim('v1', 10),
    ]);
    expect(verdict.excluded.map((e) => e.claim).sort()).toEqual(['v1', 'v2']);
    expect(verdict.consensus).toEqual(exact(30));
  });

  it('counts a chain of copies once, at its original, and a long chain quickly', () => {
    const chain = Array.from({ length: 20_000 }, (_, i) =>
      claim(
        `c${String(i).padStart(5, '0')}`,
        7,
        i > 0 ? [{ type: 'copies', claim: `c${String(i - 1).padStart(5, '0')}` }] : [],
      ),
    );
    const verdict = reconcile(chain);
    expect(verdict.excluded).toHaveLength(19_999);
    expect(verdict.consensus).toEqual(exact(7));
  });
});
