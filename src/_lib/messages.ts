import { codePointEnd } from './codePoints.js';
import { MAX_ID_LENGTH } from './idLength.js';

/**
 * Every sentence the package says about bad input, in one place, so wording stays consistent and
 * can be reviewed (and one day translated) without hunting through the code.
 */
const quote = (value: string, max = MAX_ID_LENGTH): string => {
  if (value.length <= max) return JSON.stringify(value);
  // Only the first `max` characters are walked, however long the value.
  const end = codePointEnd(value, max);
  return JSON.stringify(end >= value.length ? value : `${value.slice(0, end)}…`);
};

/** A limit or a length, with thousands set apart: "4,000". */
const figure = (n: number) => n.toLocaleString('en-US');
/** "1 character", "2 characters". */
const counted = (n: number, one: string) => `${figure(n)} ${one}${n === 1 ? '' : 's'}`;
const describe = (value: unknown): string => {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  let array = false;
  try {
    array = Array.isArray(value);
  } catch {
    return 'a value that cannot be read';
  }
  if (array) return 'an array';
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return 'NaN';
    if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '-Infinity';
    return `the number ${String(value)}`;
  }
  if (typeof value === 'string') return `the string ${quote(value)}`;
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
};

export { describe, quote };

export const headcountNotInteger = (value: unknown) =>
  `a headcount must be a whole number of people, got ${describe(value)}`;
export const headcountNegative = (value: number) => `a headcount cannot be negative, got ${value}`;
export const headcountTooLarge = (value: number) =>
  `a headcount must be at most ${figure(Number.MAX_SAFE_INTEGER)} (a safe integer), got ${value}`;
export const lowAboveHigh = (low: number, high: number) =>
  `low (${low}) is above high (${high}); a count is an interval low..high`;
export const bestOutside = (best: number, low: number, high: number | null) =>
  `best (${best}) lies outside the interval ${low}..${high === null ? 'open' : high}`;
export const toleranceInvalid = (value: unknown) =>
  `a tolerance must be a non-negative whole number of people or a relative share from 0 to 1, got ${describe(value)}`;
export const toleranceForm = (value: unknown) =>
  `a tolerance gives either people ({ people: 4 }) or a share ({ share: 0.1 }), exactly one of the two; got ${describe(value)}`;
export const sumOverflow = () =>
  `the sum exceeds ${figure(Number.MAX_SAFE_INTEGER)} people, the largest headcount that can be represented exactly`;
export const notACount = (value: unknown) =>
  `expected a count: { low, high } with optional best and wording, or { status: "unknown" | "undisclosed" }; got ${describe(value)}`;
export const countFormsMixed = (given: readonly string[]) =>
  `a count gives either low and high or a status ("unknown" or "undisclosed"), not both; this one gives ${given.map((f) => quote(f)).join(', ')}`;
export const countFormMissing = () =>
  'a count needs low and high, or a status ("unknown" or "undisclosed"); this one gives none of them';
export const invalidType = (expected: string, value: unknown) =>
  `expected ${expected}, got ${describe(value)}`;
export const missingField = (name: string) => `the field ${quote(name)} is required`;
export const unknownField = (name: string, known: readonly string[]) =>
  `unknown field ${quote(name)}${known.length > 0 ? ` (known fields: ${known.map((k) => quote(k)).join(', ')})` : ''}`;
export const tooLong = (max: number, length: number) =>
  `text of ${counted(length, 'character')} is longer than the limit of ${figure(max)}`;
export const tooShort = (min: number, length: number) =>
  `text of ${counted(length, 'character')} is shorter than the minimum of ${figure(min)}`;
const items = (length: number | undefined) =>
  length === undefined ? 'a list' : `a list of ${counted(length, 'item')}`;
export const tooManyItems = (max: number, length: number | undefined) =>
  `${items(length)} is longer than the limit of ${figure(max)}`;
export const tooFewItems = (min: number, length: number | undefined) =>
  `${items(length)} is shorter than the minimum of ${figure(min)}`;
export const numberTooLarge = (max: number, inclusive: boolean, value: unknown) =>
  `expected a number ${inclusive ? 'no greater than' : 'less than'} ${figure(max)}, got ${describe(value)}`;
