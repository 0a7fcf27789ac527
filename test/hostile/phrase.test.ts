// The phrase parser refuses what it cannot read unambiguously, instead of guessing: number words
// that do not combine the conventional way, figures too large to be a headcount, a lexicon that
// changes under it, and hostile options. Each case below was a guess (or an exception) before.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  defaultLexicon,
  explainCount,
  parseCount,
  safeExplainCount,
  safeParseCount,
  SwapledgerError,
  type Count,
  type KnownCount,
  type Lexicon,
  type PhraseIssue,
} from '../../src/index.js';

const MAX = Number.MAX_SAFE_INTEGER;

/** The first issue of a refused phrase; fails the test when the phrase was read. */
function refusal(text: string, lexicon?: Lexicon): PhraseIssue {
  const result = safeParseCount(text, lexicon === undefined ? undefined : { lexicon });
  expect(result.success, `${JSON.stringify(text)} should be refused`).toBe(false);
  if (result.success) throw new Error('unreachable');
  expect(() => parseCount(text, lexicon === undefined ? undefined : { lexicon })).toThrow(
    SwapledgerError,
  );
  return result.error[0] as PhraseIssue;
}

/** A count is sound: whole bounds within the largest headcount, low ≤ high, best inside. */
function expectSound(count: Count): void {
  if ('status' in count) return;
  expect(Number.isSafeInteger(count.low)).toBe(true);
  if (count.high !== null) {
    expect(Number.isSafeInteger(count.high)).toBe(true);
    expect(count.low).toBeLessThanOrEqual(count.high);
  }
  if (count.best !== undefined) {
    expect(Number.isSafeInteger(count.best)).toBe(true);
    expect(count.best).toBeGreaterThanOrEqual(count.low);
    if (count.high !== null) expect(count.best).toBeLessThanOrEqual(count.high);
  }
}

describe('number words that neither add up nor multiply are refused, not summed', () => {
  it('refuses two number words side by side ("five six", "два три")', () => {
    for (const text of ['five six', 'два три', 'twenty twelve', 'ten five', 'two-three']) {
      const issue = refusal(text);
      expect(issue.code, text).toBe('ambiguous-number');
      expect(issue.part, text).toBe(text);
      expect(text.slice(issue.start, issue.end)).toBe(text);
      expect(issue.message).toContain('position 0');
    }
  });

  it('refuses a repeated scale or number word ("one million million", "сто сто")', () => {
    for (const text of [
      'one million million',
      'сто сто',
      'one thousand thousand',
      'сто сотен',
      'a hundred thousand hundred',
      'two thousand hundred',
      'zero hundred',
    ]) {
      const issue = refusal(text);
      expect(issue.code, text).toBe('ambiguous-number');
      expect(issue.part, text).toBe(text);
    }
    // Inside a longer phrase the issue points at the number words alone.
    const issue = refusal('over one million million people');
    expect(issue).toMatchObject({ part: 'one million million', start: 5, end: 24 });
  });

  it('keeps reading conventional numerals', () => {
    const read: [string, number][] = [
      ['twenty-five', 25],
      ['twenty five', 25],
      ['one hundred and five', 105],
      ['a hundred and five', 105],
      ['two hundred', 200],
      ['five thousand', 5000],
      ['three hundred thousand', 300_000],
      ['two thousand three hundred', 2300],
      ['one hundred thousand and one', 100_001],
      ['twelve hundred', 1200],
      ['сто двадцать пять', 125],
      ['двісті тисяч', 200_000],
      ["п'ять сотень", 500],
      ['one million two hundred thousand', 1_200_000],
      ['zero', 0],
      ['2 thousand', 2000],
      ['1 000', 1000],
    ];
    for (const [text, value] of read) {
      expect(parseCount(text), text).toMatchObject({ low: value, high: value });
    }
    expect(parseCount('понад 2200')).toMatchObject({ low: 2201, high: null });
    expect(parseCount('десятки тысяч')).toMatchObject({ low: 20_000, high: 99_999 });
    expect(parseCount('thousands if not tens of thousands')).toMatchObject({
      low: 2000,
      high: 99_999,
    });
    // "and" after a scale word belongs to the numeral, unless it closes a range.
    expect(parseCount('between two hundred and three hundred')).toMatchObject({
      low: 200,
      high: 300,
    });
    expect(parseCount('between two and three')).toMatchObject({ low: 2, high: 3 });
  });
});

