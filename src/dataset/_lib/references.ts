import { pure } from '../../_lib/pure.js';
import type { Agreement } from '../../agreement/AgreementSchema.js';
import type { BreakdownPart, Claim } from '../../claim/ClaimSchema.js';
import type { Subject } from '../../claim/SubjectSchema.js';
import { relatePartialDates } from '../../date/relatePartialDates.js';
import { partialDateRange } from '../../date/partialDateRange.js';
import type { PartialDate } from '../../date/PartialDate.js';
import type { Exchange, Transfer } from '../../exchange/ExchangeSchema.js';
import type { Party } from '../../party/PartySchema.js';
import type { Source } from '../../source/SourceSchema.js';
import type { Statement } from '../../statement/StatementSchema.js';
import type { ReportedDate } from '../../date/ReportedDateSchema.js';
import type { Citation } from '../../source/CitationSchema.js';
import { categoriesDisjoint } from '../../taxonomy/categoriesDisjoint.js';
import type { Cohort } from '../../taxonomy/CohortSchema.js';
import type { Crosswalk } from '../../taxonomy/CrosswalkSchema.js';
import type { Taxonomy } from '../../taxonomy/TaxonomySchema.js';
import type { IssueCode } from '../../validation/Issue.js';
import * as messages from '../../_lib/messages.js';
import { IdSchema } from '../../_lib/fields.js';
import { SimilarIds } from '../../_lib/similarIds.js';
import { IdIndex } from './idIndex.js';
import { fast } from '../../validation/_lib/fast.js';
import type { DATASET_COLLECTIONS } from './datasetShape.js';
import { own } from '../../_lib/own.js';

/**
 * The references between a dataset's records, written once for both ways of reading a dataset:
 * `safeParseDataset` (the whole document at once) and the streamed NDJSON validator (one record a
 * line, in any order). Each record kind has one entry in {@link REFERENCES}, which says which of
 * its fields name which kind of record and which rules hold between them; {@link ReferenceCheck}
 * resolves the names, at once when the record named is already known, or when reading is done.
 *
 * @internal
 */

/** A list of records in a dataset. */
export type Collection = keyof typeof DATASET_COLLECTIONS;

/** A path inside one record. */
export type Path = (string | number)[];

/**
 * Where a record was read: its position in its list (a document) or its line (a stream). The
 * caller turns it into a path prefix and into words for messages.
 */
export type Origin = number;

/** What the caller is told of each problem: where, which record, and what. */
export type Report = (
  collection: Collection | 'crosswalk',
  origin: Origin,
  path: Path,
  code: IssueCode,
  message: string,
) => void;

/**
 * What the caller says of a second record with an id already taken, given the record kind's
 * name and the first record's origin (a document names its index, a stream says "an earlier line").
 */
export type Duplicate = (collection: Collection, what: string, id: string, first: Origin) => string;

/** What a record's entry in the table can ask of the checker. */
export interface Refer {
  /** Whether the record `id` of kind `collection` is known already (then `id` has nothing to say). */
  known(collection: Collection, id: string): boolean;
  /** The record `id` of kind `collection` must exist. Returns false when it is already known not to. */
  id(collection: Collection, what: string, id: string | undefined, path: Path): void;
  /** A category must exist in the taxonomy; returns whether it does. */
  category(id: string | undefined, path: Path): boolean;
  /** A breakdown's parts must name categories that can be part of `whole`, and cohorts that exist. */
  breakdown(parts: readonly BreakdownPart[] | undefined, whole: string, path: Path): void;
  /** The exchange must exist, and hold a transfer with this id. */
  transfer(exchange: string, transfer: string | undefined, path: Path, to?: string): void;
  /** The exchange must have a stage of this number (when it exists: else only it is reported). */
  stage(exchange: string, stage: number | undefined, path: Path): void;
  /** A party named within an exchange must take part in it (when both exist). */
  inExchange(exchange: string, party: string | undefined, path: Path): void;
  /**
   * A part of what one transfer moved went where the transfer went (`to`), and on its stage when
   * it has one (`stage`); when the exchange or transfer is unknown, only that is reported.
   */
  partOfTransfer(
    exchange: string,
    transfer: string,
    field: 'to' | 'stage',
    value: string | number,
    path: Path,
  ): void;
  /**
   * A rule found broken that counts only if the record `id` of kind `collection` exists (and the
   * record `also`, when given, which the rule was broken against): when one does not, the unknown
   * reference alone is reported (by {@link Refer.id}).
   */
  ifExists(
    collection: Collection,
    id: string,
    path: Path,
    code: IssueCode,
    message: string,
    also?: string,
  ): void;
  /** A rule of the record itself, broken. */
  issue(path: Path, code: IssueCode, message: string): void;
}

/** The record lists, in the order a dataset lists them and they are validated. */
export const COLLECTIONS = [
  'parties',
  'sources',
  'cohorts',
  'agreements',
  'exchanges',
  'claims',
  'statements',
] as const satisfies readonly Collection[];

const WHAT: Record<Collection, string> = {
  parties: 'party',
  sources: 'source',
  cohorts: 'cohort',
  agreements: 'agreement',
  exchanges: 'exchange',
  claims: 'claim',
  statements: 'statement',
};

/** The category a subject counts (absent means `people`); an exchange count counts no people. */
function subjectCategory(subject: Subject): string | undefined {
  return subject.type === 'exchange-count' ? undefined : (subject.category ?? 'people');
}

/** Which of a record's own fields name which kind of record (a field may hold one id or a list). */
type Naming<T> = { readonly [K in keyof T]?: Collection };

/** A {@link Naming} table as two lists, read once rather than per record. */
interface Names<T> {
  readonly fields: readonly (keyof T & string)[];
  readonly collections: readonly Collection[];
}

function names<T>(table: Naming<T>): Names<T> {
  const fields = Object.keys(table) as (keyof T & string)[];
  return { fields, collections: fields.map((field) => table[field] as Collection) };
}

/**
 * Checks the fields of `record` that a {@link Naming} table lists. Paths are made only for names
 * not known yet: at a million records, the paths of names that resolve are most of the garbage.
 */
function named<T extends object>(record: T, table: Names<T>, refer: Refer, at: Path = []): void {
  const { fields, collections } = table;
  for (let f = 0; f < fields.length; f += 1) {
    const field = fields[f] as keyof T & string;
    const collection = collections[f] as Collection;
    const value = record[field] as unknown;
    if (typeof value === 'string') {
      if (!refer.known(collection, value))
        refer.id(collection, WHAT[collection], value, [...at, field]);
    } else if (Array.isArray(value))
      for (let k = 0; k < value.length; k += 1) {
        const id: unknown = value[k];
        if (typeof id === 'string' && !refer.known(collection, id))
          refer.id(collection, WHAT[collection], id, [...at, field, k]);
      }
  }
}