export const numberTooSmall = (min: number, inclusive: boolean, value: unknown) =>
  `expected a number ${inclusive ? 'no less than' : 'greater than'} ${figure(min)}, got ${describe(value)}`;
export const notAnInteger = (value: unknown) => `expected a whole number, got ${describe(value)}`;
export const invalidKey = (key: string, why: string) =>
  `the key ${quote(key)} is not allowed: ${why}`;
export const invalidValue = (allowed: readonly unknown[], value: unknown) =>
  `expected one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}, got ${describe(value)}`;
export const partialDateFormat = (value: string) =>
  `${quote(value)} is not a date: write YYYY, YYYY-MM or YYYY-MM-DD (for example 2023, 2023-04 or 2023-04-26)`;
export const impossibleMonth = (value: string, month: number) =>
  `${quote(value)} names month ${month}; months run from 01 to 12`;
export const impossibleDay = (value: string, day: number, daysInMonth: number) =>
  `${quote(value)} names day ${day}, but that month has ${daysInMonth} days`;
export const phraseEmpty = () => 'there is no figure to read: the text is empty';
export const maxIssuesInvalid = (value: unknown) =>
  `maxIssues must be a whole number, 0 or more, or Infinity; got ${describe(value)}`;
export const countOptionsInvalid = (value: unknown) =>
  `expected options such as { wording: "about 200" }; got ${describe(value)}`;
export const phraseTooLong = (max: number, length: number) =>
  `a figure's wording is at most ${counted(max, 'character')}; this one has ${figure(length)}`;
export const phraseUnreadable = (part: string, start: number, why: string) =>
  `cannot read ${quote(part)} at position ${start}: ${why}`;
export const phraseAmbiguous = (part: string, start: number, why: string) =>
  `${quote(part)} at position ${start} is ambiguous: ${why}`;
export const lexiconInvalid = (why: string) => `the lexicon is not usable: ${why}`;
export const notAnId = (value: string) =>
  `${quote(value)} is not an id: use letters, digits and . _ : / - (starting with a letter or digit)`;
export const duplicateId = (what: string, id: string, first: string) =>
  `the ${what} id ${quote(id)} is already used by ${first}`;
export const unknownReference = (
  what: string,
  id: string,
  known: readonly string[],
  total = known.length,
) => `no ${what} with id ${quote(id)}${suggest(id, known, total)}`;
export const taxonomyCycle = (id: string) => `the category ${quote(id)} is its own ancestor`;
export const noSuchPartition = (id: string) => `there is no partition with id ${quote(id)}`;
export const partitionComplete = (id: string) =>
  `the partition ${quote(id)} is complete: its parts already make up the whole, so none can be added`;
export const partNotChild = (part: string, partition: string, of: string, parent: string | null) =>
  `${quote(part)} cannot be a part of ${quote(partition)}: a partition of ${quote(of)} is made of its children, and the parent of ${quote(part)} is ${parent === null ? 'none (it is a root)' : quote(parent)}`;
export const partAlreadyIn = (part: string, partition: string) =>
  `${quote(part)} is already a part of the partition ${quote(partition)}`;
export const partitionOverfull = (partition: string, max: number, would: number) =>
  `the partition ${quote(partition)} holds at most ${figure(max)} parts; with these it would hold ${figure(would)}`;
export const partListedTwice = (part: string, partition: string) =>
  `${quote(part)} is listed twice among the parts of the partition ${quote(partition)}`;
export const partInTwoPartitions = (part: string, first: string, second: string) =>
  `${quote(part)} is already a part of the partition ${quote(first)}; a category belongs to at most one partition, so ${quote(second)} cannot also claim it`;
export const unsupportedFormat = (found: unknown, supported: string) =>
  `this package reads datasets of format ${quote(supported)}; this one says ${describe(found)}`;
export const alignmentCycle = (id: string) =>
  `the party ${quote(id)} is, through alignedWith, aligned with itself`;
export const outOfOrder = (what: string, earlier: string, later: string) =>
  `${what}: ${quote(later)} comes after ${quote(earlier)} in the list but is dated before it`;
export const notAParty = (party: string, exchange: string, role: string) =>
  `${quote(party)} is not one of the parties, mediators or custodians of the exchange ${quote(exchange)}, so it cannot be the ${role} of a transfer in it`;
