import * as m from '../../_lib/messages.js';
import { codePointCount } from '../../_lib/codePoints.js';
import { MAX_NAME_LENGTH } from '../../_lib/fields.js';
import type { Claim } from '../../claim/ClaimSchema.js';
import type { Count } from '../../count/Count.js';
import type { Dataset } from '../../dataset/Dataset.js';
import { safeParseDataset } from '../../dataset/safeParseDataset.js';
import { safeAssertPartialDate } from '../../date/safeAssertPartialDate.js';
import type { Exchange, Transfer } from '../../exchange/ExchangeSchema.js';
import type { Party } from '../../party/PartySchema.js';
import type { Result } from '../../result/Result.js';
import type { Citation } from '../../source/CitationSchema.js';
import type { Source } from '../../source/SourceSchema.js';
import { categoryForWording } from '../../taxonomy/categoryForWording.js';
import { categoryRoot } from '../../taxonomy/categoryRoot.js';
import { defaultTaxonomy } from '../../taxonomy/defaultTaxonomy.js';
import type { Issue } from '../../validation/Issue.js';
import type { SheetImport } from '../SheetImport.js';
import { SHEET_FIELDS, type SheetField, type SheetMapping } from '../SheetMappingSchema.js';
import type { SheetProblem, SheetProblemCode } from '../SheetProblem.js';
import type { SheetRow } from '../SheetRow.js';
import { readFigure, wholeNumber } from './figure.js';
import { normal } from './normal.js';
import { fillJson, fillTemplate } from './template.js';

const TRUE = new Set(['true', 'yes', 'y', '1', 'x', 'так', 'да']);
const FALSE = new Set(['false', 'no', 'n', '0', 'ні', 'нет']);

