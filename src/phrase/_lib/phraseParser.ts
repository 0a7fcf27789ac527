import type { BoundKind, Lexicon, LexiconRange, RemarkKind } from '../Lexicon.js';
import type { NumeralSystem } from '../NumeralSystem.js';
import type { PhraseIssue } from '../PhraseIssue.js';
import type { IssueCode } from '../../validation/Issue.js';
import * as messages from '../../_lib/messages.js';

/** The most characters a phrase may have; longer text is refused before it is scanned. */
export const MAX_PHRASE_LENGTH = 500;

type TokenKind = 'number' | 'word' | 'dash' | 'open' | 'close' | 'comma';

interface Token {
  readonly kind: TokenKind;
  /** Lower-cased text with apostrophes unified; for numbers, the raw digits and separators. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** A number written with an ordinal suffix ("36th"). */
  readonly ordinal: boolean;
  /** The token touches the previous one with no space between ("2,200-plus", "forty-four"). */
  readonly joined: boolean;
}

/** A reading in progress: an interval with an optional best estimate. */
export interface Interval {
  readonly low: number;
  readonly high: number | null;
  readonly best?: number;
}

/** One figure of a breakdown: its interval, the text it was read from, and who it counts. */
export interface PartReading {
  readonly interval: Interval;
  readonly wording: string;
  readonly category: string;
}

export type Reading =
  | {
      readonly kind: 'count';
      readonly interval: Interval;
      readonly entries: readonly string[];
      /** Present when the phrase gave two or more figures; the interval is then their sum. */
      readonly parts?: readonly PartReading[];
    }
  | {
      readonly kind: 'absent';
      readonly status: 'unknown' | 'undisclosed' | 'zero';
      readonly entries: readonly string[];
    };

class Unreadable extends Error {
  constructor(readonly issue: PhraseIssue) {
    super(issue.message);
  }
}

const APOSTROPHES = /[\u2019\u02bc\u0060\u2032\u00b4]/g;
const SPACE = /[\s\u00a0\u202f\u2009\u2007]/u;
// Arabic short vowels, shadda, sukun and tatweel are optional in writing; so is the dot of a
// Turkish capital İ once lower-cased.
const OPTIONAL_MARKS = /[\u064b-\u065f\u0670\u0640]|\u0307/g;
const ALEFS = /[\u0622\u0623\u0625\u0671]/g;

function normalizeWord(text: string): string {
  return text
    .replace(APOSTROPHES, "'")
    .toLowerCase()
    .replace(OPTIONAL_MARKS, '')
    .replace(ALEFS, '\u0627')
    .replace(/\u0131/g, 'i');
}

/** The words of a lexicon key, with each hyphen a word of its own ("kira-kira" → kira, -, kira). */
function keyWords(key: string): string[] {
  return normalizeWord(key)
    .split(/\s+/)
    .flatMap((w) => w.split(/(-)/))
    .filter((w) => w !== '');
}

/**
 * Eastern Arabic and Persian digits read as 0–9, and the Arabic thousands and decimal separators
 * as a comma and a dot. Each is one UTF-16 unit, so positions in the input stay the same.
 */
function westernDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9\u066b\u066c]/g, (ch) => {
    const code = ch.charCodeAt(0);
    if (code === 0x066b) return '.';
    if (code === 0x066c) return ',';
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
}

