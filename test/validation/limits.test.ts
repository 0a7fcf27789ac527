// A value past a limit of a schema (a number's range, a list's length, a text's least length) is
// told in the package's words, on every path an issue can take: a record checked alone, a dataset
// checked whole (whose issues are written directly), and zod's own walk. zod's default sentences
// ("Too big: expected array to have <=100 items") never reach a user.
import { afterEach, describe, expect, it } from 'vitest';
import * as z from 'zod';
import {
  defaultLexicon,
  safeCreateClaim,
  safeCreateParty,
  safeCreateSource,
  safeParseCount,
  safeParseDataset,
  ClaimSchema,
  type ClaimInput,
  type Issue,
} from '../../src/index.js';
import { directIssues } from '../../src/validation/_lib/fast.js';
import { fromZod } from '../../src/validation/_lib/fromZod.js';
import { loadSampleDataset } from '../../src/sample/index.js';

const claim = {
  id: 'c1',
  subject: { type: 'transferred', exchange: 'e1', to: 'UA' },
  value: { low: 5, high: 5 },
  source: 's1',
  citations: [],
};

/** Each value past a limit, where its issue is, and the words it must be told in. */
const CASES: readonly {
  name: string;
  input: object;
  path: (string | number)[];
  code: Issue['code'];
  message: string;
}[] = [
  {
    name: 'a stage past the last one numbered',
    input: { ...claim, subject: { ...claim.subject, throughStage: 2000 } },
    path: ['subject', 'throughStage'],
    code: 'too-large',
    message: 'expected a number no greater than 1,000, got the number 2000',
  },
  {
    name: 'a stage below zero',
    input: { ...claim, subject: { ...claim.subject, throughStage: -1 } },
    path: ['subject', 'throughStage'],
    code: 'too-small',
    message: 'expected a number no less than 0, got the number -1',
  },
  {
    name: 'a share above one',
    input: { ...claim, share: { of: 'c2', low: 0.5, high: 3 } },
    path: ['share', 'high'],
    code: 'too-large',
    message: 'expected a number no greater than 1, got the number 3',
  },
  {
    name: 'a stage far past the last one, told its own limit alone (not the safe integers too)',
    input: { ...claim, subject: { ...claim.subject, throughStage: 1e300 } },
    path: ['subject', 'throughStage'],
    code: 'too-large',
    message: 'expected a number no greater than 1,000, got the number 1e+300',
  },
  {
    name: 'a stage far below zero',
    input: { ...claim, subject: { ...claim.subject, throughStage: -1e300 } },
    path: ['subject', 'throughStage'],
    code: 'too-small',
    message: 'expected a number no less than 0, got the number -1e+300',
  },
  {
    name: 'a stage that is no whole number',
    input: { ...claim, subject: { ...claim.subject, throughStage: 1.5 } },
    path: ['subject', 'throughStage'],
    code: 'not-an-integer',
    message: 'expected a whole number, got the number 1.5',
  },
  {
    name: 'a note past its length',
    input: { ...claim, note: 'x'.repeat(10_000) },
    path: ['note'],
    code: 'too-long',
    message: 'text of 10,000 characters is longer than the limit of 4,000',
  },
  {
    name: 'too many citations',
    input: { ...claim, citations: Array.from({ length: 101 }, () => ({ url: 'https://a.org/' })) },
    path: ['citations'],
    code: 'too-large',
    message: 'a list of 101 items is longer than the limit of 100',
  },
  {
    name: 'too many links',
    input: {
      ...claim,
      links: Array.from({ length: 1000 }, (_, k) => ({ type: 'revises', claim: `c${k + 2}` })),
    },
    path: ['links'],
    code: 'too-large',
    message: 'a list of 1,000 items is longer than the limit of 100',
  },
];

const zodWords = /Too (big|small)|expected (array|number|string) to/;

afterEach(() => {
  directIssues.enabled = true;
});