const PARTY = /* @__PURE__ */ pure(() => names<Party>({ alignedWith: 'parties' }));
const SOURCE = /* @__PURE__ */ pure(() => names<Source>({ affiliation: 'parties' }));
const AGREEMENT = /* @__PURE__ */ pure(() =>
  names<Agreement>({
    parties: 'parties',
    mediators: 'parties',
    extends: 'agreements',
    source: 'sources',
  }),
);
const EXCHANGE = /* @__PURE__ */ pure(() =>
  names<Exchange>({
    parties: 'parties',
    mediators: 'parties',
    custodians: 'parties',
    agreement: 'agreements',
    agreements: 'agreements',
  }),
);
const STATEMENT = /* @__PURE__ */ pure(() => names<Statement>({ source: 'sources' }));
/** The fields of a breakdown's part that name a record (see {@link Refer.breakdown}). */
const PART = /* @__PURE__ */ pure(() =>
  names<BreakdownPart>({ cohort: 'cohorts', to: 'parties', agreement: 'agreements' }),
);

/** The fields of each kind of statement that name a record. */
const STATED: {
  readonly [T in Statement['about']['type']]: Naming<Extract<Statement['about'], { type: T }>>;
} = {
  role: { exchange: 'exchanges', agreement: 'agreements', party: 'parties' },
  date: { exchange: 'exchanges' },
  ordinal: { exchange: 'exchanges', among: 'parties', through: 'parties' },
  outcome: { exchange: 'exchanges' },
  terms: { exchange: 'exchanges', agreement: 'agreements' },
};
const STATED_NAMES = /* @__PURE__ */ pure(() => namesOf(STATED));
const CLAIM = /* @__PURE__ */ pure(() =>
  names<Claim>({ source: 'sources', exchange: 'exchanges' }),
);

/** The fields of each kind of subject that name a record (a transfer is checked with its exchange). */
const SUBJECT: { readonly [T in Subject['type']]: Naming<Extract<Subject, { type: T }>> } = {
  transferred: { to: 'parties', cohort: 'cohorts' },
  exchanged: { exchange: 'exchanges' },
  'returned-total': {
    to: 'parties',
    from: 'parties',
    through: 'parties',
    agreement: 'agreements',
    cohort: 'cohorts',
  },
  held: { holder: 'parties', of: 'parties', cohort: 'cohorts' },
  'captured-total': { captor: 'parties', of: 'parties', cohort: 'cohorts' },
  missing: { of: 'parties', believedHeldBy: 'parties' },
  'exchange-count': { parties: 'parties', through: 'parties', agreement: 'agreements' },
  'exchanged-total': { parties: 'parties', through: 'parties', agreement: 'agreements' },
  died: { of: 'parties', holder: 'parties', exchange: 'exchanges', cohort: 'cohorts' },
  listed: { by: 'parties', to: 'parties', exchange: 'exchanges', agreement: 'agreements' },
  agreed: { agreement: 'agreements', to: 'parties' },
};
const SUBJECT_NAMES = /* @__PURE__ */ pure(() => namesOf(SUBJECT));

/** {@link names} of each table of a kind's variants. */
function namesOf<K extends string>(
  tables: Readonly<Record<K, object>>,
): Readonly<Record<K, Names<object>>> {
  const out = {} as Record<K, Names<object>>;
  for (const key of Object.keys(tables) as K[]) out[key] = names(tables[key] as Naming<object>);
  return out;
}

function party(record: Party, refer: Refer): void {
  named(record, PARTY, refer);
}

function source(record: Source, refer: Refer): void {
  named(record, SOURCE, refer);
  if (record.kind === 'joint' && record.speakers === undefined)
    refer.issue(['speakers'], 'missing-field', messages.jointWithoutSpeakers());
  if (record.kind !== 'joint' && record.speakers !== undefined)
    refer.issue(['speakers'], 'invalid-value', messages.speakersNotJoint(record.kind));
  record.speakers?.forEach((speaker, k) => {
    if (
      record.affiliation !== null &&
      speaker.affiliation !== undefined &&
      speaker.affiliation !== record.affiliation
    )
      refer.issue(
        ['speakers', k, 'affiliation'],
        'invalid-reference',
        messages.speakerElsewhere(speaker.name, record.affiliation),
      );
  });
  record.speakers?.forEach((speaker, k) =>
    refer.id('parties', 'party', speaker.affiliation, ['speakers', k, 'affiliation']),
  );
}

/** Who reported each citation. */
function citations(list: readonly Citation[] | undefined, refer: Refer): void {
  if (list === undefined) return;
  for (let k = 0; k < list.length; k += 1) {
    const by = (list[k] as Citation).reportedBy;
    if (by !== undefined && !refer.known('sources', by))
      refer.id('sources', 'source', by, ['citations', k, 'reportedBy']);
  }
}

/** A window of dates never ends before it begins. */
function reportedDate(date: ReportedDate | undefined, refer: Refer, path: Path): void {
  if (date?.to !== undefined && relatePartialDates(date.from, date.to) === 'after')
    refer.issue([...path, 'to'], 'out-of-order', messages.windowBackwards(date.from, date.to));
}

function cohort(record: Cohort, refer: Refer): void {
  record.categories?.forEach((c, k) => refer.category(c, ['categories', k]));
}

function agreement(record: Agreement, refer: Refer): void {
  named(record, AGREEMENT, refer);
  citations(record.citations, refer);
  record.terms.forEach((term, t) => {
    refer.category(term.category, ['terms', t, 'category']);
    if (term.formula === 'numbers') {
      term.numbers.forEach((n, k) => {
        if (!record.parties.includes(n.to))
          refer.issue(
            ['terms', t, 'numbers', k, 'to'],
            'invalid-reference',
            messages.notAParty(n.to, record.id, 'receiver'),
          );
      });
    }
  });
}

/** What the rules read of a transfer. */
type TransferFacts = Pick<Transfer, 'id' | 'to' | 'stage'>;

/** What the rules read of an exchange: a parsed one has it all. */
interface ExchangeFacts {
  readonly transfers: readonly TransferFacts[];
  /** Only the number of stages is read. */
  readonly stages: { readonly length: number };
  readonly parties: readonly string[];
  readonly mediators?: readonly string[] | undefined;
  readonly custodians?: readonly string[] | undefined;
}

/** What a stream keeps of an exchange, so that the rest of the record can be let go. */
function factsOf(e: Exchange): ExchangeFacts {
  return {
    transfers: e.transfers.map(({ id, to, stage }) =>
      stage === undefined ? { id, to } : { id, to, stage },
    ),
    stages: { length: e.stages.length },
    parties: e.parties,
    mediators: e.mediators,
    custodians: e.custodians,
  };
}

