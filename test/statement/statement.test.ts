// Statements that are not headcounts: who mediated or hosted an exchange, when it took place, its
// ordinal, its outcome and its terms. Each is a validated record with its source, and what it
// names is checked by safeParseDataset as every other record's names are.
import { describe, expect, it } from 'vitest';
import {
  createStatement,
  safeCreateStatement,
  safeParseDataset,
  type Dataset,
  type Statement,
} from '../../src/index.js';
import { copy, seedDataset } from '../fixtures.js';

const EXCHANGE = 'ua-ru-2023-04-26';

const withStatements = (...statements: Statement[]): Dataset => ({
  ...copy(seedDataset()),
  statements,
});

const statement = (id: string, about: Statement['about'], source = 'ru-mod'): Statement => ({
  id,
  about,
  source,
  statedOn: '2023-04-26',
  citations: [{ url: `https://example.org/${id}` }],
});

const codes = (dataset: Dataset) => {
  const result = safeParseDataset(dataset);
  return result.success ? [] : result.error.map((i) => `${i.path.join('.')} ${i.code}`);
};

describe('statements', () => {
  it('states each kind: role, date, ordinal, outcome and terms', () => {
    const all = [
      statement('mediator', { type: 'role', exchange: EXCHANGE, party: 'TR', role: 'mediator' }),
      statement('date', {
        type: 'date',
        exchange: EXCHANGE,
        on: {
          from: '2023-04-25',
          to: '2023-04-26',
          certainty: 'uncertain',
          wording: '25 or 26 April',
        },
      }),
      statement('ordinal', { type: 'ordinal', exchange: EXCHANGE, ordinal: 49 }),
      statement('outcome', { type: 'outcome', exchange: EXCHANGE, outcome: 'completed' }),
      statement('terms', {
        type: 'terms',
        exchange: EXCHANGE,
        terms: { formula: 'ratio', give: 40, get: 44, by: 'RU' },
      }),
    ];
    for (const s of all) expect(createStatement(s)).toEqual(s);
    expect(codes(withStatements(...all))).toEqual([]);
  });

  it('records a dispute as two statements, one of them a denial', () => {
    const dataset = withStatements(
      statement(
        'tr',
        { type: 'role', exchange: EXCHANGE, party: 'TR', role: 'mediator' },
        'anadolu',
      ),
      {
        ...statement('not-tr', { type: 'role', exchange: EXCHANGE, party: 'TR', role: 'mediator' }),
        denies: true,
      },
    );
    expect(codes(dataset)).toEqual([]);
  });

  it('refuses what it names when that does not exist', () => {
    const dataset = withStatements(
      statement('a', { type: 'role', exchange: EXCHANGE, party: 'AE', role: 'host' }),
      statement('b', { type: 'ordinal', exchange: 'no-such-exchange', ordinal: 3 }),
      statement('c', { type: 'outcome', exchange: EXCHANGE, outcome: 'aborted' }, 'nobody'),
    );
    expect(codes(dataset)).toEqual([
      'statements.0.about.party unknown-reference',
      'statements.1.about.exchange unknown-reference',
      'statements.2.source unknown-reference',
    ]);
  });

  it('refuses a role or terms that belong to nothing, a stage the exchange lacks, a backwards window', () => {
    const dataset = withStatements(
      statement('role', { type: 'role', party: 'TR', role: 'mediator' }),
      statement('terms', { type: 'terms', terms: { formula: 'n-for-n', count: 1000 } }),
      statement('stage', {
        type: 'date',
        exchange: EXCHANGE,
        stage: 1,
        on: { from: '2023-04-26' },
      }),
      statement('window', {
        type: 'date',
        exchange: EXCHANGE,
        on: { from: '2023-04-27', to: '2023-04-26' },
      }),
    );
    expect(codes(dataset)).toEqual([
      'statements.0.about missing-field',
      'statements.1.about missing-field',
      'statements.2.about.stage invalid-reference',
      'statements.3.about.on.to out-of-order',
    ]);
  });

  it('checks the categories and parties of terms', () => {
    const dataset = withStatements(
      statement('scale', {
        type: 'terms',
        exchange: EXCHANGE,
        terms: {
          formula: 'scale',
          unit: 'private',
          equivalents: [
            { category: 'officer', worth: 15, wording: 'colonel' },
            { category: 'generals', worth: 60 },
          ],
        },
      }),
      statement('ratio', {
        type: 'terms',
        exchange: EXCHANGE,
        terms: { formula: 'ratio', give: 1, get: 10, by: 'XX' },
      }),
    );
    expect(codes(dataset)).toEqual([
      'statements.0.about.terms.equivalents.1.category unknown-reference',
      'statements.1.about.terms.by unknown-reference',
    ]);
  });

  it('refuses a malformed statement with the paths of its problems, never throws', () => {
    const result = safeCreateStatement({
      id: 'x',
      about: { type: 'ordinal', exchange: EXCHANGE, ordinal: 0 },
      source: 'ru-mod',
      citations: [],
    });
    expect(result.success).toBe(false);
    if (!result.success)
      expect(result.error.map((i) => i.path.join('.'))).toEqual(['about.ordinal']);
    expect(
      safeCreateStatement({
        id: 'y',
        about: { type: 'terms', exchange: EXCHANGE, terms: { formula: 'ratio', give: 0, get: 1 } },
        source: 'ru-mod',
        citations: [],
      }).success,
    ).toBe(false);
  });
});