describe('a figure too large to be a headcount is refused', () => {
  it('refuses bounds above Number.MAX_SAFE_INTEGER ("over 9007199254740991")', () => {
    for (const text of [
      'over 9007199254740991',
      'more than 9,007,199,254,740,991',
      'about 9007199254740991',
      'понад 9 007 199 254 740 991',
    ]) {
      const issue = refusal(text);
      expect(issue.code, text).toBe('unreadable-phrase');
      expect(issue.message, text).toContain('too large to be a headcount');
      expect(issue.message, text).toContain(MAX.toLocaleString('en-US'));
    }
    // A vague multiple of a huge multiplier from a user's lexicon.
    const huge: Lexicon = {
      ...defaultLexicon,
      id: 'huge',
      multipliers: { ...defaultLexicon.multipliers, zillion: 1e15 },
    };
    expect(refusal('several zillion', huge).code).toBe('unreadable-phrase');
    // The largest headcount itself is still read.
    expect(parseCount('9007199254740991+')).toMatchObject({ low: MAX, high: null });
    expect(parseCount('up to 9007199254740991')).toMatchObject({ low: 0, high: MAX });
  });
});

describe('a lexicon is read once, into a frozen snapshot', () => {
  it('ignores changes made to a lexicon after its first use', () => {
    const lexicon = {
      ...defaultLexicon,
      id: 'mutable',
      version: '1',
      magnitudes: { ...defaultLexicon.magnitudes },
      numbers: { ...defaultLexicon.numbers },
    };
    expect(parseCount('about 40', { lexicon })).toMatchObject({ low: 36, high: 44 });
    const writable = lexicon as unknown as Record<string, unknown>;
    writable['approximateShare'] = 'lots';
    writable['id'] = 'changed';
    (lexicon.magnitudes as Record<string, unknown>)['hundreds'] = { low: 900, high: 100 };
    (lexicon.numbers as Record<string, unknown>)['forty'] = Number.NaN;
    const count = parseCount('about 40', { lexicon }) as KnownCount;
    expect(count).toMatchObject({ low: 36, high: 44, best: 40, lexicon: 'mutable@1' });
    expect(parseCount('hundreds', { lexicon })).toMatchObject({ low: 200, high: 999 });
  });

  it('reads each getter once, so a getter that changes its answer cannot give NaN or low > high', () => {
    let shareReads = 0;
    let magnitudeReads = 0;
    const lexicon = {
      ...defaultLexicon,
      id: 'getters',
      get approximateShare() {
        shareReads += 1;
        return shareReads === 1 ? 0.1 : Number.NaN;
      },
      get magnitudes() {
        magnitudeReads += 1;
        return magnitudeReads === 1
          ? defaultLexicon.magnitudes
          : { hundreds: { low: 900, high: 100 } };
      },
    } as Lexicon;
    for (let round = 0; round < 3; round += 1) {
      const about = parseCount('about 40', { lexicon });
      expectSound(about);
      expect(about).toMatchObject({ low: 36, high: 44, best: 40 });
      const hundreds = parseCount('hundreds', { lexicon });
      expectSound(hundreds);
      expect(hundreds).toMatchObject({ low: 200, high: 999 });
    }
  });

  it('turns a getter that throws into an issue, never an exception', () => {
    let reads = 0;
    const later = {
      ...defaultLexicon,
      id: 'throws-later',
      get numbers() {
        reads += 1;
        if (reads > 1) throw new Error('numbers changed their mind');
        return defaultLexicon.numbers;
      },
    } as Lexicon;
    expect(() => safeParseCount('forty', { lexicon: later })).not.toThrow();
    expect(safeParseCount('forty', { lexicon: later })).toMatchObject({
      success: true,
      data: { low: 40, high: 40 },
    });
    expect(explainCount('forty', { lexicon: later }).count).toMatchObject({ low: 40 });

    const always = {
      ...defaultLexicon,
      id: 'throws',
      get numbers(): never {
        throw new Error('no numbers today');
      },
    } as Lexicon;
    for (const safe of [safeParseCount, safeExplainCount]) {
      const result = safe('forty', { lexicon: always });
      expect(result.success).toBe(false);
      if (!result.success) {
        expect(result.error[0]?.code).toBe('invalid-option');
        expect(result.error[0]?.path[0]).toBe('lexicon');
      }
    }
  });
});