/**
 * Up to how many transfers, or parties taking part, an exchange's lists are scanned rather than
 * given a table: a scan of a few ids costs less than building a `Map` for every exchange (a
 * fifth of the validation of many small exchanges). Tests set it to hold the two ways equal.
 *
 * @internal
 */
export const exchangeScan = { most: 8 };

/** Whether an exchange names more parties, mediators and custodians than are worth a scan. */
function manyRoles(e: ExchangeFacts): boolean {
  return (
    e.parties.length + (e.mediators?.length ?? 0) + (e.custodians?.length ?? 0) > exchangeScan.most
  );
}

/** Who may send or receive in an exchange, as a table (for one of {@link manyRoles}). */
function roleTable(e: ExchangeFacts): ReadonlySet<string> {
  return new Set([...e.parties, ...(e.mediators ?? []), ...(e.custodians ?? [])]);
}

/**
 * Whether a party may send or receive in an exchange: one of its parties, mediators or
 * custodians. `table` is the exchange's {@link roleTable}, when it has many.
 */
function takesPart(e: ExchangeFacts, party: string, table?: ReadonlySet<string>): boolean {
  return table !== undefined
    ? table.has(party)
    : e.parties.includes(party) ||
        e.mediators?.includes(party) === true ||
        e.custodians?.includes(party) === true;
}

const ROLES = ['from', 'to'] as const;

function exchange(record: Exchange, refer: Refer): void {
  named(record, EXCHANGE, refer);
  // Each stage against the earlier stage that starts latest, not only its neighbour: "2022-09-21",
  // "2022", "2022-01-01" is out of order although no two neighbours are.
  let latest: PartialDate | undefined;
  record.stages.forEach(({ on }, s) => {
    if (latest !== undefined && relatePartialDates(latest, on) === 'after')
      refer.issue(['stages', s, 'on'], 'out-of-order', messages.outOfOrder('stages', latest, on));
    if (latest === undefined || partialDateRange(on).first > partialDateRange(latest).first)
      latest = on;
  });
  const listed = new Set<string>();
  record.parties.forEach((party, k) => {
    if (listed.has(party))
      refer.issue(['parties', k], 'duplicate-id', messages.partyTwice(party, record.id));
    listed.add(party);
  });
  sides(record, refer);
  // Tables only for a large exchange: most have two transfers and two parties, read by a scan.
  const { transfers } = record;
  const roles = manyRoles(record) ? roleTable(record) : undefined;
  const seen = transfers.length > exchangeScan.most ? new Map<string, number>() : undefined;
  transfers.forEach((transfer, t) => {
    const at = (...p: Path): Path => ['transfers', t, ...p];
    let earlier: number | undefined;
    if (seen === undefined) {
      for (let k = 0; k < t && earlier === undefined; k += 1)
        if ((transfers[k] as Transfer).id === transfer.id) earlier = k;
    } else {
      earlier = seen.get(transfer.id);
      if (earlier === undefined) seen.set(transfer.id, t);
    }
    if (earlier !== undefined)
      refer.issue(
        at('id'),
        'duplicate-id',
        messages.duplicateId('transfer', transfer.id, `transfers[${earlier}]`),
      );
    if (transfer.from === transfer.to)
      refer.issue(at('to'), 'invalid-reference', messages.transferToItself(transfer.from));
    if (transfer.settles?.exchange === record.id && transfer.settles.transfer === transfer.id)
      refer.issue(at('settles'), 'invalid-reference', messages.settlesItself(transfer.id));
    for (const role of ROLES) {
      const who = transfer[role];
      // The path is made only for a party not known yet, as in `named`.
      if (!refer.known('parties', who)) refer.id('parties', 'party', who, at(role));
      if (!takesPart(record, who, roles))
        refer.ifExists(
          'parties',
          who,
          at(role),
          'invalid-reference',
          messages.notAParty(who, record.id, role === 'from' ? 'sender' : 'receiver'),
        );
    }
    if (transfer.stage !== undefined && transfer.stage >= record.stages.length)
      refer.issue(
        at('stage'),
        'invalid-reference',
        messages.noSuchStage(record.stages.length, transfer.stage),
      );
    if (refer.category(transfer.category, at('category')))
      refer.breakdown(transfer.breakdown, transfer.category, at('breakdown'));
    // A transfer moves people to one party, on one stage when it names one: its parts are parts
    // of that, as a claim's parts are parts of what its subject went to.
    transfer.breakdown?.forEach((part, k) => {
      if (part.to !== undefined && part.to !== transfer.to)
        refer.ifExists(
          'parties',
          part.to,
          at('breakdown', k, 'to'),
          'invalid-reference',
          messages.partElsewhere(part.to, transfer.to),
          transfer.to,
        );
      if (part.stage === undefined) return;
      if (part.stage >= record.stages.length)
        refer.issue(
          at('breakdown', k, 'stage'),
          'invalid-reference',
          messages.noSuchStage(record.stages.length, part.stage),
        );
      else if (
        transfer.stage !== undefined &&
        transfer.stage < record.stages.length &&
        part.stage !== transfer.stage
      )
        refer.issue(
          at('breakdown', k, 'stage'),
          'invalid-reference',
          messages.partOnOtherStage(part.stage, transfer.stage),
        );
    });
    transfer.cohorts?.forEach((c, k) => {
      if (!refer.known('cohorts', c.cohort))
        refer.id('cohorts', 'cohort', c.cohort, at('cohorts', k, 'cohort'));
    });
    if (transfer.settles)
      refer.transfer(transfer.settles.exchange, transfer.settles.transfer, at('settles'));
  });
}

/** A multilateral exchange's sides: made of its parties, each party on exactly one side. */
function sides(record: Exchange, refer: Refer): void {
  if (record.sides === undefined) return;
  const times = new Map<string, number>(record.parties.map((p) => [p, 0]));
  record.sides.forEach((side, s) =>
    side.forEach((party, k) => {
      const seen = times.get(party);
      if (seen === undefined)
        refer.issue(['sides', s, k], 'invalid-reference', messages.sideNotAParty(party, record.id));
      else times.set(party, seen + 1);
    }),
  );
  for (const [party, n] of times)
    if (n !== 1)
      refer.issue(['sides'], 'invalid-reference', messages.sidesNotPartition(party, record.id, n));
}

// Paths every claim passes, made once: a path is only read (copied into an issue), never changed.
const AT_SUBJECT: Path = ['subject'];
const AT_SUBJECT_CATEGORY: Path = ['subject', 'category'];
const AT_SUBJECT_TO: Path = ['subject', 'to'];
const AT_BREAKDOWN: Path = ['breakdown'];

