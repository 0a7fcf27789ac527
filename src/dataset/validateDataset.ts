import { fast } from '../validation/_lib/fast.js';
import type { z } from 'zod';
import type { Agreement } from '../agreement/AgreementSchema.js';
import type { BreakdownPart, Claim } from '../claim/ClaimSchema.js';
import type { Subject } from '../claim/SubjectSchema.js';
import { relatePartialDates } from '../date/relatePartialDates.js';
import type { Exchange } from '../exchange/ExchangeSchema.js';
import { IdSchema } from '../_lib/fields.js';
import { fromZod } from '../validation/_lib/fromZod.js';
import * as messages from '../_lib/messages.js';
import { fail, ok } from '../result/_lib/result.js';
import { safely } from '../validation/_lib/safely.js';
import type { Party } from '../party/PartySchema.js';
import type { Result } from '../result/Result.js';
import { CrosswalkSchema, type Crosswalk } from '../taxonomy/CrosswalkSchema.js';
import { defaultTaxonomy } from '../taxonomy/defaultTaxonomy.js';
import { safeExtendTaxonomy } from '../taxonomy/extendTaxonomy.js';
import { categoriesDisjoint } from '../taxonomy/categoriesDisjoint.js';
import { TaxonomyExtensionSchema, type Taxonomy } from '../taxonomy/TaxonomySchema.js';
import type { Issue } from '../validation/Issue.js';
import { DATASET_COLLECTIONS, DATASET_FORMAT, type Dataset } from './DatasetSchema.js';
import type { ValidateDatasetOptions } from './ValidateDatasetOptions.js';

type Path = (string | number)[];
type Collection = keyof typeof DATASET_COLLECTIONS;
type Indexed<T> = { readonly index: number; readonly record: T };

const REQUIRED: readonly Collection[] = ['parties', 'sources', 'exchanges', 'claims'];
const ENVELOPE = [
  'format',
  'title',
  'description',
  'license',
  'taxonomy',
  'crosswalk',
  ...Object.keys(DATASET_COLLECTIONS),
];

const own = (value: object, key: string): unknown =>
  Object.prototype.hasOwnProperty.call(value, key)
    ? (value as Record<string, unknown>)[key]
    : undefined;

/**
 * The issues found so far: the first `cap` are kept, the rest only counted, so a million bad
 * records cost a counter rather than a million messages.
 */
class IssueList {
  readonly items: Issue[] = [];
  total = 0;

  constructor(private readonly cap: number) {}

  push(...issues: Issue[]): void {
    for (const issue of issues) {
      this.total += 1;
      if (this.items.length < this.cap) this.items.push(issue);
    }
  }
}

/** Up to `limit` keys of a map, without copying the rest. */
function firstKeys(map: ReadonlyMap<string, unknown> | undefined, limit: number): string[] {
  const keys: string[] = [];
  if (map) for (const key of map.keys()) if (keys.push(key) >= limit) break;
  return keys;
}

/**
 * Where an issue sits: a path, or a function that builds it, so that the paths of the references
 * that resolve (nearly all of them) are never built.
 */
type Where = Path | (() => Path);

const pathOf = (where: Where): Path => (typeof where === 'function' ? where() : where);

/** Checks every record of a parsed dataset against the others. */
class References {
  private readonly ids = new Map<string, Map<string, number>>();
  private readonly categoryIds: ReadonlySet<string>;

  constructor(
    private readonly taxonomy: Taxonomy,
    private readonly raw: Record<Collection, readonly unknown[]>,
    readonly issues: IssueList,
  ) {
    this.categoryIds = new Set(taxonomy.categories.map((c) => c.id));
    const isId = fast(IdSchema);
    // Ids are collected from the raw records, so a record that failed its own checks is still
    // known to the others and one mistake does not cascade into many.
    for (const name of Object.keys(raw) as Collection[]) {
      const map = new Map<string, number>();
      raw[name].forEach((item, i) => {
        const id = item !== null && typeof item === 'object' ? own(item, 'id') : undefined;
        if (typeof id === 'string' && isId.accept(id) && !map.has(id)) map.set(id, i);
      });
      this.ids.set(name, map);
    }
  }

  private push(where: Where, code: Issue['code'], message: string): void {
    this.issues.push({ path: pathOf(where), code, message });
  }

  duplicates<T extends { id: string }>(
    name: Collection,
    what: string,
    records: readonly Indexed<T>[],
  ): void {
    const first = this.ids.get(name) ?? new Map<string, number>();
    for (const { index, record } of records) {
      const at = first.get(record.id);
      if (at !== undefined && at !== index) {
        this.push(
          [name, index, 'id'],
          'duplicate-id',
          messages.duplicateId(what, record.id, `${name}[${at}]`),
        );
      }
    }
  }

