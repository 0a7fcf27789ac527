import fc from 'fast-check';
import { isLeft, isRight } from 'fp-ts/Either';
import * as t from 'io-ts';
import { PathReporter } from 'io-ts/PathReporter';
import { describe, expect, it } from 'vitest';
import {
  CountC,
  DatasetC,
  PartialDateC,
  ValidDatasetC,
  codecFromZod,
} from '../../src/io-ts/index.js';
import { CountSchema } from '../../src/index.js';
import { loadSampleDataset } from '../../src/sample/index.js';

describe('io-ts codecs', () => {
  it('decode valid payloads to the same value', () => {
    const decoded = CountC.decode({ low: 36, high: 44, best: 40 });
    expect(isRight(decoded) && decoded.right).toEqual({ low: 36, high: 44, best: 40 });
    expect(isRight(ValidDatasetC.decode(loadSampleDataset()))).toBe(true);
  });

  it('report the path and the package’s message through PathReporter', () => {
    expect(PathReporter.report(CountC.decode({ low: 44, high: 36 }))).toEqual([
      'low: low (44) is above high (36); a count is an interval low..high [low-above-high]',
    ]);
    expect(PathReporter.report(PartialDateC.decode('2023-02-30'))).toEqual([
      'PartialDate: "2023-02-30" names day 30, but that month has 28 days [impossible-date]',
    ]);
  });

  it('compose inside the user’s own t.type, with the full path in messages and contexts', () => {
    const Report = t.type({ headline: t.string, count: CountC });
    const result = Report.decode({ headline: 'swap', count: { low: -1, high: 3 } });
    expect(isLeft(result)).toBe(true);
    if (!isLeft(result)) return;
    expect(result.left[0]?.context.map((c) => c.key)).toEqual(['', 'count', 'low']);
    expect(PathReporter.report(result)[0]).toBe(
      'count.low: a headcount cannot be negative, got -1 [too-small]',
    );
  });

  it('check references with ValidDatasetC, shapes only with DatasetC', () => {
    const dataset = loadSampleDataset();
    dataset.claims[0]!.source = 'nobody';
    expect(isRight(DatasetC.decode(dataset))).toBe(true);
    const result = ValidDatasetC.decode(dataset);
    expect(PathReporter.report(result)[0]).toMatch(
      /^claims\[0\]\.source: no source with id "nobody"/,
    );
  });

  it('is agrees with decode, on anything', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        expect(CountC.is(input)).toBe(isRight(CountC.decode(input)));
        expect(CountC.is(input)).toBe(CountSchema.safeParse(input).success);
      }),
    );
  });

  it('encode is the identity, and the adapter is generic', () => {
    expect(CountC.encode({ low: 1, high: 1 })).toEqual({ low: 1, high: 1 });
    const Name = codecFromZod(CountSchema, 'Name');
    expect(Name.name).toBe('Name');
  });
});

describe('the codec list', () => {
  it('has a codec for every public model, named after it, that agrees with its zod schema', async () => {
    const codecs = (await import('../../src/io-ts/index.js')) as unknown as Record<
      string,
      { name: string; is: (u: unknown) => boolean }
    >;
    const { MODELS } = await import('../../src/dataset/_lib/models.js');
    const { loadSampleDataset } = await import('../../src/sample/index.js');
    const sample = loadSampleDataset();
    for (const [name, schema] of Object.entries(MODELS)) {
      const codec = codecs[`${name}C`];
      expect(codec?.name, name).toBe(name);
      expect(codec?.is(null), name).toBe(false);
      for (const value of [
        sample,
        sample.claims[0],
        sample.exchanges[0],
        sample.parties[0],
        '2023-04',
      ])
        expect(codec?.is(value), `${name} on a sample value`).toBe(schema.safeParse(value).success);
    }
  });
});