// Digits grouped by spaces ("2 238") come first so the space is read as a separator; then digits
// grouped by commas, dots or apostrophes ("2,238", "2.238", "1'000") or a decimal ("2.2").
const NUMBER_SPACED = /\d{1,3}(?:[\u0020\u00a0\u202f\u2009\u2007]\d{3}(?![\d]))+(?![.,]\d)/y;
const NUMBER_PLAIN = /\d+(?:[.,']\d+)*/y;
const ORDINAL_SUFFIX = /(?:st|nd|rd|th)(?![\p{L}\d])/uy;
const WORD = /[\p{L}'\u2019\u02bc][\p{L}\p{M}'\u2019\u02bc]*\.?/uy;

function tokenize(input: string, lexiconWords: ReadonlySet<string>): Token[] {
  const text = westernDigits(input);
  const tokens: Token[] = [];
  let i = 0;
  let lastEnd = -1;
  const push = (kind: TokenKind, value: string, start: number, end: number, ordinal = false) => {
    tokens.push({ kind, text: value, start, end, ordinal, joined: start === lastEnd });
    lastEnd = end;
  };
  while (i < text.length) {
    const ch = text.charAt(i);
    if (SPACE.test(ch)) {
      i += 1;
      continue;
    }
    if (/\d/.test(ch)) {
      NUMBER_SPACED.lastIndex = i;
      let m = NUMBER_SPACED.exec(text);
      if (!m) {
        NUMBER_PLAIN.lastIndex = i;
        m = NUMBER_PLAIN.exec(text);
      }
      const raw = m ? m[0] : ch;
      let end = i + raw.length;
      ORDINAL_SUFFIX.lastIndex = end;
      const ord = ORDINAL_SUFFIX.exec(text);
      if (ord) end += ord[0].length;
      push('number', raw, i, end, ord !== null);
      i = end;
      continue;
    }
    WORD.lastIndex = i;
    const word = WORD.exec(text);
    if (word) {
      let value = normalizeWord(word[0]);
      let end = i + word[0].length;
      // A trailing dot belongs to the word only for abbreviations the lexicon knows ("тис.").
      if (value.endsWith('.') && !lexiconWords.has(value)) {
        value = value.slice(0, -1);
        end -= 1;
      }
      // An elided word the lexicon knows ends at its apostrophe: "d'une" is "d'" and "une".
      const elision = value.indexOf("'");
      if (
        elision > 0 &&
        elision < value.length - 1 &&
        lexiconWords.has(value.slice(0, elision + 1))
      ) {
        value = value.slice(0, elision + 1);
        end = i + elision + 1;
      }
      push('word', value, i, end);
      i = end;
      continue;
    }
    if (/[-\u2010\u2011\u2012\u2013\u2014\u2212]/.test(ch)) push('dash', '-', i, i + 1);
    else if (ch === '(') push('open', ch, i, i + 1);
    else if (ch === ')') push('close', ch, i, i + 1);
    else if (ch === ',') push('comma', ch, i, i + 1);
    else {
      // Any other symbol is a one-character word, so the lexicon can give it a meaning ("+", "~").
      const cp = text.codePointAt(i) ?? 0;
      const symbol = String.fromCodePoint(cp);
      push('word', symbol, i, i + symbol.length);
      i += symbol.length;
      continue;
    }
    i += 1;
  }
  return tokens;
}

interface Entry<V> {
  readonly key: string;
  readonly words: readonly string[];
  readonly value: V;
}

type Table<V> = ReadonlyMap<string, readonly Entry<V>[]>;

function index<V>(record: Readonly<Record<string, V>>): Table<V> {
  const map = new Map<string, Entry<V>[]>();
  for (const key of Object.keys(record)) {
    const words = keyWords(key);
    const first = words[0];
    if (first === undefined) continue;
    const list = map.get(first) ?? [];
    list.push({ key, words, value: record[key] as V });
    map.set(first, list);
  }
  for (const list of map.values()) list.sort((a, b) => b.words.length - a.words.length);
  return map;
}

/** The first entry of `table` whose words are the pieces from `at` on (longest first), or undefined. */
function matchPieces<V>(
  table: Table<V>,
  pieces: readonly string[],
  at: number,
): Entry<V> | undefined {
  const first = pieces[at];
  if (first === undefined) return undefined;
  for (const entry of table.get(first) ?? []) {
    if (entry.words.every((w, k) => pieces[at + k] === w)) return entry;
  }
  return undefined;
}

/** A numeral system of the lexicon, indexed for matching. */
interface CompiledSystem {
  readonly tag: string;
  readonly system: NumeralSystem;
  readonly numbers: Table<number>;
  readonly multipliers: Table<number>;
  readonly bare: ReadonlySet<string>;
  readonly joiners: ReadonlySet<string>;
  /** Every single word a numeral of this system may contain. */
  readonly words: ReadonlySet<string>;
  /** For compounds: the words a long word may be split into, longest first. */
  readonly morphemes: readonly string[];
}

interface CompiledLexicon {
  readonly lexicon: Lexicon;
  readonly words: ReadonlySet<string>;
  readonly numbers: Table<number>;
  readonly multipliers: Table<number>;
  readonly bounds: Table<BoundKind>;
  readonly suffixBounds: Table<BoundKind>;
  readonly magnitudes: Table<LexiconRange>;
  readonly vagueMultiples: Table<LexiconRange>;
  readonly disjunctions: Table<true>;
  readonly rangeOpeners: Table<readonly string[]>;
  readonly rangeJoiners: Table<true>;
  readonly absent: Table<'unknown' | 'undisclosed' | 'zero'>;
  readonly ordinals: Table<number>;
  readonly nouns: Table<true>;
  readonly systems: readonly CompiledSystem[];
  /** The single words of the top-level number and scale tables. */
  readonly baseWords: ReadonlySet<string>;
  readonly approximateNumbers: Table<number>;
  readonly fillers: Table<true>;
  readonly remarks: Table<RemarkKind>;
  readonly partJoiners: Table<true>;
  readonly nounStems: readonly string[];
  readonly nounLinks: Table<true>;
}

const flags = (list: readonly string[]): Record<string, true> =>
  Object.fromEntries(list.map((w) => [w, true] as const));

const compiled = new WeakMap<Lexicon, CompiledLexicon>();

function compileSystem(tag: string, system: NumeralSystem): CompiledSystem {
  const multipliers = system.multipliers ?? {};
  const joiners = new Set((system.joiners ?? []).map(normalizeWord));
  const words = new Set<string>(joiners);
  const numbers: Record<string, number> = { ...system.numbers };
  const morphemes = new Set<string>(joiners);
  for (const key of [...Object.keys(system.numbers), ...Object.keys(multipliers)]) {
    const parts = keyWords(key).filter((w) => w !== '-');
    for (const w of parts) words.add(w);
    morphemes.add(parts.join(''));
    // A numeral of several words may also be written as one ("on bir" as "onbir").
    if (parts.length > 1 && key in system.numbers)
      numbers[parts.join('')] = system.numbers[key] as number;
  }
  return {
    tag,
    system,
    numbers: index(numbers),
    multipliers: index(multipliers),
    bare: new Set((system.bareScales ?? []).map(normalizeWord)),
    joiners,
    words,
    morphemes: [...morphemes].filter((m) => m !== '').sort((a, b) => b.length - a.length),
  };
}

/** Indexes a lexicon for matching; cached per lexicon object, a frozen snapshot. */
export function compile(lexicon: Lexicon): CompiledLexicon {
  const cached = compiled.get(lexicon);
  if (cached) return cached;
  const words = new Set<string>();
  const collect = (keys: readonly string[]) => {
    for (const key of keys) for (const w of keyWords(key)) words.add(w);
  };
  collect(Object.keys(lexicon.numbers));
  collect(Object.keys(lexicon.multipliers));
  const baseWords = new Set(words);
  collect(Object.keys(lexicon.bounds));
  collect(Object.keys(lexicon.suffixBounds));
  collect(Object.keys(lexicon.ordinals));
  collect(Object.keys(lexicon.approximateNumbers ?? {}));
  collect(lexicon.fillers ?? []);
  collect(Object.keys(lexicon.remarks ?? {}));
  collect(lexicon.nouns);
  collect(lexicon.nounLinks ?? []);
  const systems = Object.entries(lexicon.numeralSystems ?? {}).map(([tag, system]) => {
    const result = compileSystem(tag, system);
    for (const w of result.words) words.add(w);
    return result;
  });
  const openers: Record<string, string[]> = {};
  for (const [open, close] of lexicon.rangeWords) (openers[open] ??= []).push(close);
  const result: CompiledLexicon = {
    lexicon,
    words,
    numbers: index(lexicon.numbers),
    multipliers: index(lexicon.multipliers),
    bounds: index(lexicon.bounds),
    suffixBounds: index(lexicon.suffixBounds),
    magnitudes: index(lexicon.magnitudes),
    vagueMultiples: index(lexicon.vagueMultiples),
    disjunctions: index(flags(lexicon.disjunctions)),
    rangeOpeners: index(openers),
    rangeJoiners: index(flags(lexicon.rangeJoiners)),
    absent: index(lexicon.absent),
    ordinals: index(lexicon.ordinals),
    nouns: index(flags(lexicon.nouns)),
    systems,
    baseWords,
    approximateNumbers: index(lexicon.approximateNumbers ?? {}),
    fillers: index(flags(lexicon.fillers ?? [])),
    remarks: index(lexicon.remarks ?? {}),
    partJoiners: index(flags(lexicon.partJoiners ?? [])),
    nounStems: (lexicon.nounStems ?? []).map(normalizeWord),
    nounLinks: index(flags(lexicon.nounLinks ?? [])),
  };
  compiled.set(lexicon, result);
  return result;
}

interface Amount {
  readonly value: number;
  /** For a rounded figure ("2.2 thousand"), the whole numbers that round to it. */
  readonly rounding?: { readonly low: number; readonly high: number };
  /** A word that names a round number loosely ("une centaine"): alone, it reads as "about". */
  readonly approximate?: boolean;
  /** The scale word the amount ended with, so digits after it may fill it ("bin 718"). */
  readonly scale?: number | undefined;
  readonly start: number;
  readonly end: number;
  readonly entries: readonly string[];
}

/** One reading of a part, with whether a bound word of its own decided it. */
interface Quantity {
  readonly interval: Interval;
  /** The bound word before the number, which later parts without one take over. */
  readonly bound?: BoundKind;
  /** No bound, range or magnitude: a number as stated. */
  readonly plain: boolean;
  /** A vague magnitude ("hundreds"), already as loose as an estimate. */
  readonly vague?: boolean;
}

/** One part of a phrase as read: the reading, where it sits, and who it counts. */
interface Part {
  readonly quantity: Quantity;
  readonly start: number;
  readonly end: number;
  readonly category: string;
}

/** A word of a numeral in one of the lexicon's numeral systems. */
interface Piece {
  readonly text: string;
  readonly token: number;
  readonly start: number;
  readonly end: number;
  /** The token is not a word of the top-level tables. */
  readonly own: boolean;
}

/** Reads one phrase with a compiled lexicon. Throws `Unreadable`; callers catch it. */
class Parser {
  private i = 0;
  private readonly entries: string[] = [];

  constructor(
    private readonly text: string,
    private readonly tokens: readonly Token[],
    private readonly lex: CompiledLexicon,
  ) {}

  private fail(code: IssueCode, from: number, to: number, why: string): never {
    const part = this.text.slice(from, to);
    const message =
      code === 'ambiguous-number'
        ? messages.phraseAmbiguous(part, from, why)
        : messages.phraseUnreadable(part, from, why);
    throw new Unreadable({ path: [], code, message, part, start: from, end: to });
  }

  private failAt(token: Token | undefined, why: string): never {
    if (token === undefined) {
      return this.fail('unreadable-phrase', this.text.length, this.text.length, why);
    }
    const last = this.tokens[this.tokens.length - 1] ?? token;
    return this.fail('unreadable-phrase', token.start, Math.max(token.end, last.end), why);
  }

  private peek(offset = 0): Token | undefined {
    return this.tokens[this.i + offset];
  }

  /** Tries to match an entry of `table` at the current position; advances past it on success. */
  private take<V>(table: Table<V>, name: string, at = this.i): Entry<V> | undefined {
    const first = this.tokens[at];
    if (first === undefined || first.kind !== 'word') return undefined;
    const candidates = table.get(first.text);
    if (!candidates) return undefined;
    for (const entry of candidates) {
      let ok = true;
      for (let k = 0; k < entry.words.length; k += 1) {
        const token = this.tokens[at + k];
        const word = entry.words[k];
        const matches =
          token !== undefined &&
          (word === '-' ? token.kind === 'dash' : token.kind === 'word' && token.text === word);
        if (!matches) {
          ok = false;
          break;
        }
      }
      if (ok) {
        this.i = at + entry.words.length;
        this.entries.push(`${name}[${JSON.stringify(entry.key)}]${describeValue(entry.value)}`);
        return entry;
      }
    }
    return undefined;
  }

  private peekTable<V>(table: Table<V>, at = this.i): boolean {
    const saveI = this.i;
    const saveEntries = this.entries.length;
    const found = this.take(table, '', at) !== undefined;
    this.i = saveI;
    this.entries.length = saveEntries;
    return found;
  }

  read(): Reading {
    const absent = this.take(this.lex.absent, 'absent');
    if (absent && this.i === this.tokens.length) {
      return { kind: 'absent', status: absent.value, entries: this.entries };
    }
    this.i = 0;
    this.entries.length = 0;
    const parts = [this.part(undefined)];
    // "185 soldiers and 20 civilians", "95 soldiers, 56 national guardsmen": a breakdown.
    for (;;) {
      const save = this.i;
      const saveEntries = this.entries.length;
      let joined = false;
      if (this.peek()?.kind === 'comma') {
        this.i += 1;
        joined = true;
      }
      if (this.take(this.lex.partJoiners, 'partJoiners')) joined = true;
      if (!joined || !this.startsFigure()) {
        this.i = save;
        this.entries.length = saveEntries;
        break;
      }
      parts.push(this.part(parts[0]?.quantity.bound));
    }
    const remark = this.remark();
    const rest = this.peek();
    if (rest !== undefined) {
      if (
        rest.kind === 'word' &&
        (rest.text === 'for' || rest.text === 'на' || rest.text === 'за')
      ) {
        this.failAt(rest, 'this reads as an exchange ratio ("N for M"); give one side\'s figure');
      }
      this.failAt(rest, 'the lexicon has no meaning for these words after the figure');
    }
    const read = parts.map((p) => ({ ...p, quantity: this.remarked(p.quantity, remark) }));
    const [only] = read;
    if (read.length === 1 && only !== undefined) {
      return { kind: 'count', interval: only.quantity.interval, entries: this.entries };
    }
    for (const p of read) {
      if (p.category === '') {
        this.fail(
          'unreadable-phrase',
          p.start,
          p.end,
          'in a phrase with several figures, each must say who it counts ("50 soldiers and 20 civilians")',
        );
      }
    }
    return {
      kind: 'count',
      interval: sumIntervals(read.map((p) => p.quantity.interval)),
      entries: this.entries,
      parts: read.map((p) => ({
        interval: p.quantity.interval,
        wording: this.text.slice(p.start, p.end),
        category: p.category,
      })),
    };
  }

  /** Whether the tokens from the current position can begin a figure (after a joiner). */
  private startsFigure(): boolean {
    const token = this.peek();
    if (token === undefined) return false;
    if (token.kind === 'number') return true;
    if (token.kind === 'open') return this.peek(1)?.kind === 'number';
    if (token.kind !== 'word') return false;
    const lex = this.lex;
    if (
      [
        lex.fillers,
        lex.bounds,
        lex.magnitudes,
        lex.vagueMultiples,
        lex.rangeOpeners,
        lex.approximateNumbers,
        lex.numbers,
        lex.multipliers,
      ].some((table) => this.peekTable(table as Table<unknown>))
    ) {
      return true;
    }
    return lex.systems.some((system) => this.collect(system, this.i).length > 0);
  }

  /** One figure with who it counts: fillers, a reading, disjunctions, then nouns. */
  private part(inherit: BoundKind | undefined): Part {
    const startToken = this.peek();
    while (this.take(this.lex.fillers, 'fillers')) {
      // Words such as "reportedly" or "a total of" say how the figure was given, not what it is.
    }
    let quantity = this.quantity(inherit);
    for (;;) {
      const save = this.i;
      if (this.peek()?.kind === 'comma') this.i += 1;
      if (!this.take(this.lex.disjunctions, 'disjunctions')) {
        this.i = save;
        break;
      }
      const other = this.quantity(undefined).interval;
      const interval = quantity.interval;
      quantity = {
        plain: false,
        interval: {
          low: Math.min(interval.low, other.low),
          high:
            interval.high === null || other.high === null
              ? null
              : Math.max(interval.high, other.high),
        },
      };
    }
    const category = this.nouns();
    const last = this.tokens[this.i - 1];
    return {
      quantity,
      start: startToken?.start ?? 0,
      end: last?.end ?? this.text.length,
      category,
    };
  }

  /** Whether the token at `at` says who was counted: a noun of the lexicon, or one of its stems. */
  private nounAt(at: number): boolean {
    const token = this.tokens[at];
    if (token === undefined || token.kind !== 'word') return false;
    if (this.peekTable(this.lex.nouns, at)) return true;
    return this.lex.nounStems.some((stem) => stem !== '' && token.text.startsWith(stem));
  }

  /** Skips one noun at the current position; true when there was one. */
  private takeNoun(): boolean {
    if (this.take(this.lex.nouns, 'nouns')) return true;
    if (this.nounAt(this.i)) {
      this.i += 1;
      return true;
    }
    return false;
  }

  /**
   * Skips the words naming who was counted, and returns them as written (without a leading "of"),
   * or '' when there are none. A joiner between two such words belongs to them ("soldiers and
   * sergeants"); before a figure it starts the next part.
   */
  private nouns(): string {
    // "thousands, if not tens of thousands, of civilians": a comma may set the nouns apart.
    if (this.peek()?.kind === 'comma') {
      if (!this.nounAt(this.i + 1)) return '';
      this.i += 1;
    }
    let first: Token | undefined;
    let last: Token | undefined;
    for (;;) {
      const from = this.i;
      const link = first === undefined && this.peekTable(this.lex.nounLinks);
      if (this.takeNoun()) {
        if (!link) first ??= this.tokens[from];
        last = this.tokens[this.i - 1];
        continue;
      }
      const save = this.i;
      const saveEntries = this.entries.length;
      if (last !== undefined && this.take(this.lex.partJoiners, '') && this.nounAt(this.i)) {
        this.entries.length = saveEntries;
        continue;
      }
      this.i = save;
      this.entries.length = saveEntries;
      break;
    }
    return first === undefined || last === undefined ? '' : this.text.slice(first.start, last.end);
  }

  /** Whether a bracketed remark starts at the current position. */
  private remarkAhead(): boolean {
    const save = this.i;
    const saveEntries = this.entries.length;
    const found = this.remark() !== undefined;
    this.i = save;
    this.entries.length = saveEntries;
    return found;
  }

  /** A bracketed remark after the figure ("(planned)", "(rough estimate)"), or undefined. */
  private remark(): { kind: RemarkKind; start: number; end: number } | undefined {
    const open = this.peek();
    if (open?.kind !== 'open') return undefined;
    const save = this.i;
    this.i += 1;
    const entry = this.take(this.lex.remarks, 'remarks');
    const close = this.peek();
    if (entry === undefined || close?.kind !== 'close') {
      this.i = save;
      return undefined;
    }
    this.i += 1;
    return { kind: entry.value, start: open.start, end: close.end };
  }

  /**
   * A figure under a remark: a note changes nothing; "estimate" reads an exact figure as "about"
   * it, keeps one already approximate, and is refused after a bound or range, whose bound it would
   * move by an amount nobody stated.
   */
  private remarked(
    quantity: Quantity,
    remark: { kind: RemarkKind; start: number; end: number } | undefined,
  ): Quantity {
    if (remark === undefined || remark.kind === 'note') return quantity;
    const { low, high, best } = quantity.interval;
    if (low === high && quantity.plain) {
      return {
        ...quantity,
        interval: this.applyBound('about', {
          value: low,
          start: remark.start,
          end: remark.end,
          entries: [],
        }),
      };
    }
    if (best !== undefined || quantity.vague === true) return quantity;
    return this.fail(
      'unreadable-phrase',
      remark.start,
      remark.end,
      'a remark that the figure is an estimate cannot say how far a bound or range moves',
    );
  }

  /**
   * One reading, refused when a bound would leave the whole numbers a headcount can be (at most
   * `Number.MAX_SAFE_INTEGER`, as everywhere in the package): "over 9007199254740991" would start
   * above it, "about 9007199254740991" end above it.
   */
  private quantity(inherit: BoundKind | undefined): Quantity {
    const from = this.i;
    const quantity = this.reading(inherit);
    const { low, high, best } = quantity.interval;
    const whole = (n: number | null | undefined) =>
      n === null || n === undefined || Number.isSafeInteger(n);
    if (!whole(low) || !whole(high) || !whole(best)) {
      const first = this.tokens[from];
      const last = this.tokens[this.i - 1];
      this.fail(
        'unreadable-phrase',
        first?.start ?? 0,
        last?.end ?? this.text.length,
        messages.phraseTooLarge(),
      );
    }
    return quantity;
  }

  private reading(inherit: BoundKind | undefined): Quantity {
    const start = this.peek();
    if (start === undefined) return this.failAt(undefined, 'a number was expected here');

    const opener = this.take(this.lex.rangeOpeners, 'rangeWords');
    if (opener) {
      const closers = opener.value.map((close) => keyWords(close));
      const low = this.amount(closers.map((words) => words[0] ?? ''));
      let closed = false;
      for (const words of closers) {
        const key = words.join(' ');
        if (this.take(index({ [key]: true }), 'rangeWords')) {
          closed = true;
          break;
        }
      }
      if (!closed) {
        this.failAt(this.peek(), `expected "${opener.value.join('" or "')}" and a second number`);
      }
      const high = this.amount();
      return { interval: this.range(low, high), plain: false };
    }

    // "several hundred" before bound words, so a word may be both ("quelques centaines").
    const magnitude = this.magnitude();
    if (magnitude) return { interval: magnitude, plain: false, vague: true };

    const bound = this.take(this.lex.bounds, 'bounds');
    if (bound) {
      const amount = this.amount();
      if (bound.value === 'about' && this.peek()?.kind === 'open' && !this.remarkAhead()) {
        return { interval: this.bracketed(amount), bound: bound.value, plain: false };
      }
      return { interval: this.applyBound(bound.value, amount), bound: bound.value, plain: false };
    }

    const amount = this.amount();
    const next = this.peek();
    if (next?.kind === 'dash' && this.peek(1)?.kind === 'number') {
      this.i += 1;
      return { interval: this.range(amount, this.amount()), plain: false };
    }
    if (
      next?.kind === 'word' &&
      this.peekTable(this.lex.rangeJoiners) &&
      this.peek(1)?.kind === 'number'
    ) {
      this.take(this.lex.rangeJoiners, 'rangeJoiners');
      return { interval: this.range(amount, this.amount()), plain: false };
    }
    // "2,200-plus", "2,200+" and "44 or more" bound the number from after it.
    const save = this.i;
    if (next?.kind === 'dash' && next.joined) this.i += 1;
    const suffix = this.take(this.lex.suffixBounds, 'suffixBounds');
    if (suffix) return { interval: this.applyBound(suffix.value, amount), plain: false };
    this.i = save;
    if (amount.rounding)
      return { interval: { ...amount.rounding, best: amount.value }, plain: false };
    // A later part of a breakdown takes the bound word of the first ("roughly 50 soldiers and 20
    // civilians" reads both as "roughly").
    if (inherit !== undefined) return { interval: this.applyBound(inherit, amount), plain: false };
    if (amount.approximate) return { interval: this.applyBound('about', amount), plain: false };
    return { interval: { low: amount.value, high: amount.value }, plain: true };
  }

  /** "about 40 (36–44)": the bracket gives the interval, the number before it the best estimate. */
  private bracketed(amount: Amount): Interval {
    const open = this.peek();
    this.i += 1;
    const inner = this.quantity(undefined).interval;
    const close = this.peek();
    if (close?.kind !== 'close') this.failAt(close ?? open, 'a closing bracket was expected');
    this.i += 1;
    if (amount.value < inner.low || (inner.high !== null && amount.value > inner.high)) {
      this.fail(
        'unreadable-phrase',
        open?.start ?? amount.start,
        close.end,
        `the bracketed range does not contain ${amount.value}`,
      );
    }
    return inner.low === inner.high
      ? { low: inner.low, high: inner.high }
      : { low: inner.low, high: inner.high, best: amount.value };
  }

  private range(low: Amount, high: Amount): Interval {
    if (low.value > high.value) {
      this.fail(
        'unreadable-phrase',
        low.start,
        high.end,
        `a range runs from the lower number to the higher, but ${low.value} is above ${high.value}`,
      );
    }
    return { low: low.value, high: high.value };
  }

  private applyBound(kind: BoundKind, amount: Amount): Interval {
    const n = amount.value;
    const share = this.lex.lexicon.approximateShare;
    switch (kind) {
      case 'more-than':
        return { low: n + 1, high: null };
      case 'just-over':
        return { low: n + 1, high: n + Math.max(1, Math.ceil(n * share)) };
      case 'at-least':
        return { low: n, high: null };
      case 'at-most':
        return { low: 0, high: n };
      case 'fewer-than':
        if (n === 0)
          this.fail(
            'unreadable-phrase',
            amount.start,
            amount.end,
            'fewer than zero people is impossible',
          );
        return { low: 0, high: n - 1 };
      case 'about': {
        const spread = Math.ceil(n * share);
        const low = Math.max(0, n - spread);
        return spread === 0 ? { low: n, high: n } : { low, high: n + spread, best: n };
      }
      case 'almost':
        return { low: Math.max(0, n - Math.ceil(n * share)), high: n };
      case 'just-under':
        if (n === 0)
          this.fail(
            'unreadable-phrase',
            amount.start,
            amount.end,
            'fewer than zero people is impossible',
          );
        return { low: Math.max(0, n - Math.max(1, Math.ceil(n * share))), high: n - 1 };
    }
  }

  /** A scale word of the top-level table or of a numeral system, recorded as it was found. */
  private takeMultiplier(): Entry<number> | undefined {
    const base = this.take(this.lex.multipliers, 'multipliers');
    if (base) return base;
    for (const system of this.lex.systems) {
      const found = this.take(
        system.multipliers,
        `numeralSystems[${JSON.stringify(system.tag)}].multipliers`,
      );
      if (found) return found;
    }
    return undefined;
  }

  /** A vague magnitude ("hundreds", "tens of thousands", "several hundred"), or undefined. */
  private magnitude(): Interval | undefined {
    const direct = this.take(this.lex.magnitudes, 'magnitudes');
    if (direct) return direct.value;
    const save = this.i;
    const saveEntries = this.entries.length;
    const vague = this.take(this.lex.vagueMultiples, 'vagueMultiples');
    if (!vague) return undefined;
    const multiplier = this.takeMultiplier();
    if (!multiplier) {
      this.i = save;
      this.entries.length = saveEntries;
      return undefined;
    }
    const m = multiplier.value;
    const { low, high } = vague.value;
    return { low: low * m, high: high === null ? null : (high + 1) * m - 1 };
  }

  /**
   * A number: digits (with an optional multiplier word after them), or number words. `closers` are
   * the first words that end the range being read, if any.
   */
  private amount(closers: readonly string[] = []): Amount {
    const amount = this.amountOnly(closers);
    // "4 bin 500", "bin 718", "mil 968": digits that fill the scale word before them.
    const next = this.peek();
    if (amount.scale !== undefined && next?.kind === 'number' && !next.ordinal) {
      const rest = this.readDigits(next);
      if (
        rest.decimals === 0 &&
        rest.value >= 1 &&
        rest.value < amount.scale &&
        amount.rounding === undefined
      ) {
        this.i += 1;
        return this.safe({
          ...amount,
          value: amount.value + rest.value,
          scale: undefined,
          end: next.end,
        });
      }
    }
    return amount;
  }

  private amountOnly(closers: readonly string[]): Amount {
    const token = this.peek();
    if (token === undefined) return this.failAt(undefined, 'a number was expected at the end');
    if (
      token.kind === 'open' &&
      this.peek(1)?.kind === 'number' &&
      this.peek(2)?.kind === 'close'
    ) {
      // "(250) أسيرًا": a number set in brackets, as some reporting does.
      const number = this.peek(1) as Token;
      const close = this.peek(2) as Token;
      this.i += 1;
      const inner = this.amountOnly([]);
      if (this.peek() !== close) return this.failAt(this.peek(), 'a closing bracket was expected');
      this.i += 1;
      return {
        ...inner,
        start: token.start,
        end: close.end,
        scale: number === close ? undefined : inner.scale,
      };
    }
    if (token.kind === 'number') {
      this.i += 1;
      const read = this.readDigits(token);
      const multiplier = token.ordinal ? undefined : this.takeMultiplier();
      if (multiplier) {
        const value = Math.round(read.value * multiplier.value * 1e6) / 1e6;
        if (!Number.isInteger(value)) {
          this.fail(
            'unreadable-phrase',
            token.start,
            this.tokens[this.i - 1]?.end ?? token.end,
            'this is not a whole number of people',
          );
        }
        const end = this.tokens[this.i - 1]?.end ?? token.end;
        // "2.2 thousand" is given to the nearest hundred: every whole number that rounds to it.
        const unit = multiplier.value / 10 ** read.decimals;
        if (read.decimals === 0 || unit < 2) {
          const scale = read.decimals === 0 ? multiplier.value : undefined;
          return this.safe({ value, scale, start: token.start, end, entries: [] });
        }
        const rounding = {
          low: Math.ceil(value - unit / 2),
          high: Math.ceil(value + unit / 2) - 1,
        };
        return this.safe({ value, rounding, start: token.start, end, entries: [] });
      }
      // Without a scale word, digits after a decimal mark are never a headcount's: "2,5" is a
      // fraction, and "1,0000" or "10,0" a slip for some other number as likely as a whole one.
      if (read.decimals > 0) {
        this.fail(
          'ambiguous-number',
          token.start,
          token.end,
          'a headcount is a whole number, and this reads as a fraction',
        );
      }
      return this.safe({ value: read.value, start: token.start, end: token.end, entries: [] });
    }
    const approximate = this.take(this.lex.approximateNumbers, 'approximateNumbers');
    if (approximate) {
      const end = this.tokens[this.i - 1]?.end ?? token.end;
      return { value: approximate.value, approximate: true, start: token.start, end, entries: [] };
    }
    const system = this.systemNumeral(closers);
    if (system) return this.safe(system);
    const words = this.numberWords(closers.includes('and') ? 'and' : undefined);
    if (words) return this.safe(words);
    const ordinal = this.take(this.lex.ordinals, 'ordinals');
    if (ordinal) return { value: ordinal.value, start: token.start, end: token.end, entries: [] };
    if (token.kind === 'word' && this.lex.words.has(token.text)) {
      return this.failAt(token, 'a number was expected here');
    }
    return this.failAt(token, 'this is not a number the lexicon knows');
  }

  private safe(amount: Amount): Amount {
    if (amount.value > Number.MAX_SAFE_INTEGER) {
      this.fail('unreadable-phrase', amount.start, amount.end, messages.phraseTooLarge());
    }
    return amount;
  }

  /** Reads a digit group: "2,238", "2 238", "2.238" (thousands) or "2.2" (a decimal, kept as such). */
  private readDigits(token: Token): { value: number; decimals: number } {
    const raw = token.text;
    const separators = raw.match(/[^\d]/g) ?? [];
    if (separators.length === 0) return { value: Number(raw), decimals: 0 };
    const groups = raw.split(/[^\d]/);
    const sameSeparator = separators.every((s) => s === separators[0]);
    const thousands =
      sameSeparator &&
      (groups[0]?.length ?? 0) <= 3 &&
      groups.slice(1).every((g) => g.length === 3);
    if (thousands) return { value: Number(groups.join('')), decimals: 0 };
    if (separators.length === 1 && (separators[0] === '.' || separators[0] === ',')) {
      return {
        value: Number(`${groups[0] ?? ''}.${groups[1] ?? ''}`),
        decimals: groups[1]?.length ?? 0,
      };
    }
    return this.fail(
      'ambiguous-number',
      token.start,
      token.end,
      'the separators do not group digits in threes, so the number cannot be told apart from a decimal',
    );
  }

  /** How a word of a numeral system is split: itself, or (for compounds) the words it is made of. */
  private split(system: CompiledSystem, word: string): string[] | undefined {
    if (system.words.has(word)) return [word];
    if (system.system.extendsBase === true && this.lex.baseWords.has(word)) return [word];
    if (system.system.compounds !== true) return undefined;
    // Fewest pieces first: "dreizehn" is one word, not "drei" and "zehn".
    const best: (string[] | undefined)[] = [[]];
    for (let end = 1; end <= word.length; end += 1) {
      for (const m of system.morphemes) {
        const begin = end - m.length;
        const before = begin >= 0 ? best[begin] : undefined;
        if (before === undefined || word.slice(begin, end) !== m) continue;
        const candidate = [...before, m];
        const current = best[end];
        if (current === undefined || candidate.length < current.length) best[end] = candidate;
      }
    }
    return best[word.length];
  }

  /**
   * A joiner written onto the first word of a numeral of several words, which the next token
   * completes: Arabic "وأحد عشر" is "و" and "أحد عشر", though "وأحد" alone also spells "واحد".
   */
  private joinerBefore(
    system: CompiledSystem,
    word: string,
    next: Token | undefined,
  ): string[] | undefined {
    if (system.system.compounds !== true || next?.kind !== 'word') return undefined;
    for (const joiner of system.joiners) {
      if (!word.startsWith(joiner) || word.length === joiner.length) continue;
      const rest = word.slice(joiner.length);
      const keys = system.numbers.get(rest) ?? [];
      if (keys.some((entry) => entry.words.length > 1 && entry.words[1] === next.text)) {
        return [joiner, rest];
      }
    }
    return undefined;
  }

  /** The words from token `from` on that a numeral of `system` could be made of. */
  private collect(system: CompiledSystem, from: number): Piece[] {
    const pieces: Piece[] = [];
    let k = from;
    for (;;) {
      const token = this.tokens[k];
      if (token === undefined) break;
      if (token.kind === 'dash' && token.joined && pieces.length > 0) {
        // "trente-trois", "quatre-vingt-dix": a hyphen inside a numeral.
        const next = this.tokens[k + 1];
        if (next?.kind === 'word' && next.joined && this.split(system, next.text)) {
          k += 1;
          continue;
        }
        break;
      }
      if (token.kind !== 'word') break;
      const words =
        this.joinerBefore(system, token.text, this.tokens[k + 1]) ?? this.split(system, token.text);
      if (!words) break;
      const own = !this.lex.baseWords.has(token.text);
      for (const text of words)
        pieces.push({ text, token: k, start: token.start, end: token.end, own });
      k += 1;
    }
    while (pieces.length > 0 && system.joiners.has(pieces[pieces.length - 1]?.text ?? '')) {
      const dropped = pieces.pop() as Piece;
      // A joiner that is part of a longer word stays with it: drop the whole token.
      while (pieces.length > 0 && pieces[pieces.length - 1]?.token === dropped.token) pieces.pop();
    }
    return pieces;
  }

  /**
   * Number words of one of the lexicon's numeral systems ("iki yüz", "zweihundertfünfzig",
   * "mil 968"). Read only when the words hold one the top-level tables do not know, so a phrase in
   * those words reads as it always did.
   */
  private systemNumeral(closers: readonly string[]): Amount | undefined {
    let chosen: { system: CompiledSystem; pieces: Piece[]; items: NumeralPart[] } | undefined;
    for (const system of this.lex.systems) {
      const pieces = this.collect(system, this.i);
      const items = this.itemsOf(system, pieces);
      if (items === undefined || !items.some((item) => item.own && item.kind !== 'joiner'))
        continue;
      const tokens = (pieces[pieces.length - 1]?.token ?? this.i) + 1;
      const best =
        chosen === undefined ? -1 : (chosen.pieces[chosen.pieces.length - 1]?.token ?? 0) + 1;
      if (tokens > best) chosen = { system, pieces, items };
    }
    if (chosen === undefined) return undefined;
    const { system, pieces, items } = chosen;
    const first = pieces[0] as Piece;
    const last = pieces[pieces.length - 1] as Piece;
    const name = `numeralSystems[${JSON.stringify(system.tag)}]`;
    const numeral = evaluateSystem(items, system, this.text);
    if ('value' in numeral) {
      for (const item of items) if (item.entry) this.entries.push(`${name}${item.entry}`);
      this.i = last.token + 1;
      const end = items[items.length - 1];
      return {
        value: numeral.value,
        scale: end?.kind === 'scale' ? end.value : undefined,
        start: first.start,
        end: last.end,
        entries: [],
      };
    }
    // "entre doscientos y trescientos": the joiner that closes a range, when the words before it
    // name a number.
    for (let k = items.length - 1; k > 0; k -= 1) {
      const item = items[k] as NumeralPart;
      if (item.kind !== 'joiner' || !closers.includes(item.word) || item.whole !== true) continue;
      const head = items.slice(0, k);
      const before = evaluateSystem(head, system, this.text);
      if ('value' in before) {
        for (const part of head) if (part.entry) this.entries.push(`${name}${part.entry}`);
        this.i = item.token;
        return {
          value: before.value,
          start: first.start,
          end: head[head.length - 1]?.end ?? first.end,
          entries: [],
        };
      }
    }
    return this.fail('ambiguous-number', first.start, last.end, numeral.why);
  }

  /** The pieces read as numbers, scale words and joiners, or undefined when one is none of them. */
  private itemsOf(system: CompiledSystem, pieces: readonly Piece[]): NumeralPart[] | undefined {
    const texts = pieces.map((p) => p.text);
    const items: NumeralPart[] = [];
    const base = system.system.extendsBase === true;
    let at = 0;
    while (at < pieces.length) {
      const piece = pieces[at] as Piece;
      const number =
        matchPieces(system.numbers, texts, at) ??
        (base ? matchPieces(this.lex.numbers, texts, at) : undefined);
      const scale =
        matchPieces(system.multipliers, texts, at) ??
        (base ? matchPieces(this.lex.multipliers, texts, at) : undefined);
      const entry =
        number !== undefined && (scale === undefined || number.words.length >= scale.words.length)
          ? { kind: 'number' as const, found: number }
          : scale !== undefined
            ? { kind: 'scale' as const, found: scale }
            : undefined;
      if (entry !== undefined) {
        const span = pieces.slice(at, at + entry.found.words.length);
        const end = span[span.length - 1] as Piece;
        items.push({
          kind: entry.kind,
          value: entry.found.value,
          word: entry.found.key,
          bare: entry.kind === 'scale' && system.bare.has(normalizeWord(entry.found.key)),
          own: span.some((p) => p.own),
          start: piece.start,
          end: end.end,
          token: piece.token,
          whole: false,
          entry: `[${JSON.stringify(entry.found.key)}] = ${entry.found.value}`,
        });
        at += entry.found.words.length;
        continue;
      }
      if (system.joiners.has(piece.text)) {
        const whole = pieces.filter((p) => p.token === piece.token).length === 1;
        items.push({
          kind: 'joiner',
          value: 0,
          word: piece.text,
          bare: false,
          own: piece.own,
          start: piece.start,
          end: piece.end,
          token: piece.token,
          whole,
        });
        at += 1;
        continue;
      }
      return undefined;
    }
    return items.length > 0 ? items : undefined;
  }

  /**
   * English, Ukrainian or Russian number words: "forty-four", "one hundred and six", "дві тисячі".
   * The words are collected first (number words, scale words, "and" after a scale word, a hyphen
   * between two number words), then {@link evaluateNumeral} decides whether they name one number.
   * `closer` is the word that ends a range being read ("between … and …"): an "and" that would make
   * the words unreadable is then taken as the end of the first number instead.
   */
  private numberWords(closer?: string): Amount | undefined {
    const startToken = this.peek();
    if (startToken === undefined) return undefined;
    const save = this.i;
    const saveEntries = this.entries.length;
    const items: NumeralItem[] = [];
    /** Where each "and" joiner sat: the token, the entries and the items read before it. */
    const joiners: { token: number; entries: number; items: number }[] = [];
    const span = (from: number) => ({
      start: this.tokens[from]?.start ?? startToken.start,
      end: this.tokens[this.i - 1]?.end ?? startToken.end,
    });
    // "a hundred", "a thousand": the article stands for one, before a scale word only.
    if (startToken.kind === 'word' && (startToken.text === 'a' || startToken.text === 'an')) {
      this.i += 1;
      const scale = this.take(this.lex.multipliers, 'multipliers');
      if (scale) {
        const article = { start: startToken.start, end: startToken.end };
        items.push({ kind: 'number', value: 1, hyphen: false, ...article });
        items.push({ kind: 'scale', value: scale.value, hyphen: false, ...span(save + 1) });
      } else {
        // Not "a hundred": let the number table try the article as part of a phrase ("a dozen").
        this.i = save;
      }
    }
    let hyphen = false;
    for (;;) {
      const token = this.peek();
      if (token === undefined) break;
      const last = items[items.length - 1];
      const next = this.peek(1);
      const numberNext = next?.kind === 'word' && this.lex.numbers.has(next.text);
      if (last?.kind === 'number' && token.kind === 'dash' && token.joined) {
        // "forty-four": a hyphen between two number words.
        if (!numberNext) break;
        this.i += 1;
        hyphen = true;
        continue;
      }
      if (last?.kind === 'scale' && token.kind === 'word' && token.text === 'and') {
        // "one hundred and six": "and" after a scale word, before a number word.
        if (!numberNext) break;
        joiners.push({ token: this.i, entries: this.entries.length, items: items.length });
        this.i += 1;
        continue;
      }
      const from = this.i;
      const number = this.take(this.lex.numbers, 'numbers');
      if (number) {
        items.push({ kind: 'number', value: number.value, hyphen, ...span(from) });
        hyphen = false;
        continue;
      }
      if (hyphen) {
        // The hyphen led to no number word after all ("twenty-a …"): leave it unread.
        this.i -= 1;
        break;
      }
      if (items.length === 0) break;
      const scale = this.take(this.lex.multipliers, 'multipliers');
      if (!scale) break;
      items.push({ kind: 'scale', value: scale.value, hyphen: false, ...span(from) });
    }
    const first = items[0];
    const last = items[items.length - 1];
    if (first === undefined || last === undefined) {
      this.i = save;
      this.entries.length = saveEntries;
      return undefined;
    }
    const numeral = evaluateNumeral(items, this.text);
    if ('value' in numeral) {
      const scale = last.kind === 'scale' ? last.value : undefined;
      return { value: numeral.value, scale, start: first.start, end: last.end, entries: [] };
    }
    if (closer === 'and') {
      // "between two hundred and three hundred": the last "and" that leaves a number before it.
      for (const joiner of [...joiners].reverse()) {
        const head = items.slice(0, joiner.items);
        const before = evaluateNumeral(head, this.text);
        const end = head[head.length - 1]?.end;
        if ('value' in before && end !== undefined) {
          this.i = joiner.token;
          this.entries.length = joiner.entries;
          return { value: before.value, start: first.start, end, entries: [] };
        }
      }
    }
    return this.fail('ambiguous-number', first.start, last.end, numeral.why);
  }
}

/** The sum of the parts of a breakdown; a best estimate only where every part has one or is exact. */
function sumIntervals(intervals: readonly Interval[]): Interval {
  let low = 0;
  let high: number | null = 0;
  let best = 0;
  let estimated = false;
  let exactOrBest = true;
  for (const part of intervals) {
    low += part.low;
    high = high === null || part.high === null ? null : high + part.high;
    if (part.best !== undefined) {
      best += part.best;
      estimated = true;
    } else if (part.low === part.high) best += part.low;
    else exactOrBest = false;
  }
  return estimated && exactOrBest && low !== high ? { low, high, best } : { low, high };
}

/** One word of a numeral in a numeral system, as {@link evaluateSystem} reads it. */
interface NumeralPart {
  readonly kind: 'number' | 'scale' | 'joiner';
  readonly value: number;
  /** The lexicon key (or, for a joiner, the word) it was read from. */
  readonly word: string;
  /** A scale word that stands for one of itself when nothing comes before it. */
  readonly bare: boolean;
  /** Made of words the top-level tables do not know. */
  readonly own: boolean;
  readonly start: number;
  readonly end: number;
  readonly token: number;
  /** A joiner that is a token of its own (not part of a longer word). */
  readonly whole?: boolean;
  readonly entry?: string;
}

const isUnitValue = (v: number): boolean => v >= 1 && v <= 9;

/**
 * The value of a numeral in a numeral system, or why it names none. The same grammar by value as
 * {@link evaluateNumeral}, with what languages differ in: joiners add nothing ("vingt et un"), a
 * unit joined before the tens counts as one number ("fünfundzwanzig"), and some scale words stand
 * alone for one of themselves ("bin", "mille").
 */
export function evaluateSystem(
  all: readonly NumeralPart[],
  system: CompiledSystem,
  text: string,
): { readonly value: number } | { readonly why: string } {
  let items = [...all];
  while (items[0]?.kind === 'joiner') items = items.slice(1);
  while (items[items.length - 1]?.kind === 'joiner') items = items.slice(0, -1);
  const words = (part: readonly NumeralPart[]) =>
    text.slice(part[0]?.start ?? 0, part[part.length - 1]?.end ?? 0);
  if (items.length === 0) return { why: 'there is no number word here' };
  let top = -1;
  items.forEach((item, k) => {
    if (item.kind === 'scale' && (top < 0 || item.value > (items[top]?.value ?? 0))) top = k;
  });
  const scale = items[top];
  if (scale === undefined) {
    const numbers: NumeralPart[] = [];
    for (let k = 0; k < items.length; k += 1) {
      const item = items[k] as NumeralPart;
      const joiner = items[k + 1];
      const tens = items[k + 2];
      if (
        system.system.unitsBeforeTens === true &&
        isUnitValue(item.value) &&
        joiner?.kind === 'joiner' &&
        tens !== undefined &&
        isTens(tens.value) &&
        tens.kind === 'number'
      ) {
        numbers.push({ ...item, value: item.value + tens.value, end: tens.end });
        k += 2;
        continue;
      }
      if (item.kind !== 'joiner') numbers.push(item);
    }
    let total = 0;
    let previous: NumeralPart | undefined;
    for (const item of numbers) {
      if (previous !== undefined && (item.value < 1 || item.value >= room(previous.value))) {
        return { why: messages.numberWordsSideBySide(words([previous]), words([item])) };
      }
      total += item.value;
      previous = item;
    }
    return { value: total };
  }
  // A leading number word as large as the scale word after it ("ألفان ومائة", two thousand and a
  // hundred: the dual is one word) is a term of its own, which the rest adds to within its room.
  const lead = items[0];
  if (
    lead !== undefined &&
    lead.kind === 'number' &&
    lead.value >= scale.value &&
    items.length > 1
  ) {
    const rest = evaluateSystem(items.slice(1), system, text);
    if (!('value' in rest)) return rest;
    if (rest.value < 1 || rest.value >= room(lead.value)) {
      return { why: messages.numberWordsSideBySide(words([lead]), words(items.slice(1))) };
    }
    return { value: lead.value + rest.value };
  }
  const name = words([scale]);
  const before = items.slice(0, top);
  const after = items.slice(top + 1);
  let multiplier = 1;
  if (before.length === 0) {
    if (!scale.bare) return { why: messages.scaleWithoutNumber(name) };
  } else {
    const read = evaluateSystem(before, system, text);
    if (!('value' in read)) return read;
    if (read.value < 1 || read.value >= scale.value) {
      return { why: messages.scaleCoefficient(name, words(before), read.value, scale.value) };
    }
    multiplier = read.value;
  }
  let remainder = 0;
  if (after.some((item) => item.kind !== 'joiner')) {
    const rest = evaluateSystem(after, system, text);
    if (!('value' in rest)) return rest;
    if (rest.value < 1 || rest.value >= scale.value) {
      return { why: messages.scaleRemainder(name, words(after), rest.value, scale.value) };
    }
    remainder = rest.value;
  }
  return { value: multiplier * scale.value + remainder };
}
/** One word of a numeral: a number word ("forty", "сто") or a scale word ("thousand", "тисяч"). */
interface NumeralItem {
  readonly kind: 'number' | 'scale';
  readonly value: number;
  /** Joined to the word before it by a hyphen ("forty-four"). */
  readonly hyphen: boolean;
  readonly start: number;
  readonly end: number;
}

/**
 * How much may still be added after a number word of value `v` within one group: "twenty" leaves
 * room for a unit (below 10), "сто" for anything below 100; a unit, a teen ("twelve", "десять")
 * or zero leave none.
 */
function room(v: number): number {
  if (v === 0) return 0;
  const lastTwo = v % 100;
  if (lastTwo >= 10 && lastTwo <= 19) return 1;
  let place = 1;
  while (v % (place * 10) === 0) place *= 10;
  return place;
}

const isTens = (v: number): boolean => v >= 20 && v <= 90 && v % 10 === 0;

/**
 * The value a run of number and scale words names, or why it names none. The grammar, by value:
 * - with no scale word, each number word must fit in the room the one before it leaves:
 *   "twenty five" (5 < 10), "сто двадцать пять", "one hundred and twelve"; not "five six",
 *   "сто сто", "twenty twelve", "ten five"; a hyphen joins only tens and a unit ("forty-four");
 * - otherwise the largest scale word splits the run at its first occurrence into a multiplier
 *   before it and a remainder after it, each read the same way: the multiplier must be from 1 to
 *   just below the scale ("two hundred", "three hundred thousand", "twelve hundred") and the
 *   remainder, if any, too ("two thousand three hundred"); so "one million million", "two
 *   thousand hundred" and "сто сотен" name no number.
 */
export function evaluateNumeral(
  items: readonly NumeralItem[],
  text: string,
): { readonly value: number } | { readonly why: string } {
  const words = (part: readonly NumeralItem[]) =>
    text.slice(part[0]?.start ?? 0, part[part.length - 1]?.end ?? 0);
  let top = -1;
  items.forEach((item, k) => {
    if (item.kind === 'scale' && (top < 0 || item.value > (items[top]?.value ?? 0))) top = k;
  });
  const scale = items[top];
  if (scale === undefined) {
    let total = 0;
    let previous: NumeralItem | undefined;
    for (const item of items) {
      if (previous !== undefined) {
        const v = item.value;
        if (v < 1 || v >= room(previous.value)) {
          return { why: messages.numberWordsSideBySide(words([previous]), words([item])) };
        }
        if (item.hyphen && !(isTens(previous.value % 100) && v <= 9)) {
          return { why: messages.hyphenNotTensAndUnit(words([previous]), words([item])) };
        }
      }
      total += item.value;
      previous = item;
    }
    return { value: total };
  }
  const name = words([scale]);
  const before = items.slice(0, top);
  const after = items.slice(top + 1);
  if (before.length === 0) return { why: messages.scaleWithoutNumber(name) };
  const multiplier = evaluateNumeral(before, text);
  if (!('value' in multiplier)) return multiplier;
  if (multiplier.value < 1 || multiplier.value >= scale.value) {
    return {
      why: messages.scaleCoefficient(name, words(before), multiplier.value, scale.value),
    };
  }
  let remainder = 0;
  if (after.length > 0) {
    const rest = evaluateNumeral(after, text);
    if (!('value' in rest)) return rest;
    if (rest.value < 1 || rest.value >= scale.value) {
      return { why: messages.scaleRemainder(name, words(after), rest.value, scale.value) };
    }
    remainder = rest.value;
  }
  return { value: multiplier.value * scale.value + remainder };
}

function describeValue(value: unknown): string {
  if (value === true) return '';
  if (typeof value === 'object' && value !== null) {
    const range = value as LexiconRange;
    return ` = ${range.low}..${range.high === null ? 'open' : range.high}`;
  }
  return ` = ${String(value)}`;
}

/** Reads `text` with `lexicon`; returns the reading or the issue that stopped it. */
export function readPhrase(text: string, lexicon: Lexicon): Reading | PhraseIssue {
  const trimmed = text.trim();
  if (trimmed === '') {
    return {
      path: [],
      code: 'unreadable-phrase',
      message: messages.phraseEmpty(),
      part: text,
      start: 0,
      end: text.length,
    };
  }
  const lex = compile(lexicon);
  const tokens = tokenize(text, lex.words);
  try {
    return new Parser(text, tokens, lex).read();
  } catch (error) {
    if (error instanceof Unreadable) return error.issue;
    throw error;
  }
}