export const dateOutsideStages = (date: string, first: string, last: string) =>
  `the date ${quote(date)} is outside the exchange's stages (${first} to ${last})`;
export const wrongRoot = (category: string, expected: string, root: string) =>
  `${quote(category)} is counted under ${quote(root)}, but this record counts ${quote(expected)}; people and remains are never mixed`;
export const notWithin = (part: string, whole: string) =>
  `the breakdown part ${quote(part)} cannot be part of ${quote(whole)}, the category of the total it breaks down: the two do not overlap`;
export const noSuchStage = (stages: number, stage: number) =>
  `the exchange has ${counted(stages, 'stage')}, numbered from 0, so there is no stage ${stage}`;
export const usedByEarlierLine = (what: string, id: string) =>
  `the ${what} id ${quote(id)} is used by an earlier line`;
export const notJson = (column: number | undefined) =>
  `not valid JSON${column === undefined ? '' : ` (column ${column})`}: the line may be truncated or not JSON at all`;
export const notAnNdjsonRecord = (kinds: readonly string[]) =>
  `each line holds one record as {"kind": {...}} with kind one of ${kinds.join(', ')}`;
export const headerNotFirst = () =>
  'the header must be the first record of the file, and there is only one';
export const missingHeader = (format: string) =>
  `the first line should be {"header": {"format": "${format}"}}`;
export const recordsApart = (name: string) =>
  `the header holds no records: put each of the ${name} on a line of its own`;
export const selfLink = (id: string) => `the claim ${quote(id)} cannot link to itself`;
export const selfShare = (id: string) =>
  `the claim ${quote(id)} cannot state its figure as a share of itself`;
export const shareLowAboveHigh = (low: number, high: number) =>
  `a share runs from its low to its high; ${low} is above ${high}`;
export const windowBackwards = (from: string, to: string) =>
  `the window ends on ${quote(to)}, before it begins on ${quote(from)}`;
export const asOfOutsideWindow = (asOf: string, from: string, to: string) =>
  `the claim is dated ${quote(asOf)}, outside the window its source gave (${from} to ${to})`;
export const roleWithoutRecord = () =>
  'a role is played in an exchange or an agreement: name one of them';
export const termsWithoutRecord = () =>
  'terms are the terms of an exchange or an agreement: name one of them';
export const sidesNotPartition = (party: string, exchange: string, times: number) =>
  times === 0
    ? `${quote(party)} is one of the parties of the exchange ${quote(exchange)} but on none of its sides`
    : `${quote(party)} is on ${times} sides of the exchange ${quote(exchange)}; each party is on one`;
export const sideNotAParty = (party: string, exchange: string) =>
  `${quote(party)} is on a side of the exchange ${quote(exchange)} but not one of its parties`;
export const taxonomyTooLarge = (list: string, base: number, added: number, max: number) =>
  `a taxonomy holds at most ${max.toLocaleString('en-US')} ${list}: the base taxonomy's ${base.toLocaleString('en-US')} and ${added === 1 ? 'this one' : `these ${figure(added)}`} make ${(base + added).toLocaleString('en-US')}`;
export const tooManyRecords = (name: string, max: number, length: number) =>
  `a dataset holds at most ${max.toLocaleString('en-US')} ${name}; this list is ${length.toLocaleString('en-US')} long`;
export const extendsCycle = (id: string) =>
  `the agreement ${quote(id)} extends itself, through the agreements it extends`;
export const shareCycle = (id: string) =>
  `the claim ${quote(id)} is a share of itself, through the claims it is a share of`;
export const notInExchange = (party: string, exchange: string) =>
  `${quote(party)} takes no part in the exchange ${quote(exchange)}`;
export const stageWithoutExchange = () =>
  'a part split by stage belongs to a figure about one exchange; this claim is about none';
export const partElsewhere = (to: string, whole: string) =>
  `a part of what went to ${quote(whole)} cannot have gone to ${quote(to)}`;
export const partPastStage = (stage: number, through: number) =>
  `a figure counted up to stage ${through} has no part on stage ${stage}`;