describe('hostile options give an issue from the safe variants, never an exception', () => {
  const revocable = Proxy.revocable({}, {});
  revocable.revoke();
  const traps = new Proxy(
    {},
    {
      get: () => {
        throw new Error('get');
      },
      has: () => {
        throw new Error('has');
      },
      ownKeys: () => {
        throw new Error('ownKeys');
      },
      getPrototypeOf: () => {
        throw new Error('proto');
      },
    },
  );
  const getter = Object.defineProperty({}, 'lexicon', {
    enumerable: true,
    get: () => {
      throw new Error('lexicon getter');
    },
  });
  const hostile: [string, unknown][] = [
    ['a throwing getter', getter],
    ['a Proxy whose traps throw', traps],
    ['a revoked Proxy', revocable.proxy],
    ['a lexicon that is a Proxy whose traps throw', { lexicon: traps }],
    ['a lexicon that is a revoked Proxy', { lexicon: revocable.proxy }],
    ['a number', 42],
  ];

  it.each(hostile)('%s', (_, options) => {
    for (const safe of [safeParseCount, safeExplainCount]) {
      let result: { success: boolean; error?: readonly { code: string; message: string }[] } = {
        success: true,
      };
      expect(() => {
        result = safe('about 40', options as never);
      }).not.toThrow();
      expect(result.success).toBe(false);
      expect(['invalid-option', 'invalid-input']).toContain(result.error?.[0]?.code);
      expect(result.error?.[0]?.message.length).toBeGreaterThan(0);
    }
    expect(() => parseCount('about 40', options as never)).toThrow(SwapledgerError);
    expect(() => explainCount('about 40', options as never)).toThrow(SwapledgerError);
  });
});

// ---------------------------------------------------------------------------------------------
// An independent numeral grammar, written from the conventions rather than from the parser: the
// value of a sequence of number words when it is a well-formed English, Ukrainian or Russian
// numeral, or undefined. All parses are collected; more than one value means ambiguous.
//
//   below100  := unit | teen | tens | tens unit | tens "-" unit
//   hundreds  := below100 | hundredWord [below100] | (below100 | "a") HUNDRED ["and"] [below100]
//   thousands := hundreds | (hundreds<1000 | "a") THOUSAND ["and"] [hundreds<1000]
//   millions  := thousands | (thousands | "a") MILLION ["and"] [thousands]
//   numeral   := millions | "zero"
//
// "a" stands for one only at the very start, before a scale word; "a dozen" is a teen (12).
// ---------------------------------------------------------------------------------------------

type Piece =
  | { readonly kind: 'word'; readonly word: string }
  | { readonly kind: 'and' }
  | { readonly kind: 'hyphen' };

const NUMBERS: Readonly<Record<string, number>> = defaultLexicon.numbers;
const SCALES: Readonly<Record<string, number>> = defaultLexicon.multipliers;

type Parse = readonly [value: number, next: number];

/** The number word at `i`: the longest entry, as a reader matches "a dozen" before "a". */
function wordValue(pieces: readonly Piece[], i: number, test: (v: number) => boolean): Parse[] {
  const [piece, second] = [pieces[i], pieces[i + 1]];
  if (piece?.kind !== 'word') return [];
  let found: Parse | undefined;
  const pair = second?.kind === 'word' ? `${piece.word} ${second.word}` : '';
  if (Object.hasOwn(NUMBERS, pair)) found = [NUMBERS[pair]!, i + 2];
  else if (Object.hasOwn(NUMBERS, piece.word)) found = [NUMBERS[piece.word]!, i + 1];
  return found !== undefined && test(found[0]) ? [found] : [];
}