/** Cells holding several values ("UA|RU", "Türkiye; Saudi Arabia"). */
const list = (text: string): string[] =>
  text
    .split(/[|;]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');

/** Cyrillic letters in Latin ones, so that a name in Ukrainian or Russian gives a readable id. */
const LATIN: Record<string, string> = Object.fromEntries(
  [...'абвгґдеєжзиіїйклмнопрстуфхцчшщьюяёыэъ'].map(
    (c, i) =>
      [
        c,
        [
          'a',
          'b',
          'v',
          'h',
          'g',
          'd',
          'e',
          'ie',
          'zh',
          'z',
          'y',
          'i',
          'i',
          'i',
          'k',
          'l',
          'm',
          'n',
          'o',
          'p',
          'r',
          's',
          't',
          'u',
          'f',
          'kh',
          'ts',
          'ch',
          'sh',
          'shch',
          '',
          'iu',
          'ia',
          'e',
          'y',
          'e',
          '',
        ][i] as string,
      ] as const,
  ),
);

/** An id made from a name; a name with no letter that can be spelt in Latin gives a numbered one. */
function slug(text: string, prefix: string, taken: (id: string) => boolean): string {
  const base =
    [...text.toLowerCase()]
      .map((c) => LATIN[c] ?? c)
      .join('')
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || prefix;
  let id = base;
  for (let n = 2; taken(id); n += 1) id = `${base}-${n}`;
  return id;
}

/** A claim field's problem, told in the sheet's field that gave it. */
const FIELD_OF_CLAIM: Record<string, SheetField> = {
  id: 'id',
  subject: 'counted',
  value: 'figure',
  source: 'source',
  statedOn: 'stated_on',
  asOf: 'as_of',
  exchange: 'exchange',
  citations: 'url',
  breakdown: 'breakdown',
  breakdownComplete: 'breakdown_complete',
  derived: 'derived',
  note: 'note',
};
const FIELD_OF_CITATION: Record<string, SheetField> = {
  url: 'url',
  medium: 'medium',
  reportedBy: 'reported_by',
};
/** An exchange field's problem, told in the sheet's field that gave it (at the row that gave it). */
const FIELD_OF_EXCHANGE: Record<string, keyof Facts> = {
  stages: 'dates',
  parties: 'parties',
  mediators: 'mediator',
};

/** The columns the mapping names that the sheet lacks, and the sheet's columns nothing reads. */
function columnCheck(
  rows: readonly SheetRow[],
  mapping: SheetMapping,
): { missing: { field: string; names: readonly string[] }[]; unread: string[] } {
  const present = new Set<string>();
  for (const row of rows) for (const name of Object.keys(row.cells)) present.add(name);
  const missing: { field: string; names: readonly string[] }[] = [];
  if (rows.length === 0) return { missing, unread: [] };
  const read = new Set<string>();
  for (const field of SHEET_FIELDS) for (const name of columnsOf(mapping, field)) read.add(name);
  for (const [field, named] of Object.entries(mapping.columns ?? {})) {
    const names = typeof named === 'string' ? [named] : (named ?? []);
    if (names.length > 0 && !names.some((n) => present.has(n))) missing.push({ field, names });
  }
  for (const more of mapping.figures ?? []) {
    read.add(more.column);
    if (!present.has(more.column)) missing.push({ field: 'figure', names: [more.column] });
  }
  const readNames = [...read];
  const unread: string[] = [];
  for (const name of present) {
    if (read.has(name) || name.startsWith('#')) continue;
    // A JSON object's cell and its fields' cells: the object is told through its fields.
    const inside = (other: string) => other.startsWith(`${name}.`);
    if (readNames.some(inside) || readNames.some((r) => name.startsWith(`${r}.`))) continue;
    let container = false;
    for (const other of present)
      if (inside(other)) {
        container = true;
        break;
      }
    if (!container) unread.push(name);
  }
  return { missing, unread };
}

interface Taken {
  readonly row: SheetRow;
  readonly claims: readonly Claim[];
  readonly exchange: string | undefined;
  readonly parties: readonly Party[];
  readonly sources: readonly Source[];
  readonly guessed: readonly SheetProblem[];
}

/** A fact about an exchange as the first row that gives it gives it. */
interface Fact {
  readonly value: string[];
  readonly line: number;
  readonly text: string;
}

/** What an exchange's rows say about it, keyed by the sheet field that says it. */
interface Facts {
  dates?: Fact;
  date_note?: Fact;
  parties?: Fact;
  mediator?: Fact;
}

/**
 * Builds a dataset from rows with a mapping already validated. Every row is taken or refused.
 * A record the dataset's validation refuses takes the row that gave the refused field out (at the
 * column that gave it), and the rest is built again.
 *
 * @internal
 */
export function buildFromRows(
  rows: readonly SheetRow[],
  mapping: SheetMapping,
  strict: boolean,
): Result<SheetImport, readonly Issue[]> {
  const { missing, unread } = columnCheck(rows, mapping);
  const notices: SheetProblem[] = [];
  const header = (column: string, code: SheetProblemCode, message: string): SheetProblem => ({
    line: 1,
    column,
    code,
    message,
  });
  const everyRow: SheetProblem[] = [];
  for (const { field, names } of missing) {
    const column = names[0] as string;
    if (strict)
      everyRow.push(
        header(
          column,
          'column-missing',
          m.sheetColumnMissingStrict(field.replace(/_/g, ' '), names),
        ),
      );
    else
      notices.push(
        header(column, 'column-missing', m.sheetColumnMissing(field.replace(/_/g, ' '), names)),
      );
  }
  for (const name of unread) notices.push(header(name, 'column-unread', m.sheetColumnUnread(name)));
  // A column the header leaves unnamed is read by nothing: its text is told, never dropped unsaid.
  const unnamed = new Map<number, SheetRow>();
  for (const row of rows)
    for (const [name, value] of Object.entries(row.cells)) {
      const position = /^#column-(\d+)$/.exec(name)?.[1];
      if (position !== undefined && value.trim() !== '' && !unnamed.has(Number(position)))
        unnamed.set(Number(position), row);
    }
  for (const [position, row] of [...unnamed].sort((a, b) => a[0] - b[0]))
    notices.push(
      header(
        '',
        'column-unnamed',
        m.sheetColumnUnnamed(position, row.line, row.cells[`#column-${position}`] ?? ''),
      ),
    );

  const refusedLines = new Map<SheetRow, SheetProblem[]>();
  for (let round = 0; ; round += 1) {
    const built = buildOnce(
      rows.filter((r) => !refusedLines.has(r)),
      mapping,
      strict,
      everyRow,
    );
    for (const [row, problems] of built.refused) refusedLines.set(row, problems);
    const checked = safeParseDataset(built.dataset);
    if (checked.success) {
      const refused = rows.flatMap((r) => refusedLines.get(r) ?? []);
      return {
        success: true,
        data: {
          dataset: checked.data,
          report: {
            rows: rows.length,
            taken: built.taken.length,
            refused,
            guessed: built.guessed,
            notices,
          },
        },
      };
    }
    // Put each issue on the row and the column it came from; an issue of the mapping's own
    // records is the mapping's.
    let placed = false;
    const refuse = (row: SheetRow, found: SheetProblem) => {
      if (refusedLines.has(row)) return;
      placed = true;
      refusedLines.set(row, [found]);
    };
    for (const issue of checked.error) {
      const [collection, index, field, ...rest] = issue.path;
      if (collection === 'claims' && typeof index === 'number') {
        const owner = built.claimOwner[index];
        if (owner === undefined) continue;
        const sheetField =
          field === 'citations'
            ? (FIELD_OF_CITATION[String(rest[1])] ?? 'url')
            : field === 'subject' &&
                rest[0] === 'category' &&
                cellOf(mapping, owner.row, 'category') !== ''
              ? 'category'
              : FIELD_OF_CLAIM[String(field)];
        refuse(owner.row, cellProblem(owner.row, mapping, sheetField, 'the claim', issue.message));
      } else if (collection === 'exchanges' && typeof index === 'number') {
        const id = built.dataset.exchanges[index]?.id ?? '';
        if (!built.builtExchanges.has(id)) continue;
        const owners = built.rowsOf.get(id) ?? [];
        const factField =
          field === 'stages' && rest[1] === 'note' ? 'date_note' : FIELD_OF_EXCHANGE[String(field)];
        const fact = factField === undefined ? undefined : built.facts.get(id)?.[factField];
        const giver = fact === undefined ? undefined : owners.find((t) => t.row.line === fact.line);
        if (giver !== undefined && factField !== undefined)
          refuse(
            giver.row,
            cellProblem(giver.row, mapping, factField, 'the exchange', issue.message),
          );
        else
          for (const owner of owners)
            refuse(
              owner.row,
              cellProblem(owner.row, mapping, undefined, 'the exchange', issue.message),
            );
      }
    }
    if (!placed || round > 20) return { success: false, error: checked.error };
  }
}

/** A sheet field's cell in a row: the first non-empty one of the columns it is read from. */
function cellOf(mapping: SheetMapping, row: SheetRow, field: SheetField): string {
  for (const name of columnsOf(mapping, field)) {
    const value = row.cells[name];
    if (value !== undefined && value.trim() !== '') return value.trim();
  }
  return '';
}

/** A record's field the dataset refused, told at the column and with the value that gave it. */
function cellProblem(
  row: SheetRow,
  mapping: SheetMapping,
  field: SheetField | undefined,
  record: string,
  why: string,
): SheetProblem {
  if (field === undefined)
    return {
      line: row.line,
      column: '',
      code: 'invalid-record',
      message: m.sheetNoColumnRefused(record, why),
    };
  const found = problem(row, mapping, field, 'invalid-record', '');
  // The validator's sentence for a text past its limit (messages.tooLong), told of the column.
  const long = /^text of ([\d,]+) characters? is longer than the limit of ([\d,]+)$/.exec(why);
  const figure = (text: string | undefined) => Number(text?.replaceAll(',', ''));
  if (long !== null)
    return {
      ...found,
      message: m.sheetCellTooLong(found.column, figure(long[1]), figure(long[2])),
    };
  return {
    ...found,
    message: m.sheetCellRefused(found.column, m.sheetCellValue(cellOf(mapping, row, field)), why),
  };
}

/** The column a sheet field is read from in this mapping (the first named, for reports). */
function columnsOf(mapping: SheetMapping, field: SheetField): readonly string[] {
  const named = mapping.columns?.[field];
  if (named === undefined) return [field];
  return typeof named === 'string' ? [named] : named;
}

function problem(
  row: SheetRow,
  mapping: SheetMapping,
  field: SheetField,
  code: SheetProblemCode,
  message: string,
): SheetProblem {
  const names = columnsOf(mapping, field);
  const used = names.find((n) => (row.cells[n] ?? '').trim() !== '') ?? names[0] ?? field;
  return { line: row.line, column: used, code, message };
}

/** A row's problems in the order of its columns (a problem of no column of the row first). */
function inColumnOrder(row: SheetRow, problems: readonly SheetProblem[]): SheetProblem[] {
  const names = Object.keys(row.cells);
  return problems
    .map((p, i) => ({ p, i, at: names.indexOf(p.column) }))
    .sort((a, b) => a.at - b.at || a.i - b.i)
    .map((x) => x.p);
}

class Refusal {
  constructor(readonly problem: SheetProblem) {}
}

function buildOnce(
  rows: readonly SheetRow[],
  mapping: SheetMapping,
  strict: boolean,
  everyRow: readonly SheetProblem[],
) {
  const cell = (row: SheetRow, field: SheetField): string => cellOf(mapping, row, field);

  // Registries: every alias, id and name, matched without regard to case and spacing.
  const parties: Party[] = (mapping.parties ?? []).map((p) => p.record);
  const partyByName = new Map<string, string>();
  for (const { record, aliases } of mapping.parties ?? [])
    for (const name of [record.id, record.name, ...(aliases ?? [])])
      if (!partyByName.has(normal(name))) partyByName.set(normal(name), record.id);
  const alignedOf = new Map(parties.map((p) => [p.id, p.alignedWith] as const));
  const sources: Source[] = (mapping.sources ?? []).map((s) => s.record);
  const sourceByName = new Map<string, { id: string; reportedBy?: string }>();
  for (const { record, aliases } of mapping.sources ?? []) {
    for (const name of [record.id, record.name])
      if (!sourceByName.has(normal(name))) sourceByName.set(normal(name), { id: record.id });
    for (const alias of aliases ?? []) {
      const entry =
        typeof alias === 'string'
          ? { id: record.id }
          : { id: record.id, reportedBy: alias.reportedBy };
      const key = normal(typeof alias === 'string' ? alias : alias.wording);
      if (!sourceByName.has(key)) sourceByName.set(key, entry);
    }
  }
  const media = new Map<string, { medium: Citation['medium']; reportedBy?: string }>();
  for (const entry of mapping.media ?? [])
    media.set(
      normal(entry.wording),
      entry.reportedBy === undefined
        ? { medium: entry.medium }
        : { medium: entry.medium, reportedBy: entry.reportedBy },
    );
  const subjects = new Map((mapping.subjects ?? []).map((s) => [normal(s.wording), s] as const));
  const cohortOf = new Map<string, string>();
  for (const c of (mapping.dataset?.['cohorts'] as { id?: string; name?: string }[] | undefined) ??
    [])
    for (const name of [c.id, c.name])
      if (typeof name === 'string') cohortOf.set(normal(name), c.id as string);
  for (const c of mapping.cohorts ?? []) cohortOf.set(normal(c.wording), c.cohort);
  const userWalk = { id: 'mapping', version: '1', entries: mapping.crosswalk ?? [] };
  const perExchange = new Map((mapping.exchanges ?? []).map((e) => [e.id, e] as const));
  const dateNotes = new Map(
    (mapping.dateNotes ?? []).map((d) => [normal(d.wording), d.note] as const),
  );
  const literalExchanges = (
    (mapping.dataset?.['exchanges'] as Exchange[] | undefined) ?? []
  ).filter((e) => e !== null && typeof e === 'object');
  const literalIds = new Set(literalExchanges.map((e) => e.id));
  const extras = new Map((mapping.claims ?? []).map((c) => [c.id, c.fields] as const));

  const categoryOf = (
    wording: string,
    exchange: string | undefined,
    party: string | undefined,
  ): string | undefined => {
    const spaced = wording.replace(/[-_]+/g, ' ');
    for (const w of [wording, spaced]) {
      const override = perExchange
        .get(exchange ?? '')
        ?.crosswalk?.find((e) => normal(e.wording) === normal(w));
      if (override !== undefined) return override.category;
      const found =
        categoryForWording(w, userWalk, party) ?? categoryForWording(w, undefined, party);
      if (found !== undefined) return found;
    }
    return categoryRoot(wording, defaultTaxonomy) === undefined ? undefined : wording;
  };

  // What each exchange's rows say about it: the first row taken that gives a fact gives it. A
  // later row taken that gives another value is told (a guess; refused under strict). A refused
  // row gives no fact, and no row is compared with it.
  const facts = new Map<string, Facts>();
  const partyKey = (name: string) => partyByName.get(normal(name)) ?? normal(name);
  const same = (field: keyof Facts, a: readonly string[], b: readonly string[]): boolean => {
    const key = (v: readonly string[]) =>
      (field === 'parties' || field === 'mediator'
        ? v.map(partyKey)
        : field === 'dates'
          ? [...v]
          : v.map(normal)
      )
        .sort()
        .join('\u0000');
    return key(a) === key(b);
  };

  const createdParties = new Map<string, Party>();
  const createdSources = new Map<string, Source>();
  const partyIds = new Set(parties.map((p) => p.id));
  const sourceById = new Map<string, Source>(sources.map((s) => [s.id, s] as const));
  const partyTaken = (id: string) => partyIds.has(id);
  const sourceTaken = (id: string) => sourceById.has(id);

  const taken: Taken[] = [];
  const refused = new Map<SheetRow, SheetProblem[]>();
  /** The first line whose dates cell of an exchange could not be read. */
  const badDates = new Map<string, number>();
  const claimIds = new Map<string, number>();
  const perExchangeIndex = new Map<string, number>();

  const rowsOf = new Map<string, Taken[]>();
  for (const row of rows) {
    const guessed: SheetProblem[] = [];
    // Every problem of the row is listed: each independent cell is checked, and only what depends
    // on a cell that failed is left unchecked (the subject's placeholders, on the subject).
    const problems: SheetProblem[] = everyRow.map((p) => ({ ...p, line: row.line }));
    const newParties: Party[] = [];
    const newSources: Source[] = [];
    const refusal = (field: SheetField, code: SheetProblemCode, message: string): Refusal =>
      new Refusal(problem(row, mapping, field, code, message));
    const note = (field: SheetField, code: SheetProblemCode, message: string): void => {
      problems.push(problem(row, mapping, field, code, message));
    };
    // A party or source is made from a cell only when its name fits a record: a longer one
    // refuses the row, rather than the whole sheet (as an invalid party did) or a cut name (as a
    // source had, cut by UTF-16 units).
    const nameTooLong = (text: string, field: SheetField): boolean => {
      const length = codePointCount(text);
      if (length <= MAX_NAME_LENGTH) return false;
      const found = problem(row, mapping, field, 'invalid-record', '');
      problems.push({
        ...found,
        message: m.sheetCellTooLong(found.column, length, MAX_NAME_LENGTH),
      });
      return true;
    };
    const partyId = (text: string, field: SheetField): string => {
      const known = partyByName.get(normal(text));
      if (known !== undefined) return known;
      const made = createdParties.get(normal(text)) ?? newParties.find((p) => p.name === text);
      if (made !== undefined) return made.id;
      if (strict) {
        note(field, 'unknown-party', m.sheetUnknownParty(text));
        return text;
      }
      if (nameTooLong(text, field)) return '';
      const id = slug(text, 'party', (x) => partyTaken(x) || newParties.some((p) => p.id === x));
      newParties.push({ id, name: text, kind: 'other' });
      guessed.push(problem(row, mapping, field, 'party-created', m.sheetPartyCreated(text, id)));
      return id;
    };
    const sourceRef = (text: string, field: SheetField): { id: string; reportedBy?: string } => {
      const known = sourceByName.get(normal(text));
      if (known !== undefined) return known;
      const made = createdSources.get(normal(text)) ?? newSources.find((s) => s.name === text);
      if (made !== undefined) return { id: made.id };
      if (strict) {
        note(field, 'unknown-source', m.sheetUnknownSource(text));
        return { id: '' };
      }
      if (nameTooLong(text, field)) return { id: '' };
      const sideText = cell(row, 'side');
      let side: string | null = null;
      if (sideText !== '') {
        const found = partyByName.get(normal(sideText)) ?? createdParties.get(normal(sideText))?.id;
        if (found === undefined)
          guessed.push(problem(row, mapping, 'side', 'side-unknown', m.sheetSideUnknown(sideText)));
        else side = found;
      }
      const kind = side === null ? 'outlet' : 'official';
      const id = slug(text, 'source', (x) => sourceTaken(x) || newSources.some((s) => s.id === x));
      newSources.push({ id, name: text, kind, affiliation: side });
      guessed.push(
        problem(row, mapping, field, 'source-created', m.sheetSourceCreated(text, id, kind, side)),
      );
      return { id };
    };
    const date = (field: SheetField, text: string): string | undefined => {
      if (text === '') return undefined;
      const read = safeAssertPartialDate(text);
      if (read.success) return text;
      note(field, 'invalid-date', m.sheetInvalidDate(text, read.error[0]?.message ?? ''));
      return undefined;
    };
    try {
      const exchange = cell(row, 'exchange') || undefined;
      const fact = exchange === undefined ? undefined : facts.get(exchange);
      // What this row says about its exchange; what its first row taken said stands.
      const own: Facts = {};
      if (exchange !== undefined)
        for (const field of ['dates', 'date_note', 'parties', 'mediator'] as const) {
          const text = cell(row, field);
          if (text === '') continue;
          const value = field === 'date_note' ? [dateNotes.get(normal(text)) ?? text] : list(text);
          if (value.length === 0) continue;
          if (field === 'dates') {
            const bad = value
              .map((on) => ({ on, read: safeAssertPartialDate(on) }))
              .find((d) => !d.read.success);
            if (bad !== undefined && !bad.read.success) {
              note(
                'dates',
                'invalid-date',
                m.sheetInvalidDate(bad.on, bad.read.error[0]?.message ?? ''),
              );
              badDates.set(exchange, badDates.get(exchange) ?? row.line);
              continue;
            }
          }
          own[field] = { value, line: row.line, text };
        }
      const factOf = (field: keyof Facts): Fact | undefined => fact?.[field] ?? own[field];
      const sourceText = cell(row, 'source');
      if (sourceText === '') note('source', 'missing-field', m.sheetMissingCell('source'));
      const said = sourceText === '' ? { id: '' } : sourceRef(sourceText, 'source');
      const sideText = cell(row, 'side');
      if (sourceText !== '' && sideText !== '' && said.id !== '') {
        const record = sourceById.get(said.id) ?? newSources.find((s) => s.id === said.id);
        const side = partyByName.get(normal(sideText)) ?? createdParties.get(normal(sideText))?.id;
        const affiliation = record?.affiliation;
        if (
          record !== undefined &&
          !newSources.includes(record) &&
          side !== undefined &&
          affiliation !== undefined &&
          side !== affiliation &&
          // A party aligned with the side ("DPR" for "RU") is on that side.
          (affiliation === null ||
            (alignedOf.get(affiliation) !== side && alignedOf.get(side) !== affiliation))
        ) {
          if (strict)
            note(
              'side',
              'side-conflict',
              m.sheetSideConflictStrict(sideText, record.name, affiliation),
            );
          else
            guessed.push(
              problem(
                row,
                mapping,
                'side',
                'side-conflict',
                m.sheetSideConflict(sideText, record.name, affiliation),
              ),
            );
        }
      }
      const statedOn = date('stated_on', cell(row, 'stated_on'));
      let asOf = date('as_of', cell(row, 'as_of'));
      // The parties: a row that gives them first resolves its own cell (a party it creates or
      // does not know is its own); a later row reads the exchange's, already resolved.
      const known = (p: string) =>
        partyByName.get(normal(p)) ?? createdParties.get(normal(p))?.id ?? p;
      const partyList =
        fact?.parties !== undefined
          ? fact.parties.value.map(known)
          : (own.parties?.value ?? []).map((p) => partyId(p, 'parties'));
      const holderText = cell(row, 'holder');
      const holder = holderText === '' ? undefined : partyId(holderText, 'holder');

      // What was counted.
      const countedText = cell(row, 'counted');
      const entry = countedText === '' ? undefined : subjects.get(normal(countedText));
      if (countedText === '') note('counted', 'missing-field', m.sheetMissingCell('counted'));
      else if (entry === undefined)
        note('counted', 'unknown-subject', m.sheetUnknownSubject(countedText));
      const dates = factOf('dates')?.value ?? [];
      const lookup = (name: string): string | readonly string[] | undefined =>
        ({
          exchange,
          holder,
          stated_on: statedOn,
          as_of: asOf,
          first_date: dates[0],
          last_date: dates[dates.length - 1],
          parties: partyList.length > 0 ? partyList : undefined,
        })[name];
      const missing = (name: string): never => {
        throw refusal('counted', 'missing-field', m.sheetPlaceholderEmpty(name));
      };
      type Subject = Claim['subject'] & { category?: string; cohort?: string };
      let subject: Subject | undefined;
      if (entry !== undefined)
        try {
          subject = fillJson(entry.subject, lookup, missing) as Subject;
          if (entry.asOf !== undefined)
            asOf = fillTemplate(entry.asOf, (n) => lookup(n) as string | undefined, missing);
        } catch (error) {
          if (!(error instanceof Refusal)) throw error;
          subject = undefined;
          problems.push(error.problem);
        }
      const affiliation =
        (sourceById.get(said.id) ?? newSources.find((s) => s.id === said.id))?.affiliation ??
        undefined;
      const categoryText = cell(row, 'category');
      if (categoryText !== '' && subject?.category === undefined) {
        const category = categoryOf(categoryText, exchange, affiliation);
        if (category === undefined)
          note('category', 'unknown-category', m.sheetUnknownCategory(categoryText));
        else if (subject !== undefined) subject = { ...subject, category } as Subject;
      }

      // The figure.
      const read = readFigure(
        {
          figure: cell(row, 'figure'),
          exact: cell(row, 'exact'),
          number: cell(row, 'number'),
          low: cell(row, 'low'),
          high: cell(row, 'high'),
          best: cell(row, 'best'),
          lexicon: cell(row, 'lexicon'),
          status: cell(row, 'status'),
        },
        mapping.lexicon,
      );
      if (!read.success) {
        const code =
          read.error.message === m.sheetMissingCell('figure')
            ? 'missing-field'
            : 'unreadable-figure';
        note(read.error.field, code, read.error.message);
      }
      const value: Count | undefined = read.success ? read.data : undefined;

      // The breakdown: "36 soldiers and sergeants; 6 officers", or an object of label and number.
      const breakdownText = cell(row, 'breakdown');
      let parts: { category: string; count: Count; wording: string; cohort?: string }[] | undefined;
      if (breakdownText !== '')
        try {
          let pairs: [string, number][] = [];
          if (breakdownText.startsWith('{')) {
            let object: unknown;
            try {
              object = JSON.parse(breakdownText);
            } catch {
              throw refusal('breakdown', 'unknown-category', m.sheetBreakdownPart(breakdownText));
            }
            for (const [label, n] of Object.entries(object as Record<string, unknown>)) {
              if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0)
                throw refusal(
                  'breakdown',
                  'unknown-category',
                  m.sheetBreakdownPart(`${label}: ${String(n)}`),
                );
              pairs.push([label, n as number]);
            }
          } else {
            pairs = breakdownText
              .split(/[;|\n]/)
              .map((s) => s.trim())
              .filter((s) => s !== '')
              .map((part): [string, number] => {
                const found = /^(\d[\d\s\u00a0,]*)\s+(\S.*)$/.exec(part);
                const n = found === null ? undefined : wholeNumber(found[1] as string);
                if (found === null || n === undefined)
                  throw refusal('breakdown', 'unknown-category', m.sheetBreakdownPart(part));
                return [found[2] as string, n];
              });
          }
          parts = pairs.map(([label, n]) => {
            const cohort =
              cohortOf.get(normal(label)) ?? cohortOf.get(normal(label.replace(/[-_]+/g, ' ')));
            const category = categoryOf(label, exchange, affiliation);
            if (category === undefined)
              throw refusal('breakdown', 'unknown-category', m.sheetUnknownCategory(label));
            const part = {
              category: category as string,
              count: { low: n, high: n } as Count,
              wording: label.replace(/-/g, ' '),
            };
            return cohort === undefined ? part : { ...part, cohort };
          });
        } catch (error) {
          if (!(error instanceof Refusal)) throw error;
          parts = undefined;
          problems.push(error.problem);
        }
      const partial = TRUE.has(normal(cell(row, 'breakdown_partial')));
      const completeText = normal(cell(row, 'breakdown_complete'));
      let complete: boolean | undefined;
      if (parts !== undefined) {
        if (TRUE.has(completeText)) complete = true;
        else if (FALSE.has(completeText) || partial) complete = false;
        else {
          // One named group smaller than the whole ("of them, 140 civilians") is a detail, not the whole.
          const total = value !== undefined && 'low' in value ? value.low : undefined;
          const only = parts.length === 1 ? parts[0] : undefined;
          complete = !(
            only !== undefined &&
            total !== undefined &&
            'low' in only.count &&
            only.count.low < total
          );
        }
        // A figure given for one named group only ("19 sailors of the Sapfir") is about that group.
        const only = parts.length === 1 && !partial ? parts[0] : undefined;
        if (
          subject?.type === 'transferred' &&
          only?.cohort !== undefined &&
          subject.cohort === undefined
        )
          subject = { ...subject, cohort: only.cohort };
      }

      // Where it was read.
      const url = cell(row, 'url');
      const mediumText = cell(row, 'medium');
      let medium: { medium: Citation['medium']; reportedBy?: string } | undefined;
      if (mediumText !== '') {
        medium = media.get(normal(mediumText));
        if (medium === undefined) {
          medium = { medium: 'other' };
          if (strict) note('medium', 'unknown-medium', m.sheetUnknownMediumStrict(mediumText));
          else
            guessed.push(
              problem(row, mapping, 'medium', 'medium-guessed', m.sheetUnknownMedium(mediumText)),
            );
        }
      }
      const reportedText = cell(row, 'reported_by');
      const via =
        said.reportedBy ??
        (reportedText === '' ? undefined : sourceRef(reportedText, 'reported_by').id) ??
        medium?.reportedBy;
      const citations: Citation[] =
        url === ''
          ? []
          : [
              {
                url,
                ...(medium?.medium === undefined ? {} : { medium: medium.medium }),
                ...(via === undefined ? {} : { reportedBy: via }),
              },
            ];

      // Further figures the same statement gives ("the 9th exchange", beside the total).
      const moreValues: (Count | undefined)[] = [];
      for (const more of mapping.figures ?? []) {
        const text = (row.cells[more.column] ?? '').trim();
        const n = text === '' ? undefined : wholeNumber(text);
        if (text !== '' && n === undefined)
          problems.push({
            line: row.line,
            column: more.column,
            code: 'unreadable-figure',
            message: m.sheetNotANumber(text),
          });
        moreValues.push(n === undefined ? undefined : { low: n, high: n });
      }

      // The exchange's facts: a row taken after the first one that gave them agrees, or is told.
      if (exchange !== undefined)
        for (const field of ['dates', 'date_note', 'parties', 'mediator'] as const) {
          const mine = own[field];
          const first = fact?.[field];
          if (mine === undefined || first === undefined || same(field, first.value, mine.value))
            continue;
          const words = field.replace(/_/g, ' ');
          if (strict)
            note(
              field,
              'exchange-conflict',
              m.sheetExchangeConflictStrict(words, exchange, mine.text, first.text, first.line),
            );
          else
            guessed.push(
              problem(
                row,
                mapping,
                field,
                'exchange-conflict',
                m.sheetExchangeConflict(words, exchange, mine.text, first.text, first.line),
              ),
            );
        }

      // The id: the sheet's, or the exchange's and the row's place in it (a row refused takes
      // no place).
      let id = cell(row, 'id');
      if (id !== '' && claimIds.has(id))
        note('id', 'duplicate-id', m.sheetDuplicateClaim(id, claimIds.get(id) as number));
      if (problems.length > 0 || subject === undefined || value === undefined) {
        refused.set(row, inColumnOrder(row, problems));
        continue;
      }
      if (id === '') {
        const n = (perExchangeIndex.get(exchange ?? '') ?? 0) + 1;
        perExchangeIndex.set(exchange ?? '', n);
        id = exchange === undefined ? `row-${row.line}` : `${exchange}/${n}`;
      }
      const first = claimIds.get(id);
      if (first !== undefined) {
        note('id', 'duplicate-id', m.sheetDuplicateClaim(id, first));
        refused.set(row, inColumnOrder(row, problems));
        continue;
      }

      const noteText = cell(row, 'note');
      const claim = {
        id,
        subject,
        value,
        source: said.id,
        ...(statedOn === undefined ? {} : { statedOn }),
        ...(asOf === undefined ? {} : { asOf }),
        ...(exchange === undefined ? {} : { exchange }),
        citations,
        ...(parts === undefined ? {} : { breakdown: parts, breakdownComplete: complete }),
        ...(TRUE.has(normal(cell(row, 'derived'))) ? { derived: true } : {}),
        ...(noteText === '' ? {} : { note: noteText }),
        ...extras.get(id),
      } as Claim;
      const claims: Claim[] = [claim];

      for (const [k, more] of (mapping.figures ?? []).entries()) {
        const extraValue = moreValues[k];
        if (extraValue === undefined) continue;
        const extraId = fillTemplate(
          more.id,
          (k) => (k === 'id' ? id : (lookup(k) as string | undefined)),
          missing,
        ) as string;
        claims.push({
          id: extraId,
          subject: fillJson(more.subject, lookup, missing) as Claim['subject'],
          value: extraValue as Count,
          source: said.id,
          ...(statedOn === undefined ? {} : { statedOn }),
          ...(asOf === undefined ? {} : { asOf }),
          citations,
          ...(more.link === undefined ? {} : { links: [{ type: more.link, claim: id }] }),
          ...extras.get(extraId),
        } as Claim);
      }
      for (const c of claims) claimIds.set(c.id, row.line);
      if (exchange !== undefined) {
        const f = fact ?? {};
        facts.set(exchange, f);
        for (const field of ['dates', 'date_note', 'parties', 'mediator'] as const) {
          const mine = own[field];
          if (f[field] === undefined && mine !== undefined) f[field] = mine;
        }
      }
      for (const p of newParties) {
        createdParties.set(normal(p.name), p);
        partyIds.add(p.id);
      }
      for (const s of newSources) {
        createdSources.set(normal(s.name), s);
        sourceById.set(s.id, s);
      }
      const t: Taken = { row, claims, exchange, parties: newParties, sources: newSources, guessed };
      taken.push(t);
      if (exchange !== undefined) {
        const own = rowsOf.get(exchange);
        if (own === undefined) rowsOf.set(exchange, [t]);
        else own.push(t);
      }
    } catch (error) {
      if (!(error instanceof Refusal)) throw error;
      refused.set(row, inColumnOrder(row, [...problems, error.problem]));
    }
  }

  // Exchanges the rows name and the mapping does not give whole.
  const builtExchanges = new Set<string>();
  const exchanges: Exchange[] = [];
  const partyRecords = [...parties, ...createdParties.values()];
  const sourceRecords = [...sources, ...createdSources.values()];
  const affiliationOf = new Map(sourceRecords.map((s) => [s.id, s.affiliation] as const));
  const alignedWith = new Map(partyRecords.map((p) => [p.id, p.alignedWith] as const));
  const order = mapping.recordedFrom ?? ['receiver', 'giver', 'allies', 'any'];
  const recorded = (candidates: readonly Claim[], to: string, from: string): Count => {
    const known = (c: Claim) => 'low' in c.value;
    const bySide = (test: (side: string | null | undefined) => boolean) =>
      candidates.find((c) => known(c) && test(affiliationOf.get(c.source)));
    let pick: Claim | undefined;
    for (const step of order) {
      pick ??=
        step === 'receiver'
          ? bySide((s) => s === to)
          : step === 'giver'
            ? bySide((s) => s === from)
            : step === 'allies'
              ? bySide(
                  (s) =>
                    typeof s === 'string' &&
                    s !== to &&
                    s !== from &&
                    [to, from].includes(alignedWith.get(s) ?? ''),
                )
              : candidates.find(known);
    }
    pick ??= candidates[0];
    if (pick === undefined) return { status: 'unknown' };
    const v = pick.value;
    if (!('low' in v)) return v;
    return v.best === undefined
      ? { low: v.low, high: v.high }
      : { low: v.low, high: v.high, best: v.best };
  };
  // Each exchange once, in the order its first row was taken (a Map keeps insertion order).
  for (const [id, own_] of rowsOf) {
    if (literalIds.has(id)) continue;
    const fact = facts.get(id);
    const no = (field: SheetField, message: string) => {
      for (const t of own_)
        refused.set(t.row, [problem(t.row, mapping, field, 'missing-field', message)]);
    };
    if (fact?.dates === undefined) {
      const bad = badDates.get(id);
      no('dates', bad === undefined ? m.sheetNoDates(id) : m.sheetNoDatesInvalid(id, bad));
      continue;
    }
    if (fact.parties === undefined) {
      no('parties', m.sheetNoParties(id));
      continue;
    }
    const ids = fact.parties.value.map(
      (p) => partyByName.get(normal(p)) ?? createdParties.get(normal(p))?.id ?? p,
    );
    const mediators = (fact.mediator?.value ?? []).map(
      (p) => partyByName.get(normal(p)) ?? createdParties.get(normal(p))?.id ?? p,
    );
    const own = own_.flatMap((t) => t.claims);
    const transfers: Transfer[] = [];
    if (ids.length === 2) {
      for (const to of ids) {
        const from = ids.find((p) => p !== to) as string;
        for (const root of ['people', 'remains']) {
          const about = own.filter(
            (
              c,
            ): c is Claim & {
              subject: {
                type: 'transferred';
                exchange: string;
                to?: string;
                category?: string;
                cohort?: string;
              };
            } => {
              const s = c.subject;
              return (
                s.type === 'transferred' &&
                s.exchange === id &&
                s.to === to &&
                (categoryRoot(s.category ?? 'people') ?? 'people') === root
              );
            },
          );
          if (about.length === 0) continue;
          const legalBasis = root === 'remains' ? 'return-of-remains' : 'exchange';
          const whole = about.filter(
            (c) => (c.subject.category ?? 'people') === root && c.subject.cohort === undefined,
          );
          if (whole.length > 0) {
            transfers.push({
              id: `${root}-to-${to}`,
              from,
              to,
              category: root,
              count: recorded(whole, to, from),
              legalBasis,
            });
            continue;
          }
          const groups = new Map<string, typeof about>();
          for (const c of about) {
            const key = [c.subject.category ?? root, c.subject.cohort].filter(Boolean).join('-');
            const group = groups.get(key);
            if (group === undefined) groups.set(key, [c]);
            else group.push(c);
          }
          for (const [key, group] of groups) {
            const firstSubject = group[0]?.subject;
            const cohort = firstSubject?.cohort;
            transfers.push({
              id: `${key}-to-${to}`,
              from,
              to,
              category: firstSubject?.category ?? root,
              count: recorded(group, to, from),
              legalBasis,
              ...(cohort === undefined ? {} : { cohorts: [{ cohort }] }),
            });
          }
        }
      }
    }
    const extra = perExchange.get(id);
    builtExchanges.add(id);
    exchanges.push({
      id,
      parties: ids,
      ...(mediators.length > 0 ? { mediators } : {}),
      ...(extra?.custodians === undefined ? {} : { custodians: extra.custodians }),
      ...(extra?.agreement === undefined ? {} : { agreement: extra.agreement }),
      status: mapping.status ?? 'completed',
      stages: fact.dates.value.map((on) =>
        fact.date_note === undefined ? { on } : { on, note: fact.date_note.value[0] },
      ) as Exchange['stages'],
      transfers,
      ...(extra?.note === undefined ? {} : { note: extra.note }),
    } as Exchange);
  }

  const kept = taken.filter((t) => !refused.has(t.row));
  const claims: Claim[] = [];
  const claimOwner: Taken[] = [];
  for (const t of kept)
    for (const c of t.claims) {
      claims.push(c);
      claimOwner.push(t);
    }
  const {
    exchanges: _e,
    parties: extraParties,
    sources: extraSources,
    claims: extraClaims,
    format: _f,
    ...rest
  } = (mapping.dataset ?? {}) as Record<string, unknown>;
  void _e;
  void _f;
  const { title, description, license, ...others } = rest;
  const usedParties = new Set(kept.flatMap((t) => t.parties.map((p) => p.id)));
  const usedSources = new Set(kept.flatMap((t) => t.sources.map((s) => s.id)));
  const dataset = {
    format: 'swapledger/1',
    ...(title === undefined ? {} : { title }),
    ...(description === undefined ? {} : { description }),
    ...(license === undefined ? {} : { license }),
    parties: [
      ...parties,
      ...[...createdParties.values()].filter((p) => usedParties.has(p.id)),
      ...((extraParties as Party[] | undefined) ?? []),
    ],
    sources: [
      ...sources,
      ...[...createdSources.values()].filter((s) => usedSources.has(s.id)),
      ...((extraSources as Source[] | undefined) ?? []),
    ],
    ...others,
    exchanges: [...exchanges, ...literalExchanges],
    claims: [...claims, ...((extraClaims as Claim[] | undefined) ?? [])],
  } as unknown as Dataset;
  return {
    dataset,
    taken: kept,
    refused,
    guessed: kept.flatMap((t) => t.guessed),
    claimOwner,
    builtExchanges,
    rowsOf,
    facts,
  };
}