  exists(name: Collection, what: string, id: string | undefined, path: Where): boolean {
    if (id === undefined) return true;
    const map = this.ids.get(name);
    if (map?.has(id)) return true;
    this.push(
      path,
      'unknown-reference',
      messages.unknownReference(what, id, firstKeys(map, 2000), map?.size ?? 0),
    );
    return false;
  }

  party(id: string | undefined, path: Where): boolean {
    return this.exists('parties', 'party', id, path);
  }

  category(id: string | undefined, path: Where): boolean {
    if (id === undefined) return true;
    if (this.categoryIds.has(id)) return true;
    this.push(
      path,
      'unknown-reference',
      messages.unknownReference(
        'category',
        id,
        this.taxonomy.categories.map((c) => c.id),
      ),
    );
    return false;
  }

  breakdown(parts: readonly BreakdownPart[] | undefined, whole: string, path: Where): void {
    parts?.forEach((part, k) => {
      const at = (...p: Path): Path => [...pathOf(path), k, ...p];
      // A part must be able to overlap its total: "women" may break down "civilians" (they
      // split people independently), but "officers" cannot break down "civilians".
      if (this.category(part.category, () => at('category'))) {
        const verdict = categoriesDisjoint([whole, part.category], this.taxonomy);
        if (verdict.disjoint || verdict.reason === 'people-and-remains') {
          this.push(at('category'), 'invalid-reference', messages.notWithin(part.category, whole));
        }
      }
      this.exists('cohorts', 'cohort', part.cohort, () => at('cohort'));
    });
  }
}

function categoryIds(taxonomy: Taxonomy): Set<string> {
  return new Set(taxonomy.categories.map((c) => c.id));
}

function checkParties(ref: References, parties: readonly Indexed<Party>[]): void {
  ref.duplicates('parties', 'party', parties);
  const aligned = new Map(parties.map(({ record }) => [record.id, record.alignedWith]));
  for (const { index, record } of parties) {
    if (!ref.party(record.alignedWith, () => ['parties', index, 'alignedWith'])) continue;
    // Follow the chain of alignments; coming back to the start is a cycle.
    const seen = new Set<string>([record.id]);
    let next = record.alignedWith;
    while (next !== undefined) {
      if (seen.has(next)) {
        if (next === record.id)
          ref.issues.push({
            path: ['parties', index, 'alignedWith'],
            code: 'cycle',
            message: messages.alignmentCycle(record.id),
          });
        break;
      }
      seen.add(next);
      next = aligned.get(next);
    }
  }
}

function checkAgreement(ref: References, { index, record }: Indexed<Agreement>): void {
  const at = (...p: Path): Path => ['agreements', index, ...p];
  record.parties.forEach((p, k) => ref.party(p, () => at('parties', k)));
  record.mediators?.forEach((p, k) => ref.party(p, () => at('mediators', k)));
  record.terms.forEach((term, t) => {
    ref.category(term.category, () => at('terms', t, 'category'));
    if (term.formula === 'numbers') {
      term.numbers.forEach((n, k) => {
        if (!record.parties.includes(n.to)) {
          ref.issues.push({
            path: at('terms', t, 'numbers', k, 'to'),
            code: 'invalid-reference',
            message: messages.notAParty(n.to, record.id, 'receiver'),
          });
        }
      });
    }
  });
}