const isUnit = (v: number) => v >= 1 && v <= 9;
const isTeen = (v: number) => v >= 10 && v <= 19;
const isTens = (v: number) => v >= 20 && v <= 90 && v % 10 === 0;
const isHundredWord = (v: number) => v >= 100 && v <= 900 && v % 100 === 0;

function below100(p: readonly Piece[], i: number): Parse[] {
  const out: Parse[] = [
    ...wordValue(p, i, isUnit),
    ...wordValue(p, i, isTeen),
    ...wordValue(p, i, isTens),
  ];
  for (const [tens, next] of wordValue(p, i, isTens)) {
    for (const [unit, after] of wordValue(p, next, isUnit)) out.push([tens + unit, after]);
    if (p[next]?.kind === 'hyphen') {
      for (const [unit, after] of wordValue(p, next + 1, isUnit)) out.push([tens + unit, after]);
    }
  }
  return out;
}

function scaleAt(p: readonly Piece[], i: number, scale: number): boolean {
  const piece = p[i];
  return (
    piece?.kind === 'word' && Object.hasOwn(SCALES, piece.word) && SCALES[piece.word] === scale
  );
}

/** `coefficient SCALE ["and"] [rest]`, the rest read by `rest` and kept only below the scale. */
function scaled(
  p: readonly Piece[],
  i: number,
  start: boolean,
  scale: number,
  coefficient: (i: number) => Parse[],
  rest: (i: number) => Parse[],
): Parse[] {
  const coefficients = coefficient(i).filter(([v]) => v >= 1 && v < scale);
  const article = p[i];
  if (start && article?.kind === 'word' && article.word === 'a') coefficients.push([1, i + 1]);
  const out: Parse[] = [];
  for (const [c, next] of coefficients) {
    if (!scaleAt(p, next, scale)) continue;
    const head = c * scale;
    out.push([head, next + 1]);
    const from = p[next + 1]?.kind === 'and' ? next + 2 : next + 1;
    for (const [r, after] of rest(from)) if (r >= 1 && r < scale) out.push([head + r, after]);
  }
  return out;
}

function hundreds(p: readonly Piece[], i: number, start: boolean): Parse[] {
  const out = below100(p, i);
  for (const [h, next] of wordValue(p, i, isHundredWord)) {
    out.push([h, next]);
    for (const [r, after] of below100(p, next)) out.push([h + r, after]);
  }
  out.push(
    ...scaled(
      p,
      i,
      start,
      100,
      (k) => below100(p, k),
      (k) => below100(p, k),
    ),
  );
  return out;
}

function thousands(p: readonly Piece[], i: number, start: boolean): Parse[] {
  return [
    ...hundreds(p, i, start),
    ...scaled(
      p,
      i,
      start,
      1000,
      (k) => hundreds(p, k, start),
      (k) => hundreds(p, k, false),
    ),
  ];
}

function millions(p: readonly Piece[], i: number): Parse[] {
  return [
    ...thousands(p, i, true),
    ...scaled(
      p,
      i,
      true,
      1_000_000,
      (k) => thousands(p, k, true),
      (k) => thousands(p, k, false),
    ),
  ];
}

/** The value of a well-formed numeral, or undefined when it is not one (or reads two ways). */
function oracle(pieces: readonly Piece[]): number | undefined {
  const only = pieces[0];
  if (pieces.length === 1 && only?.kind === 'word' && NUMBERS[only.word] === 0) return 0;
  const values = new Set(
    millions(pieces, 0)
      .filter(([, next]) => next === pieces.length)
      .map(([v]) => v),
  );
  return values.size === 1 ? [...values][0] : undefined;
}

function render(pieces: readonly Piece[]): string {
  let text = '';
  for (const piece of pieces) {
    if (piece.kind === 'hyphen') text += '-';
    else if (piece.kind === 'and') text += ' and';
    else text += text === '' || text.endsWith('-') ? piece.word : ` ${piece.word}`;
  }
  return text;
}