function claim(record: Claim, refer: Refer): void {
  named(record, CLAIM, refer);
  const s = record.subject;
  named(s, SUBJECT_NAMES[s.type] as Names<Subject>, refer, AT_SUBJECT);
  if (s.type === 'transferred') refer.transfer(s.exchange, s.transfer, AT_SUBJECT, s.to);
  const whole = subjectCategory(s);
  if (whole !== undefined && refer.category(whole, AT_SUBJECT_CATEGORY))
    refer.breakdown(record.breakdown, whole, AT_BREAKDOWN);
  const links = record.links;
  if (links !== undefined)
    for (let k = 0; k < links.length; k += 1) {
      const link = links[k] as NonNullable<Claim['links']>[number];
      if (link.claim === record.id)
        refer.issue(['links', k, 'claim'], 'invalid-reference', messages.selfLink(record.id));
      else if (!refer.known('claims', link.claim))
        refer.id('claims', 'claim', link.claim, ['links', k, 'claim']);
    }
  citations(record.citations, refer);
  const exchangeOf = (s as { readonly exchange?: string }).exchange;
  // What the whole names of where its people went and up to which stage, or the one transfer it
  // counts: its parts are parts of that.
  const wholeTo = (s as { readonly to?: string }).to;
  const upTo = s.type === 'transferred' ? s.throughStage : undefined;
  const pinned = s.type === 'transferred' ? s.transfer : undefined;
  const parts = record.breakdown ?? [];
  for (let k = 0; k < parts.length; k += 1) {
    const part = parts[k] as BreakdownPart;
    if (part.stage !== undefined) {
      if (exchangeOf === undefined)
        refer.issue(
          ['breakdown', k, 'stage'],
          'invalid-reference',
          messages.stageWithoutExchange(),
        );
      else if (upTo !== undefined && part.stage > upTo)
        refer.issue(
          ['breakdown', k, 'stage'],
          'invalid-reference',
          messages.partPastStage(part.stage, upTo),
        );
      else {
        refer.stage(exchangeOf, part.stage, ['breakdown', k, 'stage']);
        if (pinned !== undefined)
          refer.partOfTransfer(exchangeOf, pinned, 'stage', part.stage, ['breakdown', k, 'stage']);
      }
    }
    if (part.to === undefined) continue;
    // A part going where its subject says is right: a subject going wrong is reported on it.
    if (wholeTo !== undefined) {
      if (part.to !== wholeTo)
        refer.ifExists(
          'parties',
          part.to,
          ['breakdown', k, 'to'],
          'invalid-reference',
          messages.partElsewhere(part.to, wholeTo),
          wholeTo,
        );
    } else if (pinned !== undefined && exchangeOf !== undefined)
      refer.partOfTransfer(exchangeOf, pinned, 'to', part.to, ['breakdown', k, 'to']);
    else if (exchangeOf !== undefined)
      refer.inExchange(exchangeOf, part.to, ['breakdown', k, 'to']);
  }
  // Where a figure about one exchange says its people went takes part in that exchange.
  if (exchangeOf !== undefined && wholeTo !== undefined)
    refer.inExchange(exchangeOf, wholeTo, AT_SUBJECT_TO);
  if (s.type === 'transferred' && s.throughStage !== undefined)
    refer.stage(s.exchange, s.throughStage, ['subject', 'throughStage']);
  if (record.share) {
    const { of, low, high } = record.share;
    if (of === record.id)
      refer.issue(['share', 'of'], 'invalid-reference', messages.selfShare(record.id));
    else refer.id('claims', 'claim', of, ['share', 'of']);
    if (low > high)
      refer.issue(['share', 'low'], 'low-above-high', messages.shareLowAboveHigh(low, high));
  }
  reportedDate(record.dated, refer, ['dated']);
  const window = record.dated;
  if (window !== undefined && record.asOf !== undefined) {
    const last = window.to ?? window.from;
    // Inside the window: its first day no earlier than the window's, its last no later.
    const asOf = partialDateRange(record.asOf);
    if (asOf.first < partialDateRange(window.from).first || asOf.last > partialDateRange(last).last)
      refer.issue(
        ['asOf'],
        'out-of-order',
        messages.asOfOutsideWindow(record.asOf, window.from, last),
      );
  }
}

function statement(record: Statement, refer: Refer): void {
  named(record, STATEMENT, refer);
  citations(record.citations, refer);
  const about = record.about;
  named(about, STATED_NAMES[about.type] as Names<Statement['about']>, refer, ['about']);
  switch (about.type) {
    case 'role':
      if (about.exchange === undefined && about.agreement === undefined)
        refer.issue(['about'], 'missing-field', messages.roleWithoutRecord());
      return;
    case 'date':
      refer.stage(about.exchange, about.stage, ['about', 'stage']);
      reportedDate(about.on, refer, ['about', 'on']);
      return;
    case 'terms': {
      const terms = about.terms;
      const at: Path = ['about', 'terms'];
      if (about.exchange === undefined && about.agreement === undefined)
        refer.issue(['about'], 'missing-field', messages.termsWithoutRecord());
      if (terms.formula === 'scale') {
        refer.category(terms.unit, [...at, 'unit']);
        terms.equivalents.forEach((e, k) =>
          refer.category(e.category, [...at, 'equivalents', k, 'category']),
        );
      } else if (terms.formula === 'stages') {
        terms.planned.forEach((p, k) => {
          refer.id('parties', 'party', p.to, [...at, 'planned', k, 'to']);
          reportedDate(p.on, refer, [...at, 'planned', k, 'on']);
        });
      } else {
        refer.category(terms.category, [...at, 'category']);
        if (terms.formula === 'ratio') refer.id('parties', 'party', terms.by, [...at, 'by']);
      }
      return;
    }
    default:
      return;
  }
}

/**
 * One entry per record kind: the fields that name other records, and the rules between them.
 * Adding a field that refers to another record means adding one line here, and both validators
 * check it.
 */
export const REFERENCES: {
  readonly [C in Collection]: (record: RecordOf<C>, refer: Refer) => void;
} = {
  parties: party,
  sources: source,
  cohorts: cohort,
  agreements: agreement,
  exchanges: exchange,
  claims: claim,
  statements: statement,
};

/** What {@link eachName} is told of each name: the kind of record named, and its id. */
export type VisitName = (collection: Collection, id: string) => void;

/** {@link named} without the checks: each name the table's fields give. */
function namesIn<T extends object>(record: T, table: Names<T>, visit: VisitName): void {
  for (let f = 0; f < table.fields.length; f += 1) {
    const value = record[table.fields[f] as keyof T] as unknown;
    const collection = table.collections[f] as Collection;
    if (typeof value === 'string') visit(collection, value);
    else if (Array.isArray(value))
      for (const id of value as unknown[]) if (typeof id === 'string') visit(collection, id);
  }
}