describe('a value past a limit', () => {
  for (const { name, input, path, code, message } of CASES)
    it(`is told in the package's words: ${name}`, () => {
      const alone = safeCreateClaim(input as ClaimInput);
      expect(alone.success).toBe(false);
      if (alone.success) return;
      // One issue at the place: the tightest limit broken, not every one.
      expect(alone.error.filter((i) => i.path.join() === path.join())).toEqual([
        { path, code, message },
      ]);

      // Zod's walk, its issues turned into the package's.
      const parsed = ClaimSchema.safeParse(input);
      expect(parsed.success).toBe(false);
      if (!parsed.success)
        expect(
          fromZod(parsed.error.issues, input).filter((i) => i.path.join() === path.join()),
        ).toEqual([{ path, code, message }]);

      // Within a dataset, with issues written directly and through zod.
      for (const direct of [true, false]) {
        directIssues.enabled = direct;
        const dataset = { ...loadSampleDataset(), claims: [input] };
        const whole = safeParseDataset(dataset);
        expect(whole.success).toBe(false);
        if (whole.success) return;
        expect(whole.error).toContainEqual({ path: ['claims', 0, ...path], code, message });
        for (const issue of whole.error) expect(issue.message).not.toMatch(zodWords);
      }
    });

  it("is told in the package's words for a text shorter than its least length", () => {
    const result = safeCreateParty({ id: 'UA', name: '', kind: 'state' });
    expect(result.success).toBe(false);
    if (!result.success)
      expect(result.error).toContainEqual({
        path: ['name'],
        code: 'too-small',
        message: 'text of 0 characters is shorter than the minimum of 1',
      });
  });

  it('is told of a record key, in what the key breaks', () => {
    const result = safeParseCount('5', {
      lexicon: { ...defaultLexicon, numbers: { ...defaultLexicon.numbers, '': 2 } },
    });
    expect(result.success).toBe(false);
    if (!result.success)
      expect(result.error.map((i) => i.message)).toEqual([
        'the lexicon is not usable: the key "" is not allowed: text of 0 characters is shorter than the minimum of 1',
      ]);
  });

  it('counts the stages of an exchange in words that agree with the number', () => {
    const dataset = loadSampleDataset();
    const exchange = dataset.exchanges.find((e) => e.stages.length === 1);
    if (exchange === undefined) throw new Error('the sample has an exchange of one stage');
    const result = safeParseDataset({
      ...dataset,
      claims: [
        {
          ...claim,
          source: dataset.sources[0]!.id,
          subject: { type: 'transferred', exchange: exchange.id, throughStage: 1 },
        },
      ],
    });
    expect(result.success).toBe(false);
    if (!result.success)
      expect(result.error.map((i) => i.message)).toContain(
        'the exchange has 1 stage, numbered from 0, so there is no stage 1',
      );
  });

  it("speaks the package's words whatever zod's global error map says", () => {
    z.config({ customError: () => 'Wert außerhalb des Bereichs' });
    try {
      const source = safeCreateSource({
        id: 's',
        name: '',
        kind: 'official',
        affiliation: null,
        role: 'r'.repeat(301),
      } as never);
      expect(source.success ? [] : source.error.map((i) => i.message)).toEqual([
        'text of 0 characters is shorter than the minimum of 1',
        'text of 301 characters is longer than the limit of 300',
      ]);
      const stage = safeCreateClaim({
        ...claim,
        subject: { ...claim.subject, throughStage: 1.5 },
      } as ClaimInput);
      expect(stage.success ? [] : stage.error.map((i) => i.message)).toEqual([
        'expected a whole number, got the number 1.5',
      ]);
    } finally {
      z.config({ customError: undefined });
    }
  });

  it("keeps the message a schema of the caller's own sets for a limit", () => {
    for (const schema of [z.string().max(3, 'mine'), z.string().min(5, 'mine')]) {
      const parsed = schema.safeParse('abcd');
      expect(parsed.success).toBe(false);
      if (!parsed.success) expect(fromZod(parsed.error.issues, 'abcd')[0]?.message).toBe('mine');
    }
  });

  it("keeps a schema's own message for a limit", () => {
    const result = safeCreateClaim({ ...claim, value: { low: -1, high: 5 } } as ClaimInput);
    expect(result.success).toBe(false);
    if (!result.success)
      expect(result.error).toContainEqual({
        path: ['value', 'low'],
        code: 'too-small',
        message: 'a headcount cannot be negative, got -1',
      });
  });
});