const numberWords = [...Object.keys(NUMBERS), ...Object.keys(SCALES)];
const english = numberWords.filter((w) => /^[a-z ]+$/.test(w));
const slavic = numberWords.filter((w) => !/^[a-z ]+$/.test(w));
const word = fc.oneof(
  fc.constantFrom(...english),
  fc.constantFrom(...slavic),
  // Words that make well-formed numerals likely: units, tens and scales.
  fc.constantFrom('one', 'two', 'five', 'twenty', 'forty', 'hundred', 'thousand', 'million'),
  fc.constantFrom('два', 'пять', 'двадцать', 'сто', 'двести', 'тысяч', 'тисячі', 'сотен'),
);
const joiner = fc.constantFrom<Piece | undefined>(
  undefined,
  undefined,
  undefined,
  { kind: 'hyphen' },
  { kind: 'and' },
);
const numeral = fc
  .tuple(fc.boolean(), fc.array(fc.tuple(joiner, word), { minLength: 2, maxLength: 4 }))
  .map(([article, parts]) => {
    const pieces: Piece[] = article ? [{ kind: 'word', word: 'a' }] : [];
    parts.forEach(([join, w], k) => {
      if (k > 0 && join !== undefined) pieces.push(join);
      pieces.push({ kind: 'word', word: w });
    });
    return pieces;
  });

describe('number words agree with an independent numeral grammar', () => {
  it('the oracle reads the conventional forms it is meant to', () => {
    const w = (...words: string[]): Piece[] =>
      words.map((x) =>
        x === 'and' ? { kind: 'and' } : x === '-' ? { kind: 'hyphen' } : { kind: 'word', word: x },
      );
    expect(oracle(w('twenty', '-', 'five'))).toBe(25);
    expect(oracle(w('one', 'hundred', 'and', 'five'))).toBe(105);
    expect(oracle(w('two', 'thousand', 'three', 'hundred'))).toBe(2300);
    expect(oracle(w('three', 'hundred', 'thousand'))).toBe(300_000);
    expect(oracle(w('a', 'hundred', 'thousand'))).toBe(100_000);
    expect(oracle(w('a dozen'))).toBe(12);
    expect(oracle(w('сто', 'двадцать', 'пять'))).toBe(125);
    expect(oracle(w('five', 'six'))).toBeUndefined();
    expect(oracle(w('сто', 'сто'))).toBeUndefined();
    expect(oracle(w('one', 'million', 'million'))).toBeUndefined();
    expect(oracle(w('two', 'thousand', 'twelve', 'hundred'))).toBeUndefined();
  });

  it('parseCount reads exactly the well-formed numerals, to the same value', () => {
    fc.assert(
      fc.property(numeral, (pieces) => {
        const text = render(pieces);
        const expected = oracle(pieces);
        const result = safeParseCount(text);
        if (result.success) expectSound(result.data);
        if (expected === undefined) {
          expect(result.success, `${text} should be refused`).toBe(false);
        } else {
          expect(result.success, `${text} should read as ${expected}`).toBe(true);
          expect(result.success && result.data).toMatchObject({ low: expected, high: expected });
        }
      }),
      { numRuns: 5000 },
    );
  });

  it('never gives NaN, low > high or a bound above the largest headcount near the limit', () => {
    const bounds = ['', 'over ', 'about ', 'almost ', 'at least ', 'up to ', 'fewer than '];
    const suffixes = ['', '+', ' or more', ' thousand', ' million'];
    fc.assert(
      fc.property(
        fc.constantFrom(...bounds),
        fc.oneof(fc.integer({ min: MAX - 100, max: MAX }), fc.integer({ min: 0, max: MAX })),
        fc.constantFrom(...suffixes),
        (bound, n, suffix) => {
          const result = safeParseCount(`${bound}${n.toLocaleString('en-US')}${suffix}`);
          if (result.success) expectSound(result.data);
          else expect(result.error[0]?.message.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