function partNames(parts: readonly BreakdownPart[] | undefined, visit: VisitName): void {
  if (parts !== undefined) for (const part of parts) namesIn(part, PART, visit);
}

function citationNames(list: readonly Citation[] | undefined, visit: VisitName): void {
  if (list !== undefined)
    for (const c of list) if (c.reportedBy !== undefined) visit('sources', c.reportedBy);
}

/**
 * Calls `visit` with each name `record` gives of another record, with none of the rules: the
 * names {@link REFERENCES} checks, read from the same tables where it reads a table, so that
 * whoever needs only the links between records (the audit, to cut a dataset into independent
 * parts) need not run the checks. A test holds the two walks to the same names.
 */
export function eachName<C extends Collection>(
  collection: C,
  record: RecordOf<C>,
  visit: VisitName,
): void {
  switch (collection) {
    case 'parties':
      namesIn(record as Party, PARTY, visit);
      return;
    case 'sources': {
      const source = record as Source;
      namesIn(source, SOURCE, visit);
      if (source.speakers !== undefined)
        for (const speaker of source.speakers)
          if (speaker.affiliation !== undefined) visit('parties', speaker.affiliation);
      return;
    }
    case 'agreements':
      namesIn(record as Agreement, AGREEMENT, visit);
      citationNames((record as Agreement).citations, visit);
      return;
    case 'exchanges': {
      const exchange = record as Exchange;
      namesIn(exchange, EXCHANGE, visit);
      for (const transfer of exchange.transfers) {
        visit('parties', transfer.from);
        visit('parties', transfer.to);
        partNames(transfer.breakdown, visit);
        if (transfer.cohorts !== undefined)
          for (const c of transfer.cohorts) visit('cohorts', c.cohort);
        if (transfer.settles !== undefined) visit('exchanges', transfer.settles.exchange);
      }
      return;
    }
    case 'claims': {
      const claim = record as Claim;
      namesIn(claim, CLAIM, visit);
      const s = claim.subject;
      namesIn(s, SUBJECT_NAMES[s.type] as Names<Subject>, visit);
      if (s.type === 'transferred') visit('exchanges', s.exchange);
      partNames(claim.breakdown, visit);
      if (claim.links !== undefined) for (const link of claim.links) visit('claims', link.claim);
      citationNames(claim.citations, visit);
      if (claim.share !== undefined) visit('claims', claim.share.of);
      return;
    }
    case 'statements': {
      const statement = record as Statement;
      namesIn(statement, STATEMENT, visit);
      citationNames(statement.citations, visit);
      const about = statement.about;
      namesIn(about, STATED_NAMES[about.type] as Names<Statement['about']>, visit);
      if (about.type === 'terms') {
        const terms = about.terms;
        if (terms.formula === 'stages') {
          for (const p of terms.planned) if (p.to !== undefined) visit('parties', p.to);
        } else if (terms.formula === 'ratio' && terms.by !== undefined) visit('parties', terms.by);
      }
      return;
    }
    default:
      return;
  }
}

/** The parsed record of a collection. */
export type RecordOf<C extends Collection> = {
  parties: Party;
  sources: Source;
  cohorts: Cohort;
  agreements: Agreement;
  exchanges: Exchange;
  claims: Claim;
  statements: Statement;
}[C];

/** How many unknown names of one dataset get the known ids most like them in their message. */
const SUGGESTED = 100;

/** A rule that could not be decided when its record was checked: decided again at the end. */
type Pending = {
  readonly collection: Collection | 'crosswalk';
  readonly origin: Origin;
  readonly path: Path;
} & (
  | {
      readonly rule: 'transfer';
      readonly exchange: string;
      readonly transfer: string;
      /** The receiver the record naming the transfer says it had, when it says. */
      readonly to?: string | undefined;
    }
  | { readonly rule: 'stage'; readonly exchange: string; readonly stage: number }
  | { readonly rule: 'in-exchange'; readonly exchange: string; readonly party: string }
  | {
      readonly rule: 'part-of-transfer';
      readonly exchange: string;
      readonly transfer: string;
      readonly field: 'to' | 'stage';
      readonly value: string | number;
    }
  | {
      readonly rule: 'if-exists';
      readonly name: Collection;
      readonly id: string;
      readonly code: IssueCode;
      readonly message: string;
      readonly also?: string | undefined;
    }
);

/**
 * Resolves the names records give each other, exactly: every id is kept (no hash or filter
 * decides), and a name that is not known yet is checked again by {@link finish}, so the records
 * may come in any order. Ids are taken from the raw records, before their own checks, so that one
 * malformed record is still known to the others and one mistake does not cascade into many.
 */
export class ReferenceCheck {
  private readonly ids = new Map<Collection, IdIndex>();
  /**
   * What the rules read of each exchange (the first of an id): a document's parsed exchange
   * itself, or what a stream keeps of one. Nothing is built per exchange: most have a few
   * transfers and parties, read by a scan; only a larger one gets tables, when a rule first asks.
   */
  private readonly exchanges = new Map<string, ExchangeFacts>();
  /** The transfers of exchanges too large to scan, by id (the last of an id, as a `Map` keeps). */
  private readonly transferTables = new Map<string, ReadonlyMap<string, TransferFacts>>();
  /** Who may send or receive in an exchange too large to scan: its parties, mediators, custodians. */
  private readonly roleTables = new Map<string, ReadonlySet<string>>();
  // Records naming another of their kind, whose chains must not close into a circle: a party
  // aligned with itself through others, an agreement extending itself, a claim a share of itself.
  private readonly chains = {
    parties: {
      collection: 'parties' as Collection,
      path: ['alignedWith'] as Path,
      message: messages.alignmentCycle,
      links: [] as { origin: Origin; id: string; to: string }[],
    },
    agreements: {
      collection: 'agreements' as Collection,
      path: ['extends'] as Path,
      message: messages.extendsCycle,
      links: [] as { origin: Origin; id: string; to: string }[],
    },
    claims: {
      collection: 'claims' as Collection,
      path: ['share', 'of'] as Path,
      message: messages.shareCycle,
      links: [] as { origin: Origin; id: string; to: string }[],
    },
  };
  private readonly pending: Pending[] = [];
  // Names not known yet, the bulk of what a stream keeps waiting: one entry in each of three
  // plain arrays, the place (kind of record, path in it, what is named) shared by every entry
  // from the same field, instead of an object and a path each. See docs/hostile-input.md.
  private readonly waiting = { origin: [] as Origin[], place: [] as number[], id: [] as string[] };
  private readonly places: {
    collection: Collection | 'crosswalk';
    path: Path;
    name: Collection;
    what: string;
  }[] = [];
  private readonly placeIndex = new Map<string, number>();
  private readonly categoryIds: ReadonlySet<string>;
  private readonly isId = fast(IdSchema);
  // Indexes of the known ids for suggestions, built on the first unknown reference that is
  // reported: every id is declared by then (a document declares all first; a stream reports its
  // unknown references at the end).
  private readonly similar = new Map<Collection | 'categories', SimilarIds>();