export const partOnOtherStage = (stage: number, whole: number) =>
  `a part of what moved on stage ${whole} cannot have moved on stage ${stage}`;
export const jointWithoutSpeakers = () => 'a joint statement names its speakers';
export const speakersNotJoint = (kind: string) =>
  `only a joint source has speakers; this one is of kind ${quote(kind)}`;
export const speakerElsewhere = (speaker: string, affiliation: string) =>
  `the source speaks for ${quote(affiliation)}, but ${quote(speaker)} speaks for another party`;
export const partyTwice = (party: string, exchange: string) =>
  `${quote(party)} is listed twice among the parties of the exchange ${quote(exchange)}`;
export const transferToItself = (party: string) =>
  `a transfer goes from one party to another; this one goes from ${quote(party)} to itself`;
export const settlesItself = (transfer: string) =>
  `the transfer ${quote(transfer)} cannot settle itself`;
export const transferOtherWay = (transfer: string, exchange: string, to: string, claimed: string) =>
  `the transfer ${quote(transfer)} of the exchange ${quote(exchange)} went to ${quote(to)}, not to ${quote(claimed)}`;
export const transferNotInExchange = (transfer: string, exchange: string) =>
  `the exchange ${quote(exchange)} has no transfer with id ${quote(transfer)}`;

/** Lists the known ids most like the one that was not found, so a typo is easy to spot. */
function suggest(id: string, known: readonly string[], total: number): string {
  if (known.length === 0) return total > 0 ? '' : ' (there are none)';
  const scored = known
    .slice(0, 2000)
    .map((k) => [k, distance(id.toLowerCase(), k.toLowerCase())] as const)
    .sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const shown = scored.slice(0, 3).map(([k]) => quote(k));
  return ` (known: ${shown.join(', ')}${total > 3 ? ', …' : ''})`;
}

/**
 * Edit distance with a prefix bonus. What two ids share at their start and end changes nothing
 * of it, so it is set aside first (long ids often differ only near one end); what is left is
 * compared whole (an id has at most 128 characters).
 */
function distance(a: string, b: string): number {
  const shorter = Math.min(a.length, b.length);
  let prefix = 0;
  while (prefix < shorter && a[prefix] === b[prefix]) prefix += 1;
  let suffix = 0;
  while (suffix < shorter - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix])
    suffix += 1;
  const x = a.slice(prefix, a.length - suffix).slice(0, MAX_ID_LENGTH);
  const y = b.slice(prefix, b.length - suffix).slice(0, MAX_ID_LENGTH);
  return editDistance(x, y) - Math.min(prefix, 3);
}

/** Differences past this many make an id no near miss: their exact number is not worked out. */
const NEAR = 16;
// Two rows of the table, reused: a suggestion compares up to 64 ids for each listed issue.
let above = new Int32Array(MAX_ID_LENGTH + 2);
let row = new Int32Array(MAX_ID_LENGTH + 2);

/**
 * The edit distance of two strings when it is at most {@link NEAR}, else `NEAR + 1`: only the
 * cells within `NEAR` of the diagonal are filled, and a row all past it ends the walk.
 *
 * @internal
 */
export function editDistance(x: string, y: string): number {
  const far = NEAR + 1;
  if (Math.abs(x.length - y.length) > NEAR) return far;
  const n = y.length;
  if (row.length < n + 2) {
    above = new Int32Array(n + 2);
    row = new Int32Array(n + 2);
  }
  for (let j = 0; j <= n; j += 1) above[j] = j <= NEAR ? j : far;
  above[n + 1] = far;
  for (let i = 1; i <= x.length; i += 1) {
    const from = Math.max(1, i - NEAR);
    const to = Math.min(n, i + NEAR);
    row[from - 1] = from === 1 && i <= NEAR ? i : far;
    let least = row[from - 1] as number;
    const c = x.charCodeAt(i - 1);
    for (let j = from; j <= to; j += 1) {
      let v = (above[j - 1] as number) + (c === y.charCodeAt(j - 1) ? 0 : 1);
      const up = (above[j] as number) + 1;
      const left = (row[j - 1] as number) + 1;
      if (up < v) v = up;
      if (left < v) v = left;
      if (v > far) v = far;
      row[j] = v;
      if (v < least) least = v;
    }
    row[to + 1] = far;
    if (least > NEAR) return far;
    const swap = above;
    above = row;
    row = swap;
  }
  return Math.min(above[n] as number, far);
}