function checkExchange(
  ref: References,
  { index, record }: Indexed<Exchange>,
  transfersOf: Map<string, Set<string>>,
): void {
  const at = (...p: Path): Path => ['exchanges', index, ...p];
  record.parties.forEach((p, k) => ref.party(p, () => at('parties', k)));
  record.mediators?.forEach((p, k) => ref.party(p, () => at('mediators', k)));
  record.custodians?.forEach((p, k) => ref.party(p, () => at('custodians', k)));
  ref.exists('agreements', 'agreement', record.agreement, () => at('agreement'));
  for (let s = 1; s < record.stages.length; s += 1) {
    const before = record.stages[s - 1]?.on;
    const stage = record.stages[s]?.on;
    if (
      before !== undefined &&
      stage !== undefined &&
      relatePartialDates(before, stage) === 'after'
    ) {
      ref.issues.push({
        path: at('stages', s, 'on'),
        code: 'out-of-order',
        message: messages.outOfOrder('stages', before, stage),
      });
    }
  }
  const roles = new Set([
    ...record.parties,
    ...(record.mediators ?? []),
    ...(record.custodians ?? []),
  ]);
  const seen = new Map<string, number>();
  record.transfers.forEach((transfer, t) => {
    const tAt = (...p: Path): Path => at('transfers', t, ...p);
    const earlier = seen.get(transfer.id);
    if (earlier !== undefined) {
      ref.issues.push({
        path: tAt('id'),
        code: 'duplicate-id',
        message: messages.duplicateId('transfer', transfer.id, `transfers[${earlier}]`),
      });
    } else seen.set(transfer.id, t);
    for (const role of ['from', 'to'] as const) {
      const party = transfer[role];
      if (ref.party(party, () => tAt(role)) && !roles.has(party)) {
        ref.issues.push({
          path: tAt(role),
          code: 'invalid-reference',
          message: messages.notAParty(party, record.id, role === 'from' ? 'sender' : 'receiver'),
        });
      }
    }
    if (transfer.stage !== undefined && transfer.stage >= record.stages.length) {
      ref.issues.push({
        path: tAt('stage'),
        code: 'invalid-reference',
        message: `the exchange has ${record.stages.length} stage(s), numbered from 0, so there is no stage ${transfer.stage}`,
      });
    }
    if (ref.category(transfer.category, () => tAt('category')))
      ref.breakdown(transfer.breakdown, transfer.category, () => tAt('breakdown'));
    transfer.cohorts?.forEach((c, k) =>
      ref.exists('cohorts', 'cohort', c.cohort, () => tAt('cohorts', k, 'cohort')),
    );
    if (
      transfer.settles &&
      ref.exists('exchanges', 'exchange', transfer.settles.exchange, () =>
        tAt('settles', 'exchange'),
      )
    ) {
      const known = transfersOf.get(transfer.settles.exchange);
      if (known && !known.has(transfer.settles.transfer)) {
        ref.issues.push({
          path: tAt('settles', 'transfer'),
          code: 'unknown-reference',
          message: messages.transferNotInExchange(
            transfer.settles.transfer,
            transfer.settles.exchange,
          ),
        });
      }
    }
  });
}

/** The category a subject counts (absent means `people`); an exchange count counts no people. */
function subjectCategory(subject: Subject): string | undefined {
  return subject.type === 'exchange-count' ? undefined : (subject.category ?? 'people');
}

function checkClaim(
  ref: References,
  { index, record }: Indexed<Claim>,
  transfersOf: Map<string, Set<string>>,
): void {
  const at = (...p: Path): Path => ['claims', index, ...p];
  ref.exists('sources', 'source', record.source, () => at('source'));
  ref.exists('exchanges', 'exchange', record.exchange, () => at('exchange'));
  const s = record.subject;
  const sAt = (field: string): Path => at('subject', field);
  switch (s.type) {
    case 'transferred':
      if (
        ref.exists('exchanges', 'exchange', s.exchange, () => sAt('exchange')) &&
        s.transfer !== undefined
      ) {
        const known = transfersOf.get(s.exchange);
        if (known && !known.has(s.transfer)) {
          ref.issues.push({
            path: sAt('transfer'),
            code: 'unknown-reference',
            message: messages.transferNotInExchange(s.transfer, s.exchange),
          });
        }
      }
      ref.party(s.to, () => sAt('to'));
      ref.exists('cohorts', 'cohort', s.cohort, () => sAt('cohort'));
      break;
    case 'exchanged':
      ref.exists('exchanges', 'exchange', s.exchange, () => sAt('exchange'));
      break;
    case 'returned-total':
      ref.party(s.to, () => sAt('to'));
      ref.party(s.from, () => sAt('from'));
      ref.party(s.through, () => sAt('through'));
      ref.exists('cohorts', 'cohort', s.cohort, () => sAt('cohort'));
      break;
    case 'held':
      ref.party(s.holder, () => sAt('holder'));
      ref.party(s.of, () => sAt('of'));
      break;
    case 'captured-total':
      ref.party(s.captor, () => sAt('captor'));
      ref.party(s.of, () => sAt('of'));
      break;
    case 'missing':
      ref.party(s.of, () => sAt('of'));
      ref.party(s.believedHeldBy, () => sAt('believedHeldBy'));
      break;
    case 'exchange-count':
      s.parties.forEach((p, k) => ref.party(p, () => [...sAt('parties'), k]));
      break;
    case 'agreed':
      ref.exists('agreements', 'agreement', s.agreement, () => sAt('agreement'));
      ref.party(s.to, () => sAt('to'));
      break;
  }
  const whole = subjectCategory(s);
  if (whole !== undefined && ref.category(whole, () => sAt('category')))
    ref.breakdown(record.breakdown, whole, () => at('breakdown'));
  record.links?.forEach((link, k) => {
    if (link.claim === record.id) {
      ref.issues.push({
        path: at('links', k, 'claim'),
        code: 'invalid-reference',
        message: messages.selfLink(record.id),
      });
    } else ref.exists('claims', 'claim', link.claim, () => at('links', k, 'claim'));
  });
  record.citations.forEach((c, k) =>
    ref.exists('sources', 'source', c.reportedBy, () => at('citations', k, 'reportedBy')),
  );
}