  constructor(
    private readonly taxonomy: Taxonomy,
    private readonly report: Report,
    private readonly duplicate: Duplicate,
    /** Whether every record has been declared before the first check (a whole document). */
    private readonly complete: boolean,
    /**
     * Whether the next issue will be kept: past the cap an issue is only counted, so its message
     * is not worth the search for suggestions.
     */
    private readonly keeps: () => boolean = () => true,
  ) {
    this.categoryIds = new Set(taxonomy.categories.map((c) => c.id));
    for (const name of COLLECTIONS) this.ids.set(name, new IdIndex());
  }

  /**
   * Makes a record's id known, if it has a well-formed one and it is the first to use it.
   * `parsed` is the id the record parsed with, when it did: that id is the one the result holds,
   * so it is the one declared (the raw record is not read again: a getter could answer otherwise,
   * an inherited id is no own one), and it is known to be well formed. A record that did not
   * parse is declared by its raw id.
   */
  declare(collection: Collection, origin: Origin, raw: unknown, parsed?: string): void {
    if (this.similar.size > 0) this.similar.delete(collection);
    const id = parsed ?? (raw !== null && typeof raw === 'object' ? own(raw, 'id') : undefined);
    if (typeof id === 'string') this.add(collection, origin, id, parsed);
  }

  /** {@link declare}'s work once the id is read. */
  private add(
    collection: Collection,
    origin: Origin,
    id: string,
    parsed: string | undefined,
  ): void {
    const map = this.ids.get(collection);
    // A malformed id is never known, so it is not looked up. The same id as the one its record
    // parsed with is well formed: not tested again.
    if (!map || (id !== parsed && !this.isId.test(id))) return;
    const first = map.add(id, origin);
    if (first !== undefined && first !== origin) {
      // Noted now, so that checking the record needs no second look-up in a table of every id.
      let seen = this.duplicates.get(collection);
      if (!seen) this.duplicates.set(collection, (seen = new Map()));
      seen.set(origin, { first, id });
    }
  }

  /** Records whose id an earlier record already had: the id, as read, and that record's origin. */
  private readonly duplicates = new Map<Collection, Map<Origin, { first: Origin; id: string }>>();

  /** Whether a record of that kind and id has been declared. */
  has(collection: Collection, id: string): boolean {
    return this.ids.get(collection)?.has(id) ?? false;
  }

  /**
   * Takes in what a parsed record tells about itself that others may ask: an exchange's
   * transfers, a party's alignment. Every record is learnt before any is checked, when all are
   * at hand.
   */
  learn<C extends Collection>(collection: C, origin: Origin, record: RecordOf<C>): void {
    if (collection === 'exchanges') {
      const e = record as Exchange;
      // A document keeps its records anyway; a stream keeps only what the rules read.
      if (!this.exchanges.has(e.id)) this.exchanges.set(e.id, this.complete ? e : factsOf(e));
    } else if (collection === 'parties') {
      const p = record as Party;
      if (p.alignedWith !== undefined)
        this.chains.parties.links.push({ origin, id: p.id, to: p.alignedWith });
    } else if (collection === 'agreements') {
      const a = record as Agreement;
      if (a.extends !== undefined)
        this.chains.agreements.links.push({ origin, id: a.id, to: a.extends });
    } else if (collection === 'claims') {
      const c = record as Claim;
      // A share of itself is reported as such when the claim is checked, not as a circle too.
      if (c.share !== undefined && c.share.of !== c.id)
        this.chains.claims.links.push({ origin, id: c.id, to: c.share.of });
    }
  }

  /** The transfer of that id in an exchange (the last of the id), or undefined. */
  private transferIn(exchange: string, e: ExchangeFacts, id: string): TransferFacts | undefined {
    const list = e.transfers;
    if (list.length <= exchangeScan.most) {
      for (let k = list.length - 1; k >= 0; k -= 1)
        if ((list[k] as TransferFacts).id === id) return list[k];
      return undefined;
    }
    let table = this.transferTables.get(exchange);
    if (table === undefined)
      this.transferTables.set(exchange, (table = new Map(list.map((t) => [t.id, t]))));
    return table.get(id);
  }

  /** {@link takesPart}, with the table of a large exchange made once. */
  private takesPart(exchange: string, e: ExchangeFacts, party: string): boolean {
    if (!manyRoles(e)) return takesPart(e, party);
    let table = this.roleTables.get(exchange);
    if (table === undefined) this.roleTables.set(exchange, (table = roleTable(e)));
    return takesPart(e, party, table);
  }

  /**
   * Checks one parsed record (declared and learnt first): that its id is its own, every name it
   * gives, and the rules of {@link REFERENCES}.
   */
  check<C extends Collection>(collection: C, origin: Origin, record: RecordOf<C>): void {
    this.reused(collection, origin);
    this.at(collection, origin);
    REFERENCES[collection](record, this.refer);
  }

  /**
   * Reports the record at `origin` when an earlier record was declared with its id: asked by
   * {@link check}, and by the caller of a record its schema refused, so that fixing that record
   * does not bring up a duplicate nobody was told of.
   */
  reused(collection: Collection, origin: Origin): void {
    const seen =
      this.duplicates.size > 0 ? this.duplicates.get(collection)?.get(origin) : undefined;
    if (seen !== undefined)
      this.report(
        collection,
        origin,
        ['id'],
        'duplicate-id',
        this.duplicate(collection, WHAT[collection], seen.id, seen.first),
      );
  }

  /** Whether any record of the kind reused an id: then refused ones are asked too. */
  reusedIds(collection: Collection): boolean {
    return this.duplicates.get(collection) !== undefined;
  }

  /** Checks a dataset's crosswalk: its categories and parties. */
  crosswalk(crosswalk: Crosswalk, origin: Origin): void {
    this.at('crosswalk', origin);
    crosswalk.entries.forEach((entry, k) => {
      this.refer.category(entry.category, ['entries', k, 'category']);
      this.refer.id('parties', 'party', entry.party, ['entries', k, 'party']);
    });
  }