// Phrases: number words that do not combine, figures beyond a headcount, unreadable options.
export const numberWordsSideBySide = (first: string, second: string) =>
  `${quote(second)} after ${quote(first)} neither adds to it nor multiplies it the usual way, so the words do not name one number`;
export const hyphenNotTensAndUnit = (first: string, second: string) =>
  `a hyphen joins a tens word and a unit ("forty-four"), not ${quote(first)} and ${quote(second)}`;
export const scaleWithoutNumber = (scale: string) =>
  `${quote(scale)} has no number of its own before it to multiply`;
export const scaleCoefficient = (scale: string, words: string, value: number, limit: number) =>
  `${quote(scale)} multiplies a number from 1 to ${limit - 1}, and ${quote(words)} is ${value}`;
export const scaleRemainder = (scale: string, words: string, value: number, limit: number) =>
  `what follows ${quote(scale)} must be a number from 1 to ${limit - 1}, and ${quote(words)} is ${value}`;
export const phraseTooLarge = () =>
  `the figure is too large to be a headcount, which is at most ${figure(Number.MAX_SAFE_INTEGER)} people`;
export const optionsNotAnObject = (value: unknown) =>
  `the options must be an object such as { lexicon }, got ${describe(value)}`;
export const optionUnreadable = (name: string) =>
  `the option ${quote(name)} could not be read: reading it threw an exception`;

/** What stands for the issues past the cap of a list of issues. */
export const moreIssuesNotListed = (count: number) =>
  count === 1
    ? '1 more issue was found and not listed'
    : `${count.toLocaleString('en-US')} more issues were found and not listed`;

// Importing a claim sheet (src/sheet).
export const sheetMalformedRow = (why: string, last: number | undefined) =>
  `this row cannot be read as CSV: ${why}${last === undefined ? '' : `; the rows through line ${last} were read as part of it and are refused with it`}`;
export const sheetUnreadableHeader = (why: string) => `the header row cannot be read: ${why}`;
export const sheetNotJson = (why: string) => `this line is not JSON: ${why}`;
export const sheetNotARow = (value: unknown) =>
  `a sheet row must be an object of cells, got ${describe(value)}`;
export const sheetNoRows = (path: string) =>
  `the mapping names the list ${quote(path)}, but the document has no array there`;
export const sheetMissingCell = (field: string) =>
  `the ${field} is required here, but the cell is empty`;
export const sheetUnknownSource = (text: string) =>
  `no source in the registry is called ${quote(text, 80)}; add it to the mapping's sources or as an alias`;
export const sheetSourceCreated = (text: string, id: string, kind: string, side: string | null) =>
  `${quote(text, 80)} is not in the registry: created the source ${quote(id)} as kind ${quote(kind)}, ${side === null ? 'with no affiliation' : `affiliated with ${quote(side)}`}`;
export const sheetUnknownParty = (text: string) =>
  `no party in the registry is called ${quote(text)}; add it to the mapping's parties or as an alias`;
export const sheetPartyCreated = (text: string, id: string) =>
  `${quote(text)} is not in the registry: created the party ${quote(id)} of kind "other"`;
export const sheetSideUnknown = (text: string) =>
  `the side ${quote(text)} names no party: the new source is taken as independent`;
export const sheetSideConflict = (side: string, source: string, affiliation: string | null) =>
  `the side ${quote(side)} contradicts the registry, where ${quote(source, 80)} is ${affiliation === null ? 'independent' : `affiliated with ${quote(affiliation)}`}: the registry's affiliation is kept`;
export const sheetSideConflictStrict = (side: string, source: string, affiliation: string | null) =>
  `the side ${quote(side)} contradicts the registry, where ${quote(source, 80)} is ${affiliation === null ? 'independent' : `affiliated with ${quote(affiliation)}`}; correct the side or the mapping's sources`;
export const sheetColumnUnnamed = (position: number, line: number, text: string) =>
  `column ${position} has no name in the header, yet line ${line} holds ${quote(text, 80)} in it: its cells are not imported; name the column in the header to have them read`;