function parseRecords<S extends z.ZodType>(
  name: string,
  schema: S,
  items: readonly unknown[],
  issues: IssueList,
): Indexed<z.output<S>>[] {
  const parsed: Indexed<z.output<S>>[] = [];
  const parser = fast(schema);
  items.forEach((item, index) => {
    const result = parser.safeParse(item);
    if (result.success) parsed.push({ index, record: result.data });
    else
      for (const issue of fromZod(result.error.issues, item))
        issues.push({ ...issue, path: [name, index, ...issue.path] });
  });
  return parsed;
}

function validate(input: unknown, maxIssues: number): Result<Dataset, readonly Issue[]> {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return fail([
      { path: [], code: 'invalid-type', message: messages.invalidType('a dataset object', input) },
    ]);
  }
  const issues = new IssueList(maxIssues);
  const format = own(input, 'format');
  if (format === undefined)
    issues.push({
      path: ['format'],
      code: 'missing-field',
      message: messages.missingField('format'),
    });
  else if (format !== DATASET_FORMAT) {
    // A different format may mean anything; reading it as this one would only produce noise.
    return fail([
      {
        path: ['format'],
        code: 'unsupported-format',
        message: messages.unsupportedFormat(format, DATASET_FORMAT),
      },
    ]);
  }
  for (const key of Object.keys(input)) {
    if (!ENVELOPE.includes(key))
      issues.push({
        path: [key],
        code: 'unknown-field',
        message: messages.unknownField(key, ENVELOPE),
      });
  }
  for (const key of ['title', 'license', 'description'] as const) {
    const value = own(input, key);
    const max = key === 'description' ? 4000 : 300;
    if (value === undefined) continue;
    if (typeof value !== 'string')
      issues.push({
        path: [key],
        code: 'invalid-type',
        message: messages.invalidType('text', value),
      });
    else if (value.length > max)
      issues.push({ path: [key], code: 'too-long', message: messages.tooLong(max, value.length) });
  }

  let taxonomy: Taxonomy = defaultTaxonomy;
  const extension = own(input, 'taxonomy');
  if (extension !== undefined) {
    const parsed = TaxonomyExtensionSchema.safeParse(extension);
    if (!parsed.success)
      issues.push(
        ...fromZod(parsed.error.issues, extension).map((i) => ({
          ...i,
          path: ['taxonomy', ...i.path],
        })),
      );
    else {
      const extended = safeExtendTaxonomy(defaultTaxonomy, parsed.data);
      if (extended.success) taxonomy = extended.data;
      else issues.push(...extended.error.map((i) => ({ ...i, path: ['taxonomy', ...i.path] })));
    }
  }
  let crosswalk: Crosswalk | undefined;
  const rawCrosswalk = own(input, 'crosswalk');
  if (rawCrosswalk !== undefined) {
    const parsed = CrosswalkSchema.safeParse(rawCrosswalk);
    if (parsed.success) crosswalk = parsed.data;
    else
      issues.push(
        ...fromZod(parsed.error.issues, rawCrosswalk).map((i) => ({
          ...i,
          path: ['crosswalk', ...i.path],
        })),
      );
  }

  const raw = {} as Record<Collection, readonly unknown[]>;
  for (const name of Object.keys(DATASET_COLLECTIONS) as Collection[]) {
    const value = own(input, name);
    if (value === undefined) {
      if (REQUIRED.includes(name))
        issues.push({ path: [name], code: 'missing-field', message: messages.missingField(name) });
      raw[name] = [];
    } else if (!Array.isArray(value)) {
      issues.push({
        path: [name],
        code: 'invalid-type',
        message: messages.invalidType(`a list of ${name}`, value),
      });
      raw[name] = [];
    } else raw[name] = value;
  }

  const parties = parseRecords('parties', DATASET_COLLECTIONS.parties, raw.parties, issues);
  const sources = parseRecords('sources', DATASET_COLLECTIONS.sources, raw.sources, issues);
  const cohorts = parseRecords('cohorts', DATASET_COLLECTIONS.cohorts, raw.cohorts, issues);
  const agreements = parseRecords(
    'agreements',
    DATASET_COLLECTIONS.agreements,
    raw.agreements,
    issues,
  );
  const exchanges = parseRecords('exchanges', DATASET_COLLECTIONS.exchanges, raw.exchanges, issues);
  const claims = parseRecords('claims', DATASET_COLLECTIONS.claims, raw.claims, issues);

  const ref = new References(taxonomy, raw, issues);
  checkParties(ref, parties);
  ref.duplicates('sources', 'source', sources);
  sources.forEach(({ index, record }) =>
    ref.party(record.affiliation ?? undefined, () => ['sources', index, 'affiliation']),
  );
  ref.duplicates('cohorts', 'cohort', cohorts);
  const known = categoryIds(taxonomy);
  cohorts.forEach(({ index, record }) =>
    record.categories?.forEach((c, k) =>
      ref.category(c, () => ['cohorts', index, 'categories', k]),
    ),
  );
  crosswalk?.entries.forEach((entry, k) => {
    if (!known.has(entry.category))
      ref.category(entry.category, () => ['crosswalk', 'entries', k, 'category']);
    ref.party(entry.party, () => ['crosswalk', 'entries', k, 'party']);
  });
  ref.duplicates('agreements', 'agreement', agreements);
  agreements.forEach((a) => checkAgreement(ref, a));
  ref.duplicates('exchanges', 'exchange', exchanges);
  const transfersOf = new Map(
    exchanges.map(({ record }) => [record.id, new Set(record.transfers.map((t) => t.id))]),
  );
  exchanges.forEach((e) => checkExchange(ref, e, transfersOf));
  ref.duplicates('claims', 'claim', claims);
  claims.forEach((c) => checkClaim(ref, c, transfersOf));

  if (issues.total > 0) {
    const kept = [...issues.items];
    if (issues.total > kept.length) {
      kept.push({
        path: [],
        code: 'too-many-issues',
        message: `${issues.total - kept.length} more issues were found and not listed`,
      });
    }
    return fail(kept);
  }
  const dataset = { ...(input as Record<string, unknown>) } as Record<string, unknown>;
  for (const [name, list] of [
    ['parties', parties],
    ['sources', sources],
    ['cohorts', cohorts],
    ['agreements', agreements],
    ['exchanges', exchanges],
    ['claims', claims],
  ] as const) {
    if (own(input, name) !== undefined) dataset[name] = list.map((r) => r.record);
  }
  if (extension !== undefined) dataset['taxonomy'] = TaxonomyExtensionSchema.parse(extension);
  if (crosswalk !== undefined) dataset['crosswalk'] = crosswalk;
  return ok(dataset as Dataset);
}