  /**
   * Checks what could only be checked once every record was read: the names not known when
   * their record was checked, and chains of alignment that come back to where they started.
   */
  finish(): void {
    const { origin, place, id } = this.waiting;
    for (let k = 0; k < id.length; k += 1) {
      const where = this.places[place[k] as number] as (typeof this.places)[number];
      const name = id[k] as string;
      if (this.has(where.name, name)) continue;
      this.at(where.collection, origin[k] as Origin);
      this.issue(where.path, 'unknown-reference', this.unknown(where.name, where.what, name));
    }
    origin.length = 0;
    place.length = 0;
    id.length = 0;
    for (const p of this.pending.splice(0)) {
      this.at(p.collection, p.origin);
      if (this.decide(p, true) === false) this.fail(p);
    }
    this.alignmentCycles();
  }

  /**
   * Reports every party whose chain of alignments comes back to it. Each party is walked once:
   * a walk stops at a party already walked, so a long chain costs its length, not its square.
   * With two parties of one id (already reported as a duplicate), the first one's alignment is
   * the one followed. The walk runs on numbers in typed arrays, not on ids in maps: at a hundred
   * thousand parties, looking ids up in maps at every step cost more than the rest of the check.
   */
  private alignmentCycles(): void {
    for (const chain of Object.values(this.chains)) {
      const { links } = chain;
      if (links.length === 0) continue;
      const known = this.ids.get(chain.collection);
      // Each id that names another gets a number; `first[i]` is its first link.
      const number = new Map<string, number>();
      const first: number[] = [];
      const of = new Int32Array(links.length); // the number of each link's id
      for (let k = 0; k < links.length; k += 1) {
        const { id } = links[k] as (typeof links)[number];
        let i = number.get(id);
        if (i === undefined) number.set(id, (i = first.push(k) - 1));
        of[k] = i;
      }
      const n = first.length;
      const next = new Int32Array(n).fill(-1);
      for (let i = 0; i < n; i += 1)
        next[i] = number.get((links[first[i] as number] as (typeof links)[number]).to) ?? -1;
      const ON_PATH = 1;
      const DONE = 2;
      const state = new Uint8Array(n);
      const onCycle = new Uint8Array(n);
      const path = new Int32Array(n);
      for (let start = 0; start < n; start += 1) {
        let length = 0;
        let current = start;
        while (current !== -1 && state[current] === 0) {
          state[current] = ON_PATH;
          path[length++] = current;
          current = next[current] as number;
        }
        // Back on this walk's own path: from there on, the records go round in a circle.
        if (current !== -1 && state[current] === ON_PATH) {
          let i = length - 1;
          while (path[i] !== current) i -= 1;
          for (; i < length; i += 1) onCycle[path[i] as number] = 1;
        }
        for (let i = 0; i < length; i += 1) state[path[i] as number] = DONE;
      }
      for (let k = 0; k < links.length; k += 1) {
        const { origin, id, to } = links[k] as (typeof links)[number];
        const i = of[k] as number;
        if (
          onCycle[i] === 1 &&
          (links[first[i] as number] as (typeof links)[number]).to === to &&
          known?.has(to) === true
        )
          // Past the cap the issue is only counted, so its message is not written.
          this.report(
            chain.collection,
            origin,
            chain.path,
            'cycle',
            this.keeps() ? chain.message(id) : '',
          );
      }
    }
  }

  // The record being checked. One Refer serves every record: no closures are made per record,
  // which matters at a million records.
  private collection: Collection | 'crosswalk' = 'parties';
  private origin: Origin = 0;

  private at(collection: Collection | 'crosswalk', origin: Origin): void {
    this.collection = collection;
    this.origin = origin;
  }

  private issue(path: Path, code: IssueCode, message: string): void {
    this.report(this.collection, this.origin, path, code, message);
  }

  /**
   * Whether a rule holds: true, false, or undefined when that cannot be told until every record
   * has been read (`final` says that they have).
   */
  private decide(p: Pending, final: boolean): boolean | undefined {
    switch (p.rule) {
      case 'if-exists':
        return this.has(p.name, p.id) && (p.also === undefined || this.has(p.name, p.also))
          ? false
          : final
            ? true
            : undefined;
      case 'transfer':
        return this.transferHolds(p.exchange, p.transfer, p.to, final);
      case 'stage':
        return this.stageHolds(p.exchange, p.stage, final);
      case 'part-of-transfer':
        return this.partHolds(p.exchange, p.transfer, p.field, p.value, final);
      case 'in-exchange':
        return this.inExchangeHolds(p.exchange, p.party, final);
    }
  }

  // The rules on exchanges, decided from their arguments: a rule that holds, the common case,
  // costs no object. Only an exchange that was read whole knows its transfers; a malformed one has
  // already been reported, and guessing at its transfers would only add noise.

  private transferHolds(
    exchange: string,
    transfer: string,
    to: string | undefined,
    final: boolean,
  ): boolean | undefined {
    const e = this.exchanges.get(exchange);
    if (e === undefined) return final ? true : undefined;
    const found = this.transferIn(exchange, e, transfer);
    return found !== undefined && (to === undefined || to === found.to);
  }

  private stageHolds(exchange: string, stage: number, final: boolean): boolean | undefined {
    const e = this.exchanges.get(exchange);
    return e !== undefined ? stage < e.stages.length : final ? true : undefined;
  }

  /**
   * An unknown exchange, transfer or party, or a stage the exchange lacks, is reported as such:
   * only a known one other than the transfer's is wrong.
   */
  private partHolds(
    exchange: string,
    transfer: string,
    field: 'to' | 'stage',
    value: string | number,
    final: boolean,
  ): boolean | undefined {
    const e = this.exchanges.get(exchange);
    if (e === undefined) return final ? true : undefined;
    const found = this.transferIn(exchange, e, transfer);
    if (found === undefined) return true;
    // A transfer's own receiver or stage that is wrong is reported on the transfer alone.
    if (field === 'stage') {
      const { stage } = found;
      const stages = e.stages.length;
      return (
        stage === undefined || stage >= stages || value === stage || (value as number) >= stages
      );
    }
    if (value === found.to) return true;
    return this.has('parties', value as string) && this.has('parties', found.to)
      ? false
      : final
        ? true
        : undefined;
  }

  /** An unknown party is reported as such; only a known one outside the exchange is wrong. */
  private inExchangeHolds(exchange: string, party: string, final: boolean): boolean | undefined {
    const e = this.exchanges.get(exchange);
    if (e === undefined) return final ? true : undefined;
    if (this.takesPart(exchange, e, party)) return true;
    return this.has('parties', party) ? false : final ? true : undefined;
  }