export const sheetUnknownSubject = (text: string) =>
  `the mapping says nothing about what ${quote(text, 80)} counts; add it to the mapping's subjects`;
export const sheetUnknownCategory = (text: string) =>
  `${quote(text, 80)} is no category wording of the crosswalk; add it to the mapping's crosswalk`;
export const sheetBreakdownPart = (text: string) =>
  `cannot read ${quote(text, 80)} as a part of a breakdown: write a whole number and what it counts, such as "36 soldiers and sergeants"`;
export const sheetUnknownMedium = (text: string) =>
  `the medium ${quote(text)} is not in the mapping: recorded as "other"`;
export const sheetUnknownMediumStrict = (text: string) =>
  `the medium ${quote(text)} is not in the mapping; add it to the mapping's media`;
export const sheetUnreadableFigure = (text: string, why: string) =>
  `cannot read the figure ${quote(text, 80)}: ${why}`;
export const sheetNotANumber = (text: string) => `${quote(text)} is not a whole number`;
export const sheetInvalidDate = (text: string, why: string) =>
  `${quote(text)} is not a usable date: ${why}`;
export const sheetPlaceholderEmpty = (name: string) =>
  `the subject needs the row's ${name}, but it has none`;
export const sheetNoDates = (exchange: string) =>
  `the exchange ${quote(exchange)} has no dates in any of its rows, and the mapping gives no record of it`;
export const sheetNoDatesInvalid = (exchange: string, line: number) =>
  `the exchange ${quote(exchange)} has no readable dates: the row at line ${line} gave dates that are not valid (see its refusal), and no other row of it gives any`;
export const sheetNoParties = (exchange: string) =>
  `the exchange ${quote(exchange)} names no parties in any of its rows, and the mapping gives no record of it`;
export const sheetDuplicateClaim = (id: string, line: number) =>
  `the claim id ${quote(id)} is already taken by the row at line ${line}`;
export const sheetRecordRefused = (path: string, why: string) =>
  `the record built from this row is not valid at ${path}: ${why}`;
export const sheetDuplicateColumn = (name: string, first: number, second: number) =>
  `the header names the column ${quote(name)} twice, as columns ${first} and ${second}: no row can say which one it means, so no row is read; rename or remove one`;
export const sheetDuplicateKey = (name: string) =>
  `this row gives the key ${quote(name)} twice: no row can say which one it means; remove one`;
export const sheetCellCount = (cells: number, header: number) =>
  `it has ${cells} ${cells === 1 ? 'cell' : 'cells'}, the header has ${header}`;
export const sheetColumnMissing = (field: string, names: readonly string[]) =>
  `the mapping reads the ${field} from ${names.length === 1 ? 'the column' : 'the columns'} ${names.map((n) => quote(n)).join(', ')}, which the sheet does not have: no row gives a ${field}`;
export const sheetColumnMissingStrict = (field: string, names: readonly string[]) =>
  `${sheetColumnMissing(field, names)}; refused under strict, fix the mapping's columns`;
export const sheetColumnUnread = (name: string) =>
  `nothing in the mapping reads the column ${quote(name)}: its cells are not imported`;
/** A row's value for an exchange that differs from its first row's: kept, or under strict refused. */
const exchangeConflict = (
  column: string,
  exchange: string,
  value: string,
  kept: string,
  line: number,
) =>
  `${quote(value, 80)} differs from ${quote(kept, 80)}, the ${column} given for the exchange ${quote(exchange)} at line ${line}`;
export const sheetExchangeConflict = (...args: Parameters<typeof exchangeConflict>) =>
  `${exchangeConflict(...args)}: the first row's value is kept`;
export const sheetExchangeConflictStrict = (...args: Parameters<typeof exchangeConflict>) =>
  `${exchangeConflict(...args)}; refused under strict`;
export const sheetCellRefused = (column: string, value: string, why: string) =>
  `${quote(column)} holds ${value}, which is not valid here: ${why}`;
export const sheetCellValue = (text: string) =>
  text.length > 80 ? `(${text.length.toLocaleString('en-US')} characters)` : quote(text, 80);