/**
 * Checks a whole dataset: the format version, every record's shape, and every reference between
 * records — a claim's source, party, exchange, transfer, category, cohort or agreement that does
 * not exist; duplicate ids; stages out of date order; a transfer between parties that are not in
 * its exchange; a breakdown naming a category outside the taxonomy or outside the category of
 * its total; a party aligned with itself through others; the dataset's own taxonomy additions.
 * Returns every problem at once, each with a JSON path, a stable code and a readable message.
 * Never throws, whatever it is given.
 *
 * @param input - Any value, typically parsed JSON.
 * @param options - The cap on the number of issues listed.
 * @returns The dataset (a fresh copy), or the issues.
 * @example
 * ```ts
 * import { validateDataset } from 'swapledger';
 * const result = validateDataset({
 *   format: 'swapledger/1',
 *   parties: [{ id: 'UA', name: 'Ukraine', kind: 'state' }, { id: 'RU', name: 'Russia', kind: 'state' }],
 *   sources: [{ id: 'ru-ministry-of-defence', name: 'Russian Ministry of Defence', kind: 'ministry', affiliation: 'RU' }],
 *   exchanges: [],
 *   claims: [{ id: 'c1', subject: { type: 'held', holder: 'RU', of: 'UA' }, value: { low: 6001, high: null }, source: 'ru-mod', citations: [] }],
 * });
 * result.success; // false
 * result.success ? '' : result.error[0]?.message; // 'no source with id "ru-mod" (known: "ru-ministry-of-defence")'
 * ```
 */
export function validateDataset(
  input: unknown,
  options?: ValidateDatasetOptions,
): Result<Dataset, readonly Issue[]> {
  const max = options?.maxIssues;
  return safely(() =>
    validate(input, typeof max === 'number' && max >= 0 ? Math.floor(max) : 1000),
  );
}