  private fail(p: Pending): void {
    switch (p.rule) {
      case 'if-exists':
        this.issue(p.path, p.code, p.message);
        return;
      case 'transfer': {
        const e = this.exchanges.get(p.exchange);
        const to = e && this.transferIn(p.exchange, e, p.transfer)?.to;
        if (to !== undefined && p.to !== undefined)
          this.issue(
            p.path,
            'invalid-reference',
            messages.transferOtherWay(p.transfer, p.exchange, to, p.to),
          );
        else
          this.issue(
            p.path,
            'unknown-reference',
            messages.transferNotInExchange(p.transfer, p.exchange),
          );
        return;
      }
      case 'stage':
        this.issue(
          p.path,
          'invalid-reference',
          messages.noSuchStage(this.exchanges.get(p.exchange)?.stages.length ?? 0, p.stage),
        );
        return;
      case 'part-of-transfer': {
        // Decided false: the exchange and the transfer are known, and a part's stage is wrong only
        // against a transfer on a stage.
        const e = this.exchanges.get(p.exchange) as ExchangeFacts;
        const { to, stage } = this.transferIn(p.exchange, e, p.transfer) as Required<TransferFacts>;
        this.issue(
          p.path,
          'invalid-reference',
          p.field === 'to'
            ? messages.partElsewhere(p.value as string, to)
            : messages.partOnOtherStage(p.value as number, stage),
        );
        return;
      }
      case 'in-exchange':
        this.issue(p.path, 'invalid-reference', messages.notInExchange(p.party, p.exchange));
    }
  }

  /** The message for an unknown id, with the known ids most like it when it will be read. */
  /** How many unknown names have had ids suggested for them. */
  private suggested = 0;

  private unknown(name: Collection | 'categories', what: string, id: string): string {
    const ids: () => Iterable<string> =
      name === 'categories' ? () => this.categoryIds : () => this.ids.get(name)?.keys() ?? [];
    const total = name === 'categories' ? this.categoryIds.size : (this.ids.get(name)?.size ?? 0);
    // Past the first SUGGESTED unknown names, none is suggested: weighing candidates costs up to
    // a millisecond a name, and a payload of thousands of unknown long ids is cheap to send.
    if (!this.keeps() || this.suggested >= SUGGESTED)
      return messages.unknownReference(what, id, [], total);
    this.suggested += 1;
    let similar = this.similar.get(name);
    if (!similar) this.similar.set(name, (similar = new SimilarIds(ids)));
    return messages.unknownReference(what, id, similar.candidates(id), total);
  }

  // Whether a part of one category can break down a whole of another, once per pair: a dataset
  // has few categories and a great many parts.
  // Keyed by the whole, then the part: no key string is made per part.
  private readonly withinCache = new Map<string, Map<string, boolean>>();
  private within(whole: string, part: string): boolean {
    let parts = this.withinCache.get(whole);
    if (parts === undefined) this.withinCache.set(whole, (parts = new Map()));
    let verdict = parts.get(part);
    if (verdict === undefined) {
      const found = categoriesDisjoint([whole, part], this.taxonomy);
      verdict = !(found.disjoint || found.reason === 'people-and-remains');
      parts.set(part, verdict);
    }
    return verdict;
  }

  /** Decides a rule now, or keeps it for {@link finish}. */
  private settle(p: Pending): void {
    const verdict = this.decide(p, this.complete);
    if (verdict === false) this.fail(p);
    else if (verdict === undefined) this.pending.push(p);
  }

  private readonly refer: Refer = {
    known: (name, id) => this.has(name, id),
    id: (name, what, id, path) => {
      if (id === undefined || this.has(name, id)) return;
      if (this.complete) {
        this.issue(path, 'unknown-reference', this.unknown(name, what, id));
        return;
      }
      const key = `${this.collection}\u0000${name}\u0000${path.join('\u0000')}`;
      let place = this.placeIndex.get(key);
      if (place === undefined) {
        place = this.places.push({ collection: this.collection, path, name, what }) - 1;
        this.placeIndex.set(key, place);
      }
      this.waiting.origin.push(this.origin);
      this.waiting.place.push(place);
      this.waiting.id.push(id);
    },
    category: (id, path) => {
      if (id === undefined || this.categoryIds.has(id)) return true;
      this.issue(path, 'unknown-reference', this.unknown('categories', 'category', id));
      return false;
    },
    breakdown: (parts, whole, path) => {
      if (parts === undefined) return;
      for (let k = 0; k < parts.length; k += 1) {
        const part = parts[k] as BreakdownPart;
        // A part must be able to overlap its total: "women" may break down "civilians" (they
        // split people independently), but "officers" cannot break down "civilians".
        if (
          this.categoryIds.has(part.category) ||
          this.refer.category(part.category, [...path, k, 'category'])
        ) {
          if (!this.within(whole, part.category))
            this.issue(
              [...path, k, 'category'],
              'invalid-reference',
              messages.notWithin(part.category, whole),
            );
        }
        for (let f = 0; f < PART.fields.length; f += 1) {
          const field = PART.fields[f] as (typeof PART.fields)[number];
          const collection = PART.collections[f] as Collection;
          const id = part[field] as string | undefined;
          if (id !== undefined && !this.has(collection, id))
            this.refer.id(collection, WHAT[collection], id, [...path, k, field]);
        }
      }
    },
    transfer: (exchange, transfer, path, to) => {
      if (!this.has('exchanges', exchange))
        this.refer.id('exchanges', 'exchange', exchange, [...path, 'exchange']);
      if (transfer === undefined || this.transferHolds(exchange, transfer, to, false) === true)
        return;
      this.settle({
        collection: this.collection,
        origin: this.origin,
        path: [...path, 'transfer'],
        rule: 'transfer',
        exchange,
        transfer,
        to,
      });
    },
    stage: (exchange, stage, path) => {
      if (stage === undefined || this.stageHolds(exchange, stage, false) === true) return;
      this.settle({
        collection: this.collection,
        origin: this.origin,
        path,
        rule: 'stage',
        exchange,
        stage,
      });
    },
    inExchange: (exchange, party, path) => {
      if (party === undefined || this.inExchangeHolds(exchange, party, false) === true) return;
      this.settle({
        collection: this.collection,
        origin: this.origin,
        path,
        rule: 'in-exchange',
        exchange,
        party,
      });
    },
    partOfTransfer: (exchange, transfer, field, value, path) => {
      if (this.partHolds(exchange, transfer, field, value, false) === true) return;
      this.settle({
        collection: this.collection,
        origin: this.origin,
        path,
        rule: 'part-of-transfer',
        exchange,
        transfer,
        field,
        value,
      });
    },
    ifExists: (name, id, path, code, message, also) => {
      this.settle({
        collection: this.collection,
        origin: this.origin,
        path,
        rule: 'if-exists',
        name,
        id,
        code,
        message,
        also,
      });
    },
    issue: (path, code, message) => this.issue(path, code, message),
  };
}