export const sheetCellTooLong = (column: string, length: number, max: number) =>
  `${quote(column)} holds a text of ${length.toLocaleString('en-US')} characters, longer than the limit of ${max.toLocaleString('en-US')}`;
export const sheetLeadingPlus = (text: string) =>
  `cannot read the figure ${quote(text, 80)}: a leading plus sign is not read; write the number without it`;
export const sheetRowsNotArray = () => 'rows must be an array of rows';
export const sheetMapIsDirectory = () => 'is a directory, not a mapping file';
export const sheetNoColumnRefused = (record: string, why: string) =>
  `${record} built from this row is not valid, in a part no single column of the sheet gives: ${why}`;
export const sheetAmbiguousAlias = (kind: string, alias: string, first: string, second: string) =>
  `the wording ${quote(alias, 80)} names two ${kind}: ${quote(first)} and ${quote(second)}; a sheet that uses it cannot say which, so give it to one only`;
export const sheetUtf16 = () => 'the file is UTF-16: save the sheet as UTF-8';
export const sheetEmptyFile = (stdin: boolean) =>
  `${stdin ? 'the input is empty' : 'the file is empty'}: a claim sheet needs at least its header line`;
export const sheetNotAFile = () => 'is a directory, not a claim sheet';
export const sheetOptionNeedsValue = (option: string, next: string) =>
  `${option} needs a value, and ${quote(next)} looks like an option; write ${option}=${next} if it is a file name`;
export const sheetUnknownOption = (option: string) =>
  `unknown option ${quote(option)}; a FILE whose name starts with "-" goes after "--", as in -- ${quote(option)}`;

// The HTML report (src/html).
export const htmlReportPartyUnknown = (id: string, known: readonly string[]) =>
  `no party with id ${quote(id)} in the dataset${known.length > 0 ? ` (known: ${known.map((k) => quote(k)).join(', ')})` : ''}`;
export const htmlReportPartiesSame = (id: string) =>
  `the two sides must be two different parties, got ${quote(id)} twice`;
export const htmlReportFindingClaimUnknown = (finding: string, claim: string) =>
  `the report's finding ${quote(finding, 80)} names the claim ${quote(claim)}, which is not in the dataset: the report must be an audit of this dataset`;
export const htmlReportFindingExchangeUnknown = (finding: string, exchange: string) =>
  `the report's finding ${quote(finding, 80)} names the exchange ${quote(exchange)}, which is not in the dataset: the report must be an audit of this dataset`;
// The HTML report's options, in plain words (src/html/_lib/options.ts).
const pairText = (pair: readonly [string, string]) => `[${quote(pair[0])}, ${quote(pair[1])}]`;
export const htmlReportLimitInvalid = (value: unknown) =>
  `a limit must be a whole number from 0 (0 turns that chart or list off), got ${describe(value)}`;
export const htmlReportPartiesNotPair = (
  value: unknown,
  example: readonly [string, string] | null,
) =>
  `two different parties of the dataset are needed${example === null ? '' : `, such as ${pairText(example)}`}, got ${Array.isArray(value) ? `a list of ${value.length}` : describe(value)}`;
export const htmlReportPartiesNotSides = (
  chosen: readonly [string, string],
  pairs: readonly (readonly [string, string])[],
) =>
  `${quote(chosen[0])} and ${quote(chosen[1])} are not the two sides of any exchange in the dataset, and each exchange's figures are between its own two sides; choose ${pairs.length === 1 ? '' : 'one of '}${pairs
    .slice(0, 5)
    .map(pairText)
    .join(', ')}${pairs.length > 5 ? ` (or ${pairs.length - 5} more)` : ''}`;
export const htmlReportWeightInvalid = (value: unknown) =>
  `a source weight must be a number from 0, got ${describe(value)}`;
export const htmlReportWeightKindUnknown = (kind: string, kinds: readonly string[]) =>
  `no source kind ${quote(kind)}; the kinds are ${kinds.map((k) => quote(k)).join(', ')}`;
export const htmlReportWeightsMissing = (missing: readonly string[]) =>
  `the audit needs a weight for every source kind, and ${missing.map((k) => quote(k)).join(', ')} ${missing.length === 1 ? 'has' : 'have'} none; start from the defaults, as in { ...defaultSourceWeights, outlet: 0.5 }`;
